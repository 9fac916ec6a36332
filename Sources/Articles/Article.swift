/// One news article, read and normalized: the unit that extraction works on.
///
/// `text` is Unicode NFC with `\n` line endings; curly quotes and dashes are kept as written.
/// Page boilerplate (navigation lists, "Read More:" lines, copyright and partner lines) is not
/// part of `text`. Every ``TextSpan`` of the article indexes `text` in Unicode scalars.
public struct Article: Hashable, Sendable {
    /// The article's identifier: the input file name without its extension.
    public var identifier: String
    /// The path the article was read from, as given.
    public var sourcePath: String
    /// The headline (or, in the seed layout, the first line after the ` date` marker).
    public var title: String?
    /// The publication date: from a leading ` date YYYY-MM-DD` line, a page header date,
    /// a "Published in …, <date>" footer or HTML metadata.
    public var datePublished: CalendarDate?
    /// The dateline opening the story ("RAWALPINDI, Oct 13 (APP):"), when there is one.
    public var dateline: Dateline?
    /// The outlet named by a "Source: …" line or HTML metadata ("The Daily Mail, Pakistan").
    public var source: String?
    /// The page's canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD, a WARC record's target URI), when known.
    public var url: String?
    /// The authors the page names (JSON-LD `author`, `<meta name=author>`, a byline), in order.
    public var authors: [String] = []
    /// The language of the article as a BCP 47 tag (`<html lang>`, JSON-LD `inLanguage`), when known.
    public var language: String?
    /// The normalized article text.
    public var text: String
    /// The paragraphs of `text`, in order, each with its role.
    public var paragraphs: [Paragraph]

    public init(identifier: String, sourcePath: String, title: String? = nil, datePublished: CalendarDate? = nil,
                dateline: Dateline? = nil, source: String? = nil, text: String, paragraphs: [Paragraph]? = nil) {
        self.identifier = identifier
        self.sourcePath = sourcePath
        self.title = title
        self.datePublished = datePublished
        self.dateline = dateline
        self.source = source
        self.text = text
        self.paragraphs = paragraphs ?? Paragraph.split(text)
    }

    /// Makes an article from text in memory, laid out like a `.txt` file of the seeds.
    public init(identifier: String, plainText: String, sourcePath: String = "") {
        self = PlainTextArticleParser.parse(plainText, identifier: identifier, sourcePath: sourcePath)
    }
}

extension Article {
    /// The text of one paragraph of ``text``.
    public func text(of paragraph: Paragraph) -> String {
        texts(of: [paragraph.span])[0]
    }

    /// The texts of the paragraphs, in order, cut out of ``text`` in one pass.
    public var paragraphTexts: [String] { texts(of: paragraphs.map(\.span)) }

    /// The texts of spans of ``text`` (empty for a span outside it), walking the text once when
    /// the spans come in order.
    func texts(of spans: [TextSpan]) -> [String] {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        var result: [String] = []
        result.reserveCapacity(spans.count)
        for span in spans {
            guard span.start >= 0, span.start <= span.end else { result.append(""); continue }
            if span.start < offset { index = scalars.startIndex; offset = 0 }
            while offset < span.start, index < scalars.endIndex { scalars.formIndex(after: &index); offset += 1 }
            var end = index
            var endOffset = offset
            while endOffset < span.end, end < scalars.endIndex { scalars.formIndex(after: &end); endOffset += 1 }
            result.append(endOffset == span.end && offset == span.start ? String(scalars[index..<end]) : "")
        }
        return result
    }

    /// The story as a reader reads it: the body paragraphs and the sub-headings, one a line, without
    /// the headline, captions and page meta (bylines, "Source:" lines). The extractor reads ``text``,
    /// which holds these and, with their roles, the headline, captions and meta lines.
    public var body: String {
        var lines: [String] = []
        let texts = paragraphTexts
        for (index, paragraph) in paragraphs.enumerated() {
            switch paragraph.role {
            case .body:
                lines.append(texts[index])
            case .heading:
                let line = texts[index]
                // The headline: the first paragraph, when it is the title.
                if index == 0, line == title { continue }
                lines.append(line)
            case .caption, .meta:
                continue
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// A paragraph of an article's text and what it is.
public struct Paragraph: Hashable, Sendable {
    /// The role of a paragraph in the page.
    public enum Role: String, Hashable, Sendable {
        /// The headline or a sub-heading.
        case heading
        /// A photo caption ("(L-R) … — ISPR").
        case caption
        /// Running text.
        case body
        /// A line about the page itself ("Source: …", a byline).
        case meta
    }

    public var span: TextSpan
    public var role: Role

    public init(span: TextSpan, role: Role) {
        self.span = span
        self.role = role
    }

    /// Splits text at line breaks into body paragraphs, skipping blank lines.
    static func split(_ text: String) -> [Paragraph] {
        var result: [Paragraph] = []
        var start = 0
        var offset = 0
        var hasContent = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if hasContent { result.append(Paragraph(span: TextSpan(start: start, end: offset), role: .body)) }
                start = offset + 1
                hasContent = false
            } else if !scalar.properties.isWhitespace {
                hasContent = true
            }
            offset += 1
        }
        if hasContent { result.append(Paragraph(span: TextSpan(start: start, end: offset), role: .body)) }
        return result
    }
}
