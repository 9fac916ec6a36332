import Foundation
import TestSupport
import Testing

/// Many real web pages through one process: `export` and `read` must get through all of them.
/// (Exports of the 181 benchmark pages used to die with SIGSEGV in `__gconv_close`: a raptor
/// world's teardown ran libxml2's xmlCleanupParser while another thread parsed an HTML page.)
@Suite struct ReadManyPagesTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/read")
    static let benchmark = repositoryRoot().deletingLastPathComponent().appendingPathComponent("shared/article-extraction-benchmark/html")

    /// Gunzips every `.html.gz` of `folder` into `destination`, `copies` times under different names.
    static func unpack(_ folder: URL, into destination: URL, copies: Int) throws -> Int {
        var count = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".html.gz") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-dc", folder.appendingPathComponent(name).path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "gzip -dc \(name)")
            let stem = String(name.dropLast(".html.gz".count))
            for copy in 0..<copies {
                let target = destination.appendingPathComponent(copies == 1 ? stem + ".html" : "\(copy)-\(stem).html")
                try data.write(to: target)
                count += 1
            }
        }
        return count
    }

    /// Exports and reads `folder` in one process each; both must end normally with every page read.
    static func exportAndRead(_ folder: URL, pages: Int) throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let export = try CommandLineTool.run(["export", folder.path, "--out", out.url.path, "--format", "nquads,turtle", "--jobs", "2"])
        #expect(export.status == 0, "export ended with \(export.status): \(export.standardError.suffix(2000))")
        #expect(export.standardError.contains("exported \(pages) article(s)"), "\(export.standardError.suffix(2000))")
        let read = try CommandLineTool.run(["read", folder.path, "--format", "json"])
        #expect(read.status == 0, "read ended with \(read.status): \(read.standardError.suffix(2000))")
        #expect(read.standardOutput.split(separator: "\n").count == pages)
    }

    /// 10 real pages, each 18 times (180 pages): as many parses and raptor worlds as the benchmark.
    @Test func oneHundredEightyPagesInOneProcess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pages = try Self.unpack(Self.fixtures.appendingPathComponent("pages"), into: folder.url, copies: 18)
        #expect(pages == 180)
        try Self.exportAndRead(folder.url, pages: pages)
    }

    /// The whole benchmark (181 pages), when `../shared` is there.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: benchmark.path)))
    func wholeBenchmarkInOneProcess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pages = try Self.unpack(Self.benchmark, into: folder.url, copies: 1)
        #expect(pages == 181)
        try Self.exportAndRead(folder.url, pages: pages)
    }
}
