/// Where a WARC record starts: the byte offset in the file of the record, or, in a compressed
/// file, of the gzip member it starts in (what CDX indexes and `warcio extract FILE OFFSET`
/// take) and how many decompressed bytes into that member (0 for a file compressed record
/// by record, as Common Crawl and warcio write them).
public struct WARCRecordLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var offset: Int
    public var skip: Int

    public init(offset: Int, skip: Int = 0) {
        self.offset = offset
        self.skip = skip
    }

    public static func < (a: WARCRecordLocation, b: WARCRecordLocation) -> Bool { (a.offset, a.skip) < (b.offset, b.skip) }

    /// `1234`, or `1234+56` for a record inside a member.
    public var description: String { skip == 0 ? "\(offset)" : "\(offset)+\(skip)" }
}

/// Reads the records of a WARC file (`.warc`, or `.warc.gz` of any member layout) front to
/// back, one at a time, or from a known ``WARCRecordLocation``: the header of each, and as
/// much of its block as asked for; the rest of a block is skipped (seeked over in an
/// uncompressed file). Memory: the block asked for, and one gzip member.
final class WARCReader {
    /// The longest record header read (64 KiB).
    static let headerLimit = 1 << 16

    private let file: InputFile
    private let gzip: GzipReader?
    /// Decoded bytes from `buffer[index...]` on.
    private var buffer: [UInt8] = []
    private var index = 0
    /// Where the bytes of `buffer` came from: from `boundaries[i].index` on, the member (or, for a
    /// plain file, the file position) at `boundaries[i].offset`.
    private var boundaries: [(index: Int, offset: Int)] = []
    /// For a plain file: the file offset after the last byte in `buffer`.
    private var fileOffset: Int
    private var atEnd = false

    /// A reader from the start of `file`, or from `location`; `compressed` for a `.warc.gz`.
    init(file: InputFile, compressed: Bool, at location: WARCRecordLocation = WARCRecordLocation(offset: 0)) throws {
        self.file = file
        fileOffset = location.offset
        if compressed {
            gzip = try GzipReader(file: file, offset: location.offset)
            if location.skip > 0 { try skip(location.skip) }
        } else {
            gzip = nil
            if location.offset > 0 { try file.seek(to: location.offset) }
        }
    }

    /// One record: where it is, its header, and the first bytes of its block.
    struct Record {
        var location: WARCRecordLocation
        var header: WARCRecordHeader
        /// The block's first `min(Content-Length, blockPrefix)` bytes.
        var block: [UInt8]
        /// Whether `block` is the whole block.
        var isComplete: Bool
    }

    /// The next record, `nil` at the end of the file.
    /// - Parameter blockPrefix: the most bytes of the block to keep (the rest is skipped).
    /// - Throws: ``InputError`` for a malformed record or corrupt gzip data.
    func next(blockPrefix: Int) throws -> Record? {
        // Records are followed by CRLF CRLF; tolerate any run of line ends between them.
        while true {
            guard try fill(1) else { return nil }
            guard buffer[index] == 0x0D || buffer[index] == 0x0A else { break }
            index += 1
        }
        let location = currentLocation
        var needed = 256
        var ends: (headerEnd: Int, bodyStart: Int)?
        while true {
            let complete = try fill(needed)
            ends = HeaderLines.end(in: buffer[index...])
            if ends != nil { break }
            guard complete, needed <= Self.headerLimit else {
                let reason = complete ? "no blank line ends the header in its first \(Self.headerLimit) bytes" : "the file ends inside the record header"
                throw InputError.malformedWARC(path: file.path, byteOffset: location.offset, reason: reason)
            }
            needed *= 2
        }
        guard let ends else { return nil }
        let (headerEnd, bodyStart) = ends
        let header: WARCRecordHeader
        switch WARCRecordHeader.parse(buffer[index..<headerEnd]) {
        case .success(let parsed): header = parsed
        case .failure(let problem): throw InputError.malformedWARC(path: file.path, byteOffset: location.offset, reason: problem.reason)
        }
        index = bodyStart
        let length = header.contentLength ?? 0
        let kept = Swift.min(length, blockPrefix)
        guard try fill(kept) else {
            throw InputError.malformedWARC(
                path: file.path, byteOffset: location.offset, reason: "the file ends inside the record's block (Content-Length \(length))")
        }
        let block = Array(buffer[index..<(index + kept)])
        index += kept
        try skip(length - kept, location: location, length: length)
        return Record(location: location, header: header, block: block, isComplete: kept == length)
    }

    /// Where the byte at `index` came from.
    private var currentLocation: WARCRecordLocation {
        guard let boundary = boundaries.last(where: { $0.index <= index }) else { return WARCRecordLocation(offset: fileOffset) }
        return gzip == nil
            ? WARCRecordLocation(offset: boundary.offset + index - boundary.index)
            : WARCRecordLocation(offset: boundary.offset, skip: index - boundary.index)
    }

    /// Makes at least `count` bytes available from `index` on.
    /// - Returns: false when the file ends first.
    private func fill(_ count: Int) throws -> Bool {
        while buffer.count - index < count {
            if atEnd { return false }
            compact()
            if let gzip {
                let start = gzip.offset
                guard let member = try gzip.nextMember() else {
                    atEnd = true
                    continue
                }
                boundaries.append((index: buffer.count, offset: start))
                buffer += member.bytes
            } else {
                boundaries.append((index: buffer.count, offset: fileOffset))
                let n = try file.read(Swift.max(count - (buffer.count - index), 1 << 16), appendingTo: &buffer)
                if n == 0 { atEnd = true }
                fileOffset += n
            }
        }
        return true
    }

    /// Drops the bytes before `index`.
    private func compact() {
        guard index > 0 else { return }
        buffer.removeSubrange(0..<index)
        boundaries = boundaries.map { (index: $0.index - index, offset: $0.offset) }
        // Keep the last boundary at or before the new start, and the ones after it.
        if let keep = boundaries.lastIndex(where: { $0.index <= 0 }) { boundaries.removeSubrange(0..<keep) }
        index = 0
    }

    /// Skips `count` bytes (the rest of a block): seeks in a plain file, decompresses through a compressed one.
    private func skip(_ count: Int, location: WARCRecordLocation? = nil, length: Int = 0) throws {
        var left = count
        let available = buffer.count - index
        if left <= available {
            index += left
            return
        }
        left -= available
        index = buffer.count
        compact()
        buffer.removeAll(keepingCapacity: true)
        boundaries.removeAll()
        if gzip == nil {
            fileOffset += left
            guard fileOffset <= file.size else {
                throw InputError.malformedWARC(
                    path: file.path, byteOffset: location?.offset ?? 0,
                    reason: "the file ends inside the record's block (Content-Length \(length))")
            }
            try file.seek(to: fileOffset)
            return
        }
        while left > 0 {
            guard try fill(1) else {
                throw InputError.malformedWARC(
                    path: file.path, byteOffset: location?.offset ?? 0,
                    reason: "the file ends inside the record's block (Content-Length \(length))")
            }
            let take = Swift.min(left, buffer.count - index)
            index += take
            left -= take
        }
    }
}
