import Crypto
import Foundation

/// A file read back from disk in one pass: its size, SHA-256 and block checksums.
struct FileDigest {
    /// The size in bytes.
    let size: Int
    /// The lower-case hex SHA-256.
    let sha256: String
    /// The CRC-32s of its blocks (see ``BlockChecksums``).
    let checksums: BlockChecksums

    /// Reads `path` once. - Throws: ``ExportError/cannotWrite(path:reason:)`` when unreadable.
    init(reading path: String, blockSize: Int = 1 << 20) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ExportError.cannotWrite(path: path, reason: "cannot read it back: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var hasher = SHA256()
        var checksums = BlockChecksums(blockSize: blockSize)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, blockSize), alignment: 64)
        defer { chunk.deallocate() }
        var ended = false
        while !ended {
            // Whole blocks, so that each CRC is one call over one block.
            var filled = 0
            while filled < chunk.count {
                let n = read(fd, chunk.baseAddress! + filled, chunk.count - filled)
                if n < 0 && errno == EINTR { continue }
                guard n >= 0 else {
                    throw ExportError.cannotWrite(path: path, reason: "cannot read it back: \(String(cString: strerror(errno)))")
                }
                if n == 0 {
                    ended = true
                    break
                }
                filled += n
            }
            let bytes = UnsafeRawBufferPointer(rebasing: chunk[..<filled])
            hasher.update(bufferPointer: bytes)
            checksums.update(bytes)
        }
        size = checksums.size
        sha256 = hasher.finalize().map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        self.checksums = checksums
    }

    /// The size in bytes and the lower-case hex SHA-256 of a file.
    /// - Throws: ``ExportError/cannotWrite(path:reason:)`` when unreadable.
    static func of(_ path: String) throws -> (size: Int, sha256: String) {
        let digest = try FileDigest(reading: path)
        return (digest.size, digest.sha256)
    }
}
