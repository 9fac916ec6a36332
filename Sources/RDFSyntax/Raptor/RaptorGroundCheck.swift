import RDFModel

/// Checks a written file against a graph without blank nodes, statement by statement, without
/// building a second graph: every statement read must be one of the graph's triples, and every
/// triple must be read. Memory: one flag per triple.
enum RaptorGroundCheck {
    /// `nil` when the file holds exactly the sorted triples, else what went wrong, naming a triple.
    static func mismatch(file path: String, format: RDFFormat, baseIRI: String, sorted: SortedTriples) throws -> String? {
        let world = try RaptorWorld()
        let terms = RaptorTermReader(world: world)
        let graph = sorted.graph
        var matched = [Bool](repeating: false, count: sorted.triples.count)
        var matchedCount = 0
        var stray: String?
        let reader = try RaptorReader(format: format, world: world) { statement in
            guard stray == nil, let quad = try terms.quad(statement) else { return }
            let triple = quad.triple
            guard let s = graph.id(of: triple.subject), let p = graph.id(of: triple.predicate), let o = graph.id(of: triple.object),
                let position = sorted.position(of: IDTriple(s, p, o))
            else {
                stray = "it wrote \(triple), which is not in the graph"
                return
            }
            if !matched[position] {
                matched[position] = true
                matchedCount += 1
            }
        }
        do {
            try reader.parse(.file(path), baseIRI: baseIRI)
        } catch let error as RDFSyntaxError {
            return "what raptor wrote does not read back (\(error.description))"
        }
        if let stray { return stray }
        if matchedCount != matched.count, let lost = matched.firstIndex(of: false) {
            return "the triple \(graph.triple(sorted.triples[lost])) was lost"
        }
        return nil
    }
}
