import Foundation

/// Normalizes article text: Unicode NFC, `\n` line endings, no-break and other odd spaces as
/// plain spaces, zero-width characters and soft hyphens removed, trailing spaces trimmed.
/// Curly quotes, apostrophes and dashes are kept as written (matching treats them loosely).
public enum TextNormalization {
    /// Returns the normalized form of `text`.
    public static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 128 }) { return normalizeASCII(text) }
        // Composition only changes text with combining marks or conjoining jamo.
        let needsComposition = text.unicodeScalars.contains { (s: Unicode.Scalar) -> Bool in
            s.value >= 0x300 && (s.properties.canonicalCombiningClass.rawValue != 0 || (0x1100...0x11FF).contains(s.value))
        }
        let composed = needsComposition ? text.precomposedStringWithCanonicalMapping : text
        var out: [UInt8] = []
        out.reserveCapacity(composed.utf8.count)
        var pendingSpaces = 0
        var previousCR = false
        func emit(_ scalar: Unicode.Scalar) {
            if scalar == " " { pendingSpaces += 1; return }
            if scalar != "\n" && pendingSpaces > 0 { out.append(contentsOf: repeatElement(0x20, count: pendingSpaces)) }
            pendingSpaces = 0
            UTF8.encode(scalar) { out.append($0) }
        }
        for scalar in composed.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                emit("\n")
                previousCR = true
                continue
            case 0x0A:
                if previousCR { previousCR = false; continue }
                emit("\n")
            case 0x2028, 0x2029, 0x0085:
                emit("\n")
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x09, 0x0B, 0x0C:
                emit(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                break
            case 0x00...0x1F, 0x7F:
                break
            default:
                emit(scalar)
            }
            previousCR = false
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

    /// Collapses runs of whitespace to one space and trims both ends.
    public static func collapseWhitespace(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
