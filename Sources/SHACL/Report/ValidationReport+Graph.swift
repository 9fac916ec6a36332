import RDFModel

extension ValidationReport {
    /// The report as the standard SHACL report graph (https://www.w3.org/TR/shacl/#validation-report):
    /// one `sh:ValidationReport` with `sh:conforms` and an `sh:result` blank node per result carrying
    /// `sh:focusNode`, `sh:resultPath` (the path's structure as the shapes graph nests it, with a
    /// fresh blank node for every path node, as the W3C test suite expects), `sh:value`,
    /// `sh:sourceShape`, `sh:sourceConstraintComponent`, `sh:resultSeverity` and `sh:resultMessage`.
    public var graph: Graph {
        var graph = Graph()
        var counter = 0
        func fresh() -> BlankNode {
            counter += 1
            return BlankNode("report\(counter)")
        }
        let report = Term.blankNode(fresh())
        graph.insert(Triple(report, RDF.type, .iri(SH.ValidationReport)))
        graph.insert(Triple(report, SH.conforms, .literal(Literal(conforms ? "true" : "false", datatype: XSD.boolean))))
        for result in results {
            let node = Term.blankNode(fresh())
            graph.insert(Triple(report, SH.result, node))
            graph.insert(Triple(node, RDF.type, .iri(SH.ValidationResult)))
            graph.insert(Triple(node, SH.focusNode, result.focusNode))
            if let path = result.resultPath {
                let built = path.triples(makeBlankNode: fresh)
                graph.insert(Triple(node, SH.resultPath, built.node))
                graph.insert(contentsOf: built.triples)
            }
            if let value = result.value { graph.insert(Triple(node, SH.value, value)) }
            graph.insert(Triple(node, SH.sourceShape, result.sourceShape))
            graph.insert(Triple(node, SH.sourceConstraintComponent, .iri(result.sourceConstraintComponent)))
            graph.insert(Triple(node, SH.resultSeverity, .iri(result.severity.iri)))
            for message in result.messages { graph.insert(Triple(node, SH.resultMessage, .literal(message))) }
        }
        return graph
    }
}
