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
    func sorted() -> (triples: [Triple], lines: LineArena) {
        // Every triple's N-Triples bytes in one arena; then sort indices by memcmp of their slices.
        var arena: [UInt8] = []
        arena.reserveCapacity(triples.count * 128)
        var ends: [Int] = []
        ends.reserveCapacity(triples.count)
        for triple in triples {
            NTriplesEncoding.append(triple, to: &arena)
            ends.append(arena.count)
        }
        var order = Array(0..<triples.count)
        arena.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                let base = bytes.baseAddress!
                func range(_ i: Int) -> (Int, Int) { (i == 0 ? 0 : ends[i - 1], ends[i]) }
                order.sort { a, b in
                    let (sa, ea) = range(a), (sb, eb) = range(b)
                    let la = ea - sa, lb = eb - sb
                    let c = memcmp(base + sa, base + sb, min(la, lb))
                    if c != 0 { return c < 0 }
                    return la != lb ? la < lb : a < b
                }
            }
        }
        // Equal N-Triples forms are equal triples: keep the first of each run.
        var sortedTriples: [Triple] = []
        sortedTriples.reserveCapacity(triples.count)
        var lines = LineArena(capacity: arena.count, count: triples.count)
        arena.withUnsafeBufferPointer { bytes in
            var previous: UnsafeBufferPointer<UInt8>? = nil
            for i in order {
                let slice = UnsafeBufferPointer(rebasing: bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]])
                if let previous, previous.count == slice.count, memcmp(previous.baseAddress!, slice.baseAddress!, slice.count) == 0 {
                    continue
                }
                previous = slice
                sortedTriples.append(triples[i])
                lines.append(slice)
            }
        }
        return (sortedTriples, lines)
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
