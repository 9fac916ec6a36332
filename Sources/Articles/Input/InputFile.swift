import Foundation

/// An input file open for reading, by the bytes of its path (so a name that is not UTF-8 can
/// still be opened). Owns the file descriptor and closes it in `deinit`.
final class InputFile {
    /// The path as shown in messages.
    let path: String
    private let descriptor: Int32

    /// Opens the file at the path's bytes. - Throws: ``ArticleError/unreadable(path:reason:)``.
    init(bytes: [UInt8], shownAs path: String) throws {
        self.path = path
        let fd = (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_RDONLY | O_CLOEXEC) }
        }
        guard fd >= 0 else {
            let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
            throw ArticleError.unreadable(path: path, reason: reason)
        }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw ArticleError.unreadable(path: path, reason: "is a directory")
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// The file's size in bytes (0 for a pipe or device).
    var size: Int {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Reads up to `count` bytes at the current position, appending them to `buffer`.
    /// - Returns: the bytes read, 0 at the end of the file.
    func read(_ count: Int, appendingTo buffer: inout [UInt8]) throws -> Int {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + start, count) }
            if n < 0 {
                if errno == EINTR { continue }
                buffer.removeSubrange(start...)
                throw ArticleError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            buffer.removeSubrange((start + n)...)
            return n
        }
    }

    /// Moves to byte `offset` from the start. - Throws: ``ArticleError/unreadable(path:reason:)``.
    func seek(to offset: Int) throws {
        guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else {
            throw ArticleError.unreadable(path: path, reason: "cannot seek to byte \(offset): \(String(cString: strerror(errno)))")
        }
    }

    /// Reads the whole file (from the current position), refusing more than `limit` bytes.
    /// - Throws: ``ArticleError/tooLarge(path:bytes:limit:)``, ``ArticleError/unreadable(path:reason:)``.
    func readAll(limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while try read(1 << 16, appendingTo: &bytes) > 0 {
            if bytes.count > limit { throw ArticleError.tooLarge(path: path, bytes: bytes.count, limit: limit) }
        }
        return bytes
    }
}
