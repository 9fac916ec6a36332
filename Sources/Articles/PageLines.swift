/// Page boilerplate that is not article text: navigation, "Read More:", copyright and partner lines.
enum Boilerplate {
    private static let prefixes = [
        "read more", "also read", "read also", "related:", "related articles", "related news", "recommended",
        "copyright", "©", "(c) ", "partners:", "latest headlines", "latest news", "follow us", "share this",
        "share on", "subscribe", "click here", "advertisement", "sign up", "download the app", "download our app",
        "all rights reserved", "tags:", "you may also like", "most read", "most popular", "trending", "home »", "home >",
        "skip to", "cookie", "we use cookies", "print this", "email this", "comments", "leave a comment",
        "join our", "more from", "whatsapp", "facebook", "twitter", "view comments",
    ]

    /// Whether a whole line is boilerplate.
    static func isBoilerplateLine(_ line: Substring) -> Bool {
        if hasBoilerplatePrefix(line) { return true }
        if line.utf8.count < 400, containsIgnoringCase(line, "all rights reserved") { return true }
        // Count bytes first: a character "|" or "•" is always those bytes, so fewer byte matches
        // than needed settle it without walking the characters.
        var bars = 0, bullets = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in line.utf8 {
            if byte == 0x7C { bars += 1 }
            if byte == 0xA2 && previous == (0xE2, 0x80) { bullets += 1 }
            previous = (previous.1, byte)
        }
        if bars >= 2 && line.filter({ $0 == "|" }).count >= 2 { return true }
        if bullets >= 3 && line.filter({ $0 == "•" }).count >= 3 { return true }
        return false
    }

    /// Whether the line starts with one of ``prefixes``, ignoring case.
    private static func hasBoilerplatePrefix(_ line: Substring) -> Bool {
        // Fast path when the first 41 bytes are ASCII (then the first 40 characters are those bytes,
        // none extended by a combining mark): compare ASCII-lower-cased bytes.
        if let answer = line.utf8.withContiguousStorageIfAvailable({ buffer -> Bool? in
            let head = UnsafeBufferPointer(rebasing: buffer.prefix(41))
            guard head.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            let first40 = UnsafeBufferPointer(rebasing: head.prefix(40))
            for prefix in asciiPrefixes where asciiLowerStarts(first40, prefix) { return true }
            return false
        }), let answer {
            return answer
        }
        let head = line.utf8.prefix(41)
        if head.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // Compared in place: the first 40 bytes, ASCII-lower-cased.
            let available = Swift.min(40, head.count)
            for prefix in asciiPrefixes where prefix.count <= available {
                var index = head.startIndex
                var matches = true
                for expected in prefix {
                    let c = head[index]
                    if (c >= 65 && c <= 90 ? c + 32 : c) != expected { matches = false; break }
                    index = head.index(after: index)
                }
                if matches { return true }
            }
            return false
        }
        // Characters beyond ASCII further on: a prefix of k bytes is settled on the bytes when the first
        // k + 1 bytes (or the whole line) are ASCII without "\r"; "©" cannot start a line that starts with ASCII.
        let run = leadingASCIIRun(line.utf8, limit: 41)
        var undecided = false
        for prefixBytes in prefixesAsBytes {
            let k = prefixBytes.count
            if prefixBytes.allSatisfy({ $0 < 0x80 }) && k <= 40 && (run >= k + 1 || (run == line.utf8.count && run >= k)) {
                if lowerStarts(line.utf8, prefixBytes) { return true }
            } else if !prefixBytes.allSatisfy({ $0 < 0x80 }) && run >= 1 && prefixBytes.first! >= 0x80 {
                continue
            } else {
                undecided = true
            }
        }
        if !undecided { return false }
        let lower = line.prefix(40).lowercased()
        for prefix in prefixes where lower.hasPrefix(prefix) { return true }
        return false
    }

    /// Every one of ``prefixes`` as bytes.
    private static let prefixesAsBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }

    /// The ASCII ``prefixes`` as bytes (the others cannot begin an ASCII line).
    private static let asciiPrefixes: [[UInt8]] = prefixes.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Whether a short line looks like an item of a navigation list ("About Us", "China Focus").
    static func isNavigationItem(_ line: Substring) -> Bool {
        line.wordCount <= 4 && !(line.last.map { ".!?\"”’".contains($0) } ?? false)
    }
}

/// How many bytes at the start are ASCII without "\r", counting up to `limit`.
func leadingASCIIRun(_ bytes: Substring.UTF8View, limit: Int) -> Int {
    var run = 0
    for byte in bytes {
        if run >= limit || byte >= 0x80 || byte == 0x0D { break }
        run += 1
    }
    return run
}

/// Whether `bytes`, ASCII-lower-cased, start with `prefix`.
func lowerStarts(_ bytes: Substring.UTF8View, _ prefix: [UInt8]) -> Bool {
    var index = bytes.startIndex
    for expected in prefix {
        guard index < bytes.endIndex else { return false }
        let c = bytes[index]
        if (c >= 65 && c <= 90 ? c + 32 : c) != expected { return false }
        index = bytes.index(after: index)
    }
    return true
}

/// Whether `bytes`, ASCII-lower-cased, start with `prefix`.
@inline(__always) func asciiLowerStarts(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
    guard bytes.count >= prefix.count else { return false }
    for k in 0..<prefix.count {
        let c = bytes[k]
        if (c >= 65 && c <= 90 ? c + 32 : c) != prefix[k] { return false }
    }
    return true
}

/// Whether `haystack` contains the lower-case ASCII `needle`, ignoring ASCII case.
func containsIgnoringCase(_ haystack: Substring, _ needle: String) -> Bool {
    let n = Array(needle.utf8)
    let search = { (h: UnsafeBufferPointer<UInt8>) -> Bool in
        guard n.count <= h.count, let first = n.first else { return n.isEmpty }
        outer: for start in 0...(h.count - n.count) {
            let c0 = h[start]
            if (c0 >= 65 && c0 <= 90 ? c0 + 32 : c0) != first { continue }
            for k in 1..<n.count {
                let c = h[start + k]
                if (c >= 65 && c <= 90 ? c + 32 : c) != n[k] { continue outer }
            }
            return true
        }
        return false
    }
    if let found = haystack.utf8.withContiguousStorageIfAvailable(search) { return found }
    return Array(haystack.utf8).withUnsafeBufferPointer(search)
}

/// A page header line with the publication date and the outlet: "· 2024-01-23 · Source: The Daily Mail".
enum PageHeader {
    static func parse(_ line: Substring) -> (date: CalendarDate?, source: String?)? {
        // Without an ASCII digit there is no date (every form has digits), and without "Source:" no source.
        if line.isSingleByteASCII, !line.utf8.contains(where: { $0 >= 48 && $0 <= 57 }),
            !line.containsBytes("Source:"), !line.containsBytes("SOURCE:")
        {
            return nil
        }
        let words = line.wordCount
        guard words <= 20 else { return nil }
        var source: String? = nil
        var rest = String(line)
        if let range = line.range(of: "Source:") ?? line.range(of: "SOURCE:") {
            var s = line[range.upperBound...]
            if let stop = s.firstIndex(where: { $0 == "·" || $0 == "|" || $0 == "•" }) { s = s[..<stop] }
            let trimmed = s.trimmingSpaces()
            if !trimmed.isEmpty { source = String(trimmed) }
            rest = String(line[..<range.lowerBound])
        }
        let date = DateText.firstDate(in: rest)
        if date == nil && source == nil { return nil }
        if date == nil && words > 8 { return nil }
        // What remains besides the date must be tiny: separators, weekdays, "Updated", times.
        var remaining = 0
        for word in DateText.wordsOf(rest) {
            let lower = word.lowercased()
            if DateText.month(word) != nil || DateText.weekday(word) != nil || DateText.dayNumber(word) != nil
                || DateText.yearNumber(word) != nil || CalendarDate(iso: word.prefix(10)) != nil
                || ["updated", "published", "posted", "on", "at", "am", "pm", "pkt", "gmt", "utc", "ist", "last", "by"].contains(lower)
                || word.first?.isNumber == true
            {
                continue
            }
            remaining += 1
        }
        return remaining <= 3 ? (date, source) : nil
    }

    /// "Published in Dawn, February 19th, 2022"
    static func parsePublishedFooter(_ line: Substring) -> (date: CalendarDate?, source: String?)? {
        guard line.hasPrefix("Published in "), line.wordCount <= 12 else { return nil }
        let rest = line.dropFirst("Published in ".count)
        guard let date = DateText.firstDate(in: rest) else { return nil }
        let source = rest.split(separator: ",").first.map { String($0.trimmingSpaces()) }
        return (date, source)
    }
}

/// A photo caption: "(L-R) … — ISPR", "Photo: …", "File photo of …".
enum Caption {
    private static let prefixes = [
        "(l-r)", "(r-l)", "l-r:", "(left to right)", "left to right:", "(from left)", "from left:",
        "photo:", "(photo", "file photo", "photo credit", "image:", "picture:", "[photo", "caption:",
    ]
    private static let asciiPrefixes = prefixes.map { Array($0.utf8) }
    private static let asciiPhotoSuffix = Array("(photo)".utf8)

    static func isCaption(_ line: Substring) -> Bool {
        // ASCII lines on bytes (every prefix and the "(photo)" suffix are ASCII; "— file photo" is not).
        let bytes = line.utf8
        // Through a buffer pointer when the bytes are contiguous (a line of a native string).
        if let answer = bytes.withContiguousStorageIfAvailable({ buffer -> Bool? in
            guard buffer.allSatisfy({ $0 < 0x80 }) else { return nil }
            for prefix in asciiPrefixes where asciiLowerStarts(buffer, prefix) { return true }
            return buffer.count >= asciiPhotoSuffix.count
                && asciiLowerStarts(UnsafeBufferPointer(rebasing: buffer[(buffer.count - asciiPhotoSuffix.count)...]), asciiPhotoSuffix)
        }), let answer {
            return answer
        }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII-lower-cased bytes compared in place.
            func lowerStarts(_ part: Substring.UTF8View.SubSequence, with expected: [UInt8]) -> Bool {
                guard part.count >= expected.count else { return false }
                var index = part.startIndex
                for e in expected {
                    let c = part[index]
                    if (c >= 65 && c <= 90 ? c + 32 : c) != e { return false }
                    index = part.index(after: index)
                }
                return true
            }
            for prefix in asciiPrefixes where lowerStarts(bytes[...], with: prefix) { return true }
            return bytes.count >= asciiPhotoSuffix.count && lowerStarts(bytes.suffix(asciiPhotoSuffix.count), with: asciiPhotoSuffix)
        }
        // A line with characters beyond ASCII (curly quotes): each test decided on bytes where the bytes
        // settle it, else by lower-casing the line. A prefix of k characters is settled when the first
        // k + 1 bytes are ASCII (no "\r"): then they are k characters of their own. The suffixes are
        // ruled out when the last byte is ASCII and lower-cases to neither ")" nor "o", and settled on
        // the last 14 bytes when those are ASCII (no room for "— file photo").
        var prefixMatch: Bool? = nil
        let run = leadingASCIIRun(bytes, limit: 41)
        if asciiPrefixes.allSatisfy({ $0.count <= 40 && $0.allSatisfy { $0 < 0x80 } }) {
            // A line opening with a curly quote opens with no prefix (they all start with ASCII).
            if run == 0, bytes.starts(with: [0xE2, 0x80]) {
                prefixMatch = false
            } else if asciiPrefixes.allSatisfy({ run >= $0.count + 1 }) {
                prefixMatch = asciiPrefixes.contains { lowerStarts(bytes, $0) }
            }
        }
        if prefixMatch == true { return true }
        if prefixMatch == false, let last = bytes.last {
            if last < 0x80 && last != UInt8(ascii: ")") && (last | 32) != UInt8(ascii: "o") { return false }
            // A line ending with a closing curly quote ends with neither suffix.
            if bytes.count >= 3, bytes.suffix(3).elementsEqual([0xE2, 0x80, 0x9D]) || bytes.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) { return false }
            let tail = bytes.suffix(14)
            if tail.count == 14, tail.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                return tail.suffix(asciiPhotoSuffix.count).elementsEqual(asciiPhotoSuffix) { ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) == $1 }
            }
        }
        let lower = line.lowercased()
        for prefix in prefixes where lower.hasPrefix(prefix) {
            return true
        }
        if lower.hasSuffix("(photo)") || lower.hasSuffix("— file photo") { return true }
        return false
    }
}

/// A headline or sub-heading: a short line that does not end like a sentence.
enum Heading {
    static func isHeading(_ line: Substring) -> Bool {
        if line.isSingleByteASCII {
            // The same on bytes: every character is one byte.
            let bytes = line.utf8
            let words = line.wordCount
            guard words <= 22, let last = bytes.last else { return false }
            if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(last)
                && !(last == UInt8(ascii: ")") && words <= 6) { return false }
            if words > 14 && bytes.contains(UInt8(ascii: ",")) && last != UInt8(ascii: ":") {
                var previousWasDot = false
                for byte in bytes {
                    if previousWasDot && byte == 0x20 { return false }
                    previousWasDot = byte == UInt8(ascii: ".")
                }
                return words <= 22
            }
            return true
        }
        let words = line.wordCount
        guard words <= 22, let last = line.last else { return false }
        if ".!?\"”’;)".contains(last) && !(last == ")" && words <= 6) { return false }
        if words > 14 && line.contains(",") && last != ":" {
            var previousWasDot = false
            for ch in line {
                if previousWasDot && ch == " " { return false }
                previousWasDot = ch == "."
            }
            return words <= 22
        }
        return true
    }
}
