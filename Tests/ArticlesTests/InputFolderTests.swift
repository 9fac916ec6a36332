@testable import Articles
import Foundation
import Testing

/// Finding the articles under folders: symbolic links followed, a loop reported once, and
/// nothing passed over in silence.
@Suite struct InputFolderTests {
    static let text = " date 2024-03-05 Army chiefs meet\n\nThe army chief met the defence minister.\n"

    func write(_ name: String, in folder: URL, _ text: String = InputFolderTests.text) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func foldersBehindSymbolicLinksAreWalkedAndALoopIsReportedOnce() throws {
        let root = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = root.appendingPathComponent("elsewhere")
        try write("b.txt", in: elsewhere)
        let input = root.appendingPathComponent("input")
        try write("a.txt", in: input)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("linked").path, withDestinationPath: elsewhere.path)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("again").path, withDestinationPath: elsewhere.path)
        try FileManager.default.createSymbolicLink(atPath: elsewhere.appendingPathComponent("up").path, withDestinationPath: input.path)
        let listing = try ArticleInputs.collect([input.path])
        #expect(listing.inputs.map(\.relativePath) == ["a.txt", "again/b.txt"])
        #expect(listing.problems.isEmpty, "\(listing.problems)")
        let loops = listing.notes.filter { $0.contains("symbolic link loop") }
        #expect(loops.count == 1, "\(listing.notes)")
        #expect(loops.first?.hasPrefix(input.path + "/again/up: a symbolic link loop") == true, "\(loops)")
        #expect(listing.notes.contains { $0.hasPrefix(input.path + "/linked: the same folder as " + input.path + "/again") })
        // A folder given through a link is walked too.
        let link = root.appendingPathComponent("link-to-input").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input.path)
        #expect(try ArticleInputs.collect([link]).inputs.count == 2)
    }

    @Test func whatIsNotReadIsNamedWithItsReason() throws {
        let root = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("story.txt", in: root)
        try write("notes.md", in: root)
        try write("page.hmtl", in: root)
        try write(".hidden.txt", in: root)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/x.txt")
        let locked = root.appendingPathComponent("locked")
        try write("inside.txt", in: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let listing = try ArticleInputs.collect([root.path])
        #expect(listing.inputs.map(\.relativePath) == (getuid() == 0 ? ["locked/inside.txt", "story.txt"] : ["story.txt"]))
        let messages = listing.problems.map(\.description)
        #expect(messages.contains { $0.hasPrefix(root.path + "/notes.md: unsupported file type \".md\"") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix(root.path + "/page.hmtl: unsupported file type \".hmtl\"") })
        #expect(messages.contains { $0.hasPrefix(root.path + "/gone.txt: a symbolic link to nothing") })
        if getuid() != 0 {  // root lists any folder
            #expect(messages.contains { $0.hasPrefix(root.path + "/locked: cannot list the folder") })
        }
        #expect(listing.otherTypes == [".md": 1, ".hmtl": 1])
    }

    @Test func aNameThatIsNotUTF8IsReadByItsBytes() throws {
        let root = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)  // Latin-1 "café.txt"
        let path = Array(root.path.utf8) + [UInt8(ascii: "/")] + name
        let fd = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        _ = Array(Self.text.utf8).withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let listing = try ArticleInputs.collect([root.path])
        let input = try #require(listing.inputs.first)
        #expect(input.path == root.path + "/caf\\xE9.txt")
        #expect(listing.notes.contains { $0.contains("not UTF-8") })
        let article = try ArticleReader().read(input)
        #expect(article.text.contains("The army chief met the defence minister."))
    }

    @Test func emptyFoldersAndLinksToNothingHoldNoInput() throws {
        let root = try WARCTestFiles.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try ArticleInputs.collect([empty.path]).inputs.isEmpty)
        let links = root.appendingPathComponent("links")
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: links.appendingPathComponent("a.txt").path, withDestinationPath: root.appendingPathComponent("none.txt").path)
        let listing = try ArticleInputs.collect([links.path])
        #expect(listing.inputs.isEmpty && listing.problems.count == 1)
        #expect(throws: InputError.noSuchInput(path: root.appendingPathComponent("missing").path)) {
            _ = try ArticleInputs.collect([root.appendingPathComponent("missing").path])
        }
    }

    @Test func fileTypesAreToldByTheirExtensions() {
        #expect(InputFileType(name: "a/page.html.gz") == .article(.html, gzipped: true))
        #expect(InputFileType(name: "STORY.TXT") == .article(.text, gzipped: false))
        #expect(InputFileType(name: "crawl.warc.gz") == .warc(gzipped: true))
        #expect(InputFileType(name: "crawl.warc") == .warc(gzipped: false))
        #expect(InputFileType(name: "archive.tar.gz") == nil)
        #expect(InputFileType(name: "notes.md") == nil)
        #expect(InputFileType.stem("a/page.html.gz") == "page")
    }
}
