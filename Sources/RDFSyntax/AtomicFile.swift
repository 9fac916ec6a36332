import Foundation

/// Writes a file so that readers see either the old file or the complete new one: the bytes go
/// to a temporary file in the same folder, which is then renamed over the destination.
enum AtomicFile {
    /// A temporary path beside `path` (same folder, so the rename cannot cross file systems).
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        return folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
    }

    /// Writes `bytes` to `path` (`-`: standard output). - Throws: ``RDFSyntaxError`` with `.io`.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if path == "-" {
            try writeAll(bytes, to: 1, path: path)
            return
        }
        try write(to: path) { fd, _ in try writeAll(bytes, to: fd, path: path) }
    }

    /// Creates a temporary file beside `path`, lets `body` write and check it (given its descriptor
    /// and path), then renames it over `path`; on any error the temporary file is removed.
    static func write(to path: String, _ body: (Int32, String) throws -> Void) throws {
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_RDWR | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            throw RDFSyntaxError(.io, "cannot create a file beside it: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
        }
        do {
            try body(fd, temporary)
            close(fd)
            try commit(temporary, to: path)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
    }

    /// Renames the verified temporary file over the destination.
    static func commit(_ temporary: String, to path: String) throws {
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RDFSyntaxError(.io, "cannot replace the file: \(reason)", location: SourceLocation(file: path))
        }
    }

    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw RDFSyntaxError(.io, "cannot write: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
                }
                offset += n
            }
        }
    }
}
