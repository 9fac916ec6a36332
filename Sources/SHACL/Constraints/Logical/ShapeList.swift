import RDFModel

/// Reads the shapes listed by `sh:and`, `sh:or` or `sh:xone`: each value is a SHACL list of shapes.
func parseShapeLists(_ reader: ShapeReader, _ shapes: ShapeIndexer, _ parameter: IRI, section: String) throws -> [[Int]] {
    try reader.values(parameter).map { head in
        let members = try ShapeReader.members(of: head, in: reader.graph) { problem, cell, predicate, object in
            ShapesError(
                .illFormed, shape: reader.shape,
                triple: predicate.map { Triple(cell, $0, object ?? .iri(RDF.nil)) } ?? Triple(reader.shape, parameter, head),
                message: "the value of \(SHName(parameter)) is not a well-formed SHACL list: \(problem)",
                specReference: "https://www.w3.org/TR/shacl/#\(section)")
        }
        return try members.map { try shapes.index(of: $0, from: reader, parameter: parameter) }
    }
}
