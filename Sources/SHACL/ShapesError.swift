import RDFModel

/// Why a shapes graph cannot be used: it is ill-formed (https://www.w3.org/TR/shacl/#syntax-rules)
/// or it uses a feature Communique does not implement (SHACL-SPARQL).
///
/// The message names the shape and quotes the offending triple in N-Triples form, so the
/// problem can be found in the shapes file:
///
/// ```
/// shape <http://example.org/PersonShape>: sh:minCount must be a non-negative xsd:integer, found "x"
///   in triple <http://example.org/PersonShape> <http://www.w3.org/ns/shacl#minCount> "x" .
///   (SHACL §4.2.1 https://www.w3.org/TR/shacl/#MinCountConstraintComponent)
/// ```
public struct ShapesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Code: String, Hashable, Sendable {
        /// The shapes graph breaks a SHACL syntax rule.
        case illFormed
        /// The shapes graph uses SHACL-SPARQL or another feature outside SHACL Core.
        case unsupported
    }

    /// What kind of problem this is.
    public let code: Code
    /// The shape the problem is in (an IRI or a blank node), when there is one.
    public let shape: Term?
    /// The triple that breaks the rule, when one triple does.
    public let triple: Triple?
    /// What is wrong and what is allowed.
    public let message: String
    /// The link to the spec section that states the rule.
    public let specReference: String?
    /// How the message names the shape: its IRI, or for a blank node its path and parent shape.
    public var shapeDescription: String?

    /// Creates an error.
    public init(_ code: Code, shape: Term?, triple: Triple?, message: String, specReference: String? = nil) {
        self.code = code
        self.shape = shape
        self.triple = triple
        self.message = message
        self.specReference = specReference
    }

    public var description: String {
        var out = (shapeDescription ?? shape?.description).map { "shape \($0): " } ?? ""
        out += message
        if let triple { out += "\n  in triple \(triple)" }
        if let specReference { out += "\n  (see \(specReference))" }
        return out
    }
}
