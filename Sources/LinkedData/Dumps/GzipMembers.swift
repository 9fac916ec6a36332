/// Compresses a stream block by block into a multi-member gzip file (RFC 1952, section 2.2:
/// "a gzip file consists of a series of members"), one member per block.
///
/// Every member has the same fixed 10-byte header — no file name, modification time 0, no
/// extra flags, operating system 255 ("unknown") — then the block as raw DEFLATE, then the
/// block's CRC-32 and size. So the bytes depend only on the stream, its cut into blocks (the
/// dump writer cuts at fixed offsets, see ``LineDumpWriter``), the level, and the libdeflate
/// version: the same whatever `--jobs` is, on any machine with the same libdeflate.
///
/// `gzip -dc`, `zcat`, Python's `gzip`, Java's `GZIPInputStream` (Jena) and Oxigraph read all
/// members of such a file as one stream. Blocks of a MiB cost about 20 bytes of headers each and
/// lose nothing measurable in ratio (DEFLATE's window is 32 KiB).
struct GzipMembers {
    /// The level when none is given: the export's default (``ExportConfiguration/defaultGzipLevel``,
    /// where the measurements are). On the 1,000-article benchmark dump (75 MB) libdeflate takes
    /// 0.18 CPU-s at level 1 (3.9 MB), 0.33 s at 6 (3.3 MB), 0.40 s at 7, 1.17 s at 9 (3.1 MB).
    static let level = ExportConfiguration.defaultGzipLevel

    /// The member header: magic, deflate, no flags, mtime 0, no extra flags, OS unknown.
    static let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]

    private let compressor: Deflate.Compressor
    private var output: [UInt8] = []

    /// `nil` when libdeflate cannot allocate a compressor.
    init?(level: Int = GzipMembers.level) {
        guard let compressor = Deflate.Compressor(level: level) else { return nil }
        self.compressor = compressor
    }

    /// Makes the member of one block whose CRC-32 is `crc` and calls `body` with its bytes (valid
    /// during the call only). - Returns: `false` when libdeflate failed (it cannot, given its bound).
    mutating func member(
        of block: UnsafeRawBufferPointer, crc: UInt32, _ body: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows -> Bool {
        let bound = compressor.bound(block.count)
        let needed = Self.header.count + bound + 8
        if output.count < needed { output = [UInt8](repeating: 0, count: needed) }
        let compressor = self.compressor
        return try output.withUnsafeMutableBytes { out -> Bool in
            for (i, byte) in Self.header.enumerated() { out[i] = byte }
            let body0 = Self.header.count
            let n = compressor.compress(block, into: UnsafeMutableRawBufferPointer(rebasing: out[body0..<(body0 + bound)]))
            guard n > 0 else { return false }
            var at = body0 + n
            let size = UInt32(truncatingIfNeeded: block.count)  // ISIZE: the size modulo 2^32
            for word in [crc, size] {
                for shift in stride(from: 0, to: 32, by: 8) {
                    out[at] = UInt8(truncatingIfNeeded: word >> UInt32(shift))
                    at += 1
                }
            }
            try body(UnsafeRawBufferPointer(rebasing: out[..<at]))
            return true
        }
    }
}
