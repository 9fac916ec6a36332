import RDFModel

/// A solution mapping (§18.1.8): variables (names without `?`) to terms.
typealias Solution = [String: Term]

extension Dictionary where Key == String, Value == Term {
    /// Whether two solutions agree on every variable both bind (§18.3, compatible mappings).
    func isCompatible(with other: Solution) -> Bool {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        for (name, term) in small {
            if let value = large[name], value != term { return false }
        }
        return true
    }

    /// The union of two compatible solutions.
    func merged(with other: Solution) -> Solution {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return merging(other) { first, _ in first }
    }
}
