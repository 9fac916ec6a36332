import Crypto
import Foundation

/// Reads a dump's compressed copy back from disk once and checks that it holds the dump: each
/// gzip member must decompress (libdeflate checks its CRC-32 and size against the bytes it
/// produced) to one block of the dump, whose CRC-32, recorded when the block was written, must be
/// the member's. So the `.nq.gz` on disk decompresses to the `.nq` that was checked, block for
/// block. The SHA-256 for DCAT is taken in the same pass. Decompressing costs about 0.03 CPU-s
/// per 75 MB of dump.
struct GzipReadBack {
    /// The compressed file's size in bytes and lower-case hex SHA-256.
    let size: Int
    let sha256: String

    /// A problem, said for people.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// - Parameter dump: the checksums of the dump's blocks, as written.
    /// - Throws: ``Problem`` when the file cannot be read or does not hold the dump.
    init(reading path: String, dump: BlockChecksums) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Problem(description: "cannot read it back: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard let decompressor = Deflate.Decompressor() else {
            throw Problem(description: "libdeflate cannot allocate a decompressor")
        }
        let blockSize = dump.blockSize
        let crcs = dump.all
        // A member never takes more than a block's bound (a block plus a little): refill while
        // less than a block and 64 KiB wait, so every member is whole in the buffer.
        let low = blockSize + (1 << 16)
        let window = 2 * low
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: window, alignment: 64)
        defer { input.deallocate() }
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, blockSize), alignment: 64)
        defer { output.deallocate() }
        var start = 0
        var filled = 0
        var ended = false
        var hasher = SHA256()
        var size = 0
        var member = 0
        var decompressed = 0
        while true {
            if !ended && filled - start < low {
                memmove(input.baseAddress!, input.baseAddress! + start, filled - start)
                filled -= start
                start = 0
                while !ended && filled < window {
                    let n = read(fd, input.baseAddress! + filled, window - filled)
                    if n < 0 && errno == EINTR { continue }
                    guard n >= 0 else { throw Problem(description: "cannot read it back: \(String(cString: strerror(errno)))") }
                    if n == 0 {
                        ended = true
                    } else {
                        hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: input[filled..<(filled + n)]))
                        filled += n
                        size += n
                    }
                }
            }
            if start == filled { break }
            let expected = member < crcs.count ? min(blockSize, dump.size - member * blockSize) : 0
            guard let (used, produced) = decompressor.gzipMember(UnsafeRawBufferPointer(rebasing: input[start..<filled]), into: output)
            else {
                throw Problem(description: "gzip member \(member + 1) does not decompress (or is larger than a block)")
            }
            let crc = UInt32(littleEndian: input.loadUnaligned(fromByteOffset: start + used - 8, as: UInt32.self))
            let wanted: UInt32? = member < crcs.count ? crcs[member] : (dump.size == 0 && member == 0 ? 0 : nil)
            guard let wanted, produced == expected, crc == wanted else {
                throw Problem(
                    description: "gzip member \(member + 1) does not decompress to the dump's bytes \(member * blockSize)–\(member * blockSize + max(expected, 1) - 1)")
            }
            decompressed += produced
            member += 1
            start += used
        }
        guard decompressed == dump.size, member == max(1, crcs.count) else {
            throw Problem(description: "it decompresses to \(decompressed) bytes in \(member) members, the dump has \(dump.size) bytes in \(max(1, crcs.count)) blocks")
        }
        self.size = size
        sha256 = hasher.finalize().map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}
