import Foundation

/// One challenge of a `WWW-Authenticate` header (RFC 9110 §11.6.1): a scheme and its parameters,
/// such as `Digest realm="SPARQL", nonce="…", qop="auth"`.
struct AuthenticationChallenge: Sendable, Hashable {
    /// The scheme in lower case: `basic`, `digest`, `bearer`.
    var scheme: String
    /// The parameters, names in lower case, values unquoted.
    var parameters: [String: String]

    /// Parses every challenge of a header value (several headers joined with `, ` are one value).
    static func parse(_ header: String) -> [AuthenticationChallenge] {
        var challenges: [AuthenticationChallenge] = []
        var scanner = HeaderScanner(header)
        while !scanner.atEnd {
            scanner.skip(while: { $0 == "," || $0 == " " || $0 == "\t" })
            guard let token = scanner.token(), !token.isEmpty else {
                scanner.skipOne()
                continue
            }
            scanner.skip(while: { $0 == " " || $0 == "\t" })
            if scanner.peek == "=" {
                // A parameter of the current challenge: `name=value` or `name="value"`.
                scanner.skipOne()
                scanner.skip(while: { $0 == " " || $0 == "\t" })
                let value = scanner.peek == "\"" ? scanner.quoted() : (scanner.token() ?? "")
                if !challenges.isEmpty { challenges[challenges.count - 1].parameters[token.lowercased()] = value }
            } else {
                challenges.append(AuthenticationChallenge(scheme: token.lowercased(), parameters: [:]))
            }
        }
        return challenges
    }
}

/// Reads tokens and quoted strings from a header value.
private struct HeaderScanner {
    let characters: [Character]
    var index = 0

    init(_ text: String) { characters = Array(text) }

    var atEnd: Bool { index >= characters.count }
    var peek: Character? { atEnd ? nil : characters[index] }

    mutating func skipOne() { if !atEnd { index += 1 } }

    mutating func skip(while predicate: (Character) -> Bool) {
        while let c = peek, predicate(c) { index += 1 }
    }

    /// A token: characters up to white space, `=`, `,` or a quote (token68 padding `=` is left).
    mutating func token() -> String? {
        let start = index
        skip(while: { !$0.isWhitespace && $0 != "=" && $0 != "," && $0 != "\"" })
        return index > start ? String(characters[start..<index]) : nil
    }

    /// A quoted string with backslash escapes, the quotes removed.
    mutating func quoted() -> String {
        skipOne()
        var out = ""
        while let c = peek {
            index += 1
            if c == "\"" { break }
            if c == "\\", let escaped = peek {
                index += 1
                out.append(escaped)
            } else {
                out.append(c)
            }
        }
        return out
    }
}
