import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

@testable import LinkedData

/// score.py (the project's copy, `Fixtures/score.py`) and the Swift scorer agree on what "one
/// IRI" means: IRIs joined by `owl:sameAs` count as one person.
@Suite struct LinksetScorerTests {
    /// The perfect extraction of the seeds with one person of two articles given a second IRI
    /// in one of them, and, when `linked`, that IRI `owl:sameAs` the first.
    static func splitGraph(linked: Bool) throws -> Graph {
        let gold = try GoldArticle.load(TestPaths.gold)
        let mapper = ArticleMapper(minter: try IRIMinter())
        var graph = Graph()
        for article in GoldExtraction.extracted(gold) { graph.insert(contentsOf: mapper.map(article).triples) }
        // A person two articles mention.
        var mentionedBy: [Term: [Term]] = [:]
        for t in graph where t.predicate == Schema.mentions { mentionedBy[t.object, default: []].append(t.subject) }
        let persons = Set(graph.instances(of: Schema.Person))
        let (person, articles) = try #require(mentionedBy.filter { persons.contains($0.key) && $0.value.count >= 2 }
            .sorted { "\($0.key)" < "\($1.key)" }.first)
        let other = Term.iri(IRI(unchecked: person.iri!.string + "-variant"))
        let article = articles.sorted { "\($0)" < "\($1)" }[0]
        var split = Graph()
        for t in graph {
            if t.subject == article && t.predicate == Schema.mentions && t.object == person {
                split.insert(Triple(article, Schema.mentions, other))
            } else {
                split.insert(t)
            }
            if t.subject == person && (t.predicate == RDF.type || t.predicate == Schema.name) { split.insert(Triple(other, t.predicate, t.object)) }
        }
        if linked { split.insert(Triple(other, OWL.sameAs, person)) }
        return split
    }

    @Test(arguments: [false, true])
    func bothScorersFollowSameAs(linked: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.path("split.nt")
        try RDFSerializer.write(try Self.splitGraph(linked: linked), to: file, format: .ntriples)
        let json = folder.path("score.json")
        let (status, output) = try Subprocess.run(
            "python3", [ScorerAgreementTests.script, "--gold", TestPaths.gold, "--rdf", file, "--json", json])
        try #require(status == 0, "score.py failed: \(output)")
        let py = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let identity = try #require((py["identity"] as? [String: Any])?["persons"] as? [String: Any])
        let swift = Scorer.score(try RDFParser.parse(file: file), gold: try GoldArticle.load(TestPaths.gold))
        #expect(identity["good"] as? Int == swift.identityGood && identity["n"] as? Int == swift.identityN)
        #expect(swift.identityN >= 1)
        #expect(swift.identityGood == (linked ? swift.identityN : swift.identityN - 1),
                linked ? "the link joins the two IRIs" : "without the link the person has two IRIs")
    }
}
