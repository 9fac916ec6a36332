import Foundation

/// Writes a file so that readers see either the old file or the complete new one, and writes to
/// what is there:
/// - a regular file (new, or replacing one) gets its bytes in a temporary file in the same
///   folder, which is then renamed over it; a replaced file keeps its mode and owner;
/// - a symbolic link is written through: the file it points to is the one written;
/// - a character device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is streamed
///   into, never replaced;
/// - a regular file whose owner cannot be kept, or that has other hard links, is overwritten in
///   place, once the new bytes are complete and checked (a rename would cut the other links).
///
/// The temporary file is registered with ``TemporaryPaths`` while it exists, so SIGINT and
/// SIGTERM remove it.
enum AtomicFile {
    /// Where the bytes for a path go, once symbolic links are followed.
    struct Destination {
        enum Kind: Equatable {
            /// `-`: file descriptor 1.
            case standardOutput
            /// A device, FIFO or socket: opened and written, never renamed.
            case stream
            /// No file there yet.
            case newFile
            /// A regular file replaced by renaming; it keeps this mode, owner and group.
            case replace(mode: mode_t, owner: uid_t, group: gid_t)
            /// A regular file overwritten in place after the bytes are checked.
            case overwrite
        }

        /// The path as given (for messages).
        var path: String
        /// The path written: symbolic links followed.
        var resolved: String
        var kind: Kind

        /// Writing a temporary file beside the destination and renaming it.
        var renames: Bool {
            switch kind {
            case .newFile, .replace: true
            default: false
            }
        }
    }

    /// Follows symbolic links from `path` (at most 40, as the kernel does) and looks at what is there.
    static func destination(_ path: String) throws -> Destination {
        if path == "-" { return Destination(path: path, resolved: path, kind: .standardOutput) }
        var current = path
        var info = stat()
        for _ in 0..<40 {
            guard lstat(current, &info) == 0 else {
                guard errno == ENOENT else { throw io(path, "cannot look at it") }
                return Destination(path: path, resolved: current, kind: .newFile)
            }
            guard (info.st_mode & S_IFMT) == S_IFLNK else { break }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n >= 0 else { throw io(path, "cannot read the symbolic link") }
            let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/")
                ? target : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).path
        }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            throw RDFSyntaxError(.io, "too many levels of symbolic links", location: SourceLocation(file: path))
        case S_IFDIR:
            throw RDFSyntaxError(.io, "is a folder, not a file", location: SourceLocation(file: path))
        case S_IFREG:
            // Renaming would cut other hard links, or give the file our owner: overwrite instead.
            if info.st_nlink > 1 || (geteuid() != 0 && info.st_uid != geteuid()) {
                return Destination(path: path, resolved: current, kind: .overwrite)
            }
            return Destination(
                path: path, resolved: current, kind: .replace(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid))
        default:
            return Destination(path: path, resolved: current, kind: .stream)
        }
    }

    /// A temporary path beside `path` (same folder, so the rename cannot cross file systems).
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        return folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
    }

    /// A temporary file for `destination`: beside it when it is renamed into place, in the
    /// temporary folder when it is copied into place. Registered with ``TemporaryPaths``.
    struct Temporary {
        let fd: Int32
        let path: String
        let token: Int
    }

    /// Creates the temporary file the bytes for `destination` are written to and checked in.
    static func createTemporary(for destination: Destination) throws -> Temporary {
        let path = destination.renames
            ? temporaryPath(for: destination.resolved)
            : URL(fileURLWithPath: NSTemporaryDirectory())
                .appendingPathComponent("communique.\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let token = TemporaryPaths.register(path)
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            TemporaryPaths.unregister(token)
            let place = destination.renames ? "beside it" : "in \(NSTemporaryDirectory())"
            throw RDFSyntaxError(.io, "cannot create a temporary file \(place): \(reason)", location: SourceLocation(file: destination.path))
        }
        if case .replace(let mode, let owner, let group) = destination.kind {
            // The replaced file's mode and owner (a failure to keep the owner is not fatal: the group may not be ours).
            _ = fchown(fd, owner, group)
            fchmod(fd, mode)
        }
        return Temporary(fd: fd, path: path, token: token)
    }

    /// Removes a temporary file that is not kept.
    static func discard(_ temporary: Temporary) {
        close(temporary.fd)
        unlink(temporary.path)
        TemporaryPaths.unregister(temporary.token)
    }

    /// Puts the checked bytes of `temporary` in place: renames it over a regular file, or copies
    /// it into a stream or a file overwritten in place. Closes and removes the temporary file.
    static func publish(_ temporary: Temporary, to destination: Destination) throws {
        defer { TemporaryPaths.unregister(temporary.token) }
        if destination.renames {
            guard fsync(temporary.fd) == 0 || errno == EINVAL else {
                let reason = String(cString: strerror(errno))
                discard(temporary)
                throw RDFSyntaxError(.io, "cannot write: \(reason)", location: SourceLocation(file: destination.path))
            }
            close(temporary.fd)
            try commit(temporary.path, to: destination.resolved, name: destination.path)
            return
        }
        defer { discard(temporary) }
        guard lseek(temporary.fd, 0, SEEK_SET) == 0 else { throw io(destination.path, "cannot reread the temporary file") }
        let out = try openForStreaming(destination)
        defer { if out != 1 { close(out) } }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(temporary.fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw io(destination.path, "cannot reread the temporary file")
            }
            if n == 0 { break }
            try writeAll(buffer[..<n], to: out, path: destination.path)
        }
    }

    /// Opens a stream, standard output or a file overwritten in place for writing.
    static func openForStreaming(_ destination: Destination) throws -> Int32 {
        switch destination.kind {
        case .standardOutput:
            return 1
        case .overwrite:
            let fd = open(destination.resolved, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard fd >= 0 else { throw io(destination.path, "cannot open it for writing") }
            return fd
        default:
            let fd = open(destination.resolved, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw io(destination.path, "cannot open it for writing") }
            return fd
        }
    }

    /// Writes `bytes` to `path` (`-`: standard output). - Throws: ``RDFSyntaxError`` with `.io`.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let destination = try destination(path)
        if destination.renames {
            try write(to: destination) { fd, _ in try writeAll(bytes[...], to: fd, path: path) }
            return
        }
        // The bytes are complete and checked already: stream them.
        let fd = try openForStreaming(destination)
        defer { if fd != 1 { close(fd) } }
        try writeAll(bytes[...], to: fd, path: path)
    }

    /// Creates a temporary file for `path`, lets `body` write and check it (given its descriptor
    /// and path), then puts it in place (see ``publish(_:to:)``); on any error the temporary file
    /// is removed and the destination is untouched.
    static func write(to path: String, _ body: (Int32, String) throws -> Void) throws {
        try write(to: try destination(path), body)
    }

    static func write(to destination: Destination, _ body: (Int32, String) throws -> Void) throws {
        let temporary = try createTemporary(for: destination)
        do {
            try body(temporary.fd, temporary.path)
        } catch {
            discard(temporary)
            throw error
        }
        try publish(temporary, to: destination)
    }

    /// Renames the verified temporary file over the destination.
    static func commit(_ temporary: String, to path: String, name: String? = nil) throws {
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RDFSyntaxError(.io, "cannot replace the file: \(reason)", location: SourceLocation(file: name ?? path))
        }
    }

    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        try writeAll(bytes[...], to: fd, path: path)
    }

    static func writeAll(_ bytes: ArraySlice<UInt8>, to fd: Int32, path: String) throws {
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

    private static func io(_ path: String, _ what: String) -> RDFSyntaxError {
        RDFSyntaxError(.io, "\(what): \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
    }
}
