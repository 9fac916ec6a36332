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
    private var vocabulary = [Int32](repeating: -1, count: VocabularyTerm.allCases.count)
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
        let ref = TermRef(index: Int32(terms.count))
        terms.append(.iri(iri))
        encoded.append { NTriplesEncoding.append(iri, to: &$0) }
        iris[iri.string] = ref
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
        if !cleaned.isEmpty { add(subject, predicate, Literal(cleaned)) }
    }

    mutating func date(_ subject: TermRef, _ predicate: VocabularyTerm, _ value: CalendarDate) {
        add(subject, predicate, Literal(value.description, datatype: XSD.date))
    }

    mutating func count(_ subject: TermRef, _ predicate: VocabularyTerm, _ value: Int) {
        add(subject, predicate, Literal(String(value), datatype: XSD.nonNegativeInteger))
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
    /// The terms come back distinct and sorted by their bytes, so that a statement's indices
    /// order as its line does: subjects and predicates are IRIs, and no `<iri>` is a prefix of
    /// another, so lines compare as their subjects, then predicates, then objects.
    func sortedTable() -> (terms: [Term], encoded: LineArena, statements: [Statement], lines: LineArena) {
        let n = terms.count
        guard n > 0 else { return ([], LineArena(), [], LineArena()) }
        var order = [Int32](0..<Int32(n))
        var rank = [Int32](repeating: 0, count: n)
        var distinctTerms: [Term] = []
        distinctTerms.reserveCapacity(n)
        var distinctEncoded = LineArena(capacity: encoded.bytes.count, count: n)
        encoded.withUnsafeLines { bytes, ends in
            let base = bytes.baseAddress!
            @inline(__always) func slice(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
                let start = i == 0 ? 0 : ends[Int(i) - 1]
                return UnsafeBufferPointer(start: base + start, count: ends[Int(i)] - start)
            }
            order.sort { a, b in Self.compare(slice(a), slice(b)) < 0 }
            var previous: UnsafeBufferPointer<UInt8>? = nil
            for i in order {
                let bytes = slice(i)
                if let previous, Self.compare(previous, bytes) == 0 {
                    rank[Int(i)] = Int32(distinctTerms.count - 1)
                    continue
                }
                previous = bytes
                rank[Int(i)] = Int32(distinctTerms.count)
                distinctTerms.append(terms[Int(i)])
                distinctEncoded.append(bytes)
            }
        }
        var ranked = statements.map { Statement(subject: rank[Int($0.subject)], predicate: rank[Int($0.predicate)], object: rank[Int($0.object)]) }
        if distinctTerms.count < 1 << 21 {
            var keys = ranked.map { UInt64($0.subject) << 42 | UInt64($0.predicate) << 21 | UInt64($0.object) }
            keys.sort()
            ranked.removeAll(keepingCapacity: true)
            var last: UInt64? = nil
            for key in keys where key != last {
                last = key
                let mask: UInt64 = (1 << 21) - 1
                ranked.append(Statement(subject: Int32(key >> 42), predicate: Int32((key >> 21) & mask), object: Int32(key & mask)))
            }
        } else {
            ranked.sort { ($0.subject, $0.predicate, $0.object) < ($1.subject, $1.predicate, $1.object) }
            var unique: [Statement] = []
            unique.reserveCapacity(ranked.count)
            for statement in ranked where statement != unique.last { unique.append(statement) }
            ranked = unique
        }
        let lines = Self.lines(of: ranked, encoded: distinctEncoded)
        return (distinctTerms, distinctEncoded, ranked, lines)
    }

    /// The N-Triples lines (without the final ` .`) of statements on a term table.
    static func lines(of statements: [Statement], encoded: LineArena) -> LineArena {
        var lines = LineArena(capacity: 0, count: statements.count)
        guard !statements.isEmpty else { return lines }
        var capacity = 0
        encoded.withUnsafeLines { _, ends in
            @inline(__always) func length(_ i: Int32) -> Int { ends[Int(i)] - (i == 0 ? 0 : ends[Int(i) - 1]) }
            for s in statements { capacity += length(s.subject) + length(s.predicate) + length(s.object) + 2 }
        }
        lines.reserve(capacity)
        encoded.withUnsafeLines { bytes, ends in
            let base = bytes.baseAddress!
            @inline(__always) func slice(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
                let start = i == 0 ? 0 : ends[Int(i) - 1]
                return UnsafeBufferPointer(start: base + start, count: ends[Int(i)] - start)
            }
            for s in statements {
                lines.append { out in
                    out.append(contentsOf: slice(s.subject))
                    out.append(UInt8(ascii: " "))
                    out.append(contentsOf: slice(s.predicate))
                    out.append(UInt8(ascii: " "))
                    out.append(contentsOf: slice(s.object))
                }
            }
        }
        return lines
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
