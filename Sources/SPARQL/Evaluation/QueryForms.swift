import RDFModel

/// CONSTRUCT templates (§16.2) and DESCRIBE (§16.4).
enum QueryForms {
    /// The template instantiated for each solution: the template's blank nodes fresh per
    /// solution; triples with an unbound variable or an invalid position left out.
    static func construct(_ template: [TriplePattern], _ rows: [Solution]) -> [Triple] {
        var seen = Set<Triple>()
        var out: [Triple] = []
        for (index, row) in rows.enumerated() {
            func instantiate(_ term: PatternTerm) -> Term? {
                switch term {
                case .term(let term): return term
                case .variable(let name):
                    if name.hasPrefix("_:") { return .blankNode(BlankNode("c\(index)_" + name.dropFirst(2))) }
                    return row[name]
                }
            }
            for pattern in template {
                guard let s = instantiate(pattern.subject), !s.isLiteral,
                    case .iri(let p)? = instantiate(pattern.predicate), let o = instantiate(pattern.object)
                else { continue }
                let triple = Triple(s, p, o)
                if seen.insert(triple).inserted { out.append(triple) }
            }
        }
        return out
    }

    /// For each IRI or blank node described, its triples as subject, and those of the blank
    /// nodes they reach (a concise bounded description).
    static func describe(_ targets: [PatternTerm], _ rows: [Solution], graph: Graph) -> [Triple] {
        var resources: [Term] = []
        for target in targets {
            switch target {
            case .term(let term): resources.append(term)
            case .variable(let name): resources += rows.compactMap { $0[name] }
            }
        }
        var seen = Set<Triple>()
        var visited = Set<Term>()
        var out: [Triple] = []
        while let resource = resources.popLast() {
            guard !resource.isLiteral, visited.insert(resource).inserted else { continue }
            for triple in graph.triples(subject: resource) where seen.insert(triple).inserted {
                out.append(triple)
                if triple.object.isBlankNode { resources.append(triple.object) }
            }
        }
        return out
    }
}
