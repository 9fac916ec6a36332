import RDFModel

/// Reads one shape's parameters from the shapes graph, refusing values that break SHACL's syntax
/// rules with an error that names the shape and the triple.
struct ShapeReader {
    /// The shapes graph.
    let graph: Graph
    /// The shape being read.
    let shape: Term

    /// The values of a parameter of the shape.
    func values(_ parameter: IRI) -> [Term] { graph.objects(of: shape, parameter) }

    /// Whether the shape has the parameter at all.
    func has(_ parameter: IRI) -> Bool { !values(parameter).isEmpty }

    /// An ill-formed-shape error about a triple of this shape.
    func error(_ parameter: IRI, _ value: Term?, _ message: String, section: String) -> ShapesError {
        var error = ShapesError(
            .illFormed, shape: shape, triple: value.map { Triple(shape, parameter, $0) }, message: message,
            specReference: "https://www.w3.org/TR/shacl/#\(section)")
        error.shapeDescription = ShapeReader.describe(shape, in: graph)
        return error
    }

    /// A blank-node shape named by what people can find in the file: its path and the shape
    /// that holds it (`[ sh:path <p> ] of <PersonShape>`); IRIs as they are.
    static func describe(_ shape: Term, in graph: Graph) -> String {
        guard shape.isBlankNode else { return shape.description }
        var out = "the blank-node shape"
        if let path = graph.firstObject(of: shape, SH.path) { out = "[ sh:path \(path.isBlankNode ? "[…]" : path.description) ]" }
        for parameter in [SH.property, SH.node, SH.not, SH.qualifiedValueShape] {
            if let parent = graph.subjects(parameter, shape).first {
                return out + " of " + describe(parent, in: graph)
            }
        }
        return out
    }

    /// The single value of a parameter, or `nil` when absent; more than one value is an error.
    func single(_ parameter: IRI, section: String) throws -> Term? {
        let all = values(parameter)
        if all.count > 1 {
            throw error(
                parameter, all[1], "\(SHName(parameter)) may have at most one value, found \(all.count): "
                    + all.map(\.description).joined(separator: ", "), section: section)
        }
        return all.first
    }

    /// The single value of a parameter as a non-negative `xsd:integer`.
    func nonNegativeInteger(_ parameter: IRI, section: String) throws -> Int? {
        guard let value = try single(parameter, section: section) else { return nil }
        guard case .literal(let literal) = value, literal.language == nil,
            XSDIntegerLike.contains(literal.datatype), literal.isWellFormed,
            let number = Int(literal.lexicalForm.hasPrefix("+") ? String(literal.lexicalForm.dropFirst()) : literal.lexicalForm),
            number >= 0
        else {
            throw error(parameter, value, "\(SHName(parameter)) must be a non-negative xsd:integer, found \(value)", section: section)
        }
        return number
    }

    /// The single value of a parameter as an `xsd:boolean`.
    func boolean(_ parameter: IRI, section: String) throws -> Bool? {
        guard let value = try single(parameter, section: section) else { return nil }
        guard case .literal(let literal) = value, literal.datatype == XSD.boolean, literal.isWellFormed else {
            throw error(parameter, value, "\(SHName(parameter)) must be an xsd:boolean (true or false), found \(value)", section: section)
        }
        // Only `true` switches a parameter on: SHACL names that value alone, and the W3C suite
        // (core/property/uniqueLang-002) expects "1"^^xsd:boolean to leave the constraint off.
        return literal.lexicalForm == "true"
    }

    /// The single value of a parameter as an IRI.
    func iri(_ parameter: IRI, section: String) throws -> IRI? {
        guard let value = try single(parameter, section: section) else { return nil }
        guard case .iri(let iri) = value else {
            throw error(parameter, value, "\(SHName(parameter)) must be an IRI, found \(value)", section: section)
        }
        return iri
    }

    /// Every value of a parameter, each of which must be an IRI.
    func iris(_ parameter: IRI, section: String) throws -> [IRI] {
        try values(parameter).map { value in
            guard case .iri(let iri) = value else {
                throw error(parameter, value, "\(SHName(parameter)) must be an IRI, found \(value)", section: section)
            }
            return iri
        }
    }

    /// The single value of a parameter as a string literal (`xsd:string`, no language tag).
    func string(_ parameter: IRI, section: String) throws -> String? {
        guard let value = try single(parameter, section: section) else { return nil }
        guard case .literal(let literal) = value, literal.datatype == XSD.string else {
            throw error(parameter, value, "\(SHName(parameter)) must be an xsd:string literal, found \(value)", section: section)
        }
        return literal.lexicalForm
    }

    /// The members of the SHACL list that is the single value of a parameter.
    func list(_ parameter: IRI, section: String) throws -> [Term]? {
        guard let head = try single(parameter, section: section) else { return nil }
        return try ShapeReader.members(of: head, in: graph) { problem, node, predicate, object in
            ShapesError(
                .illFormed, shape: shape,
                triple: predicate.map { Triple(node, $0, object ?? .iri(RDF.nil)) } ?? Triple(shape, parameter, head),
                message: "the value of \(SHName(parameter)) is not a well-formed SHACL list: \(problem)",
                specReference: "https://www.w3.org/TR/shacl/#syntax-rule-SHACL-list")
        }
    }

    /// The members of a SHACL list (https://www.w3.org/TR/shacl/#dfn-shacl-list): every cell a
    /// blank node (or `rdf:nil`) with exactly one `rdf:first` and one `rdf:rest`, and no cycle.
    static func members(
        of head: Term, in graph: Graph, error: (String, Term, IRI?, Term?) -> ShapesError
    ) throws -> [Term] {
        var members: [Term] = []
        var node = head
        var seen: Set<Term> = []
        while node != .iri(RDF.nil) {
            guard !seen.contains(node) else { throw error("the list has a cycle", node, RDF.rest, node) }
            seen.insert(node)
            guard node.isBlankNode || node.isIRI else { throw error("\(node) is a literal, not a list", node, nil, nil) }
            let firsts = graph.objects(of: node, RDF.first)
            let rests = graph.objects(of: node, RDF.rest)
            guard firsts.count == 1 else {
                throw error("list node \(node) has \(firsts.count) rdf:first values instead of one", node, firsts.isEmpty ? nil : RDF.first, firsts.last)
            }
            guard rests.count == 1 else {
                throw error("list node \(node) has \(rests.count) rdf:rest values instead of one", node, rests.isEmpty ? nil : RDF.rest, rests.last)
            }
            members.append(firsts[0])
            node = rests[0]
        }
        return members
    }
}

/// The datatypes accepted for integer-valued SHACL parameters (sh:minCount and the like).
let XSDIntegerLike: Set<IRI> = [
    XSD.integer, XSD.nonNegativeInteger, XSD.positiveInteger, XSD.int, XSD.long,
    IRI(unchecked: XSD.namespace + "short"), IRI(unchecked: XSD.namespace + "byte"),
    IRI(unchecked: XSD.namespace + "unsignedInt"), IRI(unchecked: XSD.namespace + "unsignedLong"),
    IRI(unchecked: XSD.namespace + "unsignedShort"), IRI(unchecked: XSD.namespace + "unsignedByte"),
]

/// `sh:name` for an IRI in the SHACL namespace, the full IRI otherwise.
func SHName(_ iri: IRI) -> String {
    iri.string.hasPrefix(SH.namespace) ? "sh:" + iri.string.dropFirst(SH.namespace.count) : iri.description
}
