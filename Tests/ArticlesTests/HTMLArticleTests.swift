import Articles
import Testing

/// Saved HTML pages through libxml2: article text only.
@Suite struct HTMLArticleTests {
    let page = """
        <!DOCTYPE html><html><head><title>Page title - Outlet</title>
        <meta property="article:published_time" content="2023-06-09T18:30:00Z">
        <meta property="og:site_name" content="Outlet News">
        <script>var secret = "SCRIPT TEXT";</script><style>p { color: red }</style></head>
        <body><nav><ul><li>Home</li><li>NAV ITEM</li></ul></nav>
        <div class="social-share">SHARE TEXT</div>
        <article><h1>Minister meets envoy</h1>
        <p>The minister met the envoy on Thursday&#8212;officials said.</p>
        <p>“We agree,” he said.</p>
        <figure><figcaption>The minister. (Photo by A. Person)</figcaption></figure></article>
        <aside>ASIDE TEXT</aside><footer>FOOTER TEXT © Outlet</footer></body></html>
        """

    @Test func textMetadataAndDroppedParts() throws {
        let a = try ArticleReader().read(bytes: Array(page.utf8), identifier: "p", path: "p.html", isHTML: true)
        #expect(a.title == "Minister meets envoy")
        #expect(a.datePublished == CalendarDate(year: 2023, month: 6, day: 9))
        #expect(a.source == "Outlet News")
        #expect(a.text.contains("The minister met the envoy on Thursday—officials said."))
        #expect(a.text.contains("“We agree,” he said."))
        for dropped in ["SCRIPT TEXT", "NAV ITEM", "SHARE TEXT", "ASIDE TEXT", "FOOTER TEXT", "color: red"] {
            #expect(!a.text.contains(dropped))
        }
        #expect(a.paragraphs.contains { $0.role == .caption })
    }

    @Test func publishedInFooterOfHTML() throws {
        let html = "<html><body><p>The ministers met on Monday in Ankara and signed an agreement.</p><p>Published in Dawn, February 19th, 2022</p></body></html>"
        let a = try ArticleReader().read(bytes: Array(html.utf8), identifier: "d", path: "d.html", isHTML: true)
        #expect(a.datePublished == CalendarDate(year: 2022, month: 2, day: 19))
        #expect(a.source == "Dawn")
        #expect(!a.text.contains("Published in"))
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let html = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><body><p>Text &x; here with enough words.</p></body></html>"
        let a = try ArticleReader().read(bytes: Array(html.utf8), identifier: "x", path: "x.html", isHTML: true)
        #expect(!a.text.contains("root:"))
    }
}
