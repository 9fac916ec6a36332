import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

/// `communique export` on the inputs users have: gzip files, WARC files (written by warcio in
/// the set-up), folders behind symbolic links; and inputs that hold no article are errors.
@Suite struct InputsCommandTests {
    static let root = repositoryRoot()
    static let warcWriter = root.appendingPathComponent("Tests/ArticlesTests/Fixtures/warc/write_warc.py").path
    static let seeds = root.appendingPathComponent("seeds")

    /// The seed articles' text as HTML pages.
    static func seedPages() throws -> [(name: String, html: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("date ") }
            let body = lines.map { "<p>\($0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</p>" }.joined()
            return (String(name.dropLast(4)), "<!doctype html><html lang=en><head><title>\(lines.first ?? name)</title></head><body><article>\(body)</article></body></html>")
        }
    }

    /// A WARC of the seed pages (a request and a response for each, and one image), by warcio.
    static func writeSeedWARC(to path: String, gzip: Bool = true) throws {
        var records: [[String: Any]] = []
        for (i, page) in try seedPages().enumerated() {
            let uri = "https://news.example.org/\(page.name)"
            // Fixed ids and dates: the records' offsets, which the shards hash, are the same every run.
            records.append(["type": "request", "uri": uri, "id": "<urn:uuid:10000000-0000-4000-8000-00000000000\(i)>", "date": "2024-03-0\(i + 1)T09:59:59Z"])
            records.append([
                "type": "response", "uri": uri, "id": "<urn:uuid:00000000-0000-4000-8000-00000000000\(i)>", "date": "2024-03-0\(i + 1)T10:00:00Z",
                "body": page.html, "content_type": "text/html; charset=utf-8", "chunked": i % 2 == 0, "content_encoding": i % 2 == 0 ? "gzip" : NSNull(),
            ])
        }
        records.append([
            "type": "response", "uri": "https://news.example.org/logo.png", "body": "PNG", "content_type": "image/png",
            "id": "<urn:uuid:20000000-0000-4000-8000-000000000000>", "date": "2024-03-09T10:00:00Z",
        ])
        let spec = path + ".spec.json"
        try JSONSerialization.data(withJSONObject: ["gzip": gzip, "warcinfo": false, "records": records]).write(to: URL(fileURLWithPath: spec))
        defer { try? FileManager.default.removeItem(atPath: spec) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", warcWriter, spec, path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "warcio could not write \(path): is warcio installed (.ci/setup)?")
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func gzipAndWARCInputsAreExported() throws {
        let input = try TemporaryFolder()
        let out = try TemporaryFolder()
        defer { input.remove(); out.remove() }
        try Self.writeSeedWARC(to: input.path("crawl.warc.gz"))
        let story = try Data(contentsOf: Self.seeds.appendingPathComponent("000_4ff5d05d431df1af.txt"))
        try story.write(to: input.url.appendingPathComponent("story.txt"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-n", input.path("story.txt")]
        try gzip.run()
        gzip.waitUntilExit()
        let run = try CommandLineTool.run(["export", input.url.path, "--out", out.url.path, "--format", "nquads"])
        #expect(run.status == 0, "\(run.standardError)")
        let messages = Self.lines(run.standardError)
        #expect(messages.last?.hasPrefix("exported 6 article(s)") == true, "\(run.standardError)")
        #expect(messages.contains { $0.contains("1 response record(s) are not HTML pages") && $0.contains("image/png: 1") })
        let dataset = try RDFParser.parseDataset(file: out.path("communique.nq"))
        let graphs = Set(dataset.namedGraphs.keys.map { "\($0)" })
        #expect(graphs.contains { $0.contains("/article/story/graph") }, "\(graphs)")
        #expect(graphs.contains { $0.contains("/article/00000000-0000-4000-8000-000000000003/graph") })
        #expect(graphs.count == 6)
    }

    @Test func shardsSplitAWARCByRecordAndMergeToTheSingleRun() throws {
        let input = try TemporaryFolder()
        let single = try TemporaryFolder()
        let shards = try TemporaryFolder()
        let merged = try TemporaryFolder()
        defer { input.remove(); single.remove(); shards.remove(); merged.remove() }
        try Self.writeSeedWARC(to: input.path("crawl.warc.gz"))
        let all = try CommandLineTool.run(["export", input.url.path, "--out", single.url.path, "--format", "nquads"])
        #expect(all.status == 0, "\(all.standardError)")
        var counts: [Int] = []
        for k in 1...2 {
            let run = try CommandLineTool.run(["export", input.url.path, "--out", shards.url.path, "--format", "nquads", "--shard", "\(k)/2"])
            #expect(run.status == 0, "\(run.standardError)")
            let summary = Self.lines(run.standardError).last ?? ""
            counts.append(Int(summary.dropFirst("exported ".count).prefix { $0.isNumber }) ?? -1)
        }
        #expect(counts.reduce(0, +) == 5 && counts.allSatisfy { $0 > 0 }, "records split \(counts)")
        let run = try CommandLineTool.run(
            ["merge", shards.path("communique.shard-1-of-2.nq"), shards.path("communique.shard-2-of-2.nq"), "--out", merged.url.path, "--format", "nquads"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: merged.path("communique.nq"))) == Data(contentsOf: URL(fileURLWithPath: single.path("communique.nq"))))
    }

    @Test func inputsWithoutArticlesAreAnErrorAndReplaceNothing() throws {
        let input = try TemporaryFolder()
        let out = try TemporaryFolder()
        defer { input.remove(); out.remove() }
        try Data("old".utf8).write(to: URL(fileURLWithPath: out.path("communique.nq")))
        let empty = input.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let typo = input.path("typo")
        try FileManager.default.createDirectory(atPath: typo, withIntermediateDirectories: true)
        try Data(contentsOf: Self.seeds.appendingPathComponent("000_4ff5d05d431df1af.txt")).write(to: URL(fileURLWithPath: typo + "/story.txtt"))
        let links = input.path("links")
        try FileManager.default.createDirectory(atPath: links, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: links + "/a.txt", withDestinationPath: input.path("nowhere.txt"))
        let refused = input.path("refused")
        try FileManager.default.createDirectory(atPath: refused, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: refused + "/blank.txt"))

        for (folder, expected) in [(empty, "found nothing"), (typo, "found only files of other types (.txtt: 1)"), (links, "a symbolic link to nothing"), (refused, "none of the 1 input(s) could be read")] {
            let run = try CommandLineTool.run(["export", folder, "--out", out.url.path, "--format", "nquads"])
            #expect(run.status == 2, "\(folder): \(run.standardError)")
            #expect(run.standardError.contains(expected), "\(folder): \(run.standardError)")
            if folder != refused {
                #expect(run.standardError.contains("looked for .txt, .text, .html, .htm, .xhtml"), "\(run.standardError)")
            }
            #expect(!run.standardError.contains("exported 0"))
            #expect(try String(contentsOfFile: out.path("communique.nq"), encoding: .utf8) == "old", "\(folder) replaced the export")
        }
    }

    @Test func inputsNotReadAreNamedAndExitOne() throws {
        let input = try TemporaryFolder()
        let out = try TemporaryFolder()
        defer { input.remove(); out.remove() }
        try Data(contentsOf: Self.seeds.appendingPathComponent("000_4ff5d05d431df1af.txt")).write(to: URL(fileURLWithPath: input.path("story.txt")))
        try Data("# notes".utf8).write(to: URL(fileURLWithPath: input.path("README.md")))
        try FileManager.default.createSymbolicLink(atPath: input.path("loop"), withDestinationPath: input.url.path)
        let run = try CommandLineTool.run(["export", input.url.path, "--out", out.url.path, "--format", "nquads"])
        #expect(run.status == 1, "\(run.standardError)")
        let messages = Self.lines(run.standardError)
        #expect(messages.contains { $0.hasPrefix(input.path("README.md") + ": unsupported file type \".md\"") && $0.hasSuffix("(skipped)") }, "\(messages)")
        #expect(messages.filter { $0.contains("symbolic link loop") }.count == 1, "\(messages)")
        #expect(messages.last?.hasPrefix("exported 1 article(s)") == true && messages.last?.contains("skipped 1 input(s)") == true)
    }
}
