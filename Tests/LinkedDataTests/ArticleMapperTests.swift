import Articles
import Extraction
import Foundation
import RDFModel
import Testing

@testable import LinkedData

@Suite struct ArticleMapperTests {
    let minter = try! IRIMinter()
    var mapper: ArticleMapper { ArticleMapper(minter: minter) }

    func iri(_ s: String) -> Term { .iri(IRI(unchecked: s)) }

    @Test func articleIdentityAndDate() throws {
        let mapped = mapper.map(SampleArticles.belgium())
        let g = mapped.graph
        let a = Term.iri(mapped.article)
        #expect(mapped.article.string == "https://communique.example/id/article/sample-belgium")
        #expect(g.contains(Triple(a, RDF.type, .iri(Schema.NewsArticle))))
        #expect(g.objects(of: a, Schema.identifier) == [.string("sample-belgium")])
        #expect(g.objects(of: a, Schema.datePublished) == [.literal(Literal("2022-02-18", datatype: XSD.date))])
    }

    @Test func mentionsHaveOneNameAndAlternates() throws {
        let mapped = mapper.map(SampleArticles.belgium())
        let g = mapped.graph
        let bajwa = iri("https://communique.example/id/person/qamar-javed-bajwa")
        #expect(g.contains(Triple(.iri(mapped.article), Schema.mentions, bajwa)))
        #expect(g.objects(of: bajwa, Schema.name) == [.string("Qamar Javed Bajwa")])
        #expect(Set(g.objects(of: bajwa, Schema.alternateName)) == [.string("Gen Bajwa"), .string("COAS")])
        #expect(g.contains(Triple(bajwa, RDF.type, .iri(Schema.Person))))
        let ispr = iri("https://communique.example/id/organization/inter-services-public-relations")
        #expect(g.contains(Triple(ispr, RDF.type, .iri(Schema.Organization))))
        #expect(g.objects(of: ispr, Schema.alternateName) == [.string("ISPR")])
        let belgium = iri("https://communique.example/id/country/be")
        #expect(g.contains(Triple(belgium, RDF.type, .iri(Schema.Country))))
        #expect(g.objects(of: belgium, Schema.name) == [.string("Belgium")])
        #expect(g.contains(Triple(.iri(mapped.article), Schema.mentions, belgium)))
    }

    @Test func postsAreHeldAndBelongToAnOrganization() throws {
        let g = mapper.map(SampleArticles.belgium()).graph
        let bajwa = iri("https://communique.example/id/person/qamar-javed-bajwa")
        // The gazetteer's Pakistan Army is keyed without the country the sample qualifies it with (IdentityKeys).
        let post = iri("https://communique.example/id/post/pakistan-army/chief-of-army-staff")
        #expect(g.objects(of: bajwa, ORG.holds) == [post])
        #expect(g.contains(Triple(post, RDF.type, .iri(ORG.Post))))
        #expect(g.objects(of: post, RDFS.label) == [.string("Chief of Army Staff")])
        #expect(g.objects(of: post, ORG.postIn) == [iri("https://communique.example/id/organization/pakistan-army")])
        // No organization named: the government of the post's country.
        let minister = iri("https://communique.example/id/post/be/government/defence-minister")
        #expect(g.objects(of: iri("https://communique.example/id/person/ludivine-dedonder"), ORG.holds) == [minister])
        let government = iri("https://communique.example/id/organization/be/government")
        #expect(g.objects(of: minister, ORG.postIn) == [government])
        #expect(g.objects(of: government, Schema.name) == [.string("Government of Belgium")])
        // The holding is dated and points at the text.
        let holding = iri("https://communique.example/id/article/sample-belgium/holding/1")
        #expect(g.objects(of: holding, COMM.asOf) == [.literal(Literal("2022-02-18", datatype: XSD.date))])
        #expect(g.objects(of: holding, PROV.wasDerivedFrom).count == 1)
    }

    @Test func eventsAnswerWhoMetWhomWhenWhere() throws {
        let mapped = mapper.map(SampleArticles.belgium())
        let g = mapped.graph
        let event = iri("https://communique.example/id/article/sample-belgium/event/1")
        #expect(g.contains(Triple(.iri(mapped.article), Schema.about, event)))
        #expect(Set(g.objects(of: event, RDF.type)) == [.iri(Schema.Event), .iri(COMM.Meeting)])
        #expect(g.objects(of: event, Schema.attendee).count == 2)
        #expect(g.objects(of: event, Schema.startDate) == [.literal(Literal("2022-02-18", datatype: XSD.date))])
        #expect(g.objects(of: event, Schema.location) == [iri("https://communique.example/id/place/be/brussels")])
        #expect(g.objects(of: event, COMM.eventType) == [.iri(CAMEO.iri("042"))])
        #expect(g.objects(of: .iri(CAMEO.iri("042")), SKOS.notation) == [.string("042")])
        // The evidence sentence keeps its text.
        let evidence = try #require(g.firstObject(of: event, COMM.evidence))
        let anchor = try #require(g.firstObject(of: evidence, NIF.anchorOf)?.literal?.lexicalForm)
        #expect(anchor.contains("met Belgian Defence Minister"))
        // No date in the text: no startDate.
        let call = iri("https://communique.example/id/article/sample-belgium/event/2")
        #expect(g.objects(of: call, Schema.startDate).isEmpty)
        // A visit may have one attendee.
        let visit = iri("https://communique.example/id/article/sample-belgium/event/3")
        #expect(g.contains(Triple(visit, RDF.type, .iri(COMM.Visit))))
        #expect(g.objects(of: visit, Schema.attendee).count == 1)
    }

    @Test func aMeetingWithOnePartyIsAnEncounter() throws {
        var a = SampleArticles.belgium()
        a.events = [EventRecord(kind: .meeting, cameoCode: "040", attendeeKeys: ["qamar-javed-bajwa"],
                                evidence: SampleArticles.sentence(containing: "called on"))]
        let g = mapper.map(a).graph
        let event = iri("https://communique.example/id/article/sample-belgium/event/1")
        #expect(Set(g.objects(of: event, RDF.type)) == [.iri(Schema.Event), .iri(COMM.Encounter)])
    }

    @Test func quotationsHaveTextSpeakerAndSource() throws {
        let mapped = mapper.map(SampleArticles.belgium())
        let g = mapped.graph
        let q = iri("https://communique.example/id/article/sample-belgium/quotation/1")
        #expect(g.contains(Triple(.iri(mapped.article), Schema.hasPart, q)))
        #expect(g.contains(Triple(q, RDF.type, .iri(Schema.Quotation))))
        #expect(g.objects(of: q, Schema.text) == [.string("Pakistan values its bilateral relations with Belgium,")])
        #expect(g.objects(of: q, Schema.creator) == [iri("https://communique.example/id/person/qamar-javed-bajwa")])
        #expect(g.objects(of: q, COMM.reportedBy) == [iri("https://communique.example/id/organization/inter-services-public-relations")])
        let source = try #require(g.firstObject(of: q, PROV.wasDerivedFrom))
        #expect(source.iri?.string.hasSuffix("/text#char=\(SampleArticles.span("Pakistan values its bilateral relations with Belgium,").start),\(SampleArticles.span("Pakistan values its bilateral relations with Belgium,").end)") == true)
    }

    @Test func mentionsRecordArticleAndSpan() throws {
        let mapped = mapper.map(SampleArticles.belgium())
        let g = mapped.graph
        let bajwa = iri("https://communique.example/id/person/qamar-javed-bajwa")
        let mentions = g.subjects(ITSRDF.taIdentRef, bajwa)
        #expect(mentions.count == 3)
        let span = SampleArticles.span("Qamar Javed Bajwa")
        let first = iri(mapped.article.string + "/text#char=\(span.start),\(span.end)")
        #expect(mentions.contains(first))
        #expect(g.objects(of: first, NIF.beginIndex) == [.literal(Literal(String(span.start), datatype: XSD.nonNegativeInteger))])
        #expect(g.objects(of: first, NIF.anchorOf) == [.string("Qamar Javed Bajwa")])
        let context = try #require(g.firstObject(of: first, NIF.referenceContext))
        #expect(g.objects(of: context, NIF.sourceUrl) == [.iri(mapped.article)])
    }

    @Test func noBlankNodesAndSortedUniqueTriples() throws {
        let mapped = mapper.map(SampleArticles.belgium())
        #expect(mapped.triples.allSatisfy { !$0.subject.isBlankNode && !$0.object.isBlankNode })
        #expect(Set(mapped.triples).count == mapped.triples.count)
        #expect(mapped.lines == mapped.triples.map { "\($0.subject) \($0.predicate) \($0.object)" })
        #expect(mapped.lines == mapped.lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(mapper.map(SampleArticles.belgium()).lines == mapped.lines)
        #expect(mapped.diagnostics.isEmpty, "\(mapped.diagnostics)")
    }

    @Test func sameEntitySameIRIAcrossArticles() throws {
        let one = mapper.map(SampleArticles.belgium(identifier: "one")).graph
        let two = mapper.map(SampleArticles.belgium(identifier: "two")).graph
        let persons1 = Set(one.instances(of: Schema.Person))
        let persons2 = Set(two.instances(of: Schema.Person))
        #expect(persons1 == persons2)
        #expect(Set(one.instances(of: Schema.Event)).isDisjoint(with: Set(two.instances(of: Schema.Event))))
    }

    @Test func danglingReferencesAreLeftOutAndReported() throws {
        var a = SampleArticles.belgium()
        a.events.append(EventRecord(kind: .meeting, cameoCode: "999", attendeeKeys: ["qamar-javed-bajwa", "nobody"],
                                    location: .place("nowhere"), evidence: SampleArticles.sentence(containing: "called on")))
        a.quotations.append(QuotationRecord(text: "x", span: TextSpan(start: 0, end: 1), speaker: .person("nobody")))
        a.posts.append(PostHolding(holderKey: "nobody", title: "Chief"))
        a.persons.append(PersonEntity(key: "broken-span", name: "Broken Span",
                                      mentions: [Mention(span: TextSpan(start: 5, end: 100_000), text: "x")]))
        let mapped = mapper.map(a)
        let joined = mapped.diagnostics.joined(separator: "\n")
        #expect(joined.contains("no person nobody"))
        #expect(joined.contains("no location"))
        #expect(joined.contains("\"999\" is not a CAMEO code"))
        #expect(joined.contains("lies outside the text"))
        let event = iri("https://communique.example/id/article/sample-belgium/event/4")
        #expect(mapped.graph.objects(of: event, Schema.attendee).count == 1)
        #expect(Set(mapped.graph.objects(of: event, RDF.type)) == [.iri(Schema.Event), .iri(COMM.Encounter)])
        #expect(mapped.graph.objects(of: event, COMM.eventType) == [.iri(CAMEO.iri("040"))])
        #expect(mapped.graph.objects(of: iri("https://communique.example/id/article/sample-belgium/quotation/2"), RDF.type).isEmpty)
    }

    @Test func controlCharactersNeverReachALiteral() throws {
        var a = SampleArticles.belgium()
        a.persons[0].name = "Qamar\r\nJaved\u{0}  Bajwa\u{FFFE}"
        let g = mapper.map(a).graph
        #expect(g.objects(of: iri("https://communique.example/id/person/qamar-javed-bajwa"), Schema.name) == [.string("Qamar Javed Bajwa")])
    }
}
