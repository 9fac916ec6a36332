import Foundation
import RDFModel

/// The functions on strings (§17.4.3): STRLEN, SUBSTR, UCASE, LCASE, STRSTARTS, STRENDS,
/// CONTAINS, STRBEFORE, STRAFTER, ENCODE_FOR_URI, CONCAT, REGEX, REPLACE.
extension FunctionLibrary {
    /// A string literal argument (simple, `xsd:string` or language-tagged): its literal.
    static func stringLiteral(_ term: Term) throws -> Literal {
        guard case .literal(let literal) = term, literal.language != nil || literal.datatype == XSD.string else {
            throw ExpressionError("\(term) is not a string literal")
        }
        return literal
    }

    /// A string with the language tag or datatype of `like`.
    static func string(_ value: String, like: Literal) -> Term {
        if let language = like.language { return .literal(Literal(value, language: language)) }
        return .literal(Literal(value, datatype: like.datatype))
    }

    /// Argument compatibility (§17.4.3.1.1): the second argument is simple, or has the first's tag.
    static func compatible(_ a: Literal, _ b: Literal) throws {
        if b.language == nil { return }
        if a.language?.lowercased() == b.language?.lowercased() { return }
        throw ExpressionError("incompatible string arguments")
    }

    static func stringFunction(_ name: String, _ arguments: [Term]) throws -> Term? {
        switch name {
        case "STRLEN":
            return .literal(Literal(String(try stringLiteral(arguments[0]).lexicalForm.unicodeScalars.count), datatype: XSD.integer))
        case "SUBSTR":
            let source = try stringLiteral(arguments[0])
            guard let start = NumericValue(arguments[1])?.doubleValue else { throw ExpressionError("SUBSTR needs a number") }
            let characters = Array(source.lexicalForm.unicodeScalars)
            // XPath fn:substring: characters at positions p with round(start) <= p < round(start) + round(length).
            let first = (start + 0.5).rounded(.down)
            var last = Double.infinity
            if arguments.count == 3 {
                guard let length = NumericValue(arguments[2])?.doubleValue else { throw ExpressionError("SUBSTR needs a number") }
                last = first + (length + 0.5).rounded(.down)
            }
            if first.isNaN || last.isNaN { return string("", like: source) }
            var out = ""
            for (index, character) in characters.enumerated() {
                let position = Double(index + 1)
                if position >= first && position < last { out.unicodeScalars.append(character) }
            }
            return string(out, like: source)
        case "UCASE":
            let source = try stringLiteral(arguments[0])
            return string(source.lexicalForm.uppercased(), like: source)
        case "LCASE":
            let source = try stringLiteral(arguments[0])
            return string(source.lexicalForm.lowercased(), like: source)
        case "STRSTARTS", "STRENDS", "CONTAINS":
            let a = try stringLiteral(arguments[0])
            let b = try stringLiteral(arguments[1])
            try compatible(a, b)
            let x = a.lexicalForm, y = b.lexicalForm
            switch name {
            case "STRSTARTS": return boolean(x.unicodeScalars.starts(with: y.unicodeScalars))
            case "STRENDS": return boolean(x.unicodeScalars.reversed().starts(with: y.unicodeScalars.reversed()))
            default: return boolean(y.isEmpty || x.contains(y))
            }
        case "STRBEFORE", "STRAFTER":
            let a = try stringLiteral(arguments[0])
            let b = try stringLiteral(arguments[1])
            try compatible(a, b)
            if b.lexicalForm.isEmpty {
                return name == "STRBEFORE" ? string("", like: a) : arguments[0]
            }
            guard let range = a.lexicalForm.range(of: b.lexicalForm) else { return .string("") }
            let part = name == "STRBEFORE" ? a.lexicalForm[..<range.lowerBound] : a.lexicalForm[range.upperBound...]
            return string(String(part), like: a)
        case "ENCODE_FOR_URI":
            let source = try stringLiteral(arguments[0])
            var out = ""
            for byte in source.lexicalForm.utf8 {
                let c = Character(Unicode.Scalar(byte))
                if byte < 0x80 && (c.isLetter || c.isNumber || "-_.~".contains(c)) {
                    out.append(c)
                } else {
                    out += String(format: "%%%02X", byte)
                }
            }
            return .string(out)
        case "CONCAT":
            let parts = try arguments.map(stringLiteral)
            let text = parts.map(\.lexicalForm).joined()
            if let first = parts.first, let language = first.language,
                parts.allSatisfy({ $0.language == language })
            {
                return .literal(Literal(text, language: language))
            }
            return .string(text)
        case "REGEX":
            let source = try stringLiteral(arguments[0])
            let pattern = try simpleString(arguments[1])
            let flags = arguments.count == 3 ? try simpleString(arguments[2]) : ""
            let regex = try regularExpression(pattern, flags: flags)
            let text = source.lexicalForm
            let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            return boolean(found)
        case "REPLACE":
            let source = try stringLiteral(arguments[0])
            let pattern = try simpleString(arguments[1])
            let replacement = try simpleString(arguments[2])
            let flags = arguments.count == 4 ? try simpleString(arguments[3]) : ""
            let regex = try regularExpression(pattern, flags: flags)
            let text = source.lexicalForm
            let replaced = regex.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: replacement)
            return string(replaced, like: source)
        default:
            return nil
        }
    }

    /// An XPath regular expression (§17.4.3.14) with the flags `s`, `m`, `i`, `x` and `q`.
    static func regularExpression(_ pattern: String, flags: String) throws -> NSRegularExpression {
        var options: NSRegularExpression.Options = []
        var pattern = pattern
        for flag in flags {
            switch flag {
            case "i": options.insert(.caseInsensitive)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "m": options.insert(.anchorsMatchLines)
            case "x": options.insert(.allowCommentsAndWhitespace)
            case "q": pattern = NSRegularExpression.escapedPattern(for: pattern)
            default: throw ExpressionError("unknown regular expression flag '\(flag)'")
            }
        }
        do {
            return try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw ExpressionError("invalid regular expression \(pattern)")
        }
    }
}
