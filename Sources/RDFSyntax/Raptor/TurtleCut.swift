import Foundation

/// Where a large Turtle or N-Triples text can be cut in two so that each part parses on its own,
/// with the directives of the first part replayed before the second: two raptor parsers then
/// read the halves on two cores.
///
/// A cut is placed only where it is certain to fall between statements:
/// - N-Triples: after any line (a statement never spans lines).
/// - Turtle: only when the text has no long string (`"""` or `'''`: nothing else spans lines),
///   and after a line that ends with `.` and holds no `#` (so the dot ends a statement and is
///   not inside a comment). The first part's `@prefix`/`PREFIX` lines, which must each be one
///   whole directive, make the prologue of the second; a text whose first part has a `@base` or
///   `BASE` is not cut. The caller checks that the prefixes the first part's parser declared end
///   up the same as the prologue's (``prefixes``), and otherwise parses the text whole.
struct TurtleCut: Sendable {
    /// The byte offset where the second part starts (the start of a line).
    let offset: Int
    /// The directives to parse before the second part.
    let prologue: [UInt8]
    /// The prefix mapping the prologue makes (prefix → namespace IRI), last declaration winning.
    let prefixes: [String: String]

    /// The cut nearest after the middle, or `nil` when the text must be read whole.
    static func find(in text: UnsafeRawBufferPointer, format: RDFFormat) -> TurtleCut? {
        guard format == .turtle || format == .ntriples, let base = text.baseAddress, text.count > 1 else { return nil }
        let bytes = text.bindMemory(to: UInt8.self)
        let count = bytes.count
        func lineEnd(from start: Int) -> Int {
            guard start < count, let newline = memchr(base + start, 0x0A, count - start) else { return count }
            return base.distance(to: UnsafeRawPointer(newline))
        }
        // The first line start after the middle.
        let middle = lineEnd(from: count / 2) + 1
        guard middle < count else { return nil }
        if format == .ntriples {
            return TurtleCut(offset: middle, prologue: [], prefixes: [:])
        }
        if containsTriple(text, 0x22) || containsTriple(text, 0x27) { return nil }
        // A line that ends a statement, searched for in the next megabyte at most.
        var cut: Int?
        var candidate = middle
        let limit = min(count, middle + (1 << 20))
        while candidate < limit {
            let end = lineEnd(from: candidate)
            var last = end - 1
            while last > candidate, bytes[last] == 0x20 || bytes[last] == 0x09 || bytes[last] == 0x0D { last -= 1 }
            if last >= candidate, bytes[last] == 0x2E, memchr(base + candidate, 0x23, end - candidate) == nil {
                cut = end + 1
                break
            }
            candidate = end + 1
        }
        guard let offset = cut, offset < count else { return nil }
        // The directives before the cut, each on a line of its own.
        var prologue: [UInt8] = []
        var prefixes: [String: String] = [:]
        var lineStart = 0
        while lineStart < offset {
            let end = min(lineEnd(from: lineStart), offset)
            defer { lineStart = end + 1 }
            var first = lineStart
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            guard first < end else { continue }
            let lead = bytes[first]
            // Only lines starting with '@', 'P'/'p' or 'B'/'b' can be directives.
            guard lead == 0x40 || lead | 0x20 == 0x70 || lead | 0x20 == 0x62 else { continue }
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<end]), as: UTF8.self)
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let keyword = words.first?.lowercased() else { continue }
            if keyword == "@base" || keyword == "base" { return nil }
            guard keyword == "@prefix" || keyword == "prefix" else { continue }
            // One whole directive: prefix, IRI, and for @prefix a final dot; nothing else.
            let expected = keyword == "@prefix" ? 4 : 3
            guard words.count == expected, words[1].hasSuffix(":"), words[2].hasPrefix("<"), words[2].hasSuffix(">"),
                expected == 3 || words[3] == "."
            else { return nil }
            prefixes[String(words[1].dropLast())] = String(words[2].dropFirst().dropLast())
            prologue.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]))
            prologue.append(0x0A)
        }
        return TurtleCut(offset: offset, prologue: prologue, prefixes: prefixes)
    }

    /// Whether the text holds the same byte three times in a row.
    private static func containsTriple(_ text: UnsafeRawBufferPointer, _ byte: UInt8) -> Bool {
        guard let base = text.baseAddress else { return false }
        let count = text.count
        var at = 0
        while at + 2 < count, let hit = memchr(base + at, Int32(byte), count - at - 2) {
            let index = base.distance(to: UnsafeRawPointer(hit))
            if text[index + 1] == byte && text[index + 2] == byte { return true }
            at = index + 1
        }
        return false
    }
}
