import Foundation
import RDFModel
import SPARQL
import Testing

/// The engine over small graphs: lexical forms kept, paths over cycles, optional scoping,
/// aggregates, named graphs, and the time limit.
@Suite struct QueryEvaluationTests {
    static let ex = "http://example.org/"

    static func dataset(_ triples: [(String, String, Term)], named: [String: [(String, String, Term)]] = [:]) -> Dataset {
        var dataset = Dataset()
        for (s, p, o) in triples { dataset.insert(Quad(Triple(.iri(ex + s), IRI(unchecked: ex + p), o))) }
        for (graph, content) in named {
            for (s, p, o) in content { dataset.insert(Quad(Triple(.iri(ex + s), IRI(unchecked: ex + p), o), graph: .iri(ex + graph))) }
        }
        return dataset
    }

    static func rows(_ query: String, _ dataset: Dataset) throws -> [[String: Term]] {
        guard case .bindings(_, let rows) = try SPARQLQuery.parse("PREFIX : <\(ex)>\n" + query).evaluate(on: dataset) else {
            Issue.record("not a SELECT answer")
            return []
        }
        return rows
    }

    @Test func lexicalFormsAreKeptAndCompareByValue() throws {
        let data = Self.dataset([("a", "n", .literal(Literal("01", datatype: XSD.integer))), ("b", "n", .literal(Literal("1", datatype: XSD.integer)))])
        let all = try Self.rows("SELECT ?n { ?s :n ?n } ORDER BY ?s", data)
        #expect(all.map { $0["n"]!.literal!.lexicalForm } == ["01", "1"])
        let equal = try Self.rows("SELECT ?s { ?s :n ?n FILTER(?n = 1) }", data)
        #expect(equal.count == 2)
        let exact = try Self.rows("SELECT ?s { ?s :n 1 }", data)
        #expect(exact.map { $0["s"] } == [.iri(Self.ex + "b")])
    }

    @Test func oneOrMoreOverACycleEndsAndGivesEachNodeOnce() throws {
        let data = Self.dataset([("a", "next", .iri(Self.ex + "b")), ("b", "next", .iri(Self.ex + "c")), ("c", "next", .iri(Self.ex + "a"))])
        let reached = try Self.rows("SELECT ?x { :a :next+ ?x }", data)
        #expect(Set(reached.compactMap { $0["x"] }) == Set(["a", "b", "c"].map { Term.iri(Self.ex + $0) }))
        #expect(reached.count == 3)
        let zero = try Self.rows("SELECT ?x { :z :next* ?x }", data)
        #expect(zero.map { $0["x"] } == [.iri(Self.ex + "z")], "a zero-length path from a node the graph lacks")
        let sequence = try Self.rows("SELECT ?x { :a :next/:next ?x }", data)
        #expect(sequence.map { $0["x"] } == [.iri(Self.ex + "c")])
        let inverse = try Self.rows("SELECT ?x { :a ^:next ?x }", data)
        #expect(inverse.map { $0["x"] } == [.iri(Self.ex + "c")])
    }

    @Test func anOptionalFilterSeesOnlyItsOwnGroupAndTheLeftSide() throws {
        let data = Self.dataset([
            ("a", "name", .string("A")), ("a", "age", .literal(Literal("30", datatype: XSD.integer))),
            ("b", "name", .string("B")), ("b", "age", .literal(Literal("10", datatype: XSD.integer))),
        ])
        let rows = try Self.rows("SELECT ?n ?age { ?s :name ?n OPTIONAL { ?s :age ?age FILTER(?age > 18) } } ORDER BY ?n", data)
        #expect(rows.count == 2)
        #expect(rows[0]["age"] != nil && rows[1]["age"] == nil)
        let notExists = try Self.rows("SELECT ?n { ?s :name ?n FILTER NOT EXISTS { ?s :age ?a FILTER(?a < 18) } }", data)
        #expect(notExists.map { $0["n"] } == [.string("A")])
        let minus = try Self.rows("SELECT ?n { ?s :name ?n MINUS { ?s :age 10 } }", data)
        #expect(minus.map { $0["n"] } == [.string("A")])
    }

    @Test func aggregatesGroupAndPromoteTypes() throws {
        let data = Self.dataset([
            ("a", "v", .literal(Literal("1", datatype: XSD.integer))), ("a", "v", .literal(Literal("2.5", datatype: XSD.decimal))),
            ("b", "v", .literal(Literal("4", datatype: XSD.integer))),
        ])
        let rows = try Self.rows("SELECT ?s (SUM(?v) AS ?sum) (COUNT(*) AS ?n) (MAX(?v) AS ?max) { ?s :v ?v } GROUP BY ?s ORDER BY ?s", data)
        #expect(rows.count == 2)
        #expect(rows[0]["sum"] == .literal(Literal("3.5", datatype: XSD.decimal)))
        #expect(rows[0]["n"] == .literal(Literal("2", datatype: XSD.integer)))
        #expect(rows[1]["max"] == .literal(Literal("4", datatype: XSD.integer)))
        let empty = try Self.rows("SELECT (COUNT(*) AS ?n) { ?s :missing ?v }", data)
        #expect(empty.map { $0["n"] } == [.literal(Literal("0", datatype: XSD.integer))])
    }

    @Test func namedGraphsAreSeenThroughGraphAndFrom() throws {
        let data = Self.dataset([("d", "p", .string("default"))], named: ["g1": [("x", "p", .string("one"))], "g2": [("y", "p", .string("two"))]])
        let graphs = try Self.rows("SELECT ?g ?o { GRAPH ?g { ?s :p ?o } } ORDER BY ?g", data)
        #expect(graphs.map { $0["o"] } == [.string("one"), .string("two")])
        let from = try Self.rows("SELECT ?o FROM :g2 { ?s :p ?o }", data)
        #expect(from.map { $0["o"] } == [.string("two")])
        let defaultOnly = try Self.rows("SELECT ?o { ?s :p ?o }", data)
        #expect(defaultOnly.map { $0["o"] } == [.string("default")])
    }

    @Test func constructMakesFreshBlankNodesPerSolution() throws {
        let data = Self.dataset([("a", "p", .string("1")), ("b", "p", .string("2"))])
        guard case .graph(let triples) = try SPARQLQuery.parse("PREFIX : <\(Self.ex)> CONSTRUCT { _:n :of ?s } WHERE { ?s :p ?o }").evaluate(on: data)
        else { Issue.record("not a graph"); return }
        #expect(triples.count == 2)
        #expect(Set(triples.map(\.subject)).count == 2)
    }

    @Test func aCartesianProductStopsAtTheTimeLimit() throws {
        var triples: [(String, String, Term)] = []
        for i in 0..<60 { triples.append(("s\(i)", "p", .string("\(i)"))) }
        let data = Self.dataset(triples)
        let query = try SPARQLQuery.parse("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
        let started = Date()
        #expect(throws: QueryInterruption.self) { try query.evaluate(on: data, timeout: 0.2) }
        #expect(Date().timeIntervalSince(started) < 10)
        let cancellation = QueryCancellation()
        cancellation.cancel()
        #expect(throws: QueryInterruption.self) { try query.evaluate(on: data, timeout: nil, cancellation: cancellation) }
    }

    @Test func functionsFollowTheSpec() throws {
        let data = Self.dataset([("a", "t", .literal(Literal("Hello", language: "en")))])
        let rows = try Self.rows("""
            SELECT (UCASE(?t) AS ?u) (STRLEN(?t) AS ?n) (LANG(?t) AS ?l) (SUBSTR(?t, 2, 3) AS ?s)
                   (REPLACE(STR(?t), "l+", "L") AS ?r) (SHA256("abc") AS ?h) (1/2 AS ?half) (STR(1.0e0) AS ?d)
            { ?x :t ?t }
            """, data)
        let row = try #require(rows.first)
        #expect(row["u"] == .literal(Literal("HELLO", language: "en")))
        #expect(row["n"] == .literal(Literal("5", datatype: XSD.integer)))
        #expect(row["l"] == .string("en"))
        #expect(row["s"] == .literal(Literal("ell", language: "en")))
        #expect(row["r"] == .string("HeLo"))
        #expect(row["h"] == .string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        #expect(row["half"] == .literal(Literal("0.5", datatype: XSD.decimal)))
        #expect(row["d"] == .string("1.0e0"), "STR keeps the lexical form as written")
    }
}
