/// Blank-node-aware comparison of graphs and datasets
/// (https://www.w3.org/TR/rdf11-concepts/#graph-isomorphism).
///
/// Two graphs are isomorphic when a bijection between their blank nodes maps one onto the
/// other; IRIs and literals must match exactly. The search colours blank nodes by their
/// neighbourhoods (iterated hashing, as in Hogan's canonical labelling) and only branches
/// between nodes the colours cannot tell apart, so graphs without automorphic blank nodes
/// are decided in near-linear time.
extension Graph {
    /// Whether the two graphs are equal up to a renaming of blank nodes.
    ///
    /// - Complexity: O(n log n) for graphs whose blank nodes the colouring separates; worst
    ///   case exponential for highly symmetric blank structures (not met in practice).
    public func isIsomorphic(to other: Graph) -> Bool { blankNodeMapping(to: other) != nil }

    /// A mapping of this graph's blank nodes to the other's that makes the graphs equal, or `nil`.
    public func blankNodeMapping(to other: Graph) -> [BlankNode: BlankNode]? {
        guard count == other.count else { return nil }
        // Map this graph's identifiers to the other's once, per term, not per triple.
        var mapped = [TermID](repeating: .max, count: termCount)
        var isBlank = [Bool](repeating: false, count: termCount)
        for id in 0..<termCount {
            let term = term(TermID(id))
            if term.isBlankNode { isBlank[id] = true } else if let otherID = other.id(of: term) { mapped[id] = otherID }
        }
        var mine: [IsomorphismStatement] = []
        for ids in match() {
            if isBlank[Int(ids.subject)] || isBlank[Int(ids.object)] {
                mine.append(IsomorphismStatement(triple(ids)))
                continue
            }
            let s = mapped[Int(ids.subject)], p = mapped[Int(ids.predicate)], o = mapped[Int(ids.object)]
            guard s != .max, p != .max, o != .max, other.contains(IDTriple(s, p, o)) else { return nil }
        }
        guard !mine.isEmpty else { return [:] }
        var theirs: [IsomorphismStatement] = []
        for ids in other.match() {
            let s = other.term(ids.subject), o = other.term(ids.object)
            if s.isBlankNode || o.isBlankNode { theirs.append(IsomorphismStatement(other.triple(ids))) }
        }
        return IsomorphismSearch.mapping(mine, theirs)
    }

    /// The triples only one of the two graphs has, after matching blank nodes as well as possible.
    ///
    /// Ground triples are compared exactly; when no blank-node mapping exists, every triple with
    /// a blank node that has no ground-equal counterpart is listed.
    public func difference(from other: Graph) -> GraphDifference {
        let a = Dataset(defaultGraph: self), b = Dataset(defaultGraph: other)
        return a.difference(from: b)
    }
}

extension Dataset {
    /// Creates a dataset whose default graph is `graph`.
    public init(defaultGraph graph: Graph) {
        self.init()
        defaultGraph = graph
    }

    /// Whether the two datasets are equal up to a renaming of blank nodes (shared across their graphs).
    public func isIsomorphic(to other: Dataset) -> Bool { blankNodeMapping(to: other) != nil }

    /// A mapping of this dataset's blank nodes to the other's that makes them equal, or `nil`.
    public func blankNodeMapping(to other: Dataset) -> [BlankNode: BlankNode]? {
        guard count == other.count else { return nil }
        let mine = sortedQuads().map(IsomorphismStatement.init)
        let theirs = other.sortedQuads().map(IsomorphismStatement.init)
        let groundMine = Set(mine.filter { !$0.hasBlank })
        let groundTheirs = Set(theirs.filter { !$0.hasBlank })
        guard groundMine == groundTheirs else { return nil }
        return IsomorphismSearch.mapping(mine.filter(\.hasBlank), theirs.filter(\.hasBlank))
    }

    /// The quads only one of the two datasets has, for a readable failure message.
    public func difference(from other: Dataset) -> GraphDifference {
        let mine = sortedQuads(), theirs = other.sortedQuads()
        let a = Set(mine), b = Set(theirs)
        var onlyFirst = mine.filter { !b.contains($0) }
        var onlySecond = theirs.filter { !a.contains($0) }
        let blankA = onlyFirst.filter { IsomorphismStatement($0).hasBlank }
        let blankB = onlySecond.filter { IsomorphismStatement($0).hasBlank }
        if !blankA.isEmpty, blankA.count == blankB.count,
            IsomorphismSearch.mapping(blankA.map(IsomorphismStatement.init), blankB.map(IsomorphismStatement.init)) != nil
        {
            onlyFirst.removeAll { IsomorphismStatement($0).hasBlank }
            onlySecond.removeAll { IsomorphismStatement($0).hasBlank }
        }
        return GraphDifference(commonCount: mine.count - onlyFirst.count, onlyInFirst: onlyFirst, onlyInSecond: onlySecond)
    }
}

/// What two graphs (or datasets) do not share: a three-way diff for test failures.
public struct GraphDifference: Sendable, CustomStringConvertible {
    /// How many statements both have.
    public let commonCount: Int
    /// Statements only the first has (in N-Quads form when printed).
    public let onlyInFirst: [Quad]
    /// Statements only the second has.
    public let onlyInSecond: [Quad]

    /// Whether nothing differs.
    public var isEmpty: Bool { onlyInFirst.isEmpty && onlyInSecond.isEmpty }

    /// `in both: n`, then `- ` lines (only in the first) and `+ ` lines (only in the second), at most 20 each.
    public var description: String {
        var lines = ["in both: \(commonCount) statements"]
        func add(_ quads: [Quad], _ mark: String, _ title: String) {
            guard !quads.isEmpty else { return }
            lines.append("\(title): \(quads.count)")
            for quad in quads.prefix(20) { lines.append("\(mark) \(quad)") }
            if quads.count > 20 { lines.append("\(mark) … \(quads.count - 20) more") }
        }
        add(onlyInFirst, "-", "only in the first")
        add(onlyInSecond, "+", "only in the second")
        return lines.joined(separator: "\n")
    }
}

/// One statement as four positions (the fourth is the graph name, `nil` for the default graph).
struct IsomorphismStatement: Hashable {
    var terms: [Term?]

    init(_ triple: Triple) { terms = [triple.subject, .iri(triple.predicate), triple.object, nil] }
    init(_ quad: Quad) { terms = [quad.triple.subject, .iri(quad.triple.predicate), quad.triple.object, quad.graph] }

    var hasBlank: Bool { terms.contains { $0?.isBlankNode == true } }
}

/// The colour-refinement search behind ``Graph/isIsomorphic(to:)``.
enum IsomorphismSearch {
    typealias Colors = [BlankNode: Int]

    /// A bijection of blank nodes mapping `a` onto `b` (both sets of statements with blank nodes), or `nil`.
    static func mapping(_ a: [IsomorphismStatement], _ b: [IsomorphismStatement]) -> [BlankNode: BlankNode]? {
        guard a.count == b.count else { return nil }
        let sideA = Side(a), sideB = Side(b)
        guard sideA.nodes.count == sideB.nodes.count else { return nil }
        var budget = 100_000
        return search(sideA, sideB, sideA.initialColors(), sideB.initialColors(), depth: 0, budget: &budget)
    }

    /// The statements of one side, indexed by the blank nodes they mention.
    struct Side {
        let statements: [IsomorphismStatement]
        let set: Set<IsomorphismStatement>
        let nodes: [BlankNode]
        let mentions: [BlankNode: [Int]]

        init(_ statements: [IsomorphismStatement]) {
            self.statements = statements
            set = Set(statements)
            var mentions: [BlankNode: [Int]] = [:]
            for (index, statement) in statements.enumerated() {
                for case .blankNode(let node)? in statement.terms where mentions[node]?.last != index {
                    mentions[node, default: []].append(index)
                }
            }
            self.mentions = mentions
            nodes = mentions.keys.sorted()
        }

        func initialColors() -> Colors { Dictionary(uniqueKeysWithValues: nodes.map { ($0, 0) }) }

        /// One round of refinement: a node's new colour hashes its colour and its statements,
        /// with other blank nodes replaced by their colours.
        func refine(_ colors: Colors) -> Colors {
            var next = Colors(minimumCapacity: colors.count)
            for node in nodes {
                var signature: [Int] = []
                for index in mentions[node] ?? [] {
                    var hasher = Hasher()
                    for (position, term) in statements[index].terms.enumerated() {
                        hasher.combine(position)
                        switch term {
                        case .blankNode(let other)?:
                            hasher.combine(other == node ? -1 : 1)
                            hasher.combine(colors[other] ?? 0)
                        case let other:
                            hasher.combine(other)
                        }
                    }
                    signature.append(hasher.finalize())
                }
                signature.sort()
                var hasher = Hasher()
                hasher.combine(colors[node] ?? 0)
                hasher.combine(signature)
                next[node] = hasher.finalize()
            }
            return next
        }
    }

    static func classCount(_ colors: Colors) -> Int { Set(colors.values).count }

    static func histogram(_ colors: Colors) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for color in colors.values { result[color, default: 0] += 1 }
        return result
    }

    static func search(
        _ a: Side, _ b: Side, _ startA: Colors, _ startB: Colors, depth: Int, budget: inout Int
    ) -> [BlankNode: BlankNode]? {
        budget -= 1
        guard budget > 0 else { return nil }
        var colorsA = startA, colorsB = startB
        // Refine until the partition stops splitting.
        var classes = classCount(colorsA)
        while true {
            colorsA = a.refine(colorsA)
            colorsB = b.refine(colorsB)
            let next = classCount(colorsA)
            if next == classes { break }
            classes = next
        }
        let histogramA = histogram(colorsA)
        guard histogramA == histogram(colorsB) else { return nil }
        if histogramA.count == a.nodes.count {
            // Every colour names one node: the mapping is forced; check it.
            var nodeOfColor: [Int: BlankNode] = [:]
            for (node, color) in colorsB { nodeOfColor[color] = node }
            var mapping: [BlankNode: BlankNode] = [:]
            for (node, color) in colorsA { mapping[node] = nodeOfColor[color] }
            for statement in a.statements {
                var mappedTerms = statement.terms
                for i in mappedTerms.indices {
                    if case .blankNode(let node)? = mappedTerms[i], let target = mapping[node] { mappedTerms[i] = .blankNode(target) }
                }
                guard b.set.contains(IsomorphismStatement(terms: mappedTerms)) else { return nil }
            }
            return mapping
        }
        // Branch on the smallest ambiguous class: fix one node of it against each candidate.
        guard let (color, _) = histogramA.filter({ $0.value > 1 }).min(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
            let pick = a.nodes.first(where: { colorsA[$0] == color })
        else { return nil }
        var hasher = Hasher()
        hasher.combine(color)
        hasher.combine(depth)
        hasher.combine("fixed")
        let fixed = hasher.finalize()
        for candidate in b.nodes where colorsB[candidate] == color {
            var nextA = colorsA, nextB = colorsB
            nextA[pick] = fixed
            nextB[candidate] = fixed
            if let found = search(a, b, nextA, nextB, depth: depth + 1, budget: &budget) { return found }
        }
        return nil
    }
}

extension IsomorphismStatement {
    init(terms: [Term?]) { self.terms = terms }
}
