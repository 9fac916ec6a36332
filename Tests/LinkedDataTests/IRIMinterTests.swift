import Testing

@testable import LinkedData

@Suite struct IRIMinterTests {
    @Test func keysAreNormalized() throws {
        let m = try IRIMinter()
        #expect(m.person("Qamar Javed Bajwa") == m.person("qamar-javed-bajwa"))
        #expect(m.person("Ludivine  Dédonder").string == "https://communique.example/id/person/ludivine-dedonder")
        #expect(m.organization("pk/Ministry of Foreign Affairs").string
            == "https://communique.example/id/organization/pk/ministry-of-foreign-affairs")
        #expect(m.country("PK").string == "https://communique.example/id/country/pk")
        #expect(IRIMinter.slug("Inter-Services Public Relations (ISPR)") == "inter-services-public-relations-ispr")
        #expect(IRIMinter.slug("!!!") == "_")
        #expect(IRIMinter.slug("Муса Ахмед") == "муса-ахмед")
    }

    @Test func articleIdentifiersArePercentEncodedNotMerged() throws {
        let m = try IRIMinter()
        #expect(m.article("000_4ff5d05d431df1af").string == "https://communique.example/id/article/000_4ff5d05d431df1af")
        #expect(m.article("a b") != m.article("a-b"))
        #expect(m.article("a b").string.hasSuffix("/a%20b"))
        #expect(m.event(ofArticle: "x", ordinal: 2).string == "https://communique.example/id/article/x/event/2")
        #expect(m.span(ofArticle: "x", start: 3, end: 9).string == "https://communique.example/id/article/x/text#char=3,9")
        #expect(m.isArticleLocal(m.quotation(ofArticle: "x", ordinal: 1).string))
        #expect(!m.isArticleLocal(m.person("x").string))
    }

    @Test(arguments: ["https://data.example.org/dd", "https://data.example.org/dd/", "urn:x-test:", "http://e.org/v#"])
    func goodBases(_ base: String) throws {
        let m = try IRIMinter(base: base)
        #expect(m.base.hasSuffix("/") || m.base.hasSuffix("#") || m.base.hasSuffix(":/"))
        #expect(m.person("a").string.hasPrefix(base))
    }

    @Test(arguments: ["", "relative/path", "https://e.org/a b/", "https://e.org/x#frag", "1http://e.org/"])
    func badBases(_ base: String) {
        #expect(throws: ExportError.self) { try IRIMinter(base: base) }
    }

    @Test func postsAreKeyedByOrganizationAndTitle() throws {
        let m = try IRIMinter()
        let army = m.organization("pk/pakistan-army")
        #expect(m.post(organization: army, title: "Chief of Army Staff").string
            == "https://communique.example/id/post/pk/pakistan-army/chief-of-army-staff")
        #expect(m.post(organization: m.government(ofCountry: "BE"), title: "Defence Minister").string
            == "https://communique.example/id/post/be/government/defence-minister")
    }
}
