/// CRC-32s of a byte stream cut into blocks at fixed offsets (0, `blockSize`, 2 × `blockSize`, …),
/// whatever the chunks it is fed in, and its size: what a dump writer records of the bytes it
/// writes and compares with the file read back from disk.
///
/// Why CRC-32 and not a second SHA-256: the check is against accidents (a short write, a full
/// disk, a truncated or concurrently changed file, a bad page), not against an adversary, and the
/// SHA-256 the DCAT description needs is computed once, over the file as read back. A CRC-32 per
/// MiB detects every error burst of up to 32 bits in a block and any other change with
/// probability 1 − 2⁻³² per block, runs at memory speed (libdeflate, carry-less multiply), and
/// is what each gzip member's trailer needs anyway.
struct BlockChecksums: Equatable {
    let blockSize: Int
    /// The CRC-32 of each complete block.
    private(set) var crcs: [UInt32] = []
    /// The bytes seen.
    private(set) var size = 0
    private var current: UInt32 = 0
    private var filled = 0

    init(blockSize: Int) { self.blockSize = max(1, blockSize) }

    /// Adds the next bytes; `crc`, when given, is their CRC-32 (computed by the caller for a
    /// gzip member) and is used when they are one block at a block boundary.
    mutating func update(_ bytes: UnsafeRawBufferPointer, crc: UInt32? = nil) {
        size += bytes.count
        if let crc, filled == 0, bytes.count <= blockSize {
            if bytes.count == blockSize {
                crcs.append(crc)
            } else {
                current = crc
                filled = bytes.count
            }
            return
        }
        var at = 0
        while at < bytes.count {
            let n = min(blockSize - filled, bytes.count - at)
            current = Deflate.crc32(current, UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)]))
            filled += n
            at += n
            if filled == blockSize {
                crcs.append(current)
                current = 0
                filled = 0
            }
        }
    }

    /// The CRC-32s of all blocks, the last one possibly short.
    var all: [UInt32] { filled > 0 ? crcs + [current] : crcs }

    /// The first block whose CRC differs from `other`'s (same block size), or `nil` when both
    /// hold the same blocks.
    func firstDifference(from other: BlockChecksums) -> Int? {
        let a = all
        let b = other.all
        for i in 0..<min(a.count, b.count) where a[i] != b[i] { return i }
        return a.count == b.count ? nil : min(a.count, b.count)
    }
}
