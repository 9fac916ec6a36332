import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

@testable import LinkedData

/// Shards exported apart and merged give the single run's files.
@Suite struct ShardMergeTests {
    @Test func fourShardsMergeToTheSingleRunByteForByte() throws {
        let corpus = try ExporterTests.corpus(30)
        defer { corpus.remove() }
        // The same identifier twice, likely in different shards: the single run keeps the first.
        try " date 2022-02-18\n\(SampleArticles.text)".write(toFile: corpus.path("sub/article-0.txt"), atomically: true, encoding: .utf8)
        let single = try TemporaryFolder()
        let shards = try TemporaryFolder()
        let merged = try TemporaryFolder()
        defer { single.remove(); shards.remove(); merged.remove() }
        let whole = try ExporterTests.export([corpus.url.path], to: single.url.path)
        var total = 0
        for k in 1...4 {
            let report = try ExporterTests.export([corpus.url.path], to: shards.url.path, shard: try Shard("\(k)/4"), formats: [.nquads])
            total += report.exported
        }
        #expect(total == 31, "both articles named article-0 are exported by their shards")
        let config = ExportConfiguration(outputDirectory: merged.url.path, minter: try IRIMinter(), memoryLimit: 1)
        let paths = (1...4).map { shards.path("communique.shard-\($0)-of-4.nq") }
        let report = try ShardMerge.run(nquads: paths, configuration: config)
        #expect(report.exported == whole.exported && report.skipped.count == 1)
        let a = try ExporterTests.files(in: single.url.path)
        let b = try ExporterTests.files(in: merged.url.path)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs between the single run and the merge") }
    }

    @Test func aDamagedShardIsAnError() throws {
        let corpus = try ExporterTests.corpus(4)
        defer { corpus.remove() }
        let shards = try TemporaryFolder()
        let merged = try TemporaryFolder()
        defer { shards.remove(); merged.remove() }
        _ = try ExporterTests.export([corpus.url.path], to: shards.url.path, shard: try Shard("1/1"), formats: [.nquads])
        let nq = shards.path("communique.shard-1-of-1.nq")
        let text = try String(contentsOfFile: nq, encoding: .utf8)
        try String(text.dropLast(text.count / 2)).write(toFile: nq, atomically: true, encoding: .utf8)
        let config = ExportConfiguration(outputDirectory: merged.url.path, minter: try IRIMinter())
        #expect(throws: ExportError.self) { _ = try ShardMerge.run(nquads: [nq], configuration: config) }
        #expect(throws: ExportError.self) { _ = try ShardMerge.run(nquads: [nq, nq], configuration: config) }
        #expect(throws: ExportError.self) { _ = try ShardMerge.run(nquads: [shards.path("none.nq")], configuration: config) }
    }

    @Test func batchEnginesGiveTheShard() throws {
        let slurm = ["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_COUNT": "4"]
        #expect(try Shard.parse("auto", environment: slurm) == Shard("3/4"))
        #expect(try Shard.parse("auto", environment: ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "8"]) == Shard("1/8"))
        #expect(try Shard.parse("auto/5", environment: ["JOB_COMPLETION_INDEX": "4"]) == Shard("5/5"))
        #expect(try Shard.parse("2/3", environment: [:]) == Shard("2/3"))
        #expect(throws: ExportError.self) { try Shard.parse("auto", environment: ["JOB_COMPLETION_INDEX": "0"]) }
        #expect(throws: ExportError.self) { try Shard.parse("auto/4", environment: [:]) }
        #expect(throws: ExportError.self) { try Shard.parse("auto/4", environment: ["JOB_COMPLETION_INDEX": "4"]) }
    }
}
