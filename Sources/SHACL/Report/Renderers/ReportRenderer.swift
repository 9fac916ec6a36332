import RDFModel

/// Turns a ``ValidationReport`` into text in one format. Each format is one renderer:
/// ``TextReportRenderer`` for people, ``JSONReportRenderer``, ``JUnitReportRenderer``,
/// ``SARIFReportRenderer`` and ``GitHubReportRenderer`` for CI.
public protocol ReportRenderer: Sendable {
    /// The rendered report.
    func render(_ report: ValidationReport) -> String
}

/// Writes terms compactly with a prefix map (`schema:Person` instead of `<https://schema.org/Person>`).
public struct TermFormatter: Sendable {
    /// Prefix → namespace IRI.
    public let prefixes: [String: String]
    private let sorted: [(prefix: String, namespace: String)]

    /// Creates a formatter; the longest matching namespace wins.
    public init(prefixes: [String: String] = [:]) {
        self.prefixes = prefixes
        sorted = prefixes.map { ($0.key, $0.value) }.sorted { $0.namespace.count > $1.namespace.count }
    }

    /// The IRI as `prefix:local` when a namespace matches and the local part is simple, else `<iri>`.
    public func format(_ iri: IRI) -> String {
        for (prefix, namespace) in sorted where iri.string.hasPrefix(namespace) {
            let local = iri.string.dropFirst(namespace.count)
            if local.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }), local.last != "." {
                return "\(prefix):\(local)"
            }
        }
        return iri.description
    }

    /// The term in Turtle-like form, IRIs compacted.
    public func format(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return format(iri)
        case .blankNode(let node): return node.description
        case .literal(let literal):
            var out = "\"" + Literal.escape(literal.lexicalForm) + "\""
            if let language = literal.language { out += "@" + language } else if literal.datatype != XSD.string { out += "^^" + format(literal.datatype) }
            return out
        }
    }

    /// The shape of a result as people can find it: its IRI, or for a blank-node shape its path
    /// (`[ sh:path schema:name ]`), since blank-node labels mean nothing outside one parse.
    public func shape(of result: ValidationResult) -> String {
        if case .blankNode = result.sourceShape {
            if let path = result.resultPath, result.sourceConstraintComponent != SH.closedConstraintComponent {
                return "[ sh:path \(format(path)) ]"
            }
            return "[ blank-node shape ]"
        }
        return format(result.sourceShape)
    }

    /// A path in SPARQL syntax, IRIs compacted.
    public func format(_ path: PropertyPath) -> String {
        func wrapped(_ path: PropertyPath) -> String {
            if case .predicate = path { return format(path) }
            return "(" + format(path) + ")"
        }
        switch path {
        case .predicate(let iri): return format(iri)
        case .inverse(let inner): return "^" + wrapped(inner)
        case .sequence(let members): return members.map(wrapped).joined(separator: "/")
        case .alternative(let members): return members.map(wrapped).joined(separator: "|")
        case .zeroOrMore(let inner): return wrapped(inner) + "*"
        case .oneOrMore(let inner): return wrapped(inner) + "+"
        case .zeroOrOne(let inner): return wrapped(inner) + "?"
        }
    }
}
