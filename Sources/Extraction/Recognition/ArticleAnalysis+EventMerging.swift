import Articles

/// One event per encounter.
extension ArticleAnalysis {
    /// One event per encounter: the same kind between the same persons is one event.
    func merge(_ events: [EventCandidate]) -> [EventCandidate] {
        var result: [EventCandidate] = []
        for e in events {
            if let idx = result.firstIndex(where: { $0.kind == e.kind && Set($0.persons) == Set(e.persons) && ($0.kind != .visit || $0.location == e.location || e.location == nil || $0.location == nil) }) {
                if result[idx].date == nil { result[idx].date = e.date }
                if result[idx].location == nil { result[idx].location = e.location }
                continue
            }
            result.append(e)
        }
        return result
    }
}
