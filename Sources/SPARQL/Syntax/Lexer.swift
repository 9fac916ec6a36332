/// Splits a SPARQL query into ``Token``s (§19.8), keeping each token's line and column.
///
/// Comments (`#` to the end of the line) and white space are dropped. `\u`/`\U` escapes are
/// decoded in strings, IRIs and prefixed names; string escapes (`\n`, `\"`, ...) in strings;
/// `\`-escapes of reserved characters and `%XX` are kept as the grammar says for local names.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// Every token of the query, ending with ``Token/Kind/end``.
    static func tokenize(_ text: String) throws -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func error(_ message: String) -> SPARQLSyntaxError {
        SPARQLSyntaxError(line: line, column: column, message: message)
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                advance()
            } else if c == "#" {
                while let d = peek(), d != "\n" { advance() }
            } else {
                return
            }
        }
    }

    mutating func next() throws -> Token {
        skipSpaceAndComments()
        let startLine = line
        let startColumn = column
        func token(_ kind: Token.Kind) -> Token { Token(kind: kind, line: startLine, column: startColumn) }
        guard let c = peek() else { return token(.end) }

        switch c {
        case "<":
            if let iri = try scanIRIRef() { return token(.iriRef(iri)) }
            advance()
            if peek() == "=" { advance(); return token(.punctuation("<=")) }
            return token(.punctuation("<"))
        case "?", "$":
            if let next = peek(1), CharacterClass.isVariableStart(next) {
                advance()
                return token(.variable(scanName(CharacterClass.isVariableChar)))
            }
            if c == "$" { throw error("'$' must start a variable name") }
            advance()
            return token(.punctuation("?"))
        case "\"", "'":
            return token(.string(try scanString()))
        case "@":
            advance()
            var tag = ""
            while let d = peek(), d.properties.isASCIIHexDigit || CharacterClass.isASCIILetter(d) || d == "-" || ("0"..."9").contains(d) {
                tag.unicodeScalars.append(d)
                advance()
            }
            if tag.isEmpty || !CharacterClass.isASCIILetter(tag.unicodeScalars.first!) || tag.hasSuffix("-") {
                throw SPARQLSyntaxError(line: startLine, column: startColumn, message: "a language tag must follow '@'")
            }
            return token(.languageTag(tag))
        case "_" where peek(1) == ":":
            advance(); advance()
            return token(.blankNodeLabel(try scanBlankNodeLabel()))
        case "0"..."9":
            return token(try scanNumber())
        case "." where peek(1).map { ("0"..."9").contains($0) } ?? false:
            return token(try scanNumber())
        case "{", "}", "(", ")", "[", "]", ".", ",", ";", "*", "/", "+", "-", "=":
            advance()
            return token(.punctuation(String(c)))
        case "^":
            advance()
            if peek() == "^" { advance(); return token(.punctuation("^^")) }
            return token(.punctuation("^"))
        case "!":
            advance()
            if peek() == "=" { advance(); return token(.punctuation("!=")) }
            return token(.punctuation("!"))
        case ">":
            advance()
            if peek() == "=" { advance(); return token(.punctuation(">=")) }
            return token(.punctuation(">"))
        case "&":
            advance()
            guard peek() == "&" else { throw error("'&' must be '&&'") }
            advance()
            return token(.punctuation("&&"))
        case "|":
            advance()
            if peek() == "|" { advance(); return token(.punctuation("||")) }
            return token(.punctuation("|"))
        case ":":
            return token(try scanPrefixedName(prefix: ""))
        default:
            if CharacterClass.isNameStartChar(c) {
                let word = scanName { CharacterClass.isNameChar($0) || $0 == "." }
                var trimmed = word
                // A prefix may not end with '.', and a word followed by '.' ends the triple.
                while trimmed.hasSuffix(".") { trimmed.removeLast() }
                let extra = word.unicodeScalars.count - trimmed.unicodeScalars.count
                if extra > 0 { rewind(extra) }
                if peek() == ":" {
                    return token(try scanPrefixedName(prefix: trimmed))
                }
                if trimmed.contains(".") {
                    throw SPARQLSyntaxError(line: startLine, column: startColumn, message: "unexpected '\(trimmed)'")
                }
                return token(.word(trimmed))
            }
            throw error("unexpected character '\(c.escaped(asASCII: false))'")
        }
    }

    /// Steps back over `count` scalars of the current line (none of them a newline).
    private mutating func rewind(_ count: Int) {
        index -= count
        column -= count
    }

    private mutating func scanName(_ accept: (Unicode.Scalar) -> Bool) -> String {
        var name = ""
        while let c = peek(), accept(c) {
            name.unicodeScalars.append(c)
            advance()
        }
        return name
    }

    /// An IRIREF at the current position, or `nil` (with the position unchanged) when the `<`
    /// is the less-than operator.
    private mutating func scanIRIRef() throws -> String? {
        var offset = 1
        var text = ""
        while let c = peek(offset) {
            if c == ">" {
                for _ in 0...offset { advance() }
                return text
            }
            if c == "\\" {
                guard let (scalar, length) = unicodeEscape(at: index + offset) else { return nil }
                if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                    throw error("an IRI may not hold U+\(String(scalar.value, radix: 16, uppercase: true))")
                }
                text.unicodeScalars.append(scalar)
                offset += length
                continue
            }
            if c.value <= 0x20 || "<\"{}|^`".unicodeScalars.contains(c) { return nil }
            text.unicodeScalars.append(c)
            offset += 1
        }
        return nil
    }

    /// A `\uXXXX` or `\UXXXXXXXX` escape starting at `position`: the scalar and the escape's length.
    private func unicodeEscape(at position: Int) -> (Unicode.Scalar, Int)? {
        guard position + 1 < scalars.count else { return nil }
        let digits: Int
        switch scalars[position + 1] {
        case "u": digits = 4
        case "U": digits = 8
        default: return nil
        }
        guard position + 1 + digits < scalars.count else { return nil }
        var hex = ""
        for i in 0..<digits {
            let d = scalars[position + 2 + i]
            guard d.properties.isASCIIHexDigit else { return nil }
            hex.unicodeScalars.append(d)
        }
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, 2 + digits)
    }

    private mutating func scanString() throws -> String {
        let quote = peek()!
        let long = peek(1) == quote && peek(2) == quote
        for _ in 0..<(long ? 3 : 1) { advance() }
        var value = ""
        while true {
            guard let c = peek() else { throw error("the string is not closed") }
            if c == quote {
                if !long {
                    advance()
                    return value
                }
                if peek(1) == quote && peek(2) == quote && peek(3) != quote {
                    advance(); advance(); advance()
                    return value
                }
                value.unicodeScalars.append(c)
                advance()
                continue
            }
            if !long && (c == "\n" || c == "\r") { throw error("a line break in a short string") }
            if c == "\\" {
                if let (scalar, length) = unicodeEscape(at: index) {
                    value.unicodeScalars.append(scalar)
                    for _ in 0..<length { advance() }
                    continue
                }
                guard let e = peek(1) else { throw error("the string is not closed") }
                let decoded: Unicode.Scalar
                switch e {
                case "t": decoded = "\t"
                case "b": decoded = "\u{08}"
                case "n": decoded = "\n"
                case "r": decoded = "\r"
                case "f": decoded = "\u{0C}"
                case "\"": decoded = "\""
                case "'": decoded = "'"
                case "\\": decoded = "\\"
                default: throw error("unknown escape '\\\(e)' in a string")
                }
                value.unicodeScalars.append(decoded)
                advance(); advance()
                continue
            }
            value.unicodeScalars.append(c)
            advance()
        }
    }

    private mutating func scanBlankNodeLabel() throws -> String {
        guard let first = peek(), CharacterClass.isNameStartChar(first) || first == "_" || ("0"..."9").contains(first) else {
            throw error("a blank node label must follow '_:'")
        }
        var label = scanName { CharacterClass.isNameChar($0) || $0 == "." }
        var extra = 0
        while label.hasSuffix(".") { label.removeLast(); extra += 1 }
        if extra > 0 { rewind(extra) }
        return label
    }

    private mutating func scanNumber() throws -> Token.Kind {
        var text = scanName { ("0"..."9").contains($0) }
        var isDecimal = false
        if peek() == ".", let d = peek(1), ("0"..."9").contains(d) || ((d == "e" || d == "E") && !text.isEmpty) {
            advance()
            text += "." + scanName { ("0"..."9").contains($0) }
            isDecimal = true
        }
        if let e = peek(), e == "e" || e == "E" {
            var offset = 1
            if let sign = peek(1), sign == "+" || sign == "-" { offset = 2 }
            if let d = peek(offset), ("0"..."9").contains(d) {
                for _ in 0..<offset {
                    text.unicodeScalars.append(peek()!)
                    advance()
                }
                text += scanName { ("0"..."9").contains($0) }
                return .double(text)
            }
        }
        return isDecimal ? .decimal(text) : .integer(text)
    }

    /// `prefix:` and the local part after the colon (PN_LOCAL, with `%XX` and `\` escapes).
    private mutating func scanPrefixedName(prefix: String) throws -> Token.Kind {
        advance()  // ':'
        var local = ""
        var first = true
        while let c = peek() {
            if c == "%" {
                guard let h1 = peek(1), let h2 = peek(2), h1.properties.isASCIIHexDigit, h2.properties.isASCIIHexDigit else {
                    throw error("'%' must be followed by two hex digits")
                }
                local += "%" + String(h1) + String(h2)
                advance(); advance(); advance()
            } else if c == "\\" {
                guard let e = peek(1), "_~.-!$&'()*+,;=/?#@%".unicodeScalars.contains(e) else {
                    throw error("a '\\' in a local name must escape one of _~.-!$&'()*+,;=/?#@%")
                }
                local.unicodeScalars.append(e)
                advance(); advance()
            } else if CharacterClass.isNameChar(c) || c == ":" || (first && ("0"..."9").contains(c)) {
                local.unicodeScalars.append(c)
                advance()
            } else if c == ".", let d = peek(1), !first,
                CharacterClass.isNameChar(d) || d == ":" || d == "%" || d == "\\" || d == "."
            {
                // A '.' inside the local name (not at its end): look ahead past runs of dots.
                var offset = 1
                while peek(offset) == "." { offset += 1 }
                guard let after = peek(offset), CharacterClass.isNameChar(after) || after == ":" || after == "%" || after == "\\" else {
                    break
                }
                for _ in 0..<offset {
                    local += "."
                    advance()
                }
            } else {
                break
            }
            first = false
        }
        return .prefixedName(prefix: prefix, local: local)
    }
}

/// The character classes of the SPARQL grammar (PN_CHARS_BASE, PN_CHARS_U, PN_CHARS, VARNAME).
enum CharacterClass {
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    /// PN_CHARS_BASE.
    static func isNameStartChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return isASCIILetter(c) || (0xC0...0xD6).contains(v) || (0xD8...0xF6).contains(v) || (0xF8...0x2FF).contains(v)
            || (0x370...0x37D).contains(v) || (0x37F...0x1FFF).contains(v) || (0x200C...0x200D).contains(v)
            || (0x2070...0x218F).contains(v) || (0x2C00...0x2FEF).contains(v) || (0x3001...0xD7FF).contains(v)
            || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFFD).contains(v) || (0x10000...0xEFFFF).contains(v)
    }

    /// PN_CHARS (without '.').
    static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return isNameStartChar(c) || c == "_" || c == "-" || ("0"..."9").contains(c) || v == 0xB7
            || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
    }

    static func isVariableStart(_ c: Unicode.Scalar) -> Bool { isNameStartChar(c) || c == "_" || ("0"..."9").contains(c) }

    static func isVariableChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return isVariableStart(c) || v == 0xB7 || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
    }
}
