import Articles
import Foundation
import RDFModel

/// A term of one article's ``TripleBuffer``: its index in the buffer's term table.
struct TermRef: Hashable, Sendable {
    let index: Int32
}

/// A triple as the indices of its subject, predicate and object in a term table.
struct Statement: Hashable, Sendable {
    var subject: Int32
    var predicate: Int32
    var object: Int32
}

/// Collects the triples of one article while it is mapped.
///
/// Each term is written in N-Triples form once, when the mapper first names it (the vocabulary's
/// IRIs are copied from ``VocabularyTerm/encoded``); a triple is three indices. An IRI named twice
/// gets the same ``TermRef``, so refs compare as their IRIs do.
struct TripleBuffer {
    private var terms: [Term] = []
    private var encoded = LineArena(capacity: 16_384, count: 256)
    private var iris: [String: TermRef] = [:]
    private var vocabulary = [Int32](repeating: -1, count: VocabularyTerm.iris.count)
    private var statements: [Statement] = []

    init() {
        terms.reserveCapacity(256)
        statements.reserveCapacity(512)
        iris.reserveCapacity(128)
    }

    /// The IRI a ref stands for (refs of IRIs only).
    func iri(_ ref: TermRef) -> IRI {
        if case .iri(let iri) = terms[Int(ref.index)] { return iri }
        preconditionFailure("the term is not an IRI")
    }

    /// The ref of an IRI: the same one whenever the same IRI is named.
    mutating func ref(_ iri: IRI) -> TermRef {
        if let known = iris[iri.string] { return known }
        let ref = uniqueRef(iri)
        iris[iri.string] = ref
        return ref
    }

    /// A new ref for an IRI, not looked up: for IRIs the mapper never compares (text spans),
    /// which ``sortedTable()`` merges with any other ref of the same IRI.
    mutating func uniqueRef(_ iri: IRI) -> TermRef {
        let ref = TermRef(index: Int32(terms.count))
        terms.append(.iri(iri))
        encoded.append { NTriplesEncoding.append(iri, to: &$0) }
        return ref
    }

    /// The ref of a vocabulary term (its bytes copied, not encoded again).
    mutating func ref(_ term: VocabularyTerm) -> TermRef {
        let known = vocabulary[term.rawValue]
        if known >= 0 { return TermRef(index: known) }
        let ref = TermRef(index: Int32(terms.count))
        terms.append(.iri(term.iri))
        VocabularyTerm.encoded.withLine(term.rawValue) { encoded.append($0) }
        vocabulary[term.rawValue] = ref.index
        return ref
    }

    /// A new ref for a literal (literals are not looked up: equal ones are merged by ``sorted()``).
    mutating func ref(_ literal: Literal) -> TermRef {
        let ref = TermRef(index: Int32(terms.count))
        terms.append(.literal(literal))
        encoded.append { NTriplesEncoding.append(literal, to: &$0) }
        return ref
    }

    /// The ref of any term (blank nodes and literals get a new one).
    mutating func ref(_ term: Term) -> TermRef {
        switch term {
        case .iri(let iri): return ref(iri)
        case .literal(let literal): return ref(literal)
        case .blankNode:
            let ref = TermRef(index: Int32(terms.count))
            terms.append(term)
            encoded.append { NTriplesEncoding.append(term, to: &$0) }
            return ref
        }
    }

    mutating func add(_ subject: TermRef, _ predicate: TermRef, _ object: TermRef) {
        statements.append(Statement(subject: subject.index, predicate: predicate.index, object: object.index))
    }

    mutating func add(_ subject: TermRef, _ predicate: VocabularyTerm, _ object: TermRef) {
        add(subject, ref(predicate), object)
    }

    mutating func add(_ subject: TermRef, _ predicate: VocabularyTerm, _ object: VocabularyTerm) {
        add(subject, ref(predicate), ref(object))
    }

    mutating func add(_ subject: TermRef, _ predicate: VocabularyTerm, _ object: Literal) {
        add(subject, ref(predicate), ref(object))
    }

    mutating func type(_ subject: TermRef, _ class: VocabularyTerm) {
        add(subject, .rdfType, `class`)
    }

    mutating func type(_ subject: TermRef, _ classes: VocabularyTerm...) {
        for c in classes { add(subject, .rdfType, c) }
    }

    /// A plain string literal, cleaned of characters that some syntaxes cannot hold.
    mutating func string(_ subject: TermRef, _ predicate: VocabularyTerm, _ value: String) {
        let cleaned = LiteralText.clean(value)
        guard !cleaned.isEmpty else { return }
        let object = TermRef(index: Int32(terms.count))
        terms.append(.literal(Literal(cleaned)))
        encoded.append { out in
            out.append(UInt8(ascii: "\""))
            NTriplesEncoding.appendEscaped(cleaned, to: &out)
            out.append(UInt8(ascii: "\""))
        }
        add(subject, ref(predicate), object)
    }

    mutating func date(_ subject: TermRef, _ predicate: VocabularyTerm, _ value: CalendarDate) {
        typed(subject, predicate, value.description, XSD.date, Self.dateSuffix)
    }

    mutating func count(_ subject: TermRef, _ predicate: VocabularyTerm, _ value: Int) {
        typed(subject, predicate, String(value), XSD.nonNegativeInteger, Self.nonNegativeIntegerSuffix)
    }

    /// `"^^<datatype>` after the lexical form of a date and of a count.
    private static let dateSuffix = typedSuffix(XSD.date)
    private static let nonNegativeIntegerSuffix = typedSuffix(XSD.nonNegativeInteger)

    private static func typedSuffix(_ datatype: IRI) -> [UInt8] {
        var bytes: [UInt8] = Array("\"^^".utf8)
        NTriplesEncoding.append(datatype, to: &bytes)
        return bytes
    }

    /// A typed literal whose lexical form needs no escapes (digits and hyphens).
    private mutating func typed(_ subject: TermRef, _ predicate: VocabularyTerm, _ lexical: String, _ datatype: IRI, _ suffix: [UInt8]) {
        let object = TermRef(index: Int32(terms.count))
        terms.append(.literal(Literal(lexical, datatype: datatype)))
        encoded.append { out in
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: lexical.utf8)
            out.append(contentsOf: suffix)
        }
        add(subject, ref(predicate), object)
    }

    // MARK: Triples of IRIs (the VoID and DCAT descriptions)

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: Term) {
        add(ref(subject), ref(predicate), ref(object))
    }

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: IRI) {
        add(ref(subject), ref(predicate), ref(object))
    }

    mutating func type(_ subject: IRI, _ classes: IRI...) {
        for c in classes { add(subject, RDF.type, c) }
    }

    /// A plain string literal, cleaned of characters that some syntaxes cannot hold.
    mutating func string(_ subject: IRI, _ predicate: IRI, _ value: String) {
        let cleaned = LiteralText.clean(value)
        if !cleaned.isEmpty { add(subject, predicate, .literal(Literal(cleaned))) }
    }

    mutating func date(_ subject: IRI, _ predicate: IRI, _ value: CalendarDate) {
        add(subject, predicate, .literal(Literal(value.description, datatype: XSD.date)))
    }

    mutating func count(_ subject: IRI, _ predicate: IRI, _ value: Int) {
        add(subject, predicate, .literal(Literal(String(value), datatype: XSD.nonNegativeInteger)))
    }

    /// The triples without duplicates, sorted by the bytes of their N-Triples form, and those
    /// forms (without the final ` .`).
    func sorted() -> (triples: [Triple], lines: LineArena) {
        let table = sortedTable()
        let triples = table.statements.map { s -> Triple in
            guard case .iri(let predicate) = table.terms[Int(s.predicate)] else { preconditionFailure("a predicate is an IRI") }
            return Triple(table.terms[Int(s.subject)], predicate, table.terms[Int(s.object)])
        }
        return (triples, table.lines)
    }

    // MARK: Sorting

    /// The statements so far, in the order added (for triples given as they are).
    var unsortedTable: (terms: [Term], encoded: LineArena, statements: [Statement]) { (terms, encoded, statements) }

    /// The triples without duplicates, sorted by the bytes of their N-Triples form (the order
    /// `sort` gives the lines of an N-Triples file), with those lines (without the final ` .`).
    ///
    /// The terms are ranked by their bytes and the triples sorted by their terms' ranks: subjects
    /// and predicates are IRIs, and no `<iri>` is a prefix of another, so lines compare as their
    /// subjects, then predicates, then objects. Terms with the same bytes are one term: the
    /// statements name the first of them.
    func sortedTable() -> (terms: [Term], encoded: LineArena, statements: [Statement], lines: LineArena) {
        let n = terms.count
        guard n > 0 else { return ([], LineArena(), [], LineArena()) }
        var rank = [Int32](repeating: 0, count: n)
        var representative: [Int32] = []
        representative.reserveCapacity(n)
        encoded.withUnsafeLines { bytes, ends in
            let base = bytes.baseAddress!
            @inline(__always) func slice(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
                let end = ends[Int(i)]
                let start = i == 0 ? 0 : ends[Int(i) - 1]
                return UnsafeBufferPointer(start: base + start, count: end - start)
            }
            var order = [Int32](0..<Int32(n))
            order.withUnsafeMutableBufferPointer { ByteStringSort.sort($0, bytes: bytes, ends: ends) }
            var previous = slice(order[0])
            for i in order {
                let bytes = slice(i)
                if representative.isEmpty || Self.compare(previous, bytes) != 0 {
                    representative.append(i)
                    previous = bytes
                }
                rank[Int(i)] = Int32(representative.count - 1)
            }
        }
        var ranked: [Statement] = []
        ranked.reserveCapacity(statements.count)
        if representative.count < 1 << 21 {
            let mask: UInt64 = (1 << 21) - 1
            var keys = statements.map { UInt64(rank[Int($0.subject)]) << 42 | UInt64(rank[Int($0.predicate)]) << 21 | UInt64(rank[Int($0.object)]) }
            keys.sort()
            var last: UInt64? = nil
            for key in keys where key != last {
                last = key
                ranked.append(Statement(
                    subject: representative[Int(key >> 42)], predicate: representative[Int((key >> 21) & mask)],
                    object: representative[Int(key & mask)]))
            }
        } else {
            var keyed = statements.map { Statement(subject: rank[Int($0.subject)], predicate: rank[Int($0.predicate)], object: rank[Int($0.object)]) }
            keyed.sort { ($0.subject, $0.predicate, $0.object) < ($1.subject, $1.predicate, $1.object) }
            var last: Statement? = nil
            for key in keyed where key != last {
                last = key
                ranked.append(Statement(
                    subject: representative[Int(key.subject)], predicate: representative[Int(key.predicate)],
                    object: representative[Int(key.object)]))
            }
        }
        return (terms, encoded, ranked, Self.lines(of: ranked, encoded: encoded))
    }

    /// The N-Triples lines (without the final ` .`) of statements on a term table.
    static func lines(of statements: [Statement], encoded: LineArena) -> LineArena {
        guard !statements.isEmpty else { return LineArena() }
        return encoded.withUnsafeLines { bytes, ends in
            let base = bytes.baseAddress!
            @inline(__always) func start(_ i: Int32) -> Int { i == 0 ? 0 : ends[Int(i) - 1] }
            @inline(__always) func length(_ i: Int32) -> Int { ends[Int(i)] - start(i) }
            var lineEnds = [Int](repeating: 0, count: statements.count)
            var total = 0
            for (k, s) in statements.enumerated() {
                total += length(s.subject) + length(s.predicate) + length(s.object) + 2
                lineEnds[k] = total
            }
            let lineBytes = [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
                var at = out.baseAddress!
                @inline(__always) func copy(_ i: Int32) {
                    let n = length(i)
                    at.initialize(from: base + start(i), count: n)
                    at += n
                }
                for s in statements {
                    copy(s.subject)
                    at.initialize(to: UInt8(ascii: " "))
                    at += 1
                    copy(s.predicate)
                    at.initialize(to: UInt8(ascii: " "))
                    at += 1
                    copy(s.object)
                }
                initialized = total
            }
            return LineArena(bytes: lineBytes, ends: lineEnds)
        }
    }

    /// memcmp order, a prefix first.
    @inline(__always) static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let c = memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count))
        if c != 0 { return Int(c) }
        return a.count - b.count
    }
}

extension Triple {
    /// The triple in N-Triples form without the final ` .`.
    var ntriplesLine: String { subject.description + " " + predicate.description + " " + object.description }
}

/// Cleans text for literals.
enum LiteralText {
    /// Removes what no RDF syntax should carry in a name or text: control characters
    /// (carriage returns break raptor's Turtle writer; XML 1.0 forbids most controls),
    /// the noncharacters U+FFFE and U+FFFF, and surrounding whitespace. Line feeds and tabs
    /// become spaces, runs of spaces one space.
    static func clean(_ text: String) -> String {
        // Fast path: printable ASCII with single inner spaces is already clean.
        var clean = true
        var previousSpace = true
        for byte in text.utf8 {
            if byte < 0x20 || byte >= 0x7F || (byte == 0x20 && previousSpace) {
                clean = false
                break
            }
            previousSpace = byte == 0x20
        }
        if clean && !previousSpace { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
                || scalar.properties.isWhitespace
            {
                pendingSpace = true
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }
}
