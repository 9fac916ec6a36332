extension Shard {
    /// The shard a batch engine gives this process, for `--shard auto` and `--shard auto/N`:
    ///
    /// - Slurm job arrays: `SLURM_ARRAY_TASK_ID` counted from `SLURM_ARRAY_TASK_MIN` (0 when
    ///   unset), of `SLURM_ARRAY_TASK_COUNT` tasks (or N when given);
    /// - Kubernetes Indexed Jobs: `JOB_COMPLETION_INDEX` (0-based), of N, given once on the
    ///   command line (`auto/N`, the Job's `completions`).
    ///
    /// - Throws: ``ExportError/invalidShard(_:)`` saying what is missing.
    public init(auto text: String, environment: [String: String]) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.first == "auto", parts.count <= 2 else { throw ExportError.invalidShard(text) }
        var count: Int?
        if parts.count == 2 {
            guard let n = Int(parts[1]), n >= 1 else { throw ExportError.invalidShard(text) }
            count = n
        }
        let index: Int
        if let task = environment["SLURM_ARRAY_TASK_ID"].flatMap({ Int($0) }) {
            let first = environment["SLURM_ARRAY_TASK_MIN"].flatMap { Int($0) } ?? 0
            index = task - first + 1
            if count == nil { count = environment["SLURM_ARRAY_TASK_COUNT"].flatMap { Int($0) } }
        } else if let completion = environment["JOB_COMPLETION_INDEX"].flatMap({ Int($0) }) {
            index = completion + 1
        } else {
            throw ExportError.invalidShard(
                "\(text) (neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set: give K/N)")
        }
        guard let count else {
            throw ExportError.invalidShard("\(text) (the number of shards is unknown: give auto/N)")
        }
        try self.init("\(index)/\(count)")
    }

    /// `K/N`, or `auto[/N]` read from the environment (see ``init(auto:environment:)``).
    public static func parse(_ text: String, environment: [String: String]) throws -> Shard {
        text.hasPrefix("auto") ? try Shard(auto: text, environment: environment) : try Shard(text)
    }
}
