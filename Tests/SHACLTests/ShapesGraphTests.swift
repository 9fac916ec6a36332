import RDFModel
import Testing

@testable import SHACL

/// Reading shapes: ill-formed shapes are refused naming the shape and the triple; SHACL-SPARQL is
/// refused with a clear message; shapes are found by type, target, parameter and reference.
@Suite struct ShapesGraphTests {
    func error(_ shapes: String) throws -> ShapesError {
        let graph = try TestShapes.graph(shapes)
        do {
            _ = try Validator(shapes: graph)
        } catch let error as ShapesError {
            return error
        }
        Issue.record("shapes were accepted: \(shapes)")
        return ShapesError(.illFormed, shape: nil, triple: nil, message: "")
    }

    @Test func minCountMustBeAnInteger() throws {
        let e = try error(#"ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount "x" ] ."#)
        #expect(e.code == .illFormed)
        #expect(e.triple?.predicate == SH.minCount)
        #expect(e.triple?.object == .string("x"))
        #expect(e.description.contains("sh:minCount must be a non-negative xsd:integer"))
        #expect(e.description.contains(#""x""#))
    }

    @Test func pathMustBeAWellFormedList() throws {
        let e = try error("""
            ex:S a sh:PropertyShape ; sh:targetNode ex:a ; sh:path _:l1 .
            _:l1 rdf:first ex:p ; rdf:rest _:l2 .
            _:l2 rdf:first ex:q .
            """)
        #expect(e.shape == .iri("http://example.org/S"))
        #expect(e.description.contains("not a well-formed property path"))
        #expect(e.description.contains("rdf:rest"))
    }

    @Test func oneMemberSequenceIsRefused() throws {
        let e = try error("ex:S a sh:PropertyShape ; sh:targetNode ex:a ; sh:path ( ex:p ) .")
        #expect(e.description.contains("at least two members"))
    }

    @Test func twoPathsAreRefused() throws {
        let e = try error("ex:S sh:targetNode ex:a ; sh:path ex:p, ex:q ; sh:minCount 1 .")
        #expect(e.description.contains("sh:path may have at most one value"))
    }

    @Test func badNodeKindIsRefused() throws {
        let e = try error("ex:S sh:targetNode ex:a ; sh:nodeKind ex:Thing .")
        #expect(e.triple == Triple(.iri("http://example.org/S"), SH.nodeKind, .iri("http://example.org/Thing")))
    }

    @Test func nodeShapeCannotCountValues() throws {
        let e = try error("ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:minCount 1 .")
        #expect(e.description.contains("only in property shapes"))
    }

    @Test func invalidPatternIsRefused() throws {
        let e = try error(#"ex:S sh:targetNode ex:a ; sh:pattern "([a-z" ."#)
        #expect(e.description.contains("not a valid regular expression"))
    }

    @Test func sparqlConstraintsAreRefused() throws {
        let e = try error(#"ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { }" ] ."#)
        #expect(e.code == .unsupported)
        #expect(e.description.contains("SPARQL-based constraints"))
        #expect(e.description.contains("SHACL Core"))
    }

    @Test func shapesAreFoundByTypeTargetParameterAndReference() throws {
        let shapes = try ShapesGraph(try TestShapes.graph("""
            ex:A a sh:NodeShape .
            ex:B sh:targetClass ex:C .
            ex:D sh:minLength 1 .
            ex:E sh:node ex:F .
            ex:G sh:or ( ex:H [ sh:datatype xsd:string ] ) .
            ex:C a rdfs:Class, sh:NodeShape .
            """))
        let nodes = Set(shapes.shapes.map(\.node))
        for name in ["A", "B", "D", "E", "F", "G", "H", "C"] { #expect(nodes.contains(.iri("http://example.org/\(name)"))) }
        #expect(shapes.shapes.count == 9)
        let implicit = try #require(shapes.shapes.first { $0.node == .iri("http://example.org/C") })
        #expect(implicit.targets == [.class(.iri("http://example.org/C"))])
    }

    @Test func parsedPathsKeepTheirStructure() throws {
        let shapes = try ShapesGraph(try TestShapes.graph("""
            ex:S sh:targetNode ex:a ; sh:path ( ex:p [ sh:inversePath ex:q ] [ sh:alternativePath ( ex:r [ sh:zeroOrMorePath ex:s ] ) ] ) .
            """))
        let path = try #require(shapes.shapes.first?.path)
        #expect(path.description == "<http://example.org/p>/(^<http://example.org/q>)/(<http://example.org/r>|(<http://example.org/s>*))")
    }
}
