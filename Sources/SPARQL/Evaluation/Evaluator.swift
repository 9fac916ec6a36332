import Foundation
import RDFModel

/// Runs the algebra (§18.5) over a dataset.
///
/// Every evaluation takes a *seed*: the solution whose bindings substitute for variables (the
/// current row of an EXISTS, or the left side of a join when the right side is a plain pattern).
/// Results always extend the seed.
final class Evaluator {
    let defaultGraph: Graph
    let namedGraphs: [Term: Graph]
    var functions: FunctionContext
    let deadline: Date?
    let cancellation: QueryCancellation?
    private var steps = 0
    private var blankNodesBySolution: [Solution: [String: BlankNode]] = [:]

    init(defaultGraph: Graph, namedGraphs: [Term: Graph], functions: FunctionContext, deadline: Date?, cancellation: QueryCancellation?) {
        self.defaultGraph = defaultGraph
        self.namedGraphs = namedGraphs
        self.functions = functions
        self.deadline = deadline
        self.cancellation = cancellation
    }

    /// Stops a query that ran past its deadline or was cancelled (checked every few thousand steps).
    func checkLimits() throws {
        steps &+= 1
        guard steps & 0xFFF == 0 else { return }
        if let deadline, Date() > deadline { throw QueryInterruption.timedOut }
        if cancellation?.isCancelled == true { throw QueryInterruption.cancelled }
    }

    func evaluate(_ algebra: Algebra, graph: Graph, seed: Solution) throws -> [Solution] {
        try checkLimits()
        switch algebra {
        case .bgp(let patterns):
            return try basicGraphPattern(patterns, graph: graph, seed: seed)
        case .path(let subject, let path, let object):
            return try pathPattern(subject, path, object, graph: graph, seed: seed)
        case .join(let left, let right):
            let leftRows = try evaluate(left, graph: graph, seed: seed)
            if right.isPlainPattern {
                var out: [Solution] = []
                for row in leftRows { out += try evaluate(right, graph: graph, seed: row) }
                return out
            }
            if leftRows.isEmpty { return [] }
            return try join(leftRows, try evaluate(right, graph: graph, seed: seed))
        case .leftJoin(let left, let right, let condition):
            let leftRows = try evaluate(left, graph: graph, seed: seed)
            var out: [Solution] = []
            let independent = right.isPlainPattern ? nil : SolutionIndex(leftRows, try evaluate(right, graph: graph, seed: seed))
            for row in leftRows {
                let candidates =
                    if let independent { independent.compatible(with: row).map { row.merged(with: $0) } }
                    else { try evaluate(right, graph: graph, seed: row) }
                var matched = false
                for merged in candidates {
                    if let condition, !(try holds(condition, merged, graph: graph)) { continue }
                    matched = true
                    out.append(merged)
                }
                if !matched { out.append(row) }
            }
            return out
        case .filter(let conditions, let inner):
            return try evaluate(inner, graph: graph, seed: seed).filter { row in
                try conditions.allSatisfy { try holds($0, row, graph: graph) }
            }
        case .union(let left, let right):
            return try evaluate(left, graph: graph, seed: seed) + evaluate(right, graph: graph, seed: seed)
        case .minus(let left, let right):
            let leftRows = try evaluate(left, graph: graph, seed: seed)
            let rightRows = SolutionIndex(leftRows, try evaluate(right, graph: graph, seed: [:]))
            return leftRows.filter { row in
                !rightRows.candidates(for: row).contains { other in
                    other.isCompatible(with: row) && other.keys.contains { row[$0] != nil }
                }
            }
        case .graph(let name, let inner):
            return try graphPattern(name, inner, seed: seed)
        case .extend(let inner, let name, let expression):
            return try evaluate(inner, graph: graph, seed: seed).map { row -> Solution in
                // BNODE("x") is one blank node per solution: the solution is known by its bindings
                // other than the blank nodes earlier BINDs made.
                let identity = row.filter { !$0.value.isBlankNode }
                functions.blankNodesOfSolution = blankNodesBySolution[identity] ?? [:]
                defer { blankNodesBySolution[identity] = functions.blankNodesOfSolution }
                guard row[name] == nil, let value = try self.valueIfAny(expression, row, graph: graph) else { return row }
                var extended = row
                extended[name] = value
                return extended
            }
        case .table(let variables, let rows):
            var out: [Solution] = []
            for values in rows {
                var row: Solution = [:]
                for (index, value) in values.enumerated() { if let value { row[variables[index]] = value } }
                if row.isCompatible(with: seed) { out.append(seed.merged(with: row)) }
            }
            return out
        case .group(let inner, let keys, let aggregates):
            let rows = try evaluate(inner, graph: graph, seed: seed)
            return try group(rows, keys: keys, aggregates: aggregates, graph: graph)
                .filter { $0.isCompatible(with: seed) }.map { $0.merged(with: seed) }
        case .orderBy(let inner, let conditions):
            let rows = try evaluate(inner, graph: graph, seed: seed)
            return try order(rows, by: conditions, graph: graph)
        case .project(let inner, let variables):
            let visible = Set(variables)
            let innerSeed = seed.filter { visible.contains($0.key) }
            return try evaluate(inner, graph: graph, seed: innerSeed).map { row in
                row.filter { visible.contains($0.key) }.merged(with: seed)
            }
        case .reduced(let inner):
            // REDUCED permits, and does not require, dropping duplicates (§18.5).
            return try evaluate(inner, graph: graph, seed: seed)
        case .distinct(let inner):
            var seen = Set<Solution>()
            return try evaluate(inner, graph: graph, seed: seed).filter { seen.insert($0).inserted }
        case .slice(let inner, let offset, let limit):
            let rows = try evaluate(inner, graph: graph, seed: seed)
            let start = min(offset, rows.count)
            let end = limit.map { min(rows.count, start + $0) } ?? rows.count
            return Array(rows[start..<end])
        case .service(_, _, let silent):
            if silent { return [seed] }
            throw ExpressionError("SERVICE (federated query) is not supported")
        }
    }

    /// The join of two solution sequences (§18.5), hashed on the variables every row of both binds.
    func join(_ left: [Solution], _ right: [Solution]) throws -> [Solution] {
        guard !left.isEmpty, !right.isEmpty else { return [] }
        let index = SolutionIndex(left, right)
        var out: [Solution] = []
        for row in left {
            for other in index.compatible(with: row) {
                try checkLimits()
                out.append(row.merged(with: other))
            }
        }
        return out
    }

    private func graphPattern(_ name: PatternTerm, _ inner: Algebra, seed: Solution) throws -> [Solution] {
        var target: Term?
        switch name {
        case .term(let term): target = term
        case .variable(let variable): target = seed[variable]
        }
        if let target {
            guard let graph = namedGraphs[target] else { return [] }
            return try evaluate(inner, graph: graph, seed: seed)
        }
        guard case .variable(let variable) = name else { return [] }
        var out: [Solution] = []
        for graphName in namedGraphs.keys.sorted() {
            for var row in try evaluate(inner, graph: namedGraphs[graphName]!, seed: seed) {
                if let bound = row[variable], bound != graphName { continue }
                row[variable] = graphName
                out.append(row)
            }
        }
        return out
    }

    private func order(_ rows: [Solution], by conditions: [OrderCondition], graph: Graph) throws -> [Solution] {
        let keyed = try rows.map { row in (row, try conditions.map { try valueIfAny($0.expression, row, graph: graph) }) }
        let sorted = keyed.enumerated().sorted { a, b in
            for (index, condition) in conditions.enumerated() {
                let order = FunctionLibrary.orderCompare(a.element.1[index], b.element.1[index])
                if order != 0 { return condition.ascending ? order < 0 : order > 0 }
            }
            return a.offset < b.offset
        }
        return sorted.map(\.element.0)
    }
}

extension Algebra {
    /// Whether the pattern has no filter, optional or modifier of its own, so that evaluating it
    /// with the left side's bindings substituted gives exactly the compatible extensions.
    var isPlainPattern: Bool {
        switch self {
        case .bgp, .path, .table: true
        case .join(let a, let b), .union(let a, let b): a.isPlainPattern && b.isPlainPattern
        case .graph(_, let a): a.isPlainPattern
        default: false
        }
    }
}
