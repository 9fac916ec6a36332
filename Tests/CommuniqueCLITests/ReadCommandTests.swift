import Foundation
import TestSupport
import Testing

/// `communique read` through the built binary.
@Suite struct ReadCommandTests {
    static let root = repositoryRoot()

    static let page = """
        <html lang="en"><head><title>Ministers meet - Outlet</title>
        <link rel="canonical" href="https://news.example/ministers-meet">
        <meta name="author" content="Jane Reporter"><meta property="og:site_name" content="Outlet News">
        <meta property="article:published_time" content="2023-06-09T10:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
        <article><h1>Ministers meet</h1><p class="byline">By Jane Reporter</p>
        <p>ISLAMABAD: The defence minister met his counterpart in the capital on Tuesday, and the two discussed training.</p>
        <h2>Next steps</h2><p>“We agree on the next steps,” the minister said after the talks, which lasted three hours.</p>
        <figure><figcaption>The two ministers. (Photo: Agency)</figcaption></figure></article>
        <footer>© 2023 Outlet. All rights reserved.</footer></body></html>
        """

    @Test func jsonLinesInInputOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.page.write(toFile: folder.path("b-page.html"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent("seeds/000_4ff5d05d431df1af.txt").path,
                                         toPath: folder.path("a-seed.txt"))
        let run = try CommandLineTool.run(["read", folder.url.path, "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.map { $0["identifier"] as? String } == ["a-seed", "b-page"])
        let page = objects[1]
        // The keys, in this order, on every line.
        let keys = ["path", "identifier", "url", "title", "datePublished", "dateline", "source", "authors", "language", "body", "paragraphs"]
        let order = keys.compactMap { key in lines[1].range(of: "\"\(key)\":")?.lowerBound }
        #expect(order.count == keys.count && order == order.sorted())
        #expect(page["url"] as? String == "https://news.example/ministers-meet")
        #expect(page["title"] as? String == "Ministers meet")
        #expect(page["datePublished"] as? String == "2023-06-09")
        #expect(page["source"] as? String == "Outlet News")
        #expect(page["authors"] as? [String] == ["Jane Reporter"])
        #expect(page["language"] as? String == "en")
        #expect((page["dateline"] as? String)?.hasPrefix("ISLAMABAD") == true)
        let body = page["body"] as? String ?? ""
        #expect(body.hasPrefix("ISLAMABAD: The defence minister met"))
        #expect(body.contains("Next steps\n“We agree"))
        for dropped in ["Home", "By Jane", "The two ministers", "All rights reserved", "Ministers meet"] {
            #expect(!body.contains(dropped), "\(dropped) in the body")
        }
        let paragraphs = page["paragraphs"] as? [[String: String]] ?? []
        #expect(paragraphs.first == ["role": "heading", "text": "Ministers meet"])
        #expect(paragraphs.contains { $0["role"] == "caption" && $0["text"]?.contains("The two ministers") == true })
        #expect(paragraphs.contains { $0["role"] == "meta" && $0["text"] == "By Jane Reporter" })
        let seed = objects[0]
        #expect(seed["url"] is NSNull)
        #expect((seed["body"] as? String)?.isEmpty == false)
    }

    @Test func textForPeople() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.page.write(toFile: folder.path("page.html"), atomically: true, encoding: .utf8)
        let run = try CommandLineTool.run(["read", folder.path("page.html")])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("title: Ministers meet\n"))
        #expect(run.standardOutput.contains("url: https://news.example/ministers-meet\n"))
        #expect(run.standardOutput.contains("[caption] The two ministers. (Photo: Agency)\n"))
        #expect(run.standardOutput.contains("[heading] Next steps\n"))
    }

    @Test func exitCodes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A missing path: 2.
        let missing = try CommandLineTool.run(["read", folder.path("nothing-here.html")])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("nothing-here.html"))
        // A folder without articles: 2, saying what was looked for.
        let empty = try CommandLineTool.run(["read", folder.url.path])
        #expect(empty.status == 2)
        #expect(empty.standardError.contains(".html"))
        // One good and one bad article: the good one is printed, the bad one named, exit 1.
        try Self.page.write(toFile: folder.path("good.html"), atomically: true, encoding: .utf8)
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: folder.url.appendingPathComponent("bad.txt"))
        let mixed = try CommandLineTool.run(["read", folder.url.path, "--format", "json"])
        #expect(mixed.status == 1)
        #expect(mixed.standardError.contains("bad.txt"))
        #expect(mixed.standardError.contains("(skipped)"))
        #expect(mixed.standardOutput.split(separator: "\n").count == 1)
        // A bad format: usage, 64.
        let usage = try CommandLineTool.run(["read", folder.url.path, "--format", "xml"])
        #expect(usage.status == 64)
    }

    /// The page's metadata reaches the graph: schema:url, schema:author, schema:inLanguage, and the
    /// export still conforms to the shapes.
    @Test func pageMetadataInTheExport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path("in"), withIntermediateDirectories: true)
        try Self.page.write(toFile: folder.path("in/page.html"), atomically: true, encoding: .utf8)
        let export = try CommandLineTool.run(["export", folder.path("in"), "--out", folder.path("out"), "--format", "ntriples,turtle"])
        #expect(export.status == 0, "\(export.standardError)")
        let nt = try String(contentsOfFile: folder.path("out/communique.nt"), encoding: .utf8)
        #expect(nt.contains("<https://schema.org/url> <https://news.example/ministers-meet> ."))
        #expect(nt.contains("<https://schema.org/author> \"Jane Reporter\" ."))
        #expect(nt.contains("<https://schema.org/inLanguage> \"en\" ."))
        let validate = try CommandLineTool.run(["validate", folder.path("out/communique.ttl"), "--shapes",
                                                Self.root.appendingPathComponent("Schemas/shapes.ttl").path])
        #expect(validate.status == 0, "\(validate.standardOutput.prefix(2000))")
    }
}
