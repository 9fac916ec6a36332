import Foundation

/// Runs the built `communique` executable, for end-to-end tests of the command line.
///
/// The executable is found beside the test bundle (SwiftPM puts both in the same build
/// folder), or at the path in the `COMMUNIQUE_BINARY` environment variable.
public enum CommandLineTool {
    /// What one run printed and how it ended.
    public struct Outcome: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// The path of the built `communique` executable.
    public static var executablePath: String {
        if let path = ProcessInfo.processInfo.environment["COMMUNIQUE_BINARY"] { return path }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the runner is `<build>/debug/CommuniquePackageTests.xctest`; on macOS the binary
        // sits inside a bundle three levels deeper.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("communique").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return "communique"
    }

    /// Runs `communique` with the given arguments, feeding `input` to standard input.
    ///
    /// - Parameters:
    ///   - arguments: the arguments after the program name.
    ///   - input: bytes for standard input (empty: standard input is closed at once).
    ///   - directory: the working directory, the current one when `nil`.
    ///   - environment: variables set for the run, over this process's environment.
    @discardableResult
    public static func run(_ arguments: [String], input: Data = Data(), in directory: URL? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        }
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes concurrently so a chatty child never blocks on a full pipe.
        let outBox = DataBox()
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outBox.data = stdout.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errBox.data = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if !input.isEmpty { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outBox.data, as: UTF8.self),
            standardError: String(decoding: errBox.data, as: UTF8.self))
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// A fresh temporary folder for one test, removed by ``remove()``.
public struct TemporaryFolder: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("communique-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Deletes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The repository's root folder, found from a source file's `#filePath`.
public func repositoryRoot(from filePath: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}
