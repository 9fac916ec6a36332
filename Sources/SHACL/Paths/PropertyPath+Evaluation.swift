import RDFModel

/// A property path with its predicates resolved to one data graph's identifiers.
indirect enum BoundPath: Sendable {
    /// A predicate the data graph does not use reaches nothing.
    case absent
    case predicate(TermID)
    case inverse(BoundPath)
    case sequence([BoundPath])
    case alternative([BoundPath])
    case zeroOrMore(BoundPath)
    case oneOrMore(BoundPath)
    case zeroOrOne(BoundPath)

    init(_ path: PropertyPath, in data: DataGraph) {
        switch path {
        case .predicate(let iri): self = data.graph.id(of: iri).map(BoundPath.predicate) ?? .absent
        case .inverse(let inner): self = .inverse(BoundPath(inner, in: data))
        case .sequence(let members): self = .sequence(members.map { BoundPath($0, in: data) })
        case .alternative(let members): self = .alternative(members.map { BoundPath($0, in: data) })
        case .zeroOrMore(let inner): self = .zeroOrMore(BoundPath(inner, in: data))
        case .oneOrMore(let inner): self = .oneOrMore(BoundPath(inner, in: data))
        case .zeroOrOne(let inner): self = .zeroOrOne(BoundPath(inner, in: data))
        }
    }

    /// The value nodes of `focus` for this path (https://www.w3.org/TR/shacl/#property-path-semantics),
    /// each once, in the order they are first reached.
    func values(from focus: TermID, in data: DataGraph) -> [TermID] {
        switch self {
        case .absent:
            return []
        case .predicate(let p):
            // Objects of one (s, p) slice are distinct already.
            return Array(data.objects(focus, p))
        default:
            var seen: Set<TermID> = []
            var out: [TermID] = []
            step(from: focus, in: data) { node in
                if seen.insert(node).inserted { out.append(node) }
            }
            return out
        }
    }

    /// Calls `visit` with every node the path reaches from `start` (possibly more than once).
    private func step(from start: TermID, in data: DataGraph, _ visit: (TermID) -> Void) {
        switch self {
        case .absent:
            return
        case .predicate(let p):
            for node in data.objects(start, p) { visit(node) }
        case .inverse(let inner):
            if case .predicate(let p) = inner {
                for node in data.subjects(p, start) { visit(node) }
            } else {
                inner.inverseStep(from: start, in: data, visit)
            }
        case .sequence(let members):
            var current: [TermID] = [start]
            for member in members {
                var seen: Set<TermID> = []
                var next: [TermID] = []
                for node in current {
                    member.step(from: node, in: data) { if seen.insert($0).inserted { next.append($0) } }
                }
                current = next
                if current.isEmpty { return }
            }
            current.forEach(visit)
        case .alternative(let members):
            for member in members { member.step(from: start, in: data, visit) }
        case .zeroOrMore(let inner):
            visit(start)
            closure(of: inner, from: start, in: data, visit)
        case .oneOrMore(let inner):
            closure(of: inner, from: start, in: data, visit)
        case .zeroOrOne(let inner):
            visit(start)
            inner.step(from: start, in: data, visit)
        }
    }

    /// The nodes from which this path reaches `end` (the path read backwards).
    private func inverseStep(from end: TermID, in data: DataGraph, _ visit: (TermID) -> Void) {
        switch self {
        case .absent:
            return
        case .predicate(let p):
            for node in data.subjects(p, end) { visit(node) }
        case .inverse(let inner):
            inner.step(from: end, in: data, visit)
        case .sequence(let members):
            BoundPath.sequence(members.reversed().map { BoundPath.inverse($0) }).step(from: end, in: data, visit)
        case .alternative(let members):
            for member in members { member.inverseStep(from: end, in: data, visit) }
        case .zeroOrMore(let inner):
            BoundPath.zeroOrMore(.inverse(inner)).step(from: end, in: data, visit)
        case .oneOrMore(let inner):
            BoundPath.oneOrMore(.inverse(inner)).step(from: end, in: data, visit)
        case .zeroOrOne(let inner):
            BoundPath.zeroOrOne(.inverse(inner)).step(from: end, in: data, visit)
        }
    }

    /// Breadth-first closure: every node reached by one or more steps of `inner`.
    private func closure(of inner: BoundPath, from start: TermID, in data: DataGraph, _ visit: (TermID) -> Void) {
        var seen: Set<TermID> = []
        var frontier: [TermID] = [start]
        while !frontier.isEmpty {
            var next: [TermID] = []
            for node in frontier {
                inner.step(from: node, in: data) { reached in
                    if seen.insert(reached).inserted {
                        visit(reached)
                        next.append(reached)
                    }
                }
            }
            frontier = next
        }
    }
}
