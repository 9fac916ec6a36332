import RDFModel

/// The severity of a validation result (https://www.w3.org/TR/shacl/#severity): `sh:Violation`
/// unless the shape says otherwise with `sh:severity`.
///
/// SHACL allows any IRI as a severity; the three the spec defines have constants.
public struct Severity: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The severity's IRI.
    public let iri: IRI

    /// Creates a severity from its IRI.
    public init(_ iri: IRI) { self.iri = iri }

    /// `sh:Violation`, the default.
    public static let violation = Severity(SH.Violation)
    /// `sh:Warning`.
    public static let warning = Severity(SH.Warning)
    /// `sh:Info`.
    public static let info = Severity(SH.Info)

    /// `Violation`, `Warning`, `Info`, or the IRI for other severities.
    public var description: String {
        iri.string.hasPrefix(SH.namespace) ? String(iri.string.dropFirst(SH.namespace.count)) : iri.description
    }

    private var rank: Int {
        switch self {
        case .violation: 0
        case .warning: 1
        case .info: 2
        default: 3
        }
    }

    /// Violations first, then warnings, then infos, then other severities by IRI.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.iri < rhs.iri
    }
}
