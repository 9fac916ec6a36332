/// A dense integer identifier of a term inside one ``Graph``'s dictionary.
///
/// Identifiers are meaningful only for the graph that issued them.
public typealias TermID = UInt32

/// A triple of term identifiers.
public struct IDTriple: Hashable, Sendable {
    public var subject: TermID
    public var predicate: TermID
    public var object: TermID

    public init(_ subject: TermID, _ predicate: TermID, _ object: TermID) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}

/// Maps terms to dense integer identifiers and back (dictionary encoding).
///
/// Each distinct term is stored once; triples refer to terms by ``TermID``.
struct TermDictionary: Sendable {
    private(set) var terms: [Term] = []
    private var ids: [Term: TermID] = [:]

    /// The identifier of `term`, if the dictionary has it.
    func id(of term: Term) -> TermID? { ids[term] }

    /// The term behind an identifier the dictionary issued.
    func term(_ id: TermID) -> Term { terms[Int(id)] }

    /// The identifier of `term`, adding it when new.
    mutating func intern(_ term: Term) -> TermID {
        if let id = ids[term] { return id }
        let id = TermID(terms.count)
        terms.append(term)
        ids[term] = id
        return id
    }

    var count: Int { terms.count }

    func _checkInvariants() {
        assert(ids.count == terms.count, "dictionary maps and terms disagree")
        for (term, id) in ids { assert(terms[Int(id)] == term, "term \(term) has a wrong id") }
    }
}
