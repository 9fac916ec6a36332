import Foundation
import Testing

/// Files the input tests write in their set-up: WARC files through warcio (PyPI `warcio`, the
/// Webrecorder project's WARC writer, installed by `.ci/setup`) and gzip files through `gzip`.
enum WARCTestFiles {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let writer = fixtures.appendingPathComponent("warc/write_warc.py").path

    /// A fresh empty folder under the temporary directory.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("communique-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes a WARC file from a spec (see `write_warc.py`).
    static func writeWARC(_ spec: [String: Any], to path: String) throws {
        let specPath = path + ".spec.json"
        try JSONSerialization.data(withJSONObject: spec).write(to: URL(fileURLWithPath: specPath))
        defer { try? FileManager.default.removeItem(atPath: specPath) }
        let status = try run("/usr/bin/env", ["python3", writer, specPath, path])
        #expect(status == 0, "warcio could not write \(path): is warcio installed (.ci/setup)?")
    }

    /// Runs a program and returns its exit status.
    static func run(_ program: String, _ arguments: [String], standardOutput: String? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let standardOutput {
            _ = FileManager.default.createFile(atPath: standardOutput, contents: nil)
            process.standardOutput = FileHandle(forWritingAtPath: standardOutput)
        }
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `gzip -c source > target`.
    static func gzip(_ source: String, to target: String) throws {
        #expect(try run("/usr/bin/env", ["gzip", "-c", "-n", source], standardOutput: target) == 0)
    }

    /// An HTML news page with a headline and some paragraphs.
    static func page(_ title: String, _ sentences: [String]) -> String {
        "<!doctype html><html lang=en><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
            + sentences.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    }

    /// A response record of a spec.
    static func response(
        _ uri: String, id: String? = nil, date: String? = nil, body: String, contentType: String = "text/html; charset=utf-8",
        status: Int = 200, chunked: Bool = false, contentEncoding: String? = nil
    ) -> [String: Any] {
        var record: [String: Any] = [
            "type": "response", "uri": uri, "body": body, "content_type": contentType, "status": status, "chunked": chunked,
        ]
        if let id { record["id"] = id }
        if let date { record["date"] = date }
        if let contentEncoding { record["content_encoding"] = contentEncoding }
        return record
    }
}
