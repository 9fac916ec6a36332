import RDFModel
import Testing

@testable import SHACL

/// Value type, cardinality, value range and string-based components (SHACL §4.1–4.4).
@Suite struct ValueConstraintTests {
    @Test func classFollowsSubClassOf() throws {
        let report = try TestShapes.validate(
            data: """
                ex:Dog rdfs:subClassOf ex:Animal .
                ex:rex a ex:Dog . ex:tom a ex:Cat .
                ex:owner ex:pet ex:rex, ex:tom, "Felix" .
                """,
            shapes: "ex:S sh:targetNode ex:owner ; sh:property [ sh:path ex:pet ; sh:class ex:Animal ] .")
        #expect(TestShapes.summary(report) == [#"Class owner "Felix""#, "Class owner tom"])
    }

    @Test func datatypeRefusesIllTypedLiterals() throws {
        let report = try TestShapes.validate(
            data: #"ex:a ex:n 1, "abc"^^xsd:integer, "2"^^xsd:decimal, "3" ."#,
            shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:n ; sh:datatype xsd:integer ] .")
        #expect(TestShapes.summary(report) == [#"Datatype a "2"^^<http://www.w3.org/2001/XMLSchema#decimal>"#, #"Datatype a "3""#, #"Datatype a "abc"^^<http://www.w3.org/2001/XMLSchema#integer>"#])
        #expect(report.results.contains { $0.message.contains("ill-typed") })
    }

    @Test func nodeKind() throws {
        let report = try TestShapes.validate(
            data: #"ex:a ex:p ex:b, _:x, "lit" ."#,
            shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:nodeKind sh:BlankNodeOrIRI ] .")
        #expect(TestShapes.summary(report) == [#"NodeKind a "lit""#])
    }

    @Test func cardinality() throws {
        let report = try TestShapes.validate(
            data: "ex:a ex:p 1, 2, 3 . ex:b ex:q 1 .",
            shapes: """
                ex:S sh:targetNode ex:a, ex:b ;
                    sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:maxCount 2 ] .
                """)
        #expect(TestShapes.summary(report) == ["MaxCount a", "MinCount b"])
    }

    @Test func valueRanges() throws {
        let report = try TestShapes.validate(
            data: #"ex:a ex:n 0, 5, 10, 10.5, "x", ex:b, "2022-01-01"^^xsd:date ."#,
            shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:n ; sh:minExclusive 0 ; sh:maxInclusive 10 ] .")
        let summary = TestShapes.summary(report)
        #expect(summary.filter { $0.hasPrefix("MinExclusive") }.count == 4)  // 0, "x", ex:b, the date
        #expect(summary.filter { $0.hasPrefix("MaxInclusive") }.count == 4)  // 10.5, "x", ex:b, the date
    }

    @Test func dateRanges() throws {
        let report = try TestShapes.validate(
            data: #"ex:a ex:d "2021-12-31"^^xsd:date, "2022-06-01"^^xsd:date, "2022-13-45"^^xsd:date ."#,
            shapes: #"ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:d ; sh:minInclusive "2022-01-01"^^xsd:date ] ."#)
        #expect(report.results.count == 2)
    }

    @Test func stringLengthsPatternsAndLanguages() throws {
        let report = try TestShapes.validate(
            data: #"ex:a ex:s "ab", "abcdef", "ABC", _:b . ex:a ex:l "hi"@en, "salut"@fr-CA, "hola"@es, "x" ."#,
            shapes: """
                ex:S sh:targetNode ex:a ;
                    sh:property [ sh:path ex:s ; sh:minLength 3 ; sh:maxLength 5 ; sh:pattern "^[a-z]+$" ; sh:flags "i" ] ;
                    sh:property [ sh:path ex:l ; sh:languageIn ( "en" "fr" ) ] .
                """)
        let summary = TestShapes.summary(report)
        #expect(summary.contains(#"MinLength a "ab""#))
        #expect(summary.contains(#"MaxLength a "abcdef""#))
        #expect(!summary.contains { $0.hasPrefix("Pattern") && $0.contains("ABC") })
        #expect(summary.filter { $0.contains("_:") }.count == 3)  // a blank node fails every string component
        #expect(summary.filter { $0.hasPrefix("LanguageIn") }.sorted() == [#"LanguageIn a "hola"@es"#, #"LanguageIn a "x""#])
    }

    @Test func uniqueLangGivesOneResultPerSharedTag() throws {
        let report = try TestShapes.validate(
            data: #"ex:a ex:l "a"@en, "b"@en, "c"@en, "d"@fr, "e"@fr, "f"@de, "g" ."#,
            shapes: "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:l ; sh:uniqueLang true ] .")
        #expect(TestShapes.summary(report) == ["UniqueLang a", "UniqueLang a"])
    }
}
