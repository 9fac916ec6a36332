/// A literal (https://www.w3.org/TR/rdf11-concepts/#dfn-literal): a lexical form, a datatype IRI
/// and, for `rdf:langString`, a language tag.
///
/// The lexical form is kept exactly as written: `"01"^^xsd:integer` and `"1"^^xsd:integer` are
/// different literals. Comparing values (as SHACL's `sh:minInclusive` does) is an explicit
/// operation, never done by `==`.
public struct Literal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The lexical form.
    public let lexicalForm: String
    /// The datatype IRI: `rdf:langString` when ``language`` is set, `xsd:string` for simple literals.
    public let datatype: IRI
    /// The language tag, exactly as written, or `nil`.
    public let language: String?

    /// Creates a typed literal; without a datatype it is an `xsd:string`.
    public init(_ lexicalForm: String, datatype: IRI = XSD.string) {
        self.lexicalForm = lexicalForm
        self.datatype = datatype
        self.language = nil
    }

    /// Creates a language-tagged string (`rdf:langString`).
    public init(_ lexicalForm: String, language: String) {
        self.lexicalForm = lexicalForm
        self.datatype = RDF.langString
        self.language = language
    }

    /// The literal in N-Triples form, with the escapes N-Triples requires.
    public var description: String {
        var out = "\"" + Literal.escape(lexicalForm) + "\""
        if let language {
            out += "@" + language
        } else if datatype != XSD.string {
            out += "^^" + datatype.description
        }
        return out
    }

    /// Escapes a string for an N-Triples `STRING_LITERAL_QUOTE`.
    public static func escape(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(format4: scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    public static func < (lhs: Literal, rhs: Literal) -> Bool {
        if lhs.lexicalForm != rhs.lexicalForm {
            return lhs.lexicalForm.utf8.lexicographicallyPrecedes(rhs.lexicalForm.utf8)
        }
        if lhs.datatype != rhs.datatype { return lhs.datatype < rhs.datatype }
        return (lhs.language ?? "").utf8.lexicographicallyPrecedes((rhs.language ?? "").utf8)
    }
}

extension String {
    /// Four upper-case hex digits, zero-padded.
    init(format4 value: UInt32) {
        let hex = String(value, radix: 16, uppercase: true)
        self = String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
    }
}
