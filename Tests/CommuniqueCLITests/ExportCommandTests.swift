import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

/// `communique export` through the built binary.
@Suite struct ExportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/export")
    static let root = repositoryRoot()

    static func contents(_ folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return out
    }

    /// output/ is what `communique export seeds --out output` writes now (bash .ci/main regenerates it).
    /// The SVG is left out: its bytes depend on the Graphviz version.
    @Test func outputIsUpToDate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try CommandLineTool.run(["export", "seeds", "--out", folder.url.path], in: Self.root)
        #expect(run.status == 0, "\(run.standardError)")
        let fresh = try Self.contents(folder.url.path).filter { !$0.key.hasSuffix(".svg") }
        let committed = try Self.contents(Self.root.appendingPathComponent("output").path)
            .filter { !$0.key.hasSuffix(".svg") && $0.key.hasPrefix("communique.") }
        #expect(fresh.keys.sorted() == committed.keys.sorted())
        for (name, data) in fresh {
            #expect(committed[name] == data, "output/\(name) is not what export writes now: run bash .ci/main and commit output/")
        }
    }

    /// A memory budget small enough that the sort spills many runs, and two jobs: still output/'s bytes,
    /// and no run file left behind.
    @Test func spillingTheSortKeepsTheBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try CommandLineTool.run(
            ["export", "seeds", "--out", folder.url.path, "--memory-limit", "64K", "--jobs", "2", "--format", "turtle,rdfxml,dot"], in: Self.root)
        #expect(run.status == 0, "\(run.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!names.contains { $0.hasPrefix(".") }, "left behind: \(names.sorted())")
        let committed = try Self.contents(Self.root.appendingPathComponent("output").path)
        for name in ["communique.ttl", "communique.rdf", "communique.dot"] {
            #expect(try Data(contentsOf: folder.url.appendingPathComponent(name)) == committed[name], "\(name) differs when the sort spills")
        }
    }

    /// Four shard processes (the index from Kubernetes' environment) and the merge: output/'s bytes.
    @Test func fourShardProcessesAndTheMergeGiveTheSingleRun() throws {
        let shards = try TemporaryFolder()
        let merged = try TemporaryFolder()
        defer { shards.remove(); merged.remove() }
        for index in 0..<4 {
            let run = try CommandLineTool.run(
                ["export", "seeds", "--out", shards.url.path, "--shard", "auto/4", "--format", "nquads", "--no-description"], in: Self.root,
                environment: ["JOB_COMPLETION_INDEX": "\(index)"])
            #expect(run.status == 0, "\(run.standardError)")
        }
        let paths = (1...4).map { shards.path("communique.shard-\($0)-of-4.nq") }
        let run = try CommandLineTool.run(["merge"] + paths + ["--out", merged.url.path], in: Self.root)
        #expect(run.status == 0, "\(run.standardError)")
        let fresh = try Self.contents(merged.url.path).filter { !$0.key.hasSuffix(".svg") }
        let committed = try Self.contents(Self.root.appendingPathComponent("output").path)
            .filter { !$0.key.hasSuffix(".svg") && $0.key.hasPrefix("communique.") }
        #expect(fresh.keys.sorted() == committed.keys.sorted())
        for (name, data) in fresh { #expect(committed[name] == data, "\(name) of the merge is not the single run's") }
    }

    @Test func aMemoryLimitThatIsNotASizeIsAUsageError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try CommandLineTool.run(["export", "seeds", "--out", folder.url.path, "--memory-limit", "lots"], in: Self.root)
        #expect(run.status == 64)
        #expect(run.standardError.contains("--memory-limit"))
    }

    @Test func badArticlesAreSkippedWithPathAndReasonAndExitOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let input = Self.fixtures.appendingPathComponent("mixed").path
        let run = try CommandLineTool.run(["export", input, "--out", folder.url.path, "--format", "nquads"])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        let lines = run.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(input + "/binary.txt") && $0.contains("binary") })
        #expect(lines.contains { $0.hasPrefix(input + "/empty.txt") && $0.contains("empty") })
        #expect(lines.contains { $0.hasPrefix(input + "/latin1.txt") && $0.contains("not UTF-8") })
        #expect(lines.last?.hasPrefix("exported 2 article(s)") == true, "\(run.standardError)")
        #expect(lines.last?.contains("skipped 3 input(s)") == true)
        let dataset = try RDFParser.parseDataset(file: folder.path("communique.nq"))
        #expect(dataset.namedGraphs.count == 2)
    }

    @Test func sameBytesAcrossRunsAndJobs() throws {
        let one = try TemporaryFolder()
        let two = try TemporaryFolder()
        defer { one.remove(); two.remove() }
        let a = try CommandLineTool.run(["export", "seeds", "--out", one.url.path], in: Self.root)
        let b = try CommandLineTool.run(["export", "seeds", "--out", two.url.path, "--jobs", "2"], in: Self.root)
        #expect(a.status == 0 && b.status == 0)
        let x = try Self.contents(one.url.path)
        let y = try Self.contents(two.url.path)
        #expect(x.keys.sorted() == y.keys.sorted())
        for (name, data) in x { #expect(y[name] == data, "\(name) differs") }
    }

    @Test func gzipLevelChangesOnlyTheCompressedBytes() throws {
        let fast = try TemporaryFolder()
        let small = try TemporaryFolder()
        defer { fast.remove(); small.remove() }
        let a = try CommandLineTool.run(["export", "seeds", "--out", fast.url.path, "--format", "nquads"], in: Self.root)
        let b = try CommandLineTool.run(
            ["export", "seeds", "--out", small.url.path, "--format", "nquads", "--gzip-level", "9"], in: Self.root)
        #expect(a.status == 0 && b.status == 0, "\(a.standardError)\(b.standardError)")
        let x = try Self.contents(fast.url.path)
        let y = try Self.contents(small.url.path)
        #expect(x["communique.nq"] != nil && x["communique.nq"] == y["communique.nq"])
        let fastSize = x["communique.nq.gz"]?.count ?? 0
        let smallSize = y["communique.nq.gz"]?.count ?? 0
        #expect(fastSize > 0 && smallSize > 0 && smallSize < fastSize, "level 9: \(smallSize) bytes, level 1: \(fastSize)")
    }

    @Test func shardsUnionToTheSingleRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let single = try CommandLineTool.run(["export", "seeds", "--out", folder.url.path, "--format", "nquads"], in: Self.root)
        #expect(single.status == 0)
        var union = Set<Substring>()
        for k in 1...2 {
            let run = try CommandLineTool.run(
                ["export", "seeds", "--out", folder.url.path, "--format", "nquads", "--shard", "\(k)/2"], in: Self.root)
            #expect(run.status == 0, "\(run.standardError)")
            union.formUnion(try String(contentsOfFile: folder.path("communique.shard-\(k)-of-2.nq"), encoding: .utf8).split(separator: "\n"))
        }
        let all = Set(try String(contentsOfFile: folder.path("communique.nq"), encoding: .utf8).split(separator: "\n"))
        #expect(union == all)
    }

    @Test func baseIRIIsUsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try CommandLineTool.run(
            ["export", "seeds/000_4ff5d05d431df1af.txt", "--out", folder.url.path, "--format", "ntriples", "--base", "https://data.example.org/dd/"],
            in: Self.root)
        #expect(run.status == 0)
        let text = try String(contentsOfFile: folder.path("communique.nt"), encoding: .utf8)
        #expect(text.contains("<https://data.example.org/dd/article/000_4ff5d05d431df1af>"))
        #expect(!text.contains("communique.example/id/"))
    }

    @Test(arguments: [
        (["--shard", "3/2"], "invalid --shard"),
        (["--shard", "x"], "invalid --shard"),
        (["--format", "json-ld"], "unknown format"),
        (["--base", "not an iri"], "invalid --base"),
        (["--gzip-level", "0"], "--gzip-level must be 1 to 12"),
        (["--gzip-level", "13"], "--gzip-level must be 1 to 12"),
    ])
    func usageErrors(_ extra: [String], _ message: String) throws {
        let run = try CommandLineTool.run(["export", "seeds", "--out", "/tmp/unused"] + extra, in: Self.root)
        #expect(run.status == 64)
        #expect(run.standardError.contains(message), "\(run.standardError)")
    }

    @Test func missingInputExitsTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try CommandLineTool.run(["export", "/nonexistent/articles", "--out", folder.url.path])
        #expect(run.status == 2)
        #expect(run.standardError.contains("/nonexistent/articles: no such file or folder"))
    }
}
