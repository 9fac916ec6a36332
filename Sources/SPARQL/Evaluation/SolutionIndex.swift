import RDFModel

/// The right side of a join, left join or MINUS, hashed on the variables that every row of both
/// sides binds, so that each left row meets only the rows that can agree with it.
struct SolutionIndex {
    private let keys: [String]
    private let buckets: [[Term]: [Solution]]
    private let all: [Solution]

    init(_ left: [Solution], _ right: [Solution]) {
        var shared = Set(left.first?.keys ?? [:].keys).intersection(right.first?.keys ?? [:].keys)
        for row in left where !shared.isEmpty { shared.formIntersection(row.keys) }
        for row in right where !shared.isEmpty { shared.formIntersection(row.keys) }
        keys = Array(shared)
        all = right
        var buckets: [[Term]: [Solution]] = [:]
        if !keys.isEmpty {
            for row in right { buckets[keys.map { row[$0]! }, default: []].append(row) }
        }
        self.buckets = buckets
    }

    /// The rows that may be compatible with `row` (those agreeing on the hashed variables).
    func candidates(for row: Solution) -> [Solution] {
        guard !keys.isEmpty else { return all }
        var key: [Term] = []
        key.reserveCapacity(keys.count)
        for name in keys {
            guard let term = row[name] else { return all }
            key.append(term)
        }
        return buckets[key] ?? []
    }

    /// The rows compatible with `row`.
    func compatible(with row: Solution) -> [Solution] { candidates(for: row).filter { $0.isCompatible(with: row) } }
}
