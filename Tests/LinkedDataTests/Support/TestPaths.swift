import Foundation
import TestSupport

/// Paths of the repository and of this target's fixtures.
enum TestPaths {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let root = repositoryRoot()
    static let shapes = root.appendingPathComponent("Schemas/shapes.ttl").path
    static let eventTypes = root.appendingPathComponent("Schemas/event-types.ttl").path
    static let seeds = root.appendingPathComponent("seeds").path
    static let output = root.appendingPathComponent("output").path
    static let gold = fixtures.appendingPathComponent("gold").path
}

/// Runs a program and returns its exit status and output.
enum Subprocess {
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Validates a data file against shapes with pySHACL (installed by .ci/setup).
    static func pyshacl(data: String, shapes: String = TestPaths.shapes) throws -> (conforms: Bool, report: String) {
        let (status, output) = try run("python3", ["-m", "pyshacl", "-s", shapes, "-f", "human", data])
        // pySHACL exits 0 when the data conforms, 1 when it does not, other codes on errors.
        guard status == 0 || status == 1 else {
            throw PySHACLError(message: "pyshacl failed (exit \(status)): \(output.prefix(2000))")
        }
        return (status == 0, output)
    }
}

struct PySHACLError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
