import Articles
import Foundation
import RDFModel

/// Collects the triples of one article while it is mapped.
struct TripleBuffer {
    private(set) var triples: [Triple] = []

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: Term) {
        triples.append(Triple(.iri(subject), predicate, object))
    }

    mutating func add(_ subject: IRI, _ predicate: IRI, _ object: IRI) {
        triples.append(Triple(.iri(subject), predicate, .iri(object)))
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

    /// The triples without duplicates, sorted by the bytes of their N-Triples form (the order
    /// `sort` gives the lines of an N-Triples file), and those forms (without the final ` .`).
    func sorted() -> (triples: [Triple], lines: [String]) {
        var seen = Set<Triple>()
        seen.reserveCapacity(triples.count)
        var keyed: [(line: [UInt8], triple: Triple)] = []
        keyed.reserveCapacity(triples.count)
        for triple in triples where seen.insert(triple).inserted {
            keyed.append((Array(triple.ntriplesLine.utf8), triple))
        }
        keyed.sort { a, b in
            let n = min(a.line.count, b.line.count)
            let c = a.line.withUnsafeBufferPointer { x in b.line.withUnsafeBufferPointer { y in memcmp(x.baseAddress!, y.baseAddress!, n) } }
            return c != 0 ? c < 0 : a.line.count < b.line.count
        }
        return (keyed.map(\.triple), keyed.map { String(decoding: $0.line, as: UTF8.self) })
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
