import Foundation
internal import CRaptor2
import RDFModel

/// The parsing side of building a ``Graph`` from raptor statements (the building side is
/// ``GraphAssembler``; batches travel in ``TermBatch``es through a ``BatchChannel`` to a ``GraphBuildThread``).
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
