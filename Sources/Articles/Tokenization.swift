/// Sentence and token boundaries of an article's text, in Unicode scalar offsets.
///
/// Tokens are words (letters and digits, with inner hyphens and apostrophes: "Inter-Services",
/// "one-on-one"), dotted acronyms ("U.S."), numbers ("24-27", "1,000"), the possessive
/// ending ("’s", "'s") as a token of its own, and single punctuation marks. Sentences end at
/// `.`, `!`, `?` (and a closing quote after them) before a capital, digit or quote, except after
/// abbreviations ("Gen.", "Maj.", "Dr.", "Oct.") and initials, and always at line breaks.
public struct Tokenization: Sendable {
    /// A token of the text.
    public struct Token: Hashable, Sendable {
        /// What a token is made of.
        public enum Kind: UInt8, Hashable, Sendable { case word, number, punctuation }
        public var span: TextSpan
        public var text: String {
            didSet { isCapitalized = Self.startsUppercase(text) }
        }
        public var kind: Kind
        /// The index of the sentence the token belongs to.
        public var sentence: Int

        /// Whether the first character is an upper-case letter (kept with `text`: the recognizers ask often).
        public private(set) var isCapitalized: Bool

        init(span: TextSpan, text: String, kind: Kind, sentence: Int) {
            self.span = span
            self.text = text
            self.kind = kind
            self.sentence = sentence
            self.isCapitalized = Self.startsUppercase(text)
        }

        /// Whether the first scalar of `text` is upper case.
        static func startsUppercase(_ text: String) -> Bool {
            guard let first = text.unicodeScalars.first else { return false }
            if first.value < 128 { return first.value >= 65 && first.value <= 90 }
            return first.properties.isUppercase
        }
    }

    /// A sentence: its span and the range of its tokens in ``tokens``.
    public struct Sentence: Hashable, Sendable {
        public var span: TextSpan
        public var tokens: Range<Int>
        /// The index of the paragraph (line) it belongs to.
        public var paragraph: Int
    }

    public private(set) var tokens: [Token] = []
    public private(set) var sentences: [Sentence] = []

    /// Abbreviations after which a period does not end a sentence (lower case, without the period).
    public static let abbreviations: Set<String> = [
        "gen", "lt", "maj", "col", "brig", "capt", "cdr", "cmdr", "adm", "sgt", "cpl", "pvt", "dr", "mr", "mrs", "ms",
        "prof", "hon", "rtd", "retd", "jr", "sr", "st", "mt", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
        "gov", "sen", "rep", "amb", "excl", "incl", "approx", "dept", "govt", "min", "pres", "sec", "gp", "wg", "cdre",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "e.g", "i.e",
        "mohd", "muhd", "md", "engr", "ft", "air", "vadm", "radm", "rear", "vice", "lieut", "supt", "insp", "dy",
    ]

    /// Segments `text`.
    public init(_ text: String) {
        // One pass (Array(_:) of the scalar view counts them first, then decodes again).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        @inline(__always) func isLetter(_ s: Unicode.Scalar) -> Bool {
            if s.value < 128 { return (s.value | 32) >= 97 && (s.value | 32) <= 122 }
            return s.properties.isAlphabetic
        }
        @inline(__always) func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        @inline(__always) func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }
        @inline(__always) func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "‐" || s == "‑" }
        func make(_ a: Int, _ b: Int, _ kind: Token.Kind) {
            let text: String
            if scalars[a..<b].allSatisfy({ $0.value < 128 }) {
                // The bytes written straight into the string.
                text = String(unsafeUninitializedCapacity: b - a) { bytes in
                    for k in a..<b { bytes[k - a] = UInt8(truncatingIfNeeded: scalars[k].value) }
                    return b - a
                }
            } else {
                var s = ""
                s.unicodeScalars.append(contentsOf: scalars[a..<b])
                text = s
            }
            tokens.append(Token(span: TextSpan(start: a, end: b), text: text, kind: kind, sentence: 0))
        }
        while i < n {
            let s = scalars[i]
            if s == " " || s == "\n" || s == "\t" || (s.value >= 128 && s.properties.isWhitespace) { i += 1; continue }
            if isLetter(s) || isDigit(s) {
                let start = i
                // Dotted acronym: U.S., U.A.E.
                if isLetter(s), i + 3 < n, scalars[i + 1] == ".", isLetter(scalars[i + 2]), scalars[i + 3] == "." ,
                    s.properties.isUppercase
                {
                    var j = i
                    while j + 1 < n, isLetter(scalars[j]), scalars[j + 1] == ".", s.properties.isUppercase {
                        j += 2
                        if j < n, isLetter(scalars[j]), j + 1 < n, scalars[j + 1] == "." { continue }
                        break
                    }
                    make(start, j, .word)
                    i = j
                    continue
                }
                var hasLetter = false
                var j = i
                while j < n {
                    let c = scalars[j]
                    if isLetter(c) { hasLetter = true; j += 1; continue }
                    if isDigit(c) { j += 1; continue }
                    if (isHyphen(c) || c == "/") && j + 1 < n && (isLetter(scalars[j + 1]) || isDigit(scalars[j + 1])) && j > start {
                        j += 1
                        continue
                    }
                    if (c == "," || c == "." || c == ":") && !hasLetter && j + 1 < n && isDigit(scalars[j + 1]) && j > start {
                        j += 1
                        continue
                    }
                    if isApostrophe(c) && j + 1 < n && isLetter(scalars[j + 1]) && hasLetter {
                        // Possessive 's ends the word; O'Brien keeps it.
                        let next = scalars[j + 1]
                        if (next == "s" || next == "S") && (j + 2 >= n || !isLetter(scalars[j + 2])) { break }
                        if next == "t" && j + 2 >= n { j += 1; continue }
                        j += 1
                        continue
                    }
                    break
                }
                make(start, j, hasLetter ? .word : .number)
                i = j
                continue
            }
            if isApostrophe(s), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                i + 2 >= n || !isLetter(scalars[i + 2]), let last = tokens.last, last.span.end == i, last.kind == .word
            {
                make(i, i + 2, .word)
                i += 2
                continue
            }
            make(i, i + 1, .punctuation)
            i += 1
        }

        // Sentences.
        var sentences: [Sentence] = []
        var sentenceStart = 0
        var paragraph = 0
        func close(_ endToken: Int) {
            guard endToken > sentenceStart else { return }
            let span = TextSpan(start: tokens[sentenceStart].span.start, end: tokens[endToken - 1].span.end)
            for k in sentenceStart..<endToken { tokens[k].sentence = sentences.count }
            sentences.append(Sentence(span: span, tokens: sentenceStart..<endToken, paragraph: paragraph))
            sentenceStart = endToken
        }
        var k = 0
        while k < tokens.count {
            let token = tokens[k]
            // Line break between this token and the next: always a boundary.
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            var lineBreak = false
            if let next {
                var p = token.span.end
                while p < next.span.start { if scalars[p] == "\n" { lineBreak = true; break }; p += 1 }
            }
            if token.kind == .punctuation, token.text == "." || token.text == "!" || token.text == "?" {
                var end = k + 1
                // Closing quotes and brackets belong to the sentence.
                while end < tokens.count, ["”", "\"", "’", "'", ")"].contains(tokens[end].text),
                    tokens[end].span.start == tokens[end - 1].span.end
                {
                    end += 1
                }
                var boundary = false
                if end >= tokens.count {
                    boundary = true
                } else {
                    let after = tokens[end]
                    let gap = after.span.start > tokens[end - 1].span.end
                    let startsUpper = after.isCapitalized || after.kind == .number || ["“", "\"", "‘", "'", "("].contains(after.text)
                    if gap && startsUpper {
                        boundary = true
                        if token.text == ".", k > 0 {
                            let previous = tokens[k - 1]
                            let lower = previous.text.lowercased()
                            if previous.span.end == token.span.start {
                                if Self.abbreviations.contains(lower) { boundary = false }
                                if previous.kind == .word, previous.text.count == 1, previous.isCapitalized { boundary = false }
                            }
                        }
                    }
                    var p = tokens[end - 1].span.end
                    while p < after.span.start { if scalars[p] == "\n" { boundary = true; lineBreak = true; break }; p += 1 }
                }
                if boundary {
                    close(end)
                    if lineBreak { paragraph += 1 }
                    k = end
                    continue
                }
            }
            if lineBreak {
                close(k + 1)
                paragraph += 1
            }
            k += 1
        }
        close(tokens.count)
        self.tokens = tokens
        self.sentences = sentences
    }
}
