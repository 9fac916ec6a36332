import Foundation

/// Normalizes article text: Unicode NFC, `\n` line endings, no-break and other odd spaces as
/// plain spaces, zero-width characters and soft hyphens removed, trailing spaces trimmed.
/// Curly quotes, apostrophes and dashes are kept as written (matching treats them loosely).
/// Line breaks inside a sentence are joined (see ``joinBrokenLines(_:)``).
public enum TextNormalization {
    /// Returns the normalized form of `text`.
    public static func normalize(_ text: String) -> String {
        joinBrokenLines(latinizeLookalikes(normalizeCharacters(text)))
    }

    /// Greek and Cyrillic letters that look like Latin ones, as Latin letters (by shape).
    static let lookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
        "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    ]

    /// A Greek or Cyrillic look-alike letter inside a word of Latin letters ("National Defense Μinister" with a
    /// Greek capital Mu) becomes the Latin letter, so that the word is read; words in Greek or Cyrillic are kept.
    static func latinizeLookalikes(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x370 && $0.value < 0x500 }) else { return text }
        let scalars = Array(text.unicodeScalars)
        @inline(__always) func isLatinLetter(_ s: Unicode.Scalar) -> Bool { s.value < 0x250 && s.properties.isAlphabetic }
        var out = String.UnicodeScalarView()
        for (k, s) in scalars.enumerated() {
            if let latin = lookalikes[s] {
                // The word around it: every other letter Latin, and at least one.
                var j = k - 1
                var latinLetters = 0
                var foreign = false
                while j >= 0, scalars[j].properties.isAlphabetic {
                    if isLatinLetter(scalars[j]) { latinLetters += 1 } else if lookalikes[scalars[j]] == nil { foreign = true }
                    j -= 1
                }
                j = k + 1
                while j < scalars.count, scalars[j].properties.isAlphabetic {
                    if isLatinLetter(scalars[j]) { latinLetters += 1 } else if lookalikes[scalars[j]] == nil { foreign = true }
                    j += 1
                }
                out.append(latinLetters > 0 && !foreign ? latin : s)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Unicode NFC, line endings, odd spaces and invisible characters (``normalize(_:)`` without the line joining).
    static func normalizeCharacters(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 128 }) { return normalizeASCII(text) }
        // Composition only changes text with combining marks or conjoining jamo (General Punctuation,
        // U+2000–U+206F, holds neither: curly quotes and dashes skip the property lookup).
        let needsComposition = text.unicodeScalars.contains { (s: Unicode.Scalar) -> Bool in
            s.value >= 0x300 && !(0x2000...0x206F).contains(s.value)
                && (s.properties.canonicalCombiningClass.rawValue != 0 || (0x1100...0x11FF).contains(s.value))
        }
        let composed = needsComposition ? text.precomposedStringWithCanonicalMapping : text
        // On the UTF-8 bytes (a String's bytes are valid UTF-8): a scalar kept as it is keeps its bytes.
        let bytes = Array(composed.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpaces = 0
        var previousCR = false
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            var length = 1
            var value = UInt32(lead)
            if lead >= 0x80 {
                if lead < 0xE0 {
                    length = 2
                    value = UInt32(lead & 0x1F)
                } else if lead < 0xF0 {
                    length = 3
                    value = UInt32(lead & 0x0F)
                } else {
                    length = 4
                    value = UInt32(lead & 0x07)
                }
                for k in 1..<length { value = (value << 6) | UInt32(bytes[i + k] & 0x3F) }
            }
            // What the scalar becomes: itself, a line feed, a space, or nothing.
            var replacement: UInt8? = nil
            var drop = false
            switch value {
            case 0x0D:
                replacement = 0x0A
            case 0x0A:
                if previousCR { drop = true } else { replacement = 0x0A }
            case 0x2028, 0x2029, 0x0085:
                replacement = 0x0A
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x09, 0x0B, 0x0C:
                replacement = 0x20
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                drop = true
            case 0x00...0x1F, 0x7F:
                drop = true
            default:
                break
            }
            previousCR = value == 0x0D
            if !drop {
                let first = replacement ?? lead
                if first == 0x20 && length == 1 || replacement == 0x20 {
                    pendingSpaces += 1
                } else {
                    if first != 0x0A && pendingSpaces > 0 { for _ in 0..<pendingSpaces { out.append(0x20) } }
                    pendingSpaces = 0
                    if let replacement { out.append(replacement) } else { for k in i..<(i + length) { out.append(bytes[k]) } }
                }
            }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same for ASCII text, on bytes.
    static func normalizeASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpaces = 0
        var previousCR = false
        for byte in text.utf8 {
            var b = byte
            if b == 0x0D { b = 0x0A; previousCR = true } else if b == 0x0A && previousCR { previousCR = false; continue } else { previousCR = false }
            if b == 0x09 || b == 0x0B || b == 0x0C { b = 0x20 }
            if b < 0x20 && b != 0x0A || b == 0x7F { continue }
            if b == 0x20 { pendingSpaces += 1; continue }
            if b != 0x0A && pendingSpaces > 0 { out.append(contentsOf: repeatElement(0x20, count: pendingSpaces)) }
            pendingSpaces = 0
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Joins the line breaks that cut a sentence, so that a name or a title is not broken across lines:
    /// - a line ending in a letter, a digit or a comma, followed (after at most one blank line) by a line that
    ///   starts with a lower-case letter ("to discuss European security\n\nissues, bilateral defence ties");
    /// - in a hard-wrapped text (two such breaks or more, or one and most single line breaks left open), also a single line break after a line that ends in a
    ///   letter, a digit or a comma and is part of a longer sentence ("the Chief of Army Staff, General V K\nSingh, on
    ///   Saturday"): the line has four words or more, or was itself joined, and is not in capitals (a headline).
    /// The break becomes one space; everything else is kept as it is.
    static func joinBrokenLines(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x0A) else { return text }
        @inline(__always) func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        @inline(__always) func isUpperOrDigit(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A || b >= 0x30 && b <= 0x39 }
        @inline(__always) func endsOpen(_ b: UInt8) -> Bool { isLower(b) || isUpperOrDigit(b) || b == 0x2C }
        // Each break: the index of its first "\n", how many "\n", the last byte before and the first byte after.
        var breaks: [(start: Int, count: Int)] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                var j = i
                while j < bytes.count && bytes[j] == 0x0A { j += 1 }
                if i > 0 && j < bytes.count { breaks.append((i, j - i)) }
                i = j
            } else {
                i += 1
            }
        }
        let lowerContinuations = breaks.filter { $0.count <= 2 && endsOpen(bytes[$0.start - 1]) && isLower(bytes[$0.start + $0.count]) }.count
        guard lowerContinuations > 0 else { return text }
        // Hard-wrapped: two lower-case continuations, or one and most single line breaks left open (three or more).
        let singleBreaks = breaks.filter { $0.count == 1 }
        let openSingleBreaks = singleBreaks.filter { endsOpen(bytes[$0.start - 1]) }.count
        let hardWrapped = lowerContinuations >= 2 || openSingleBreaks >= 3 && openSingleBreaks * 2 > singleBreaks.count
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lineStart = 0       // where the current line starts in `bytes`
        var joinedInto = false  // the current line continues a joined line
        var position = 0
        for b in breaks {
            out.append(contentsOf: bytes[position..<b.start])
            let last = bytes[b.start - 1]
            let next = bytes[b.start + b.count]
            var join = b.count <= 2 && endsOpen(last) && isLower(next)
            if !join && hardWrapped && b.count == 1 && endsOpen(last) && isUpperOrDigit(next) {
                let line = bytes[lineStart..<b.start]
                let words = line.split(separator: 0x20).count
                let capitals = !line.contains(where: isLower)
                join = (words >= 4 || joinedInto) && !capitals
            }
            if join {
                out.append(0x20)
            } else {
                out.append(contentsOf: repeatElement(0x0A, count: b.count))
                lineStart = b.start + b.count
            }
            joinedInto = join
            position = b.start + b.count
        }
        out.append(contentsOf: bytes[position...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Collapses runs of whitespace to one space and trims both ends.
    public static func collapseWhitespace(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
