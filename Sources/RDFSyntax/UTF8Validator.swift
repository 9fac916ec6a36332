/// Checks that a stream of bytes is well-formed UTF-8 (https://www.rfc-editor.org/rfc/rfc3629#section-4),
/// chunk by chunk, and reports the byte offset of the first bad sequence.
///
/// raptor accepts invalid UTF-8 silently and passes it on into every dump, so every input is
/// checked here before raptor sees it. Overlong forms, surrogates and code points past U+10FFFF
/// are refused, as RFC 3629 requires.
struct UTF8Validator {
    /// Bytes consumed by earlier calls.
    private(set) var offset = 0
    private var needed = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF
    private var sequenceStart = 0

    /// Checks the next chunk. - Returns: the 0-based offset (in the whole stream) of the first
    /// byte of the first ill-formed sequence, or `nil` when the chunk is fine so far.
    mutating func validate(_ buffer: UnsafeRawBufferPointer) -> Int? {
        let n = buffer.count
        guard n > 0, let base = buffer.baseAddress else { return nil }
        var i = 0
        while i < n {
            if needed == 0 {
                // ASCII fast path, eight bytes at a time.
                while i + 8 <= n {
                    let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                guard i < n else { break }
                let b = base.load(fromByteOffset: i, as: UInt8.self)
                if b < 0x80 {
                    i += 1
                    continue
                }
                sequenceStart = offset + i
                switch b {
                case 0xC2...0xDF: needed = 1; low = 0x80; high = 0xBF
                case 0xE0: needed = 2; low = 0xA0; high = 0xBF
                case 0xE1...0xEC, 0xEE...0xEF: needed = 2; low = 0x80; high = 0xBF
                case 0xED: needed = 2; low = 0x80; high = 0x9F
                case 0xF0: needed = 3; low = 0x90; high = 0xBF
                case 0xF1...0xF3: needed = 3; low = 0x80; high = 0xBF
                case 0xF4: needed = 3; low = 0x80; high = 0x8F
                default: return offset + i
                }
            } else {
                let b = base.load(fromByteOffset: i, as: UInt8.self)
                guard b >= low && b <= high else { return sequenceStart }
                low = 0x80
                high = 0xBF
                needed -= 1
            }
            i += 1
        }
        offset += n
        return nil
    }

    /// Call at the end of the input. - Returns: the offset of a sequence cut short by the end, if any.
    func finish() -> Int? { needed > 0 ? sequenceStart : nil }
}
