/// The 64-bit hash of byte strings used by the exporter's open-addressing tables (the merge's
/// ``ByteStringTable`` and the dump check's ``EncodedTermSet``): eight bytes at a time
/// (multiply-rotate), the tail as one more word, then MurmurHash3's final mix, since the tables
/// index by the low bits. Not for anything stored: the values may change between versions.
enum ByteHash {
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        guard let raw = bytes.baseAddress else { return hash }
        let count = bytes.count
        var i = 0
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash = (hash << 31) | (hash >> 33)
            i += 8
        }
        if i < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                tail |= UInt64(raw.load(fromByteOffset: i, as: UInt8.self)) << shift
                shift += 8
                i += 1
            }
            hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
