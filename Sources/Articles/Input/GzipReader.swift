internal import CDeflate

/// Reads gzip data (RFC 1952) one member at a time with libdeflate: a file of concatenated
/// members (`cat a.gz b.gz`, or a WARC file compressed record by record as Common Crawl and
/// warcio write it) gives its members in order, each with the byte offset where it starts.
///
/// libdeflate decompresses whole members, so memory is one member's compressed and
/// decompressed bytes at a time (at most `memberLimit` decompressed); a member that is corrupt,
/// truncated or fails its CRC-32 is an ``InputError/corruptGzip(path:byteOffset:reason:)``
/// naming the file and the member's offset. This is the only file of `Articles` that imports
/// `CDeflate`.
final class GzipReader {
    /// The most bytes one member may decompress to (256 MiB).
    static let defaultMemberLimit = 256 << 20

    private let file: InputFile
    private let memberLimit: Int
    private let decompressor: OpaquePointer
    /// Compressed bytes read ahead, from `input[consumed...]`.
    private var input: [UInt8] = []
    private var consumed = 0
    /// The file offset of `input[0]`.
    private var inputOffset: Int
    private var atEnd = false
    /// Reused between members: libdeflate writes a member's bytes here before they are copied out.
    private var output: [UInt8] = []

    /// A reader of the members from byte `offset` of `file` on (the file is positioned there).
    init(file: InputFile, offset: Int = 0, memberLimit: Int = GzipReader.defaultMemberLimit) throws {
        guard let decompressor = libdeflate_alloc_decompressor() else {
            throw ArticleError.unreadable(path: file.path, reason: "cannot allocate a gzip decompressor")
        }
        self.decompressor = decompressor
        self.file = file
        self.memberLimit = memberLimit
        inputOffset = offset
        if offset != 0 { try file.seek(to: offset) }
    }

    deinit { libdeflate_free_decompressor(decompressor) }

    /// The offset in the file of the next member (or of the end of the file).
    var offset: Int { inputOffset + consumed }

    /// The next member's decompressed bytes and the offset where it starts, `nil` at the end of the file.
    /// - Throws: ``InputError`` for data that is not gzip or does not decompress.
    func nextMember() throws -> (offset: Int, bytes: [UInt8])? {
        if input.count - consumed < 1 << 16 { try readMore() }
        if consumed == input.count { return nil }
        let start = offset
        guard input.count - consumed >= 3 || !atEnd else {
            throw InputError.corruptGzip(path: file.path, byteOffset: start, reason: "truncated gzip header")
        }
        while input.count - consumed < 3 && !atEnd { try readMore() }
        guard input[consumed] == 0x1F, input.count - consumed >= 2, input[consumed + 1] == 0x8B else {
            throw InputError.corruptGzip(path: file.path, byteOffset: start, reason: "not gzip data (no gzip signature 1f 8b)")
        }
        var capacity = Swift.max(output.count, 1 << 18)
        while true {
            if output.count < capacity { output = [UInt8](repeating: 0, count: capacity) }
            var read = 0
            var written = 0
            let result = input.withUnsafeBytes { source in
                output.withUnsafeMutableBytes { target in
                    libdeflate_gzip_decompress_ex(
                        decompressor, source.baseAddress! + consumed, source.count - consumed, target.baseAddress!, capacity,
                        &read, &written)
                }
            }
            switch result {
            case LIBDEFLATE_SUCCESS:
                consumed += read
                return (start, Array(output[0..<written]))
            case LIBDEFLATE_INSUFFICIENT_SPACE:
                guard capacity < memberLimit else {
                    throw InputError.gzipMemberTooLarge(path: file.path, byteOffset: start, limit: memberLimit)
                }
                capacity = Swift.min(memberLimit, capacity * 2)
            default:
                // The member may go on past the bytes read so far: read more, up to what a member
                // within the limit can take compressed, before calling it corrupt.
                guard !atEnd, input.count - consumed <= memberLimit + memberLimit / 64 + (1 << 16) else {
                    throw InputError.corruptGzip(
                        path: file.path, byteOffset: start,
                        reason: atEnd ? "the member is corrupt or truncated (bad DEFLATE data, CRC-32 or size)" : "the member is corrupt")
                }
                try readMore(atLeast: input.count - consumed)
            }
        }
    }

    /// Every member of the rest of the file, concatenated (what `zcat` prints).
    /// - Throws: ``ArticleError/tooLarge(path:bytes:limit:)`` past `limit` bytes, ``InputError``.
    func readAll(limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while let member = try nextMember() {
            bytes += member.bytes
            if bytes.count > limit { throw ArticleError.tooLarge(path: file.path, bytes: bytes.count, limit: limit) }
        }
        return bytes
    }

    /// Reads at least `count` more bytes (or up to the end of the file), dropping what was consumed.
    private func readMore(atLeast count: Int = 1 << 20) throws {
        if consumed > 0 {
            input.removeSubrange(0..<consumed)
            inputOffset += consumed
            consumed = 0
        }
        var wanted = Swift.max(count, 1 << 20)
        while wanted > 0 && !atEnd {
            let n = try file.read(wanted, appendingTo: &input)
            if n == 0 { atEnd = true }
            wanted -= n
        }
    }

    /// Decompresses gzip bytes in memory (every member, concatenated), as HTTP's
    /// `Content-Encoding: gzip`; `zlib` data (`Content-Encoding: deflate`) when `zlib` is set.
    /// - Returns: the bytes, or a reason they cannot be decompressed (or exceed `limit`).
    static func decompress(_ bytes: [UInt8], zlib: Bool = false, limit: Int) -> Result<[UInt8], DecompressionFailure> {
        guard let decompressor = libdeflate_alloc_decompressor() else { return .failure(.corrupt("cannot allocate a decompressor")) }
        defer { libdeflate_free_decompressor(decompressor) }
        var out: [UInt8] = []
        var position = 0
        var capacity = Swift.max(1 << 16, bytes.count * 4)
        var buffer = [UInt8](repeating: 0, count: Swift.min(capacity, limit + 1))
        while position < bytes.count {
            var read = 0
            var written = 0
            let result = bytes.withUnsafeBytes { source in
                buffer.withUnsafeMutableBytes { target in
                    zlib
                        ? libdeflate_zlib_decompress_ex(
                            decompressor, source.baseAddress! + position, source.count - position, target.baseAddress!, target.count,
                            &read, &written)
                        : libdeflate_gzip_decompress_ex(
                            decompressor, source.baseAddress! + position, source.count - position, target.baseAddress!, target.count,
                            &read, &written)
                }
            }
            switch result {
            case LIBDEFLATE_SUCCESS:
                out += buffer[0..<written]
                if out.count > limit { return .failure(.tooLarge) }
                position += read
                if zlib { return .success(out) }
            case LIBDEFLATE_INSUFFICIENT_SPACE:
                guard buffer.count <= limit else { return .failure(.tooLarge) }
                capacity *= 2
                buffer = [UInt8](repeating: 0, count: Swift.min(capacity, limit + 1))
            default:
                return .failure(.corrupt("corrupt or truncated \(zlib ? "zlib" : "gzip") data at byte \(position)"))
            }
        }
        return .success(out)
    }

    /// Why bytes in memory did not decompress.
    enum DecompressionFailure: Error, Equatable {
        case corrupt(String)
        case tooLarge
    }
}
