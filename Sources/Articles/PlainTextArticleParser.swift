/// Reads the plain-text layout of saved articles: an optional first line ` date YYYY-MM-DD`
/// (followed by the headline or a photo caption), page header lines with a date and a
/// "Source:", a dateline, the story, and page boilerplate that is dropped.
enum PlainTextArticleParser {
    static func parse(_ raw: String, identifier: String, sourcePath: String) -> Article {
        let normalized = TextNormalization.normalize(raw)
        // A line feed is always a character of its own (normalization removed carriage returns),
        // so splitting the UTF-8 at 0x0A splits the characters.
        var lines = normalized.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        var datePublished: CalendarDate? = nil
        var source: String? = nil

        // " date YYYY-MM-DD rest…"
        if let index = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) {
            let trimmed = lines[index].drop(while: { $0 == " " })
            if trimmed.hasPrefix("date ") {
                let rest = trimmed.dropFirst(5).drop(while: { $0 == " " })
                if let date = CalendarDate(iso: rest.prefix(10)) {
                    datePublished = date
                    lines[index] = rest.dropFirst(10).drop(while: { $0 == " " })
                }
            }
        }

        var kept: [(text: Substring, role: Paragraph.Role)] = []
        var seenBody = false
        for (n, line) in lines.enumerated() {
            let text = line.trimmingSpaces()
            if text.isEmpty { continue }
            if Boilerplate.isBoilerplateLine(text) { continue }
            // Page header: "· 2024-01-23 · Source: The Daily Mail, Pakistan"
            if !seenBody, n < 8, let header = PageHeader.parse(text) {
                if datePublished == nil { datePublished = header.date }
                if source == nil { source = header.source }
                kept.append((text, .meta))
                continue
            }
            if let footer = PageHeader.parsePublishedFooter(text) {
                if datePublished == nil { datePublished = footer.date }
                if source == nil { source = footer.source }
                kept.append((text, .meta))
                continue
            }
            let role: Paragraph.Role
            if Caption.isCaption(text) {
                role = .caption
            } else if Heading.isHeading(text) {
                role = .heading
            } else {
                role = .body
                seenBody = true
            }
            kept.append((text, role))
        }
        return assemble(kept, identifier: identifier, sourcePath: sourcePath, title: nil,
                        datePublished: datePublished, source: source)
    }

    /// Builds the article from kept lines and their roles: drops trailing navigation lists,
    /// joins the lines with `\n`, finds the headline and the dateline.
    static func assemble(_ lines: [(text: Substring, role: Paragraph.Role)], identifier: String, sourcePath: String,
                         title explicitTitle: String?, datePublished: CalendarDate?, source: String?) -> Article {
        var kept = lines
        var source = source
        // A source credit on the story's last line ("– SAnews.gov.za", "— Borneo Bulletin") names
        // the outlet; it is not an item of a navigation list (those come in runs of headings).
        if let last = kept.last, last.role != .body, kept.dropLast().last?.role == .body,
            let credit = SourceCredit.parse(last.text)
        {
            kept[kept.count - 1].role = .meta
            if source == nil { source = credit }
        }
        // Navigation lists at the end of the page: a run of short heading-like lines.
        while let last = kept.last, last.role == .heading, Boilerplate.isNavigationItem(last.text) {
            kept.removeLast()
        }
        // A run of short headings right before trailing boilerplate was already dropped; also drop
        // a trailing run of ≥ 3 short title-case lines.
        var text = ""
        var paragraphs: [Paragraph] = []
        var offset = 0
        var title: String? = explicitTitle
        for (index, item) in kept.enumerated() {
            if index > 0 { text.append("\n"); offset += 1 }
            let count = item.text.unicodeScalars.count
            text.append(contentsOf: item.text)
            paragraphs.append(Paragraph(span: TextSpan(start: offset, end: offset + count), role: item.role))
            offset += count
            if title == nil, item.role == .heading, !paragraphs.contains(where: { $0.role == .body }) {
                title = String(item.text)
            }
        }
        var dateline: Dateline? = nil
        if let firstBody = paragraphs.first(where: { $0.role == .body }) {
            let scalars = text.unicodeScalars
            let start = scalars.index(scalars.startIndex, offsetBy: firstBody.span.start)
            let end = scalars.index(start, offsetBy: firstBody.span.length)
            dateline = Dateline.recognize(in: Substring(text[start..<end]), offset: firstBody.span.start, published: datePublished)
        }
        var datePublished = datePublished
        if datePublished == nil, let d = dateline, d.hasYear { datePublished = d.date }
        return Article(identifier: identifier, sourcePath: sourcePath, title: title, datePublished: datePublished,
                       dateline: dateline, source: source, text: text, paragraphs: paragraphs)
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}

extension Substring {
    /// Whether every character is one ASCII byte (no byte ≥ 0x80, no "\r" that could pair with "\n").
    var isSingleByteASCII: Bool {
        utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// Whether the bytes contain `needle` (ASCII bytes, compared exactly).
    func containsBytes(_ needle: StaticString) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let h = utf8
        guard let first = n.first, h.count >= n.count else { return false }
        var start = h.startIndex
        while let hit = h[start...].firstIndex(of: first) {
            if h[hit...].starts(with: n) { return true }
            start = h.index(after: hit)
        }
        return false
    }
}

extension StringProtocol {
    /// Number of words separated by spaces.
    var wordCount: Int {
        // `split(separator: " ").count` without building the pieces. On the bytes while they are
        // ASCII (then every byte is a character, "\r\n" aside, which holds no space either).
        if let contiguous = utf8.withContiguousStorageIfAvailable({ buffer -> Int? in
            // Beyond ASCII too, as long as every space has ASCII bytes on both sides (then it is a
            // character of its own: no Prepend scalar before it, no extending scalar after it).
            var count = 0
            var inWord = false
            for (k, byte) in buffer.enumerated() {
                if byte == 0x20 && ((k > 0 && buffer[k - 1] >= 0x80) || (k + 1 < buffer.count && buffer[k + 1] >= 0x80)) { return nil }
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }), let contiguous {
            return contiguous
        }
        var count = 0
        var inWord = false
        var ascii = true
        for byte in utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        if ascii { return count }
        count = 0
        inWord = false
        for c in self {
            if c == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
