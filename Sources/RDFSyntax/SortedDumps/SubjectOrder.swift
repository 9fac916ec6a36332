import Foundation

/// The order of sorted dumps over N-Triples lines (without the final ` .`): by subject as raptor's
/// abbreviating writers order subjects (IRIs before blank nodes; IRIs by their bytes, a prefix
/// before what it begins), then by the whole line's bytes.
///
/// raptor's Turtle and RDF/XML writers emit the subjects they hold in this order, so feeding them
/// consecutive runs of subjects in this order gives, batch after batch, the bytes one writer
/// holding the whole graph would give.
enum SubjectOrder {
    /// Where the subject of a line ends: the index of its closing `>` (IRI) or of the space after
    /// a blank-node label; the whole line when neither is found.
    @inline(__always) static func subjectEnd(_ line: UnsafePointer<UInt8>, _ count: Int) -> Int {
        guard count > 0 else { return 0 }
        let stop: UInt8 = line[0] == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: " ")
        guard let found = memchr(line, Int32(stop), count) else { return count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(line)
    }

    /// Negative, zero or positive as line `a` comes before, with or after line `b`.
    @inline(__always) static func compare(
        _ a: UnsafePointer<UInt8>, _ aCount: Int, _ aSubject: Int,
        _ b: UnsafePointer<UInt8>, _ bCount: Int, _ bSubject: Int
    ) -> Int {
        // '<' (an IRI) sorts before '_' (a blank node) as a byte already.
        let common = min(aSubject, bSubject)
        if common > 0 {
            let c = memcmp(a, b, common)
            if c != 0 { return Int(c) }
        }
        if aSubject != bSubject { return aSubject - bSubject }
        let rest = min(aCount, bCount) - aSubject
        if rest > 0 {
            let c = memcmp(a + aSubject, b + aSubject, rest)
            if c != 0 { return Int(c) }
        }
        return aCount - bCount
    }

    /// Whether two lines have the same subject.
    @inline(__always) static func sameSubject(
        _ a: UnsafePointer<UInt8>, _ aSubject: Int, _ b: UnsafePointer<UInt8>, _ bSubject: Int
    ) -> Bool {
        aSubject == bSubject && memcmp(a, b, aSubject) == 0
    }
}
