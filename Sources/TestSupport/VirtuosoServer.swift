import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A throw-away Virtuoso (`virtuoso-t` from Debian's `virtuoso-opensource`) with its database in a
/// temporary folder, on free loopback ports, and one user allowed to update graphs over the Graph
/// Store protocol with HTTP Digest authentication (`/sparql-graph-crud-auth`).
///
/// ```swift
/// let server = try VirtuosoServer.start()
/// defer { server.stop() }
/// // server.storeURL, server.queryURL, server.user, server.password
/// ```
public final class VirtuosoServer: @unchecked Sendable {
    /// Why a server could not be started.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The HTTP port.
    public let httpPort: Int
    /// The SQL port (for `isql-vt`).
    public let sqlPort: Int
    /// The user with the `SPARQL_UPDATE` role, and its password.
    public let user = "communique"
    public let password: String
    private let process: Process
    private let folder: URL

    /// The Graph Store service that asks for Digest authentication.
    public var storeURL: String { "http://127.0.0.1:\(httpPort)/sparql-graph-crud-auth" }
    /// The SPARQL query service.
    public var queryURL: String { "http://127.0.0.1:\(httpPort)/sparql" }

    private init(process: Process, httpPort: Int, sqlPort: Int, folder: URL, password: String) {
        self.process = process
        self.httpPort = httpPort
        self.sqlPort = sqlPort
        self.folder = folder
        self.password = password
    }

    /// Whether `virtuoso-t` and `isql-vt` are installed.
    public static var isInstalled: Bool {
        ["/usr/bin/virtuoso-t", "/usr/bin/isql-vt"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Creates the database, starts the server and the user, and waits until HTTP answers.
    ///
    /// - Throws: ``StartError`` when Virtuoso is missing or does not come up (with its log).
    public static func start(readyWithin: TimeInterval = 90) throws -> VirtuosoServer {
        guard isInstalled else {
            throw StartError(description: "Virtuoso is not installed: apt-get install virtuoso-opensource (.ci/setup does)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("communique-virtuoso-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let httpPort = try OxigraphServer.freePort()
        var sqlPort = try OxigraphServer.freePort()
        while sqlPort == httpPort { sqlPort = try OxigraphServer.freePort() }
        let path = folder.path
        let configuration = """
            [Database]
            DatabaseFile = \(path)/virtuoso.db
            ErrorLogFile = \(path)/virtuoso.log
            LockFile = \(path)/virtuoso.lck
            TransactionFile = \(path)/virtuoso.trx
            xa_persistent_file = \(path)/virtuoso.pxa
            [TempDatabase]
            DatabaseFile = \(path)/virtuoso-temp.db
            TransactionFile = \(path)/virtuoso-temp.trx
            [Parameters]
            ServerPort = 127.0.0.1:\(sqlPort)
            DisableUnixSocket = 1
            DirsAllowed = ., \(path)
            NumberOfBuffers = 10000
            MaxDirtyBuffers = 6000
            [HTTPServer]
            ServerPort = 127.0.0.1:\(httpPort)
            ServerRoot = /var/lib/virtuoso-opensource-7/vsp
            ServerThreads = 10
            MaxKeepAlives = 10
            KeepAliveTimeout = 10
            [SPARQL]
            ResultSetMaxRows = 1000000
            MaxQueryExecutionTime = 60

            """
        let ini = folder.appendingPathComponent("virtuoso.ini")
        try configuration.write(to: ini, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/virtuoso-t")
        process.arguments = ["+configfile", ini.path, "+foreground"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let password = "pw-\(UUID().uuidString.prefix(8))"
        let server = VirtuosoServer(process: process, httpPort: httpPort, sqlPort: sqlPort, folder: folder, password: password)
        let deadline = Date().addingTimeInterval(readyWithin)
        while !(OxigraphServer.canConnect(port: httpPort) && OxigraphServer.canConnect(port: sqlPort)) {
            guard Date() < deadline, process.isRunning else {
                let log = server.log
                server.stop()
                throw StartError(description: "virtuoso-t did not come up within \(readyWithin) s: \(log.suffix(2000))")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        do {
            try server.sql(
                "DB.DBA.USER_CREATE('\(server.user)', '\(password)'); GRANT SPARQL_UPDATE TO \"\(server.user)\"; "
                    + "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('\(server.user)', 7);")
        } catch {
            server.stop()
            throw error
        }
        return server
    }

    /// Runs SQL statements as `dba` through `isql-vt`.
    public func sql(_ statements: String) throws {
        let isql = Process()
        isql.executableURL = URL(fileURLWithPath: "/usr/bin/isql-vt")
        isql.arguments = ["\(sqlPort)", "dba", "dba", "exec=\(statements)"]
        let pipe = Pipe()
        isql.standardOutput = pipe
        isql.standardError = pipe
        try isql.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        isql.waitUntilExit()
        guard isql.terminationStatus == 0, !output.contains("*** Error") else {
            throw StartError(description: "isql-vt failed: \(output.suffix(1000))")
        }
    }

    /// The server's log so far.
    public var log: String {
        (try? String(contentsOf: folder.appendingPathComponent("virtuoso.log"), encoding: .utf8)) ?? ""
    }

    /// Stops the server and deletes its database. Safe to call more than once.
    public func stop() {
        if process.isRunning {
            let pid = process.processIdentifier
            kill(pid, SIGTERM)
            var deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning {
                kill(pid, SIGKILL)
                deadline = Date().addingTimeInterval(5)
                while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            }
        }
        try? FileManager.default.removeItem(at: folder)
    }
}
