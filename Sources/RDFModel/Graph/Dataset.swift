/// An RDF dataset (https://www.w3.org/TR/rdf11-concepts/#dfn-rdf-dataset): a default graph and
/// named graphs, keyed by their names.
public struct Dataset: Sendable {
    /// The default graph.
    public var defaultGraph = Graph()
    /// The named graphs, by graph name (an IRI or a blank node).
    public var namedGraphs: [Term: Graph] = [:]

    public init() {}

    /// Adds a quad to the graph it names.
    public mutating func insert(_ quad: Quad) {
        if let name = quad.graph {
            namedGraphs[name, default: Graph()].insert(quad.triple)
        } else {
            defaultGraph.insert(quad.triple)
        }
    }

    /// The number of quads.
    public var count: Int { namedGraphs.values.reduce(defaultGraph.count) { $0 + $1.count } }

    /// Every quad, the default graph first, then named graphs by name, each sorted by term.
    public func sortedQuads() -> [Quad] {
        var quads = defaultGraph.sortedTriples().map { Quad($0) }
        for name in namedGraphs.keys.sorted() {
            quads += namedGraphs[name]!.sortedTriples().map { Quad($0, graph: name) }
        }
        return quads
    }

    /// All triples of all graphs merged into one graph (the union graph).
    public var unionGraph: Graph {
        var union = defaultGraph
        for graph in namedGraphs.values { union.formUnion(graph) }
        return union
    }
}
