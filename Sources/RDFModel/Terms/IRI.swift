/// An IRI, as defined by RDF 1.1 Concepts (https://www.w3.org/TR/rdf11-concepts/#dfn-iri).
///
/// The string is kept exactly as given. `init(_:)` checks the characters that no IRI
/// reference may contain (space, `<>"{}|^\`` and controls); `init(unchecked:)` is for
/// constants and for values a parser has already checked.
public struct IRI: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The IRI's characters, without angle brackets.
    public let string: String

    /// Creates an IRI from trusted input (constants, values already checked by a parser).
    public init(unchecked string: String) {
        self.string = string
    }

    /// Creates an IRI, refusing characters that RDF 1.1 does not allow in an IRI.
    ///
    /// - Throws: ``RDFModelError/invalidIRI(_:reason:)`` naming the offending character.
    public init(_ string: String) throws {
        if string.isEmpty { throw RDFModelError.invalidIRI(string, reason: "it is empty") }
        for scalar in string.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                throw RDFModelError.invalidIRI(
                    string, reason: "it contains U+\(String(scalar.value, radix: 16, uppercase: true)), which IRIs may not hold")
            }
        }
        self.string = string
    }

    /// The IRI in N-Triples form: `<...>`.
    public var description: String { "<\(string)>" }

    public static func < (lhs: IRI, rhs: IRI) -> Bool { lhs.string.utf8.lexicographicallyPrecedes(rhs.string.utf8) }
}
