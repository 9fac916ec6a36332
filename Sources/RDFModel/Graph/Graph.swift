import Foundation

/// A set of RDF triples (https://www.w3.org/TR/rdf11-concepts/#dfn-rdf-graph), held compactly
/// and indexed for pattern lookups.
///
/// Terms are dictionary-encoded: each distinct term is stored once and triples are three
/// 32-bit identifiers. Three sorted permutations (SPO, POS, OSP) are built on the first
/// lookup after a change and answer `(s,p,?)`, `(?,p,o)`, `(s,?,?)`, `(?,?,o)`, `(s,?,o)`,
/// `(?,p,?)` and "all instances of a class" by binary search, never by a scan.
///
/// `Graph` is a value type with copy-on-write storage. Lookups are safe from several threads
/// at once; building the indexes is done once, under a lock.
///
/// ```swift
/// var graph = Graph()
/// graph.insert(Triple(.iri("https://example.org/a"), RDF.type, .iri("https://schema.org/Person")))
/// let people = graph.instances(of: IRI(unchecked: "https://schema.org/Person"))
/// ```
public struct Graph: Sendable {
    private var storage: GraphStorage

    /// Creates an empty graph.
    public init() {
        storage = GraphStorage()
    }

    /// Creates a graph holding the given triples (duplicates are dropped).
    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        self.init()
        insert(contentsOf: triples)
    }

    /// The number of distinct triples.
    public var count: Int { storage.triples.count }

    /// Whether the graph has no triple.
    public var isEmpty: Bool { storage.triples.isEmpty }

    /// The number of distinct terms the graph's dictionary holds.
    public var termCount: Int { storage.dictionary.count }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    // MARK: Changing

    /// Adds a triple. - Returns: `true` when it was not already in the graph.
    @discardableResult
    public mutating func insert(_ triple: Triple) -> Bool {
        makeUnique()
        let s = storage.dictionary.intern(triple.subject)
        let p = storage.dictionary.intern(.iri(triple.predicate))
        let o = storage.dictionary.intern(triple.object)
        return storage.insert(IDTriple(s, p, o))
    }

    /// Adds a triple of identifiers that this graph issued (through ``intern(_:)``), skipping the
    /// term lookups of ``insert(_:)-(Triple)``; parsers use it. - Returns: `true` when it was new.
    /// - Precondition: the predicate's identifier names an IRI.
    @discardableResult
    public mutating func insert(_ ids: IDTriple) -> Bool {
        makeUnique()
        return storage.insert(ids)
    }

    /// Adds many triples of identifiers that this graph issued, faster than one by one (see
    /// ``insert(_:)-(IDTriple)``); parsers use it. - Returns: how many were new.
    @discardableResult
    package mutating func insert(contentsOf ids: UnsafeBufferPointer<IDTriple>) -> Int {
        makeUnique()
        return storage.insert(contentsOf: ids)
    }

    /// Adds every triple of a sequence.
    public mutating func insert<S: Sequence>(contentsOf triples: S) where S.Element == Triple {
        for triple in triples { insert(triple) }
    }

    /// Adds every triple of another graph.
    public mutating func formUnion(_ other: Graph) {
        for triple in other { insert(triple) }
    }

    /// Removes a triple. - Returns: `true` when it was in the graph.
    @discardableResult
    public mutating func remove(_ triple: Triple) -> Bool {
        guard let ids = idTriple(triple) else { return false }
        makeUnique()
        return storage.remove(ids)
    }

    /// The identifier of a term, adding it to the dictionary when new (no triple is added).
    public mutating func intern(_ term: Term) -> TermID {
        makeUnique()
        return storage.dictionary.intern(term)
    }

    /// The identifier of the term whose ``TermKey`` bytes these are, adding it when new (no
    /// triple is added): parsers intern straight from their buffers, and a ``Term`` is made
    /// only for a term the graph has not seen.
    /// - Precondition: the key follows ``TermKey``'s layout, with valid UTF-8 text.
    @inline(__always)
    package mutating func intern(key: UnsafeRawBufferPointer) -> TermID {
        makeUnique()
        return storage.dictionary.intern(key: key)
    }

    /// Makes room for about `triples` triples and `terms` terms, so that a parser that knows the
    /// size of its input does not grow the tables again and again.
    package mutating func reserveCapacity(triples: Int, terms: Int, keyBytes: Int) {
        makeUnique()
        storage.reserveCapacity(triples: triples)
        storage.dictionary.reserveCapacity(terms: terms, keyBytes: keyBytes)
    }

    // MARK: Terms and identifiers

    /// The identifier of a term, or `nil` when no triple of the graph was built with it.
    public func id(of term: Term) -> TermID? { storage.dictionary.id(of: term) }

    /// The identifier of an IRI, or `nil` when the graph does not know it.
    public func id(of iri: IRI) -> TermID? { storage.dictionary.id(of: .iri(iri)) }

    /// The term behind an identifier this graph issued.
    public func term(_ id: TermID) -> Term { storage.dictionary.term(id) }

    /// The triple behind an identifier triple this graph issued.
    public func triple(_ ids: IDTriple) -> Triple {
        guard case .iri(let predicate) = term(ids.predicate) else {
            preconditionFailure("predicate id \(ids.predicate) is not an IRI")
        }
        return Triple(term(ids.subject), predicate, term(ids.object))
    }

    /// The identifier triple of a triple, if all its terms are known.
    public func idTriple(_ triple: Triple) -> IDTriple? {
        guard let s = id(of: triple.subject), let p = id(of: triple.predicate), let o = id(of: triple.object)
        else { return nil }
        return IDTriple(s, p, o)
    }

    // MARK: Lookups

    /// Whether the graph holds the triple.
    public func contains(_ triple: Triple) -> Bool {
        guard let ids = idTriple(triple) else { return false }
        return storage.triples.contains(ids)
    }

    /// Whether the graph holds the identifier triple.
    public func contains(_ ids: IDTriple) -> Bool { storage.triples.contains(ids) }

    /// The identifier triples that match a pattern; `nil` is a wildcard.
    ///
    /// - Complexity: O(log n) to find the matches, which are then read without copying.
    public func match(subject: TermID? = nil, predicate: TermID? = nil, object: TermID? = nil) -> TripleMatches {
        let indexes = storage.indexes()
        switch (subject, predicate, object) {
        case (nil, nil, nil):
            return TripleMatches(keys: indexes.spo[...], order: .spo)
        case (let s?, nil, nil):
            return TripleMatches(keys: indexes.slice(.spo, s, nil), order: .spo)
        case (let s?, let p?, nil):
            return TripleMatches(keys: indexes.slice(.spo, s, p), order: .spo)
        case (nil, let p?, nil):
            return TripleMatches(keys: indexes.slice(.pos, p, nil), order: .pos)
        case (nil, let p?, let o?):
            return TripleMatches(keys: indexes.slice(.pos, p, o), order: .pos)
        case (nil, nil, let o?):
            return TripleMatches(keys: indexes.slice(.osp, o, nil), order: .osp)
        case (let s?, nil, let o?):
            return TripleMatches(keys: indexes.slice(.osp, o, s), order: .osp)
        case (let s?, let p?, let o?):
            let slice = indexes.slice(.spo, s, p)
            let hit = storage.triples.contains(IDTriple(s, p, o))
            return hit ? TripleMatches(keys: [IDTriple(s, p, o)][...], order: .spo) : TripleMatches(keys: slice[slice.startIndex..<slice.startIndex], order: .spo)
        }
    }

    /// The triples that match a pattern; `nil` is a wildcard.
    public func triples(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil) -> [Triple] {
        var s: TermID?, p: TermID?, o: TermID?
        if let subject { guard let id = id(of: subject) else { return [] }; s = id }
        if let predicate { guard let id = id(of: predicate) else { return [] }; p = id }
        if let object { guard let id = id(of: object) else { return [] }; o = id }
        return match(subject: s, predicate: p, object: o).map(triple)
    }

    /// The objects of the triples with this subject and predicate.
    public func objects(of subject: Term, _ predicate: IRI) -> [Term] {
        guard let s = id(of: subject), let p = id(of: predicate) else { return [] }
        return match(subject: s, predicate: p).map { term($0.object) }
    }

    /// One object of the triples with this subject and predicate (the first in index order).
    public func firstObject(of subject: Term, _ predicate: IRI) -> Term? {
        guard let s = id(of: subject), let p = id(of: predicate) else { return nil }
        return match(subject: s, predicate: p).first.map { term($0.object) }
    }

    /// The subjects of the triples with this predicate and object.
    public func subjects(_ predicate: IRI, _ object: Term) -> [Term] {
        guard let p = id(of: predicate), let o = id(of: object) else { return [] }
        return match(predicate: p, object: o).map { term($0.subject) }
    }

    /// The subjects with an `rdf:type` of exactly this class (no subclass reasoning).
    public func instances(of type: IRI) -> [Term] { subjects(RDF.type, .iri(type)) }

    /// The distinct subjects of the graph, in identifier order.
    public var subjects: [Term] {
        var seen: [Term] = []
        var last: TermID?
        for key in storage.indexes().spo where key.subject != last {
            last = key.subject
            seen.append(term(key.subject))
        }
        return seen
    }

    /// Every triple, sorted by term (subject, then predicate, then object).
    ///
    /// Two equal graphs give equal arrays whatever order their triples were inserted in,
    /// which is what makes written files byte-stable.
    public func sortedTriples() -> [Triple] {
        map { $0 }.sorted()
    }

    /// Visits every identifier triple in storage order (no order promised), without building
    /// the sorted indexes: for code that builds its own index in one pass (SHACL's adjacency).
    ///
    /// - Complexity: O(n).
    public func forEachIDTriple(_ body: (IDTriple) throws -> Void) rethrows {
        try storage.triples.forEach(body)
    }

    /// Builds the indexes now, so the first lookup from a hot loop or a second thread does not.
    public func prepareIndexes() { _ = storage.indexes() }

    /// Checks the storage's invariants (debug builds only).
    public func _checkInvariants() {
        #if DEBUG
            storage.dictionary._checkInvariants()
            let indexes = storage.indexes()
            assert(indexes.spo.count == storage.triples.count && indexes.pos.count == storage.triples.count
                && indexes.osp.count == storage.triples.count, "an index lost or duplicated triples")
            for order in [IndexOrder.spo, .pos, .osp] {
                let keys = order == .spo ? indexes.spo : order == .pos ? indexes.pos : indexes.osp
                for i in keys.indices.dropFirst() {
                    assert(TripleIndexes.precedes(keys[i - 1], keys[i]), "\(order) index is not strictly sorted")
                }
                for key in keys { assert(storage.triples.contains(order.triple(key)), "\(order) index has a stray triple") }
            }
        #endif
    }
}

extension Graph: Sequence {
    /// Iterates the triples in identifier order (stable for one graph, not across graphs).
    public func makeIterator() -> AnyIterator<Triple> {
        let matches = match()
        var index = matches.startIndex
        return AnyIterator {
            guard index < matches.endIndex else { return nil }
            defer { index += 1 }
            return self.triple(matches[index])
        }
    }

    public var underestimatedCount: Int { count }
}

/// The shared, copy-on-write storage of a ``Graph``.
final class GraphStorage: @unchecked Sendable {
    var dictionary = TermDictionary()
    private(set) var triples = TripleSet()
    private var cachedIndexes: TripleIndexes?
    private let lock = NSLock()

    func copy() -> GraphStorage {
        let copy = GraphStorage()
        copy.dictionary = dictionary
        copy.triples = triples
        copy.cachedIndexes = lock.withLock { cachedIndexes }
        return copy
    }

    func insert(_ ids: IDTriple) -> Bool {
        let inserted = triples.insert(ids)
        if inserted, cachedIndexes != nil { lock.withLock { cachedIndexes = nil } }
        return inserted
    }

    func reserveCapacity(triples count: Int) { triples.reserveCapacity(count) }

    func insert(contentsOf ids: UnsafeBufferPointer<IDTriple>) -> Int {
        let added = triples.insert(contentsOf: ids)
        if added > 0, cachedIndexes != nil { lock.withLock { cachedIndexes = nil } }
        return added
    }

    func remove(_ ids: IDTriple) -> Bool {
        let removed = triples.remove(ids)
        if removed { lock.withLock { cachedIndexes = nil } }
        return removed
    }

    /// The indexes, built on first use after a change.
    func indexes() -> TripleIndexes {
        lock.withLock {
            if let cachedIndexes { return cachedIndexes }
            let built = TripleIndexes(triples.elements)
            cachedIndexes = built
            return built
        }
    }
}
