import Articles
import Testing

/// Page metadata into the `Article`: JSON-LD, Open Graph, `<meta>`, canonical link, `<html lang>`.
@Suite struct HTMLMetadataTests {
    static let story = "<p>The defence minister met his counterpart in the capital on Tuesday, and the two discussed training and exercises.</p>"

    static func read(_ head: String, htmlAttributes: String = "") throws -> Article {
        let html = "<html\(htmlAttributes)><head>\(head)</head><body><article>\(story)</article></body></html>"
        return try ArticleReader().read(bytes: Array(html.utf8), identifier: "m", path: "m.html", isHTML: true)
    }

    @Test func jsonLDNewsArticle() throws {
        let ld = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"Ministers meet in the capital","datePublished":"2023-06-09T18:30:00+05:00",
            "author":[{"@type":"Person","name":"Jane Reporter"},{"@type":"Person","name":"Ali Writer"}],
            "publisher":{"@type":"Organization","name":"The Outlet"},"mainEntityOfPage":{"@id":"https://news.example/a/1"},
            "inLanguage":"en-GB"}]}</script>
            """
        let a = try Self.read(ld)
        #expect(a.title == "Ministers meet in the capital")
        #expect(a.datePublished == CalendarDate(year: 2023, month: 6, day: 9))
        #expect(a.authors == ["Jane Reporter", "Ali Writer"])
        #expect(a.source == "The Outlet")
        #expect(a.url == "https://news.example/a/1")
        #expect(a.language == "en-GB")
    }

    @Test func openGraphMetaCanonicalAndLang() throws {
        let head = """
            <meta property="og:title" content="OG headline"><meta property="og:url" content="https://news.example/og">
            <link rel="canonical" href="https://news.example/canonical"><meta name="author" content="By Sam Author">
            <meta property="og:site_name" content="Outlet News">
            """
        let a = try Self.read(head, htmlAttributes: " lang=\"fr_FR\"")
        #expect(a.title == "OG headline")
        #expect(a.url == "https://news.example/canonical")
        #expect(a.authors == ["Sam Author"])
        #expect(a.source == "Outlet News")
        #expect(a.language == "fr-FR")
    }

    @Test func badJSONLDIsIgnored() throws {
        let a = try Self.read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", broken</script><title>T</title>")
        #expect(a.title == "T")
        #expect(a.authors.isEmpty)
        #expect(a.url == nil)
    }
}
