import Dispatch
import Foundation
import RDFModel

/// The data graph as the validator sees it: the graph's own term identifiers, extended with
/// identifiers for the terms that only the shapes mention (a `sh:targetNode` literal, a
/// `sh:hasValue` IRI the data never uses), so every node the validator handles is one `TermID`.
///
/// Identifiers below ``graphTermCount`` belong to the graph; lookups with the others find no
/// triple, which is what SHACL expects of a node the data graph does not contain.
///
/// A class, so the hot loops share one instance without copying; new identifiers are issued
/// only while shapes are bound, on one thread, before validation starts.
final class DataGraph: @unchecked Sendable {
    /// The data graph.
    let graph: Graph
    /// The number of identifiers the graph issued.
    let graphTermCount: TermID
    private var extraTerms: [Term] = []
    private var extraIDs: [Term: TermID] = [:]

    /// `rdf:type` and `rdfs:subClassOf` in this graph, when it uses them.
    let rdfType: TermID?
    let rdfsSubClassOf: TermID?
    /// The triples by subject and by object (see ``Adjacency``).
    private let out: Adjacency
    private let into: Adjacency

    init(_ graph: Graph) {
        self.graph = graph
        let termCount = graph.termCount
        graphTermCount = TermID(termCount)
        rdfType = graph.id(of: RDF.type)
        rdfsSubClassOf = graph.id(of: RDFS.subClassOf)
        // Build both indexes at once, one per core.
        let box = AdjacencyPair()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            let index = Adjacency(graph, termCount: termCount, bySubject: side == 0)
            box.set(index, bySubject: side == 0)
        }
        out = box.bySubject!
        into = box.byObject!
    }

    /// The identifier of a term, issuing a new one past the graph's when the graph lacks it.
    func id(_ term: Term) -> TermID {
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

    /// The objects of `(subject, predicate, ?)`, each once.
    @inline(__always) func objects(_ subject: TermID, _ predicate: TermID) -> NodeRun {
        out.neighbours(subject, predicate)
    }

    /// The subjects of `(?, predicate, object)`, each once.
    @inline(__always) func subjects(_ predicate: TermID, _ object: TermID) -> NodeRun {
        into.neighbours(object, predicate)
    }

    /// The subjects of triples with `predicate`, each once.
    func subjects(of predicate: TermID) -> [TermID] { out.nodes(with: predicate) }

    /// The objects of triples with `predicate`, each once.
    func objects(of predicate: TermID) -> [TermID] { into.nodes(with: predicate) }

    /// The (predicate, object) pairs of the triples whose subject is `subject`, packed as
    /// `predicate << 32 | object`.
    @inline(__always) func outgoing(_ subject: TermID) -> ArraySlice<UInt64> { out.all(subject) }

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
        if classes.count == 1, let only = classes.first {
            return objects(node, rdfType).contains(only)
        }
        for type in objects(node, rdfType) where classes.contains(type) { return true }
        return false
    }
}

/// The two adjacency indexes, filled by two workers.
private final class AdjacencyPair: @unchecked Sendable {
    private let lock = NSLock()
    private var subjectSide: Adjacency?
    private var objectSide: Adjacency?

    func set(_ index: Adjacency, bySubject: Bool) {
        lock.withLock { if bySubject { subjectSide = index } else { objectSide = index } }
    }

    var bySubject: Adjacency? { lock.withLock { subjectSide } }
    var byObject: Adjacency? { lock.withLock { objectSide } }
}
