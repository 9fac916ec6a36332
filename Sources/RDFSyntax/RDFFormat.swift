import Foundation

/// An RDF concrete syntax that Communique reads or writes.
///
/// Formats are found from a file extension (``init(fileExtension:)``), a name given on the
/// command line (``init(name:)``) or a media type (``init(mediaType:)``).
///
/// | format | reads | writes |
/// |---|---|---|
/// | ``turtle`` ([Turtle](https://www.w3.org/TR/turtle/)) | yes | yes, with prefixes |
/// | ``ntriples`` ([N-Triples](https://www.w3.org/TR/n-triples/)) | yes | yes |
/// | ``nquads`` ([N-Quads](https://www.w3.org/TR/n-quads/)) | yes | yes |
/// | ``rdfxml`` ([RDF/XML](https://www.w3.org/TR/rdf-syntax-grammar/)) | yes | yes, abbreviated |
/// | ``trig`` ([TriG](https://www.w3.org/TR/trig/)) | yes | datasets only |
/// | ``dot`` ([Graphviz](https://graphviz.org/doc/info/lang.html)) | no | yes (a picture, not verified by re-reading) |
public enum RDFFormat: String, CaseIterable, Sendable {
    case turtle, ntriples, nquads, rdfxml, trig, dot

    /// The format for a file extension (`ttl`, `nt`, `nq`, `rdf`, `owl`, `xml`, `trig`, `dot`, `gv`), case-insensitive.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "ttl", "turtle": self = .turtle
        case "nt", "ntriples": self = .ntriples
        case "nq", "nquads": self = .nquads
        case "rdf", "owl", "xml", "rdfxml": self = .rdfxml
        case "trig": self = .trig
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// The format for a name as people write it: a case name (`turtle`, `rdfxml`), a common
    /// spelling (`n-triples`, `rdf/xml`, `xml`) or a file extension (`ttl`, `nt`).
    public init?(name: String) {
        let key = name.lowercased()
        if let format = RDFFormat(rawValue: key) {
            self = format
            return
        }
        switch key {
        case "n-triples", "ntriple": self = .ntriples
        case "n-quads", "nquad": self = .nquads
        case "rdf/xml", "rdf-xml", "rdfxml-abbrev", "xml": self = .rdfxml
        case "graphviz": self = .dot
        default:
            guard let format = RDFFormat(fileExtension: key) else { return nil }
            self = format
        }
    }

    /// The format for a media type such as `text/turtle` (parameters like `; charset=utf-8` are ignored).
    public init?(mediaType: String) {
        let bare = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard let format = RDFFormat.allCases.first(where: { $0.mediaType == bare }) else {
            if bare == "application/x-turtle" { self = .turtle; return }
            if bare == "text/plain" { self = .ntriples; return }
            return nil
        }
        self = format
    }

    /// The format of a path, from its extension.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(fileExtension: String(path[path.index(after: dot)...]))
    }

    /// The registered media type.
    public var mediaType: String {
        switch self {
        case .turtle: "text/turtle"
        case .ntriples: "application/n-triples"
        case .nquads: "application/n-quads"
        case .rdfxml: "application/rdf+xml"
        case .trig: "application/trig"
        case .dot: "text/vnd.graphviz"
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .turtle: "ttl"
        case .ntriples: "nt"
        case .nquads: "nq"
        case .rdfxml: "rdf"
        case .trig: "trig"
        case .dot: "dot"
        }
    }

    /// A human name, as in error messages.
    public var displayName: String {
        switch self {
        case .turtle: "Turtle"
        case .ntriples: "N-Triples"
        case .nquads: "N-Quads"
        case .rdfxml: "RDF/XML"
        case .trig: "TriG"
        case .dot: "Graphviz dot"
        }
    }

    /// Whether Communique can read this format.
    public var isReadable: Bool { self != .dot }

    /// Whether the format can carry named graphs.
    public var holdsDatasets: Bool { self == .nquads || self == .trig }

    /// raptor's parser name, or `nil` when raptor cannot read the format.
    var raptorParserName: String? {
        switch self {
        case .turtle: "turtle"
        case .ntriples: "ntriples"
        case .nquads: "nquads"
        case .rdfxml: "rdfxml"
        case .trig: "trig"
        case .dot: nil
        }
    }

    /// raptor's serializer name, or `nil` when raptor cannot write the format.
    var raptorSerializerName: String? {
        switch self {
        case .turtle: "turtle"
        case .ntriples: "ntriples"
        case .nquads: "nquads"
        case .rdfxml: "rdfxml-abbrev"
        case .dot: "dot"
        case .trig: nil
        }
    }
}
