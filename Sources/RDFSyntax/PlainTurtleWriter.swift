import RDFModel

/// Writes Turtle without abbreviations beyond prefixed names and `;` between the statements of
/// one subject: every term in its N-Triples form or as `prefix:local` when the local part is
/// plainly safe. Used when raptor's Turtle writer cannot express a graph (collections, literals
/// with carriage returns): this form can express every graph.
enum PlainTurtleWriter {
    static func render(_ sorted: SortedTriples, namespaces: [(prefix: String, iri: String)]) -> [UInt8] {
        var out = ""
        for (prefix, iri) in namespaces { out += "@prefix \(prefix): <\(iri)> .\n" }
        if !namespaces.isEmpty { out += "\n" }
        let graph = sorted.graph
        var names: [TermID: String] = [:]
        func name(_ id: TermID) -> String {
            if let known = names[id] { return known }
            let text: String
            switch graph.term(id) {
            case .iri(let iri): text = shortName(iri, namespaces)
            case .blankNode(let node): text = "_:" + RaptorWriter.safeLabel(node.id)
            case .literal(let literal):
                var form = "\"" + Literal.escape(literal.lexicalForm) + "\""
                if let language = literal.language {
                    form += "@" + language
                } else if literal.datatype != XSD.string {
                    form += "^^" + shortName(literal.datatype, namespaces)
                }
                text = form
            }
            names[id] = text
            return text
        }
        var lastSubject: TermID?
        for triple in sorted.triples {
            if triple.subject == lastSubject {
                out += " ;\n    "
            } else {
                if lastSubject != nil { out += " .\n" }
                out += name(triple.subject) + " "
                lastSubject = triple.subject
            }
            out += name(triple.predicate) + " " + name(triple.object)
        }
        if lastSubject != nil { out += " .\n" }
        return Array(out.utf8)
    }

    /// `prefix:local` when the local part is letters, digits, `_` and `-` (not first), else `<iri>`.
    static func shortName(_ iri: IRI, _ namespaces: [(prefix: String, iri: String)]) -> String {
        for (prefix, namespace) in namespaces where iri.string.hasPrefix(namespace) {
            let local = iri.string.utf8.dropFirst(namespace.utf8.count)
            if isPlainLocalName(local) { return prefix + ":" + String(decoding: local, as: UTF8.self) }
        }
        return iri.description
    }

    static func isPlainLocalName<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first else { return true }
        func letter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F }
        guard letter(first) else { return false }
        return bytes.allSatisfy { letter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
