import Foundation

/// The command-line programs an export can use when they are installed: Graphviz's `dot` for
/// the SVG picture. (The compressed N-Quads are made in process, see ``GzipMembers``.)
enum ExternalTools {
    /// The first executable of that name in the usual folders or on `PATH`.
    static func find(_ name: String) -> String? {
        var folders = ["/usr/bin", "/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        if let path = ProcessInfo.processInfo.environment["PATH"] {
            folders += path.split(separator: ":").map(String.init)
        }
        for folder in folders {
            let candidate = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program with standard input from `input` and standard output to a temporary file
    /// beside `output`, then renames it into place. - Throws: ``ExportError/cannotWrite(path:reason:)``.
    static func run(_ executable: String, _ arguments: [String], input: String, output: String) throws {
        let temporary = URL(fileURLWithPath: output).deletingLastPathComponent()
            .appendingPathComponent(".\(URL(fileURLWithPath: output).lastPathComponent).\(getpid()).tmp").path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let inHandle = FileHandle(forReadingAtPath: input), let outHandle = FileHandle(forWritingAtPath: temporary) else {
            throw ExportError.cannotWrite(path: output, reason: "cannot open \(input) or a temporary file beside the output")
        }
        defer {
            try? inHandle.close()
            try? outHandle.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = inHandle
        process.standardOutput = outHandle
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw ExportError.cannotWrite(path: output, reason: "cannot run \(executable): \(error.localizedDescription)")
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ExportError.cannotWrite(path: output, reason: "\(executable) failed (exit \(process.terminationStatus)): \(text)")
        }
        try? outHandle.synchronize()
        guard rename(temporary, output) == 0 else {
            throw ExportError.cannotWrite(path: output, reason: String(cString: strerror(errno)))
        }
    }
}
