import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

/// `communique export` leaves its folder holding one run or the other, whatever stops it and
/// whenever: SIGKILL, SIGINT, SIGTERM, a full disk (a file-size limit), a second export.
@Suite(.serialized) struct ExportFolderSafetyTests {
    static let root = repositoryRoot()
    static let seeds = root.appendingPathComponent("seeds")

    /// The files of a folder that are not hidden, by name.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return out
    }

    /// The hidden entries beside and inside `folder` (staging folders, locks, temporary files).
    static func leftovers(_ folder: String) -> [String] {
        let url = URL(fileURLWithPath: folder)
        let parent = url.deletingLastPathComponent().path
        let base = url.lastPathComponent
        let beside = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0.hasPrefix("." + base + ".") }
        let inside = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") }
        return beside + inside.map { base + "/" + $0 }
    }

    /// Every file the DCAT description lists has the size and SHA-256 it gives, and every
    /// export file in the folder (but the DCAT itself and the SVG picture) is listed.
    static func checksumsAgree(_ folder: String) throws -> Bool {
        let dcat = folder + "/communique.dcat.ttl"
        guard FileManager.default.fileExists(atPath: dcat) else { return false }
        let graph = try RDFParser.parse(file: dcat)
        let spdx = "http://spdx.org/rdf/terms#"
        var checksumOf: [Term: String] = [:]
        var fileOf: [Term: String] = [:]
        var checksumNode: [Term: Term] = [:]
        for t in graph {
            switch t.predicate.string {
            case spdx + "checksumValue": checksumOf[t.subject] = t.object.literal?.lexicalForm
            case spdx + "checksum": checksumNode[t.subject] = t.object
            case "http://www.w3.org/ns/dcat#downloadURL":
                fileOf[t.subject] = t.object.iri.map { URL(string: $0.string)!.lastPathComponent }
            default: break
            }
        }
        var listed: Set<String> = ["communique.dcat.ttl", "communique.svg"]
        for (distribution, file) in fileOf {
            guard let node = checksumNode[distribution], let expected = checksumOf[node],
                FileManager.default.fileExists(atPath: folder + "/" + file)
            else { return false }
            guard try sha256(folder + "/" + file) == expected else { return false }
            listed.insert(file)
        }
        let own = ["ttl", "rdf", "nt", "nq", "nq.gz", "dot", "svg", "void.ttl", "dcat.ttl"].map { "communique." + $0 }
        let present = try FileManager.default.contentsOfDirectory(atPath: folder).filter(own.contains)
        return Set(present).isSubset(of: listed)
    }

    /// The lower-case hex SHA-256 of a file (by `sha256sum`, a tool independent of the exporter's).
    static func sha256(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix { !$0.isWhitespace })
    }

    /// Two different exports to alternate: all seeds in every format, and two seeds in two formats.
    struct Runs {
        let scratch: TemporaryFolder
        let small: String
        let big: [String: Data]
        let little: [String: Data]

        init() throws {
            scratch = try TemporaryFolder()
            small = scratch.path("small")
            try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
            let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted().prefix(2)
            for name in names {
                try FileManager.default.copyItem(atPath: seeds.appendingPathComponent(name).path, toPath: small + "/" + name)
            }
            let bigOut = scratch.path("big-reference"), littleOut = scratch.path("little-reference")
            #expect(try CommandLineTool.run(Self.bigArguments(bigOut)).status == 0)
            #expect(try CommandLineTool.run(Self.littleArguments(small, littleOut)).status == 0)
            big = try snapshot(bigOut)
            little = try snapshot(littleOut)
        }

        static func bigArguments(_ out: String) -> [String] { ["export", seeds.path, "--out", out] }
        static func littleArguments(_ small: String, _ out: String) -> [String] {
            ["export", small, "--out", out, "--format", "turtle,nquads"]
        }
        func littleArguments(_ out: String) -> [String] { Self.littleArguments(small, out) }

        /// Whether `folder` holds exactly one run's files, with its checksums.
        func holdsOneRun(_ folder: String) throws -> Bool {
            let now = try snapshot(folder)
            guard now == big || now == little else { return false }
            return try checksumsAgree(folder)
        }
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTool.executablePath)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A killed, interrupted or terminated export, at random moments, over the other run's files:
    /// the folder holds one complete run, and SIGINT/SIGTERM leave nothing temporary (130/143).
    @Test(arguments: [SIGKILL, SIGINT, SIGTERM])
    func signalAtARandomMomentLeavesOneRun(_ signalNumber: Int32) throws {
        let runs = try Runs()
        defer { runs.scratch.remove() }
        let out = runs.scratch.path("out")
        #expect(try CommandLineTool.run(runs.littleArguments(out)).status == 0)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<4 {
            let arguments = round % 2 == 0 ? Runs.bigArguments(out) : runs.littleArguments(out)
            let process = try Self.start(arguments)
            usleep(UInt32.random(in: 50_000...1_100_000, using: &generator))
            kill(process.processIdentifier, signalNumber)
            process.waitUntilExit()
            #expect(try runs.holdsOneRun(out), "round \(round): \(out) is a mix of two runs")
            if process.terminationReason == .exit && process.terminationStatus == 0 { continue }  // finished first
            if signalNumber == SIGKILL {
                #expect(process.terminationReason == .uncaughtSignal)
            } else {
                #expect(process.terminationStatus == 128 + signalNumber)
                #expect(Self.leftovers(out).isEmpty, "round \(round): left \(Self.leftovers(out))")
            }
        }
        // The next run removes what killed runs left, and publishes.
        #expect(try CommandLineTool.run(Runs.bigArguments(out)).status == 0)
        #expect(try Self.snapshot(out) == runs.big)
        #expect(Self.leftovers(out).isEmpty, "left \(Self.leftovers(out))")
    }

    /// A full disk, as a file-size limit with SIGXFSZ ignored (writes fail with EFBIG): exit 2,
    /// the previous files untouched, nothing temporary left; and with SIGXFSZ killing the process.
    @Test(arguments: [true, false])
    func fullDiskLeavesThePreviousRun(_ ignoresSignal: Bool) throws {
        let runs = try Runs()
        defer { runs.scratch.remove() }
        let out = runs.scratch.path("out")
        #expect(try CommandLineTool.run(runs.littleArguments(out)).status == 0)
        let trap = ignoresSignal ? "trap '' XFSZ; " : ""
        // 200 KiB: the N-Quads dump of all seeds (about 760 KB) cannot be written.
        let script = "\(trap)ulimit -f 200; exec \"$0\" \"$@\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, CommandLineTool.executablePath] + Runs.bigArguments(out)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(try Self.snapshot(out) == runs.little)
        #expect(try Self.checksumsAgree(out))
        if ignoresSignal {
            #expect(process.terminationStatus == 2, "\(message)")
            #expect(message.contains("File too large"), "\(message)")
            #expect(Self.leftovers(out).isEmpty, "left \(Self.leftovers(out))")
        }
    }

    /// A second export into a folder being written fails at once, naming the first one's process.
    @Test func secondExportIntoTheSameFolderFailsAtOnce() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.path("out")
        // Hold the lock the way an export does (flock on .out.lock beside the folder).
        let lock = open(scratch.path(".out.lock"), O_RDWR | O_CREAT, 0o644)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(lock, $0.baseAddress, $0.count, 0) }
        let started = Date()
        let run = try CommandLineTool.run(["export", Self.seeds.path, "--out", out])
        #expect(run.status == 2)
        #expect(run.standardError.contains("another export (process \(getpid()))"), "\(run.standardError)")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// Staging folders and temporary files of dead runs are removed; the user's own files are kept.
    @Test func deadRunsLeftoversAreRemovedAndOtherFilesKept() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.path("out")
        try FileManager.default.createDirectory(atPath: out + "/notes", withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/notes/README"))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/communique.txt"))
        // No process has id 4194303 (the kernel's largest) here, so these are a dead run's.
        let dead = scratch.path(".out.staging-4194303")
        try FileManager.default.createDirectory(atPath: dead, withIntermediateDirectories: true)
        try Data(count: 1000).write(to: URL(fileURLWithPath: dead + "/communique.nq"))
        try Data(count: 1000).write(to: URL(fileURLWithPath: out + "/.communique.nt.4194303.12345.tmp"))
        let run = try CommandLineTool.run(["export", Self.seeds.path, "--out", out, "--format", "ntriples"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(Self.leftovers(out).isEmpty, "left \(Self.leftovers(out))")
        #expect(FileManager.default.contents(atPath: out + "/notes/README") == Data("mine".utf8))
        #expect(FileManager.default.contents(atPath: out + "/communique.txt") == Data("mine".utf8))
        #expect(try Self.checksumsAgree(out))
    }

    /// `--out` naming a symbolic link to a folder writes into the folder; the link stays a link.
    @Test func outputFolderThroughASymbolicLink() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let real = scratch.path("real")
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link"), withDestinationPath: "real")
        let run = try CommandLineTool.run(["export", Self.seeds.path, "--out", scratch.path("link"), "--format", "ntriples"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("link"))) == "real")
        #expect(FileManager.default.fileExists(atPath: real + "/communique.nt"))
    }
}
