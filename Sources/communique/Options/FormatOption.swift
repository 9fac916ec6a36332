import ArgumentParser
import RDFSyntax

/// An RDF syntax named on the command line (`--from turtle`, `--to nt`, `--format rdfxml`).
///
/// Accepts the case names and the usual spellings and extensions (`ttl`, `n-triples`, `nt`,
/// `nq`, `rdf/xml`, `xml`, `rdf`, `gv`), as ``RDFFormat/init(name:)`` does.
struct FormatOption: ExpressibleByArgument, Sendable {
    let format: RDFFormat

    init(_ format: RDFFormat) { self.format = format }

    init?(argument: String) {
        guard let format = RDFFormat(name: argument) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { RDFFormat.allCases.map(\.rawValue) }

    var defaultValueDescription: String { format.rawValue }
}
