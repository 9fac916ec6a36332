import Foundation
internal import CRaptor2
import RDFModel

/// The parsing side of building a ``Graph`` from raptor statements.
///
/// raptor's callback (the parsing thread) only copies each statement's three terms, as
/// ``TermKey`` bytes, into a flat batch; for large inputs full batches go through a
/// ``BatchChannel`` to a ``GraphBuildThread`` that interns the keys (hashing bytes: no Swift
/// string is made for a term the graph already has) and inserts the identifier triples, so
/// parsing and building overlap. A two-part parse has one builder per part, both feeding the
/// same building thread. Small inputs are interned on the parsing thread, with the same code.
///
/// Text that raptor made from a numeric escape and that is not UTF-8 (a surrogate such as
/// `\uD800`) is refused on the parsing thread, so the error carries raptor's position.
final class RaptorGraphBuilder {
    private let assembler: GraphAssembler
    private let channel: BatchChannel?
    private var batch: TermBatch
    private var closed = false

    /// Batches are handed over when they hold this many bytes.
    static let batchBytes = 1 << 19

    /// A builder that interns on the calling thread, into `assembler`.
    init(assembler: GraphAssembler) {
        self.assembler = assembler
        channel = nil
        batch = TermBatch(capacity: Self.batchBytes + (1 << 12))
    }

    /// A builder that hands its batches to `channel` (see ``GraphBuildThread``).
    init(channel: BatchChannel, assembler: GraphAssembler) {
        self.assembler = assembler
        self.channel = channel
        batch = TermBatch(capacity: Self.batchBytes + (1 << 12))
    }

    deinit { close() }

    /// Hands the current batch to the building side.
    private func flush() {
        guard batch.count > 0 else { return }
        if let channel {
            channel.send(batch)
            batch = channel.spare() ?? TermBatch(capacity: Self.batchBytes + (1 << 12))
        } else {
            assembler.consume(batch)
            batch.count = 0
        }
    }

    /// Hands over the last batch and closes the channel (no statement may follow).
    func close() {
        guard !closed else { return }
        closed = true
        flush()
        channel?.close()
    }

    // MARK: Copying terms (parsing thread)

    /// Adds a statement's triple (its graph name, if any, is dropped; a statement with a
    /// literal subject or a predicate that is not an IRI is skipped).
    @inline(__always) func add(_ statement: UnsafeMutablePointer<raptor_statement>) throws {
        guard let s = statement.pointee.subject, let p = statement.pointee.predicate, let o = statement.pointee.object,
            p.pointee.type == RAPTOR_TERM_TYPE_URI, let pu = p.pointee.value.uri,
            s.pointee.type != RAPTOR_TERM_TYPE_LITERAL
        else { return }
        let start = batch.count
        do {
            // A statement goes in whole or not at all.
            guard try put(s), try putURI(pu), try put(o) else {
                batch.count = start
                return
            }
        } catch {
            batch.count = start
            throw error
        }
        if batch.count >= Self.batchBytes { flush() }
    }

    @inline(__always) private func put(_ term: UnsafeMutablePointer<raptor_term>) throws -> Bool {
        switch term.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            guard let uri = term.pointee.value.uri else { return false }
            return try putURI(uri)
        case RAPTOR_TERM_TYPE_BLANK:
            let blank = term.pointee.value.blank
            let length = Int(blank.string_len)
            try Self.check(blank.string, length)
            batch.begin(keyLength: 1 + length)
            batch.append(TermKey.Kind.blankNode.rawValue)
            batch.append(blank.string, length)
            return true
        case RAPTOR_TERM_TYPE_LITERAL:
            let value = term.pointee.value.literal
            let lexical = Int(value.string_len)
            try Self.check(value.string, lexical)
            if let language = value.language, value.language_len > 0 {
                let tagLength = Int(value.language_len)
                try Self.check(language, tagLength)
                if (0..<tagLength).contains(where: { language[$0] >= 0x80 }) {
                    // Not ASCII (not a well-formed tag): lower it as ``RaptorTermReader`` does.
                    let tag = Array(try RaptorTermReader.languageTag(language, tagLength).utf8)
                    batch.begin(keyLength: 5 + lexical + tag.count)
                    batch.append(TermKey.Kind.languageLiteral.rawValue)
                    batch.append(UInt32(lexical))
                    batch.append(value.string, lexical)
                    tag.withUnsafeBufferPointer { batch.append($0.baseAddress, $0.count) }
                    return true
                }
                batch.begin(keyLength: 5 + lexical + tagLength)
                batch.append(TermKey.Kind.languageLiteral.rawValue)
                batch.append(UInt32(lexical))
                batch.append(value.string, lexical)
                batch.appendLowercased(language, tagLength)
                return true
            }
            var datatypeLength = 0
            let datatype: UnsafeMutablePointer<UInt8>?
            if let uri = value.datatype {
                datatype = raptor_uri_as_counted_string(uri, &datatypeLength)
                try Self.check(datatype, datatypeLength)
            } else {
                datatype = nil
                datatypeLength = Self.xsdString.count
            }
            batch.begin(keyLength: 5 + lexical + datatypeLength)
            batch.append(TermKey.Kind.typedLiteral.rawValue)
            batch.append(UInt32(lexical))
            batch.append(value.string, lexical)
            if let datatype {
                batch.append(datatype, datatypeLength)
            } else {
                Self.xsdString.withUnsafeBufferPointer { batch.append($0.baseAddress, $0.count) }
            }
            return true
        default:
            return false
        }
    }

    @inline(__always) private func putURI(_ uri: OpaquePointer) throws -> Bool {
        var length = 0
        let bytes = raptor_uri_as_counted_string(uri, &length)
        try Self.check(bytes, length)
        batch.begin(keyLength: 1 + length)
        batch.append(TermKey.Kind.iri.rawValue)
        batch.append(bytes, length)
        return true
    }

    private static let xsdString = Array(XSD.string.string.utf8)

    /// Refuses text that is not UTF-8. raptor's own input was checked, so only bytes made from
    /// escapes can be wrong, and they start with 0xED (surrogates) or 0xF4 and above (past
    /// U+10FFFF): text with no byte of those is accepted after a word-at-a-time scan.
    @inline(__always) static func check(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) throws {
        guard let bytes, length > 0 else { return }
        let raw = UnsafeRawPointer(bytes)
        var i = 0
        var suspect = false
        while i + 8 <= length {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                for j in i..<(i + 8) where bytes[j] >= 0xED { suspect = true }
            }
            i += 8
        }
        while i < length {
            if bytes[i] >= 0xED { suspect = true }
            i += 1
        }
        if suspect { _ = try RaptorTermReader.string(bytes, length) }
    }
}

/// A flat buffer of terms on their way to the graph: each is its key's length (4 bytes) and
/// its ``TermKey`` bytes, three per triple.
final class TermBatch: @unchecked Sendable {
    private(set) var base: UnsafeMutableRawPointer
    private var capacity: Int
    /// The bytes in use.
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { base.deallocate() }

    /// Starts a term whose key takes `keyLength` bytes, making room for it.
    @inline(__always) func begin(keyLength: Int) {
        if count + 4 + keyLength > capacity { grow(count + 4 + keyLength) }
        base.storeBytes(of: UInt32(truncatingIfNeeded: keyLength), toByteOffset: count, as: UInt32.self)
        count += 4
    }

    private func grow(_ needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        bigger.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    @inline(__always) func append(_ byte: UInt8) {
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    @inline(__always) func append(_ value: UInt32) {
        base.storeBytes(of: value.littleEndian, toByteOffset: count, as: UInt32.self)
        count += 4
    }

    @inline(__always) func append(_ bytes: UnsafePointer<UInt8>?, _ length: Int) {
        guard let bytes, length > 0 else { return }
        (base + count).copyMemory(from: bytes, byteCount: length)
        count += length
    }

    @inline(__always) func append(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) {
        append(UnsafePointer(bytes), length)
    }

    /// Appends ASCII bytes in lower case.
    @inline(__always) func appendLowercased(_ bytes: UnsafeMutablePointer<UInt8>, _ length: Int) {
        for i in 0..<length {
            let b = bytes[i]
            append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
    }
}

/// The building side: interns a batch's keys into the graph and inserts its triples.
final class GraphAssembler: @unchecked Sendable {
    var graph = Graph()

    /// - Parameter expectedBytes: the input's size, if known, to size the graph's tables once
    ///   (an underestimate: the tables still grow when needed, and are not oversized for
    ///   verbose syntaxes).
    init(expectedBytes: Int? = nil, format: RDFFormat = .turtle) {
        if let expectedBytes, expectedBytes > 1 << 20 {
            // Communique-like Turtle runs ~45 bytes a triple, N-Triples ~145, and a distinct term
            // comes every ~3 triples.
            let perTriple = format == .turtle || format == .trig ? 64 : 192
            let triples = expectedBytes / perTriple
            graph.reserveCapacity(triples: triples, terms: triples / 4, keyBytes: triples * 12)
        }
    }

    func take() -> Graph {
        let result = graph
        graph = Graph()
        return result
    }

    func consume(_ batch: TermBatch) {
        // Work on local values: a class's stored properties are checked for exclusive access at
        // every use, which was a tenth of this loop.
        var graph = Graph()
        swap(&graph, &self.graph)
        var pending = self.pending
        self.pending = []
        defer {
            swap(&graph, &self.graph)
            pending.removeAll(keepingCapacity: true)
            self.pending = pending
        }
        let base = UnsafeRawPointer(batch.base)
        let end = batch.count
        var at = 0
        var lastSubject: UnsafeRawBufferPointer?
        var lastSubjectID: TermID = 0
        @inline(__always) func next() -> UnsafeRawBufferPointer {
            let length = Int(base.loadUnaligned(fromByteOffset: at, as: UInt32.self))
            let key = UnsafeRawBufferPointer(start: base + at + 4, count: length)
            at += 4 + length
            return key
        }
        while at < end {
            let subjectKey = next()
            let s: TermID
            if let last = lastSubject, last.count == subjectKey.count,
                memcmp(last.baseAddress!, subjectKey.baseAddress!, last.count) == 0
            {
                s = lastSubjectID
            } else {
                s = graph.intern(key: subjectKey)
                lastSubject = subjectKey
                lastSubjectID = s
            }
            let p = graph.intern(key: next())
            let o = graph.intern(key: next())
            pending.append(IDTriple(s, p, o))
            if pending.count >= 4096 {
                pending.withUnsafeBufferPointer { _ = graph.insert(contentsOf: $0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        pending.withUnsafeBufferPointer { _ = graph.insert(contentsOf: $0) }
    }

    /// The identifier triples of a batch, inserted a few thousand at a time (kept for reuse).
    private var pending: [IDTriple] = {
        var buffer: [IDTriple] = []
        buffer.reserveCapacity(4096)
        return buffer
    }()
}

/// A short queue of batches between the parsing and the building thread, with spare batches
/// coming back for reuse (memory stays at a few batches whatever the input's size).
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [TermBatch] = []
    private var spares: [TermBatch] = []
    private var closed = false
    /// How many batches may wait before the sender blocks.
    private let depth: Int

    /// - Parameter depth: how many batches may wait (`Int.max` for a part read ahead of its turn).
    init(depth: Int = 4) { self.depth = depth }

    func send(_ batch: TermBatch) {
        condition.lock()
        while queue.count >= depth { condition.wait() }
        queue.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or `nil` once the channel is closed and empty.
    func receive() -> TermBatch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func recycle(_ batch: TermBatch) {
        condition.lock()
        batch.count = 0
        if spares.count <= 4 { spares.append(batch) }
        condition.unlock()
    }

    func spare() -> TermBatch? {
        condition.lock()
        defer { condition.unlock() }
        return spares.popLast()
    }
}

/// The building thread: drains its channels one after the other (the parts of a text in order,
/// so identifiers are issued as a single reading would issue them) into one assembler.
final class GraphBuildThread: @unchecked Sendable {
    let assembler: GraphAssembler
    private let channels: [BatchChannel]
    private let finished = DispatchSemaphore(value: 0)
    private var joined = false

    init(channels: [BatchChannel], assembler: GraphAssembler) {
        self.channels = channels
        self.assembler = assembler
        let thread = Thread { [channels, assembler, finished] in
            for channel in channels {
                while let batch = channel.receive() {
                    assembler.consume(batch)
                    channel.recycle(batch)
                }
            }
            finished.signal()
        }
        thread.name = "communique.graph-builder"
        thread.start()
    }

    /// Waits until every channel is closed and drained; then takes the graph out.
    func join() -> Graph {
        if !joined {
            joined = true
            for channel in channels { channel.close() }
            finished.wait()
        }
        return assembler.take()
    }

    deinit { _ = join() }
}
