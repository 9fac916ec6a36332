import RDFModel

extension Graph {
    /// The graph with every language tag in lower case, or the graph itself when all already are.
    ///
    /// RDF 1.1 compares language tags case-insensitively and allows writing them in lower case;
    /// Communique reads them in lower case, so writers lower them too and a written file reads
    /// back as exactly the graph that was written.
    func lowercasingLanguageTags() -> Graph {
        var needed = false
        for id in 0..<termCount {
            if case .literal(let literal) = term(TermID(id)), let tag = literal.language,
                tag.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
            {
                needed = true
                break
            }
        }
        guard needed else { return self }
        var lowered = Graph()
        forEachIDTriple { ids in
            let triple = self.triple(ids)
            if case .literal(let literal) = triple.object, let tag = literal.language {
                lowered.insert(Triple(triple.subject, triple.predicate, .literal(Literal(literal.lexicalForm, language: tag.lowercased()))))
            } else {
                lowered.insert(triple)
            }
        }
        return lowered
    }
}

extension Dataset {
    /// The dataset with every language tag in lower case.
    func lowercasingLanguageTags() -> Dataset {
        var lowered = Dataset(defaultGraph: defaultGraph.lowercasingLanguageTags())
        for (name, graph) in namedGraphs { lowered.namedGraphs[name] = graph.lowercasingLanguageTags() }
        return lowered
    }
}
