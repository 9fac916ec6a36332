import Articles
import Extraction
import Foundation
import RDFModel
import RDFSyntax
import SHACL
import TestSupport
import Testing

@testable import LinkedData

/// One IRI per person across articles: keys for spellings, the owl:sameAs linkset for names
/// written more fully elsewhere, the same whether exported at once or in shards and merged.
@Suite struct LinksetTests {
    /// Who each test article names: (name, nationality, post title).
    static let people: [String: [(String, String, String)]] = [
        "a1": [("Qamar Bajwa", "PK", "Chief of Army Staff"), ("Khalid bin Salman", "SA", "Minister of Defence"),
               ("George Bush", "US", "President"), ("Ahmad Massoud", "AF", "Leader"), ("Sergey Shoygu", "RU", "Minister of Defence")],
        "a2": [("Qamar Javed Bajwa", "PK", "Chief of Army Staff"), ("Khalid bin Salman Al Saud", "SA", "Minister of Defence"),
               ("George W. Bush", "US", "President"), ("Nick Carter", "GB", "Chief of the Defence Staff")],
        "a3": [("George H. W. Bush", "US", "President"), ("Sergei Shoigu", "RU", "Minister of Defence"),
               ("Ahmed Shah Massoud", "AF", "Commander"), ("Nicholas Carter", "GB", "Chief of the Defence Staff")],
        "a4": [("John Smith Jr", "US", "Senator"), ("John Henry Smith Sr", "US", "Senator")],
    ]

    static let extract: @Sendable (Article) throws -> ExtractedArticle = { article in
        var x = ExtractedArticle(identifier: article.identifier, sourcePath: article.sourcePath, text: article.text)
        for (name, country, title) in people[article.identifier] ?? [] {
            let key = name.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: "-")
            x.persons.append(PersonEntity(key: key, name: name, nationality: country))
            x.posts.append(PostHolding(holderKey: key, title: title, country: country))
        }
        return x
    }

    static func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for id in people.keys { try "An article about meetings.\n".write(toFile: folder.path(id + ".txt"), atomically: true, encoding: .utf8) }
        return folder
    }

    static func export(_ corpus: TemporaryFolder, to out: String, shard: Shard? = nil, formats: [RDFFormat] = ExportConfiguration.defaultFormats)
        throws -> ExportReport
    {
        let config = ExportConfiguration(outputDirectory: out, formats: formats, minter: try IRIMinter(), shard: shard)
        return try Exporter(configuration: config, extract: extract).run([corpus.url.path])
    }

    static func person(_ key: String) -> String { "<https://communique.example/id/person/\(key)>" }
    static let sameAs = "<http://www.w3.org/2002/07/owl#sameAs>"

    @Test func linksNamesWrittenMoreFullyAndNothingElse() throws {
        let corpus = try Self.corpus()
        let out = try TemporaryFolder()
        defer { corpus.remove(); out.remove() }
        _ = try Self.export(corpus, to: out.url.path)
        let links = try String(contentsOfFile: out.path("communique.links.nt"), encoding: .utf8)
        #expect(links == """
            \(Self.person("khalid-salman")) \(Self.sameAs) \(Self.person("khalid-salman-saud")) .
            \(Self.person("qamar-bajwa")) \(Self.sameAs) \(Self.person("qamar-javed-bajwa")) .

            """, "George Bush has two fuller names (left alone); the Massouds share a country, not a post; Jr and Sr stay two")
        let nt = try String(contentsOfFile: out.path("communique.nt"), encoding: .utf8)
        #expect(nt.contains(Self.person("sergei-shoigu")) && !nt.contains("person/sergey"), "transliterations share the key")
        #expect(nt.contains(Self.person("nicholas-carter")) && !nt.contains("person/nick-"), "a short form shares the key")
        for two in ["george-w-bush", "george-h-w-bush", "ahmed-massoud", "ahmed-shah-massoud", "john-smith-jr", "john-henry-smith-sr"] {
            #expect(nt.contains(Self.person(two)), "\(two) keeps its own IRI")
        }
    }

    @Test func twoSpellingsInOneArticleAreOneEntityWithOneName() throws {
        var x = ExtractedArticle(identifier: "b1", sourcePath: "b1.txt", text: "Jim Mattis, James Mattis, UK Army, British Army.")
        x.persons = [PersonEntity(key: "jim-mattis", name: "Jim Mattis", nationality: "US"),
                     PersonEntity(key: "james-mattis", name: "James Mattis", nationality: "US")]
        x.organizations = [OrganizationEntity(key: "gb/uk-army", name: "UK Army", kind: .armedForces, country: "GB"),
                           OrganizationEntity(key: "british-army", name: "British Army", kind: .armedForces, country: "GB")]
        x.posts = [PostHolding(holderKey: "james-mattis", title: "Secretary of Defense", country: "US")]
        let g = ArticleMapper(minter: try IRIMinter()).map(x).graph
        let mattis = Term.iri(IRI(unchecked: "https://communique.example/id/person/james-mattis"))
        let army = Term.iri(IRI(unchecked: "https://communique.example/id/organization/british-army"))
        #expect(g.objects(of: mattis, Schema.name) == [.string("Jim Mattis")])
        #expect(g.objects(of: mattis, Schema.alternateName).contains(.string("James Mattis")))
        #expect(g.objects(of: mattis, ORG.holds).count == 1, "the post of either spelling is the one person's")
        #expect(g.objects(of: army, Schema.name) == [.string("UK Army")])
        #expect(g.instances(of: Schema.Person).count == 1)
        #expect(g.instances(of: Schema.Organization).filter { $0.iri?.string.hasSuffix("army") == true } == [army])
    }

    @Test func theVoIDAndDCATDescribeTheLinkset() throws {
        let corpus = try Self.corpus()
        let out = try TemporaryFolder()
        defer { corpus.remove(); out.remove() }
        _ = try Self.export(corpus, to: out.url.path)
        let void = try RDFParser.parse(file: out.path("communique.void.ttl"), format: .turtle)
        let linkset = Term.iri(IRI(unchecked: "https://communique.example/id/dataset/linkset/same-as"))
        let voidNS = "http://rdfs.org/ns/void#"
        #expect(void.contains(Triple(linkset, RDF.type, .iri(IRI(unchecked: voidNS + "Linkset")))))
        #expect(void.contains(Triple(linkset, IRI(unchecked: voidNS + "linkPredicate"), .iri(OWL.sameAs))))
        #expect(void.contains(Triple(.iri(IRI(unchecked: "https://communique.example/id/dataset")), IRI(unchecked: voidNS + "subset"), linkset)))
        #expect(void.contains(Triple(linkset, IRI(unchecked: voidNS + "triples"), .literal(Literal("2", datatype: XSD.nonNegativeInteger)))))
        #expect(void.contains(Triple(linkset, IRI(unchecked: voidNS + "dataDump"),
                                     .iri(IRI(unchecked: "https://communique.example/id/dump/communique.links.nt")))))
        let dcat = try String(contentsOfFile: out.path("communique.dcat.ttl"), encoding: .utf8)
        let (_, sha) = try FileDigest.of(out.path("communique.links.nt"))
        #expect(dcat.contains("distribution/communique-links-nt"))
        #expect(dcat.contains(sha), "the linkset's checksum is in the DCAT")
    }

    @Test func theLinksetConformsToTheShapesWithTheDumpItLinks() throws {
        let corpus = try Self.corpus()
        let out = try TemporaryFolder()
        defer { corpus.remove(); out.remove() }
        _ = try Self.export(corpus, to: out.url.path)
        var graph = try RDFParser.parse(file: out.path("communique.nt"), format: .ntriples)
        graph.insert(contentsOf: Array(try RDFParser.parse(file: out.path("communique.links.nt"), format: .ntriples)))
        let validator = try Validator(shapes: try RDFParser.parse(file: TestPaths.shapes, format: .turtle))
        #expect(validator.validate(graph).conforms)
        try RDFSerializer.write(graph, to: out.path("linked.nt"), format: .ntriples)
        #expect(try Subprocess.pyshacl(data: out.path("linked.nt")).conforms)
        // A link to something that is not a person does not conform.
        graph.insert(Triple(.iri(IRI(unchecked: "https://communique.example/id/person/qamar-bajwa")), OWL.sameAs,
                            .iri(IRI(unchecked: "https://communique.example/id/country/pk"))))
        #expect(!validator.validate(graph).conforms)
        try RDFSerializer.write(graph, to: out.path("broken.nt"), format: .ntriples)
        #expect(try !Subprocess.pyshacl(data: out.path("broken.nt")).conforms)
    }

    @Test func twoShardsMergedGiveTheSingleRunsIRIsAndLinks() throws {
        let corpus = try Self.corpus()
        let single = try TemporaryFolder()
        let shards = try TemporaryFolder()
        let merged = try TemporaryFolder()
        defer { corpus.remove(); single.remove(); shards.remove(); merged.remove() }
        _ = try Self.export(corpus, to: single.url.path)
        for k in 1...2 { _ = try Self.export(corpus, to: shards.url.path, shard: try Shard("\(k)/2"), formats: [.nquads]) }
        let config = ExportConfiguration(outputDirectory: merged.url.path, minter: try IRIMinter())
        _ = try ShardMerge.run(nquads: (1...2).map { shards.path("communique.shard-\($0)-of-2.nq") }, configuration: config)
        let a = try ExporterTests.files(in: single.url.path)
        let b = try ExporterTests.files(in: merged.url.path)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs between the single run and the merge") }
        #expect(a["communique.links.nt"]?.isEmpty == false)
    }
}
