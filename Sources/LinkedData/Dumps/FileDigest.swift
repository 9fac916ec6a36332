import Crypto
import Foundation

/// The size and SHA-256 digest of a file, read in chunks.
enum FileDigest {
    /// - Returns: the size in bytes and the lower-case hex SHA-256. - Throws: ``ExportError/cannotWrite(path:reason:)`` when unreadable.
    static func of(_ path: String) throws -> (size: Int, sha256: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError.cannotWrite(path: path, reason: "cannot read it back to compute its checksum")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size = 0
        while true {
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            guard let chunk, !chunk.isEmpty else { break }
            size += chunk.count
            hasher.update(data: chunk)
        }
        let hex = hasher.finalize().map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        return (size, hex)
    }
}
