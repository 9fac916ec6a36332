import RDFModel
import Testing

@testable import SHACL

/// Property pair, logical, shape-based and other components (SHACL §4.5–4.8), paths, targets,
/// recursion, severities, messages and the report graph.
@Suite struct StructuralConstraintTests {
    @Test func propertyPairs() throws {
        let report = try TestShapes.validate(
            data: """
                ex:a ex:p 1, 2 ; ex:q 2, 3 ; ex:start 5 ; ex:end 4 ; ex:low 1 ; ex:high 1 .
                """,
            shapes: """
                ex:S sh:targetNode ex:a ;
                    sh:property [ sh:path ex:p ; sh:equals ex:q ; sh:disjoint ex:q ] ;
                    sh:property [ sh:path ex:start ; sh:lessThan ex:end ] ;
                    sh:property [ sh:path ex:low ; sh:lessThanOrEquals ex:high ; sh:lessThan ex:high ] .
                """)
        #expect(TestShapes.summary(report) == [
            #"Disjoint a "2"^^<http://www.w3.org/2001/XMLSchema#integer>"#,
            #"Equals a "1"^^<http://www.w3.org/2001/XMLSchema#integer>"#,
            #"Equals a "3"^^<http://www.w3.org/2001/XMLSchema#integer>"#,
            #"LessThan a "1"^^<http://www.w3.org/2001/XMLSchema#integer>"#,
            #"LessThan a "5"^^<http://www.w3.org/2001/XMLSchema#integer>"#,
        ])
    }

    @Test func logicalComponents() throws {
        let report = try TestShapes.validate(
            data: #"ex:a ex:v 1, "s", 2.5, ex:i ."#,
            shapes: """
                ex:Int sh:datatype xsd:integer .
                ex:Str sh:datatype xsd:string .
                ex:Lit sh:nodeKind sh:Literal .
                ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:v ;
                    sh:or ( ex:Int ex:Str ) ; sh:xone ( ex:Int ex:Lit ) ; sh:and ( ex:Lit ) ; sh:not ex:Str ] .
                """)
        let summary = TestShapes.summary(report)
        #expect(summary.filter { $0.hasPrefix("Or ") }.count == 2)  // 2.5, ex:i
        #expect(summary.filter { $0.hasPrefix("Xone ") }.count == 2)  // 1 conforms to both, ex:i to none
        #expect(summary.filter { $0.hasPrefix("And ") } == ["And a i"])
        #expect(summary.filter { $0.hasPrefix("Not ") } == [#"Not a "s""#])
    }

    @Test func nodeAndPropertyShapes() throws {
        let report = try TestShapes.validate(
            data: "ex:a ex:knows ex:b, ex:c . ex:b ex:name \"B\" .",
            shapes: """
                ex:Named sh:property [ sh:path ex:name ; sh:minCount 1 ] .
                ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:knows ; sh:node ex:Named ] .
                """)
        #expect(TestShapes.summary(report) == ["Node a c"])
    }

    @Test func qualifiedValueShapesWithDisjointSiblings() throws {
        let report = try TestShapes.validate(
            data: "ex:hand ex:digit ex:t1, ex:f1, ex:f2 . ex:t1 a ex:Thumb . ex:f1 a ex:Finger . ex:f2 a ex:Finger, ex:Thumb .",
            shapes: """
                ex:Hand sh:targetNode ex:hand ;
                    sh:property ex:ThumbCount, ex:FingerCount .
                ex:ThumbCount sh:path ex:digit ; sh:qualifiedValueShape [ sh:class ex:Thumb ] ;
                    sh:qualifiedValueShapesDisjoint true ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 .
                ex:FingerCount sh:path ex:digit ; sh:qualifiedValueShape [ sh:class ex:Finger ] ;
                    sh:qualifiedValueShapesDisjoint true ; sh:qualifiedMinCount 2 .
                """)
        // ex:f2 is both, so it counts for neither: one thumb, one finger.
        #expect(TestShapes.summary(report) == ["QualifiedMinCount hand"])
    }

    @Test func closedShapes() throws {
        let report = try TestShapes.validate(
            data: "ex:a a ex:T ; ex:p 1 ; ex:extra 2 .",
            shapes: "ex:S sh:targetNode ex:a ; sh:closed true ; sh:ignoredProperties ( rdf:type ) ; sh:property [ sh:path ex:p ] .")
        #expect(report.results.count == 1)
        #expect(report.results.first?.resultPath == .predicate(IRI(unchecked: "http://example.org/extra")))
    }

    @Test func hasValueAndIn() throws {
        let report = try TestShapes.validate(
            data: "ex:a ex:c ex:red, ex:green . ex:b ex:c ex:blue .",
            shapes: "ex:S sh:targetNode ex:a, ex:b ; sh:property [ sh:path ex:c ; sh:hasValue ex:red ; sh:in ( ex:red ex:green ) ] .")
        #expect(TestShapes.summary(report) == ["HasValue b", "In b blue"])
    }

    @Test func pathsOfEveryKind() throws {
        let data = "ex:a ex:p ex:b . ex:b ex:p ex:c . ex:c ex:q ex:d . ex:e ex:p ex:a ."
        func values(_ path: String) throws -> Int {
            let report = try TestShapes.validate(data: data, shapes: "ex:S sh:targetNode ex:a ; sh:path \(path) ; sh:maxCount 0 .")
            let message = try #require(report.results.first?.message)
            return Int(message.split(separator: "found ").last!.dropLast()) ?? -1
        }
        #expect(try values("ex:p") == 1)
        #expect(try values("[ sh:inversePath ex:p ]") == 1)
        #expect(try values("( ex:p ex:p ex:q )") == 1)
        #expect(try values("[ sh:alternativePath ( ex:p [ sh:inversePath ex:p ] ) ]") == 2)
        #expect(try values("[ sh:zeroOrMorePath ex:p ]") == 3)
        #expect(try values("[ sh:oneOrMorePath ex:p ]") == 2)
        #expect(try values("[ sh:zeroOrOnePath ex:p ]") == 2)
        #expect(try values("( [ sh:oneOrMorePath ex:p ] ex:q )") == 1)
    }

    @Test func targetsOfEveryKind() throws {
        let report = try TestShapes.validate(
            data: "ex:Sub rdfs:subClassOf ex:C . ex:a a ex:Sub . ex:b ex:p ex:c . ex:d a ex:C .",
            shapes: """
                ex:S sh:targetClass ex:C ; sh:targetSubjectsOf ex:p ; sh:targetObjectsOf ex:p ; sh:targetNode ex:z ;
                    sh:nodeKind sh:Literal .
                """)
        #expect(Set(report.results.map { TestShapes.local($0.focusNode) }) == ["a", "b", "c", "d", "z"])
        #expect(report.results.count == 5)
    }

    @Test func recursiveShapesTerminate() throws {
        let report = try TestShapes.validate(
            data: "ex:a ex:knows ex:b . ex:b ex:knows ex:a . ex:c ex:knows ex:c .",
            shapes: """
                ex:Person sh:targetNode ex:a, ex:c ; sh:property [ sh:path ex:knows ; sh:node ex:Person ] .
                ex:Loop sh:targetNode ex:a ; sh:not ex:Loop .
                """)
        #expect(report.results.allSatisfy { $0.sourceShape == .iri("http://example.org/Loop") || $0.sourceConstraintComponent == SH.notConstraintComponent })
    }

    @Test func deactivatedSeverityAndMessages() throws {
        let report = try TestShapes.validate(
            data: "ex:a ex:p 1 .",
            shapes: """
                ex:Off sh:targetNode ex:a ; sh:deactivated true ; sh:maxCount 0 ; sh:path ex:p .
                ex:Warn sh:targetNode ex:a ; sh:path ex:p ; sh:maxCount 0 ; sh:severity sh:Warning ;
                    sh:message "no p please"@en, "pas de p"@fr .
                ex:Uses sh:targetNode ex:a ; sh:node ex:Off .
                """)
        #expect(report.results.count == 1)
        let result = try #require(report.results.first)
        #expect(result.severity == .warning)
        #expect(Set(result.messages) == [Literal("no p please", language: "en"), Literal("pas de p", language: "fr")])
        #expect(!report.conforms)
        #expect(!report.hasViolations)
    }

    @Test func reportGraphIsTheStandardVocabulary() throws {
        let report = try TestShapes.validate(
            data: "ex:a ex:p ex:b .",
            shapes: "ex:S sh:targetNode ex:a ; sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 .")
        let graph = report.graph
        let node = try #require(graph.subjects(RDF.type, .iri(SH.ValidationReport)).first)
        #expect(graph.objects(of: node, SH.conforms) == [.literal(Literal("false", datatype: XSD.boolean))])
        let result = try #require(graph.objects(of: node, SH.result).first)
        #expect(graph.objects(of: result, SH.focusNode) == [.iri("http://example.org/a")])
        #expect(graph.objects(of: result, SH.sourceConstraintComponent) == [.iri(SH.minCountConstraintComponent)])
        #expect(graph.objects(of: result, SH.resultSeverity) == [.iri(SH.Violation)])
        let path = try #require(graph.objects(of: result, SH.resultPath).first)
        #expect(graph.objects(of: path, SH.inversePath) == [.iri("http://example.org/p")])
        #expect(graph.objects(of: result, SH.resultMessage).count == 1)
    }

    @Test func parallelValidationGivesTheSameReport() throws {
        var data = ""
        for i in 0..<3000 { data += "ex:n\(i) a ex:T ; ex:v \(i % 7 == 0 ? "\"x\"" : "\(i)") .\n" }
        let shapes = "ex:S sh:targetClass ex:T ; sh:property [ sh:path ex:v ; sh:datatype xsd:integer ; sh:minCount 1 ] ."
        let one = try TestShapes.validate(data: data, shapes: shapes, jobs: 1)
        let two = try TestShapes.validate(data: data, shapes: shapes, jobs: 2)
        #expect(one.results.count == 429)
        #expect(one == two)
    }
}
