import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A throw-away Oxigraph server (`oxigraph serve`) on a free loopback port, for tests that need
/// a real SPARQL store.
///
/// ```swift
/// let server = try OxigraphServer.start()
/// defer { server.stop() }
/// // server.endpoint is "http://127.0.0.1:<port>"
/// ```
///
/// ``stop()`` sends `SIGTERM`, then `SIGKILL` if the server is still there after a moment (a
/// child of a test runner may have `SIGTERM` blocked). The `oxigraph` command comes from PyPI
/// (`pip install oxigraph`, as `.ci/setup` does) or from `OXIGRAPH_BINARY`.
public final class OxigraphServer: @unchecked Sendable {
    /// Why a server could not be started.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The server's base URL, `http://127.0.0.1:<port>`.
    public let endpoint: String
    /// The port it listens on.
    public let port: Int
    /// Its database folder.
    public let location: URL
    private let process: Process
    private let log: URL

    private init(process: Process, port: Int, location: URL, log: URL) {
        self.process = process
        self.port = port
        self.location = location
        self.log = log
        endpoint = "http://127.0.0.1:\(port)"
    }

    /// The `oxigraph` executable: `OXIGRAPH_BINARY`, or the first `oxigraph` on `PATH`.
    public static var executablePath: String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["OXIGRAPH_BINARY"] { return path }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/oxigraph"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        // pip may have put it in Python's scripts folder without a PATH entry (or a pyenv shim).
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sysconfig; print(sysconfig.get_path('scripts'))"]
        let pipe = Pipe()
        python.standardOutput = pipe
        python.standardError = FileHandle.nullDevice
        guard (try? python.run()) != nil else { return nil }
        let folder = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        python.waitUntilExit()
        let candidate = "\(folder)/oxigraph"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// Starts a server with an empty on-disk store and waits until it accepts connections.
    ///
    /// - Parameter readyWithin: seconds to wait for the port to open.
    /// - Throws: ``StartError`` when `oxigraph` is missing, exits, or does not listen in time
    ///   (the message includes its output).
    public static func start(readyWithin: TimeInterval = 20) throws -> OxigraphServer {
        guard let binary = executablePath else {
            throw StartError(description: "the 'oxigraph' command is not installed: run `pip install oxigraph` (.ci/setup does)")
        }
        let location = FileManager.default.temporaryDirectory.appendingPathComponent("communique-oxigraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: location, withIntermediateDirectories: true)
        let log = location.appendingPathExtension("log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--location", location.appendingPathComponent("db").path, "--bind", "127.0.0.1:\(port)"]
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let server = OxigraphServer(process: process, port: port, location: location, log: log)
        let deadline = Date().addingTimeInterval(readyWithin)
        while Date() < deadline {
            if !process.isRunning {
                let output = server.output
                server.stop()
                throw StartError(description: "oxigraph serve exited with status \(process.terminationStatus): \(output)")
            }
            if canConnect(port: port) { return server }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let output = server.output
        server.stop()
        throw StartError(description: "oxigraph serve did not listen on port \(port) within \(readyWithin) s: \(output)")
    }

    /// What the server printed so far.
    public var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Whether the server process is still running.
    public var isRunning: Bool { process.isRunning }

    /// Stops the server and deletes its store. Safe to call more than once.
    public func stop() {
        if process.isRunning {
            let pid = process.processIdentifier
            kill(pid, SIGTERM)
            var deadline = Date().addingTimeInterval(2)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning {
                kill(pid, SIGKILL)
                deadline = Date().addingTimeInterval(5)
                while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            }
        }
        try? FileManager.default.removeItem(at: location)
        try? FileManager.default.removeItem(at: log)
    }

    /// A loopback port that nothing listens on right now (the kernel picks it).
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StartError(description: "socket() failed: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw StartError(description: "could not bind a free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether something accepts TCP connections on the loopback port.
    public static func canConnect(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
