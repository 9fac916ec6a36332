/// Errors raised when building RDF values from untrusted input.
public enum RDFModelError: Error, Equatable, CustomStringConvertible {
    /// The string is not an IRI.
    case invalidIRI(String, reason: String)

    public var description: String {
        switch self {
        case .invalidIRI(let value, let reason): "invalid IRI <\(value)>: \(reason)"
        }
    }
}
