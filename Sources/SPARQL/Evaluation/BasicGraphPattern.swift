import RDFModel

/// Basic graph patterns (§18.3.1) over a graph's indexes: terms become the graph's identifiers
/// once, patterns are ordered by estimated cardinality, and the join runs on identifiers.
extension Evaluator {
    func basicGraphPattern(_ patterns: [TriplePattern], graph: Graph, seed: Solution) throws -> [Solution] {
        if patterns.isEmpty { return [seed] }
        // Variable slots, and the identifier of each seed binding and constant.
        var slots: [String: Int] = [:]
        for pattern in patterns {
            for name in pattern.variables where slots[name] == nil { slots[name] = slots.count }
        }
        var bindings = [TermID?](repeating: nil, count: slots.count)
        for (name, slot) in slots {
            guard let term = seed[name] else { continue }
            guard let id = graph.id(of: term) else { return [] }
            bindings[slot] = id
        }
        enum Position { case constant(TermID), slot(Int) }
        var compiled: [(Position, Position, Position)] = []
        for pattern in patterns {
            func position(_ term: PatternTerm) -> Position? {
                switch term {
                case .variable(let name): return .slot(slots[name]!)
                case .term(let term): return graph.id(of: term).map(Position.constant)
                }
            }
            guard let s = position(pattern.subject), let p = position(pattern.predicate), let o = position(pattern.object)
            else { return [] }
            compiled.append((s, p, o))
        }

        // Greedy order: next the pattern with the fewest estimated matches given what is bound.
        var remaining = Array(compiled.indices)
        var order: [Int] = []
        var bound = Set(bindings.indices.filter { bindings[$0] != nil })
        func estimate(_ index: Int) -> Double {
            let (s, p, o) = compiled[index]
            func constant(_ position: Position) -> TermID? {
                if case .constant(let id) = position { return id }
                return nil
            }
            var count = Double(graph.match(subject: constant(s), predicate: constant(p), object: constant(o)).count)
            for position in [s, p, o] {
                if case .slot(let slot) = position, bound.contains(slot) { count /= 50 }
            }
            return count
        }
        while !remaining.isEmpty {
            let best = remaining.min { estimate($0) < estimate($1) }!
            order.append(best)
            remaining.removeAll { $0 == best }
            for position in [compiled[best].0, compiled[best].1, compiled[best].2] {
                if case .slot(let slot) = position { bound.insert(slot) }
            }
        }

        var results: [[TermID?]] = []
        func search(_ depth: Int) throws {
            if depth == order.count {
                results.append(bindings)
                return
            }
            try checkLimits()
            let (s, p, o) = compiled[order[depth]]
            func value(_ position: Position) -> TermID? {
                switch position {
                case .constant(let id): id
                case .slot(let slot): bindings[slot]
                }
            }
            let matches = graph.match(subject: value(s), predicate: value(p), object: value(o))
            for triple in matches {
                var assigned: [Int] = []
                var consistent = true
                for (position, id) in [(s, triple.subject), (p, triple.predicate), (o, triple.object)] {
                    guard case .slot(let slot) = position else { continue }
                    if let existing = bindings[slot] {
                        if existing != id { consistent = false; break }
                    } else {
                        bindings[slot] = id
                        assigned.append(slot)
                    }
                }
                if consistent { try search(depth + 1) }
                for slot in assigned { bindings[slot] = nil }
            }
        }
        try search(0)

        let names = slots.sorted { $0.value < $1.value }.map(\.key)
        return results.map { ids in
            var row = seed
            for (slot, id) in ids.enumerated() where seed[names[slot]] == nil {
                if let id { row[names[slot]] = graph.term(id) }
            }
            return row
        }
    }
}
