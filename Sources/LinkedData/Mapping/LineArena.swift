/// Lines of bytes kept end to end in one buffer (an article's N-Triples lines without the
/// final ` .`, or its terms' N-Triples forms), so that writing them is a copy, not a `String` per line.
struct LineArena: Sendable, RandomAccessCollection {
    /// The lines' bytes, end to end, without separators.
    public private(set) var bytes: [UInt8] = []
    /// Where each line ends in ``bytes``.
    private var ends: [Int] = []

    public init() {}

    init(capacity: Int, count: Int) {
        bytes.reserveCapacity(capacity)
        ends.reserveCapacity(count)
    }

    /// Lines given as their bytes end to end and where each ends.
    init(bytes: [UInt8], ends: [Int]) {
        self.bytes = bytes
        self.ends = ends
    }

    /// The lines of strings (their UTF-8).
    public init(_ lines: [String]) {
        for line in lines { append(line) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// The byte range of line `i` in ``bytes``.
    @inline(__always) public func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// Line `i` as a string.
    public subscript(i: Int) -> String { String(decoding: bytes[range(i)], as: UTF8.self) }

    mutating func append(_ line: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: line)
        ends.append(bytes.count)
    }

    mutating func append(_ line: String) {
        bytes.append(contentsOf: line.utf8)
        ends.append(bytes.count)
    }

    /// Reserves room for `byteCount` more bytes.
    mutating func reserve(_ byteCount: Int) { bytes.reserveCapacity(bytes.count + byteCount) }

    /// Appends one line that `write` appends to the bytes.
    @inline(__always) mutating func append(writing write: (inout [UInt8]) -> Void) {
        write(&bytes)
        ends.append(bytes.count)
    }

    /// Calls `body` with the bytes of line `i`.
    @inline(__always) func withLine<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let r = range(i)
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[r])) }
    }

    /// Calls `body` with the lines as raw buffers: `body(bytes, ends)`, line `i` spanning
    /// `(i == 0 ? 0 : ends[i - 1])..<ends[i]` of `bytes`.
    @inline(__always) func withUnsafeLines<R>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { bytes in try ends.withUnsafeBufferPointer { ends in try body(bytes, ends) } }
    }
}
