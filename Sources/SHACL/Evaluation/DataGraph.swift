import RDFModel

/// The data graph as the validator sees it: the graph's own term identifiers, extended with
/// identifiers for the terms that only the shapes mention (a `sh:targetNode` literal, a
/// `sh:hasValue` IRI the data never uses), so every node the validator handles is one `TermID`.
///
/// Identifiers below ``graphTermCount`` belong to the graph; lookups with the others find no
/// triple, which is what SHACL expects of a node the data graph does not contain.
struct DataGraph: Sendable {
    /// The data graph.
    let graph: Graph
    /// The number of identifiers the graph issued.
    let graphTermCount: TermID
    private var extraTerms: [Term] = []
    private var extraIDs: [Term: TermID] = [:]

    /// `rdf:type`, `rdfs:subClassOf`, `rdf:first` and `rdf:rest` in this graph, when it uses them.
    let rdfType: TermID?
    let rdfsSubClassOf: TermID?

    init(_ graph: Graph) {
        graph.prepareIndexes()
        self.graph = graph
        graphTermCount = TermID(graph.termCount)
        rdfType = graph.id(of: RDF.type)
        rdfsSubClassOf = graph.id(of: RDFS.subClassOf)
    }

    /// The identifier of a term, issuing a new one past the graph's when the graph lacks it.
    mutating func id(_ term: Term) -> TermID {
        if let id = graph.id(of: term) { return id }
        if let id = extraIDs[term] { return id }
        let id = graphTermCount + TermID(extraTerms.count)
        extraTerms.append(term)
        extraIDs[term] = id
        return id
    }

    /// The identifier of a term if the graph or the shapes know it (no new identifier).
    func existingID(_ term: Term) -> TermID? { graph.id(of: term) ?? extraIDs[term] }

    /// The term behind an identifier.
    @inline(__always) func term(_ id: TermID) -> Term {
        id < graphTermCount ? graph.term(id) : extraTerms[Int(id - graphTermCount)]
    }

    /// Whether an identifier belongs to the graph (so that it may occur in a triple).
    @inline(__always) func inGraph(_ id: TermID) -> Bool { id < graphTermCount }

    /// The objects of `(subject, predicate, ?)`.
    @inline(__always) func objects(_ subject: TermID, _ predicate: TermID) -> LazyMapSequence<TripleMatches, TermID> {
        graph.match(subject: inGraph(subject) ? subject : .max, predicate: predicate).lazy.map(\.object)
    }

    /// The subjects of `(?, predicate, object)`.
    @inline(__always) func subjects(_ predicate: TermID, _ object: TermID) -> LazyMapSequence<TripleMatches, TermID> {
        graph.match(predicate: predicate, object: inGraph(object) ? object : .max).lazy.map(\.subject)
    }

    /// The triples whose subject is `subject`.
    func triples(of subject: TermID) -> TripleMatches {
        graph.match(subject: inGraph(subject) ? subject : .max)
    }

    /// Whether the term is a literal.
    @inline(__always) func isLiteral(_ id: TermID) -> Bool { term(id).isLiteral }

    /// The classes that are `class` or, through `rdfs:subClassOf`, below it in the data graph.
    func subclassClosure(of classID: TermID) -> Set<TermID> {
        var closure: Set<TermID> = [classID]
        guard let subClassOf = rdfsSubClassOf, inGraph(classID) else { return closure }
        var queue = [classID]
        while let next = queue.popLast() {
            for sub in subjects(subClassOf, next) where closure.insert(sub).inserted {
                queue.append(sub)
            }
        }
        return closure
    }

    /// Whether `node` is a SHACL instance of one of `classes` (https://www.w3.org/TR/shacl/#dfn-shacl-instance).
    @inline(__always) func isInstance(_ node: TermID, ofAny classes: Set<TermID>) -> Bool {
        guard let rdfType, inGraph(node) else { return false }
        for type in objects(node, rdfType) where classes.contains(type) { return true }
        return false
    }
}
