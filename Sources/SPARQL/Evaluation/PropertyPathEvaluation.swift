import RDFModel

/// Property path patterns (§18.4, ALP): `*` and `+` give each reachable node once, and a walk
/// never visits a node twice, so cycles end.
extension Evaluator {
    func pathPattern(_ subject: PatternTerm, _ path: PropertyPath, _ object: PatternTerm, graph: Graph, seed: Solution) throws -> [Solution] {
        func resolve(_ term: PatternTerm) -> Term? {
            switch term {
            case .term(let term): term
            case .variable(let name): seed[name]
            }
        }
        // A variable bound by the left side of a join stands for a node of the graph (§18.4: the
        // path is evaluated on its own and joined), so a term the graph lacks matches nothing.
        for end in [subject, object] {
            if case .variable(let name) = end, let term = seed[name], graph.id(of: term) == nil { return [] }
        }
        var walker = PathWalker(graph: graph, evaluator: self)
        let s = resolve(subject).map { walker.node($0) }
        let o = resolve(object).map { walker.node($0) }
        let pairs = try walker.pairs(path, s, o)
        var out: [Solution] = []
        for (x, y) in pairs {
            var row = seed
            var consistent = true
            for (position, node) in [(subject, x), (object, y)] {
                guard case .variable(let name) = position else { continue }
                let term = walker.term(node)
                if let existing = row[name] {
                    if existing != term { consistent = false }
                } else {
                    row[name] = term
                }
            }
            if consistent { out.append(row) }
        }
        return out
    }
}

/// Walks paths over identifiers; terms the graph does not hold (a zero-length path from a
/// constant) get identifiers past the graph's dictionary.
struct PathWalker {
    let graph: Graph
    let evaluator: Evaluator
    private var extraTerms: [Term] = []
    private var extraIDs: [Term: TermID] = [:]
    private var allNodesCache: [TermID]?

    init(graph: Graph, evaluator: Evaluator) {
        self.graph = graph
        self.evaluator = evaluator
    }

    mutating func node(_ term: Term) -> TermID {
        if let id = graph.id(of: term) { return id }
        if let id = extraIDs[term] { return id }
        let id = TermID(graph.termCount + extraTerms.count)
        extraTerms.append(term)
        extraIDs[term] = id
        return id
    }

    func term(_ id: TermID) -> Term {
        Int(id) < graph.termCount ? graph.term(id) : extraTerms[Int(id) - graph.termCount]
    }

    private func isInGraph(_ id: TermID) -> Bool { Int(id) < graph.termCount }

    /// Every subject and object of the graph.
    private mutating func allNodes() -> [TermID] {
        if let allNodesCache { return allNodesCache }
        var seen = Set<TermID>()
        var nodes: [TermID] = []
        for triple in graph.match() {
            if seen.insert(triple.subject).inserted { nodes.append(triple.subject) }
            if seen.insert(triple.object).inserted { nodes.append(triple.object) }
        }
        allNodesCache = nodes
        return nodes
    }

    /// The (start, end) pairs of `path` with the given ends bound, with the spec's multiplicity.
    mutating func pairs(_ path: PropertyPath, _ s: TermID?, _ o: TermID?) throws -> [(TermID, TermID)] {
        try evaluator.checkLimits()
        switch path {
        case .link(let iri):
            guard let p = graph.id(of: iri) else { return [] }
            if let s, !isInGraph(s) { return [] }
            if let o, !isInGraph(o) { return [] }
            return graph.match(subject: s, predicate: p, object: o).map { ($0.subject, $0.object) }
        case .inverse(let inner):
            return try pairs(inner, o, s).map { ($0.1, $0.0) }
        case .sequence(let first, let second):
            var out: [(TermID, TermID)] = []
            if s == nil, o != nil {
                for (middle, end) in try pairs(second, nil, o) {
                    for (start, _) in try pairs(first, nil, middle) { out.append((start, end)) }
                }
            } else {
                for (start, middle) in try pairs(first, s, nil) {
                    for (_, end) in try pairs(second, middle, o) { out.append((start, end)) }
                }
            }
            return out
        case .alternative(let first, let second):
            return try pairs(first, s, o) + pairs(second, s, o)
        case .negatedSet(let forward, let inverse):
            var out: [(TermID, TermID)] = []
            if let s, !isInGraph(s) { return [] }
            if let o, !isInGraph(o) { return [] }
            if !forward.isEmpty || inverse.isEmpty {
                let excluded = Set(forward.compactMap { graph.id(of: $0) })
                for t in graph.match(subject: s, object: o) where !excluded.contains(t.predicate) {
                    out.append((t.subject, t.object))
                }
            }
            if !inverse.isEmpty {
                let excluded = Set(inverse.compactMap { graph.id(of: $0) })
                for t in graph.match(subject: o, object: s) where !excluded.contains(t.predicate) {
                    out.append((t.object, t.subject))
                }
            }
            return out
        case .zeroOrOne(let inner):
            var seen = Set<Pair>()
            var out: [(TermID, TermID)] = []
            for pair in try zeroLength(s, o) + pairs(inner, s, o) where seen.insert(Pair(pair)).inserted {
                out.append(pair)
            }
            return out
        case .zeroOrMore(let inner):
            return try closure(inner, s, o, includeZero: true)
        case .oneOrMore(let inner):
            return try closure(inner, s, o, includeZero: false)
        }
    }

    private mutating func zeroLength(_ s: TermID?, _ o: TermID?) -> [(TermID, TermID)] {
        switch (s, o) {
        case (let s?, let o?): return s == o ? [(s, s)] : []
        case (let s?, nil): return [(s, s)]
        case (nil, let o?): return [(o, o)]
        case (nil, nil): return allNodes().map { ($0, $0) }
        }
    }

    private mutating func closure(_ inner: PropertyPath, _ s: TermID?, _ o: TermID?, includeZero: Bool) throws -> [(TermID, TermID)] {
        if let s {
            let reached = try reachable(from: s, inner, forward: true, includeZero: includeZero)
            if let o { return reached.contains(o) ? [(s, o)] : [] }
            return reached.map { (s, $0) }
        }
        if let o {
            return try reachable(from: o, inner, forward: false, includeZero: includeZero).map { ($0, o) }
        }
        var out: [(TermID, TermID)] = []
        for start in allNodes() {
            for end in try reachable(from: start, inner, forward: true, includeZero: includeZero) { out.append((start, end)) }
        }
        return out
    }

    /// The nodes reachable from `start` by one or more steps of `inner` (and `start` itself when
    /// `includeZero`), each once, in the order found.
    private mutating func reachable(from start: TermID, _ inner: PropertyPath, forward: Bool, includeZero: Bool) throws -> [TermID] {
        var visited = Set<TermID>()
        var order: [TermID] = []
        if includeZero {
            visited.insert(start)
            order.append(start)
        }
        var frontier = [start]
        var expanded = Set<TermID>([start])
        while let node = frontier.popLast() {
            let steps = forward ? try pairs(inner, node, nil).map(\.1) : try pairs(inner, nil, node).map(\.0)
            for next in steps {
                if visited.insert(next).inserted { order.append(next) }
                if expanded.insert(next).inserted { frontier.append(next) }
            }
        }
        return order
    }
}

private struct Pair: Hashable {
    let a: TermID
    let b: TermID
    init(_ pair: (TermID, TermID)) { a = pair.0; b = pair.1 }
}
