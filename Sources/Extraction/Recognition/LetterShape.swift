import Foundation

// Character-class questions about short words, answered on the bytes when the word is ASCII
// (then every character is one byte, and a byte is a letter, an upper-case letter, … exactly when
// the `Character` is) and with the `Character` properties otherwise. Same answers, without the
// grapheme and property lookups that dominate on the extractor's ASCII-heavy text.

/// Whether every byte of `text` is ASCII and no "\r" (which could pair with "\n" into one character).
@inline(__always) func isSingleByteASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
}

/// How many letters `text` has and whether all of them are upper case:
/// `text.filter(\.isLetter)`'s `count` and `allSatisfy(\.isUppercase)`.
func letterShape(_ text: String) -> (count: Int, allUppercase: Bool) {
    if isSingleByteASCII(text) {
        var count = 0
        var upper = true
        for byte in text.utf8 where (byte | 32) >= 97 && (byte | 32) <= 122 {
            count += 1
            if byte > 90 { upper = false }
        }
        return (count, upper)
    }
    let letters = text.filter(\.isLetter)
    return (letters.count, letters.allSatisfy(\.isUppercase))
}

/// `text.allSatisfy(\.isUppercase)`.
func isAllUppercase(_ text: String) -> Bool {
    if isSingleByteASCII(text) { return text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 } }
    return text.allSatisfy(\.isUppercase)
}

/// `!text.filter(\.isLetter).isEmpty`.
func hasLetter(_ text: String) -> Bool {
    if isSingleByteASCII(text) { return text.utf8.contains { ($0 | 32) >= 97 && ($0 | 32) <= 122 } }
    return text.contains(where: \.isLetter)
}

/// `haystack.contains(needle)` (Foundation's search), on bytes when both are ASCII.
func containsText(_ haystack: String, _ needle: String) -> Bool {
    if isSingleByteASCII(haystack) && isSingleByteASCII(needle) {
        let h = haystack.utf8, n = needle.utf8
        guard let first = n.first else { return haystack.contains(needle) }
        var start = h.startIndex
        while let hit = h[start...].firstIndex(of: first) {
            if h[hit...].starts(with: n) { return true }
            start = h.index(after: hit)
        }
        return false
    }
    return haystack.contains(needle)
}
