import Foundation

/// Sorts N-Triples lines (without the final ` .`) in ``SubjectOrder`` and drops duplicates, in
/// memory bounded by a budget: lines gather in one buffer; when it is full they are sorted and
/// spilled as a run (a sorted N-Triples file) into the folder given, beside the dump being
/// written; at the end the runs are merged k ways. The lines come out in the same order
/// whatever the budget and however many runs were spilled.
///
/// Memory: about the budget (three quarters for the lines' bytes, a quarter for their index and
/// the sort's scratch), plus one read buffer per run while merging. The run files are removed by
/// ``removeFiles()`` and when the sorter is released.
public final class ExternalLineSorter {
    /// Where a line lies in the buffer, and where its subject ends.
    private struct Record {
        var offset: Int
        var count: Int32
        var subject: Int32
    }

    /// The folder the runs are spilled to.
    public let directory: String
    /// The budget, in bytes.
    public let memoryLimit: Int
    private let stem: String
    private var arena: UnsafeMutablePointer<UInt8>?
    private var arenaCapacity: Int
    private var arenaCount = 0
    private var records: [Record] = []
    private let maxRecords: Int
    private var sortedInMemory = false
    private var runs: [String] = []
    /// Lines added (duplicates included).
    public private(set) var added = 0
    /// Bytes written to run files so far.
    public private(set) var spilledBytes = 0
    /// Runs spilled so far.
    public var runCount: Int { runs.count }

    /// The smallest budget accepted (smaller ones are raised to it).
    public static let minimumMemoryLimit = 64 << 10
    /// The default budget: 1 GiB.
    public static let defaultMemoryLimit = 1 << 30

    /// - Parameters:
    ///   - directory: the folder for the run files (the dump's own folder).
    ///   - stem: the start of the run files' names (they are hidden: `.stem.PID.run-K.nt`).
    ///   - memoryLimit: the budget in bytes.
    public init(directory: String, stem: String, memoryLimit: Int = ExternalLineSorter.defaultMemoryLimit) {
        self.directory = directory
        self.stem = stem
        self.memoryLimit = max(Self.minimumMemoryLimit, memoryLimit)
        arenaCapacity = self.memoryLimit / 4 * 3
        maxRecords = max(1024, self.memoryLimit / 4 / (MemoryLayout<Record>.stride * 3 / 2))
    }

    deinit {
        removeFiles()
        arena?.deallocate()
    }

    /// Adds one line (an N-Triples statement without ` .` and newline).
    public func add(_ line: UnsafeRawBufferPointer) throws {
        let count = line.count
        if arenaCount + count > arenaCapacity || records.count >= maxRecords {
            if !records.isEmpty { try spill() }
            if count > arenaCapacity {
                // One line larger than the buffer: the buffer grows to hold it.
                arena?.deallocate()
                arena = nil
                arenaCapacity = count
            }
        }
        if arena == nil { arena = .allocate(capacity: arenaCapacity) }
        guard let arena else { return }
        if count > 0 { (arena + arenaCount).update(from: line.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count) }
        let subject = SubjectOrder.subjectEnd(arena + arenaCount, count)
        records.append(Record(offset: arenaCount, count: Int32(count), subject: Int32(subject)))
        arenaCount += count
        added += 1
        sortedInMemory = false
    }

    /// Adds one line given as bytes.
    public func add(_ line: [UInt8]) throws {
        try line.withUnsafeBytes { try add($0) }
    }

    /// Calls `body` with every distinct line in order: the line's bytes (valid during the call)
    /// and where its subject ends. Can be called again (the runs are merged again).
    public func forEach(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
        if runs.isEmpty {
            sortRecords()
            guard let arena else { return }
            var previous: Record?
            for record in records {
                if let previous, Self.equal(arena, previous, record) { continue }
                previous = record
                try body(UnsafeRawBufferPointer(start: arena + record.offset, count: Int(record.count)), Int(record.subject))
            }
            return
        }
        if !records.isEmpty { try spill() }
        arena?.deallocate()
        arena = nil
        records = []
        try merge(body)
    }

    /// Calls `line` with every distinct line in order and `batch` with the same lines as N-Triples
    /// documents (each line ending ` .`) of whole subjects: at least `statements` lines each, cut
    /// only where the subject changes, so the cuts depend on the lines alone.
    public func forEachBatch(
        statements minimum: Int, line: (UnsafeBufferPointer<UInt8>) throws -> Void, batch: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        var buffer: [UInt8] = []
        var statements = 0
        var lastSubject: [UInt8] = []
        func flush() throws {
            guard statements > 0 else { return }
            try buffer.withUnsafeBytes { try batch($0) }
            buffer.removeAll(keepingCapacity: true)
            statements = 0
        }
        try forEach { bytes, subjectEnd in
            let text = bytes.bindMemory(to: UInt8.self)
            let same = statements > 0 && lastSubject.count == subjectEnd
                && lastSubject.withUnsafeBytes { memcmp($0.baseAddress!, text.baseAddress!, subjectEnd) == 0 }
            if !same {
                if statements >= minimum { try flush() }
                lastSubject.removeAll(keepingCapacity: true)
                lastSubject.append(contentsOf: UnsafeBufferPointer(rebasing: text[0..<subjectEnd]))
            }
            try line(text)
            buffer.append(contentsOf: text)
            buffer.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: "."), 0x0A])
            statements += 1
        }
        try flush()
    }

    /// Removes the run files.
    public func removeFiles() {
        for run in runs { unlink(run) }
        runs.removeAll()
    }

    // MARK: Runs

    private func sortRecords() {
        guard !sortedInMemory, let arena else { return }
        records.sort { a, b in
            SubjectOrder.compare(
                arena + a.offset, Int(a.count), Int(a.subject), arena + b.offset, Int(b.count), Int(b.subject)) < 0
        }
        sortedInMemory = true
    }

    @inline(__always) private static func equal(_ arena: UnsafeMutablePointer<UInt8>, _ a: Record, _ b: Record) -> Bool {
        a.count == b.count && memcmp(arena + a.offset, arena + b.offset, Int(a.count)) == 0
    }

    /// Sorts the buffered lines and writes them, distinct, as the next run; empties the buffer.
    private func spill() throws {
        sortRecords()
        guard let arena else { return }
        let path = URL(fileURLWithPath: directory).appendingPathComponent(".\(stem).\(getpid()).run-\(runs.count).nt").path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw RDFSyntaxError(.io, "cannot create a sort run: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
        }
        runs.append(path)
        defer { close(fd) }
        var out = BufferedOutput(fd: fd, path: path)
        var previous: Record?
        for record in records {
            if let previous, Self.equal(arena, previous, record) { continue }
            previous = record
            try out.write(UnsafeRawBufferPointer(start: arena + record.offset, count: Int(record.count)))
            try out.write(newline: ())
        }
        try out.flush()
        spilledBytes += out.written
        records.removeAll(keepingCapacity: true)
        arenaCount = 0
        sortedInMemory = false
    }

    /// Merges the runs k ways, dropping lines equal to the one before.
    private func merge(_ body: (UnsafeRawBufferPointer, Int) throws -> Void) throws {
        let bufferSize = max(1 << 16, min(1 << 20, memoryLimit / max(1, runs.count) / 2))
        var readers: [RunReader] = []
        defer { for reader in readers { reader.close() } }
        for run in runs {
            let reader = try RunReader(path: run, bufferSize: bufferSize)
            if try reader.advance() { readers.append(reader) } else { reader.close() }
        }
        var heap = RunHeap(readers)
        var last: [UInt8] = []
        var hasLast = false
        while let top = heap.top {
            let line = UnsafeRawBufferPointer(start: top.line, count: top.count)
            let duplicate = hasLast && last.count == top.count && last.withUnsafeBytes { memcmp($0.baseAddress!, top.line, top.count) == 0 }
            if !duplicate {
                last.removeAll(keepingCapacity: true)
                last.append(contentsOf: line)
                hasLast = true
                try body(line, top.subject)
            }
            if try top.advance() { heap.siftDownTop() } else { heap.removeTop() }
        }
    }

    // MARK: Sizes

    /// Parses a size: bytes, or a number with K, M, G (or KiB, MiB, GiB; KB, MB, GB: all powers of 1024).
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        guard let number = Double(digits), number >= 0 else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let scale: Double
        switch unit {
        case "", "B": scale = 1
        case "K", "KB", "KIB": scale = 1024
        case "M", "MB", "MIB": scale = 1024 * 1024
        case "G", "GB", "GIB": scale = 1024 * 1024 * 1024
        case "T", "TB", "TIB": scale = 1024 * 1024 * 1024 * 1024
        default: return nil
        }
        let value = number * scale
        guard value < Double(Int.max) else { return nil }
        return Int(value)
    }
}

/// Writes bytes to a descriptor through a 1 MiB buffer.
struct BufferedOutput {
    let fd: Int32
    let path: String
    private var buffer: [UInt8] = []
    private(set) var written = 0
    static let size = 1 << 20

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        buffer.reserveCapacity(Self.size)
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.size { try flush() }
        buffer.append(contentsOf: bytes)
    }

    mutating func write(newline: Void) throws {
        if buffer.count + 1 > Self.size { try flush() }
        buffer.append(0x0A)
    }

    mutating func flush() throws {
        try AtomicFile.writeAll(buffer, to: fd, path: path)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Reads a run line by line.
private final class RunReader {
    let path: String
    private var fd: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// The current line (valid until the next ``advance()``), its length and its subject's end.
    private(set) var line: UnsafePointer<UInt8>
    private(set) var count = 0
    private(set) var subject = 0

    init(path: String, bufferSize: Int) throws {
        self.path = path
        fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw RDFSyntaxError(.io, "cannot read a sort run: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
        }
        capacity = bufferSize
        buffer = .allocate(capacity: bufferSize)
        line = UnsafePointer(buffer)
    }

    deinit {
        close()
        buffer.deallocate()
    }

    func close() {
        if fd >= 0 { Foundation.close(fd) }
        fd = -1
    }

    /// Moves to the next line. - Returns: false at the end of the run.
    func advance() throws -> Bool {
        while true {
            if end > start, let found = memchr(buffer + start, 0x0A, end - start) {
                let stop = UnsafeMutableRawPointer(found).assumingMemoryBound(to: UInt8.self) - buffer
                line = UnsafePointer(buffer + start)
                count = stop - start
                subject = SubjectOrder.subjectEnd(line, count)
                start = stop + 1
                return true
            }
            if atEnd {
                guard end > start else { return false }
                line = UnsafePointer(buffer + start)
                count = end - start
                subject = SubjectOrder.subjectEnd(line, count)
                start = end
                return true
            }
            // Keep the partial line, make room, read more.
            if start > 0 {
                if end > start { memmove(buffer, buffer + start, end - start) }
                end -= start
                start = 0
            }
            if end == capacity {
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                bigger.update(from: buffer, count: end)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
            }
            let n = read(fd, buffer + end, capacity - end)
            if n < 0 {
                if errno == EINTR { continue }
                throw RDFSyntaxError(.io, "cannot read a sort run: \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
            }
            if n == 0 { atEnd = true } else { end += n }
        }
    }
}

/// A binary min-heap of run readers by their current line.
private struct RunHeap {
    private var items: [RunReader]

    init(_ readers: [RunReader]) {
        items = readers
        var i = items.count / 2 - 1
        while i >= 0 {
            siftDown(i)
            i -= 1
        }
    }

    var top: RunReader? { items.first }

    mutating func removeTop() {
        items.swapAt(0, items.count - 1)
        items.removeLast()
        if !items.isEmpty { siftDown(0) }
    }

    mutating func siftDownTop() { siftDown(0) }

    @inline(__always) private func less(_ a: RunReader, _ b: RunReader) -> Bool {
        SubjectOrder.compare(a.line, a.count, a.subject, b.line, b.count, b.subject) < 0
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let left = 2 * i + 1
            guard left < items.count else { return }
            var smallest = left
            if left + 1 < items.count && less(items[left + 1], items[left]) { smallest = left + 1 }
            guard less(items[smallest], items[i]) else { return }
            items.swapAt(i, smallest)
            i = smallest
        }
    }
}
