import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

/// `-o` writes to what is there: through a symbolic link, into a device or FIFO without replacing
/// it, keeping a replaced file's mode, owner and hard links — streaming (`convert`) and sorted
/// (`convert --sorted`, which goes through the graph writer).
@Suite struct OutputDestinationTests {
    static let people = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/convert/people.ttl").path
    static let modes: [[String]] = [[], ["--sorted"]]

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    static func readsBackAsPeople(_ path: String) throws -> Bool {
        try RDFParser.parse(file: path, format: .turtle).isIsomorphic(to: RDFParser.parse(file: people))
    }

    @Test(arguments: modes) func symbolicLinkIsWrittenThrough(_ extra: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "old\n".write(toFile: folder.path("target.ttl"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.ttl"), withDestinationPath: "target.ttl")
        let run = try CommandLineTool.run(["convert", Self.people, "-o", folder.path("link.ttl")] + extra)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(Self.kind(folder.path("link.ttl")) == S_IFLNK)
        #expect(try Self.readsBackAsPeople(folder.path("target.ttl")))
        // A dangling link creates its target.
        try FileManager.default.createSymbolicLink(atPath: folder.path("dangling.ttl"), withDestinationPath: "new.ttl")
        let second = try CommandLineTool.run(["convert", Self.people, "-o", folder.path("dangling.ttl")] + extra)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(Self.kind(folder.path("dangling.ttl")) == S_IFLNK)
        #expect(try Self.readsBackAsPeople(folder.path("new.ttl")))
    }

    @Test(arguments: modes) func replacedFileKeepsModeOwnerAndLinks(_ extra: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path("out.ttl")
        try "old\n".write(toFile: out, atomically: false, encoding: .utf8)
        chmod(out, 0o600)
        let root = geteuid() == 0
        if root { chown(out, 12345, 23456) }
        let run = try CommandLineTool.run(["convert", Self.people, "-o", out, "--to", "turtle"] + extra)
        #expect(run.status == 0, "\(run.standardError)")
        var info = stat()
        #expect(stat(out, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o600)
        if root { #expect(info.st_uid == 12345 && info.st_gid == 23456) }
        #expect(try Self.readsBackAsPeople(out))
        // A file with another hard link is overwritten in place: both names see the new bytes.
        #expect(link(out, folder.path("other.ttl")) == 0)
        let again = try CommandLineTool.run(["convert", Self.people, "-o", out, "--to", "turtle"] + extra)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: folder.path("other.ttl"))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["other.ttl", "out.ttl"])
    }

    @Test(arguments: modes) func fifoIsStreamedInto(_ extra: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.path("pipe.ttl")
        #expect(mkfifo(fifo, 0o644) == 0)
        // A reader on the other end, started before the writer.
        let cat = Process()
        cat.executableURL = URL(fileURLWithPath: "/bin/cat")
        cat.arguments = [fifo]
        let output = Pipe()
        cat.standardOutput = output
        try cat.run()
        let run = try CommandLineTool.run(["convert", Self.people, "-o", fifo] + extra)
        // If the writer never opened the FIFO (or replaced it), the reader would wait forever:
        // open and close the FIFO once, and stop the reader if it still waits, so the test fails.
        let release = open(fifo, O_WRONLY | O_NONBLOCK)
        if release >= 0 { close(release) }
        let deadline = Date().addingTimeInterval(10)
        while cat.isRunning && Date() < deadline { usleep(10_000) }
        if cat.isRunning { cat.terminate() }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        cat.waitUntilExit()
        #expect(run.status == 0, "\(run.standardError)")
        #expect(Self.kind(fifo) == S_IFIFO)
        let graph = try RDFParser.parse(data: bytes, format: .turtle)
        #expect(graph.isIsomorphic(to: try RDFParser.parse(file: Self.people)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["pipe.ttl"])
    }

    /// A character device made for the test (the null device's numbers, so nothing real is at
    /// stake): it stays a device. Needs root to make it; skipped otherwise.
    @Test(arguments: modes) func characterDeviceIsStreamedInto(_ extra: [String]) throws {
        guard geteuid() == 0 else { return }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let device = folder.path("null.ttl")
        guard mknod(device, S_IFCHR | 0o666, dev_t(0x103) /* makedev(1, 3) */) == 0 else { return }  // no mknod in this container
        let run = try CommandLineTool.run(["convert", Self.people, "-o", device] + extra)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(Self.kind(device) == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["null.ttl"])
    }

    /// A device that refuses the bytes (the full device's numbers): exit 2, the device stays.
    @Test func fullDeviceIsAnErrorAndStays() throws {
        guard geteuid() == 0 else { return }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let device = folder.path("full.nt")
        guard mknod(device, S_IFCHR | 0o666, dev_t(0x107) /* makedev(1, 7) */) == 0 else { return }
        let run = try CommandLineTool.run(["convert", Self.people, "-o", device])
        #expect(run.status == 2)
        #expect(run.standardError.contains("No space left on device"), "\(run.standardError)")
        #expect(Self.kind(device) == S_IFCHR)
    }
}
