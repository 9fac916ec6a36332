/// One token of a SPARQL query (§19.8, the grammar's terminals), with where it starts.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `<...>`: the IRI reference, escapes decoded, not yet resolved.
        case iriRef(String)
        /// `prefix:local`: the prefix (possibly empty) and the local part, escapes decoded.
        case prefixedName(prefix: String, local: String)
        /// `_:label`.
        case blankNodeLabel(String)
        /// `?name` or `$name`.
        case variable(String)
        /// A string literal's value, escapes decoded.
        case string(String)
        /// `@tag` after a string.
        case languageTag(String)
        /// An unsigned INTEGER, DECIMAL or DOUBLE, exactly as written.
        case integer(String), decimal(String), double(String)
        /// A keyword or `a`, `true`, `false`: the word as written.
        case word(String)
        /// Punctuation and operators: `{`, `}`, `(`, `)`, `[`, `]`, `.`, `,`, `;`, `*`, `/`, `|`, `^`, `^^`,
        /// `?`, `+`, `-`, `!`, `=`, `!=`, `<`, `>`, `<=`, `>=`, `&&`, `||`.
        case punctuation(String)
        case end
    }

    var kind: Kind
    var line: Int
    var column: Int

    /// The keyword in upper case, if this token is a word.
    var keyword: String? {
        if case .word(let word) = kind { return word.uppercased() }
        return nil
    }

    /// Whether this is the punctuation `symbol`.
    func isPunctuation(_ symbol: String) -> Bool {
        if case .punctuation(let value) = kind { return value == symbol }
        return false
    }

    /// What the token is, for error messages.
    var summary: String {
        switch kind {
        case .iriRef(let iri): "<\(iri)>"
        case .prefixedName(let prefix, let local): "\(prefix):\(local)"
        case .blankNodeLabel(let label): "_:\(label)"
        case .variable(let name): "?\(name)"
        case .string(let value): "\"\(value.prefix(20))\""
        case .languageTag(let tag): "@\(tag)"
        case .integer(let text), .decimal(let text), .double(let text): text
        case .word(let word): "'\(word)'"
        case .punctuation(let symbol): "'\(symbol)'"
        case .end: "the end of the query"
        }
    }
}
