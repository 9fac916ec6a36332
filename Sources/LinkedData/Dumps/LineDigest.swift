import RDFSyntax

/// An order-independent digest of a dump's statements, each taken as the bytes of its
/// canonical N-Triples or N-Quads line (without the newline): what the writer wrote and what
/// the parser read back must give the same count and digest.
struct LineDigest: Equatable {
    private var hashes = MultisetDigest()

    /// The number of lines added.
    var count: Int { hashes.count }

    /// Adds one line.
    mutating func add(_ line: UnsafeBufferPointer<UInt8>) { hashes.add(hash: Self.hash(line)) }

    /// A 64-bit hash of bytes: eight at a time (multiply-rotate), then the tail FNV-1a style.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var i = 0
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash = (hash << 31) | (hash >> 33)
            i += 8
        }
        while i < count {
            hash ^= UInt64(base[i])
            hash &*= 0x0000_0100_0000_01B3
            i += 1
        }
        return hash
    }
}
