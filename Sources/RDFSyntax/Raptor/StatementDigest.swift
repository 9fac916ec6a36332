internal import CRaptor2

/// An order-independent fingerprint of a stream of statements, to check that what a streaming
/// conversion wrote reads back as what it read without holding either in memory.
///
/// Each statement is hashed (``hash(_:includesGraph:)``: 64 bits over its terms' kinds and
/// bytes; blank nodes count by position only, since writers may rename them) and the hashes
/// are summed and xor-ed with a second mix, so order does not matter. Every statement counts,
/// duplicates included: for writers that drop duplicates (the abbreviating ones) compare
/// *sets* of hashes with ``StatementHashSet`` instead.
struct StatementDigest: Equatable {
    private var hashes = MultisetDigest()
    /// Whether graph names take part (only when the output can carry them).
    let includesGraph: Bool

    init(includesGraph: Bool) {
        self.includesGraph = includesGraph
    }

    mutating func add(_ statement: UnsafeMutablePointer<raptor_statement>) {
        add(hash: StatementDigest.hash(statement, includesGraph: includesGraph))
    }

    mutating func add(hash: UInt64) { hashes.add(hash: hash) }

    /// The number of statements added.
    var count: Int { hashes.count }

    /// The statement's hash: its terms' kinds and bytes (blank nodes by position only).
    static func hash(_ statement: UnsafeMutablePointer<raptor_statement>, includesGraph: Bool) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        mix(&hash, statement.pointee.subject)
        mix(&hash, statement.pointee.predicate)
        mix(&hash, statement.pointee.object)
        if includesGraph { mix(&hash, statement.pointee.graph) }
        // Final avalanche, so the top bits (``StatementHashSet``'s buckets) are well spread.
        hash ^= hash >> 29
        hash &*= 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        return hash
    }

    @inline(__always) private static func mix(_ hash: inout UInt64, _ byte: UInt8) {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }

    /// Mixes bytes eight at a time (multiply-rotate), then the tail byte by byte, then a separator.
    @inline(__always) private static func mix(_ hash: inout UInt64, _ bytes: UnsafePointer<UInt8>?, _ count: Int) {
        guard let bytes else { mix(&hash, 0xFF); return }
        let raw = UnsafeRawPointer(bytes)
        var i = 0
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            hash = ((hash ^ word) &* 0x9E37_79B9_7F4A_7C15)
            hash = (hash << 31) | (hash >> 33)
            i += 8
        }
        while i < count {
            mix(&hash, bytes[i])
            i += 1
        }
        mix(&hash, 0xFF)
    }

    private static func mix(_ hash: inout UInt64, _ term: UnsafeMutablePointer<raptor_term>?) {
        guard let term else { mix(&hash, 0); return }
        switch term.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            mix(&hash, 1)
            var length = 0
            let bytes = raptor_uri_as_counted_string(term.pointee.value.uri, &length)
            mix(&hash, bytes, length)
        case RAPTOR_TERM_TYPE_BLANK:
            mix(&hash, 2)
        default:
            mix(&hash, 3)
            let literal = term.pointee.value.literal
            mix(&hash, literal.string, Int(literal.string_len))
            if let language = literal.language {
                // Tags compare case-insensitively (raptor's readers disagree on case).
                for i in 0..<Int(literal.language_len) {
                    let byte = language[i]
                    mix(&hash, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            mix(&hash, 0xFE)
            if let datatype = literal.datatype {
                var length = 0
                let bytes = raptor_uri_as_counted_string(datatype, &length)
                mix(&hash, bytes, length)
            } else {
                mix(&hash, 0)
            }
        }
    }
}
