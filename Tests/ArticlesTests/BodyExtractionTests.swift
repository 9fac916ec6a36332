import Articles
import Foundation
import Testing

/// The body finder on small pages: the story stays, each kind of boilerplate goes.
@Suite struct BodyExtractionTests {
    static let story = [
        "The defence minister met his counterpart in the capital on Tuesday, and the two discussed training, joint exercises and the sale of patrol boats, officials said.",
        "“We have agreed to deepen our cooperation in maritime security,” the minister told reporters after the talks, which lasted more than three hours.",
        "The visit is the first by a defence minister from the country in a decade, and it comes weeks before a regional summit on security in the region.",
    ]

    /// A page with the story in an `<article>` and `boilerplate` placed before and after it.
    static func page(_ boilerplate: String, insideArticle: Bool = false) -> String {
        let paragraphs = story.map { "<p>\($0)</p>" }.joined()
        let article = insideArticle
            ? "<article><h1>Ministers meet</h1>\(paragraphs)\(boilerplate)</article>"
            : "\(boilerplate)<article><h1>Ministers meet</h1>\(paragraphs)</article>\(boilerplate)"
        return "<html lang=\"en\"><head><title>Ministers meet - Outlet</title></head><body><div id=\"page\">\(article)</div></body></html>"
    }

    static func read(_ html: String) throws -> Article {
        try ArticleReader().read(bytes: Array(html.utf8), identifier: "t", path: "t.html", isHTML: true)
    }

    /// Each kind of boilerplate, with and without telling class names; its marker word must not reach the body.
    static let cases: [(kind: String, html: String)] = [
        ("nav", "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World Navword</a></li></ul></nav>"),
        ("menu by class", "<div class=\"main-menu\"><a href=\"/a\">Politics</a> <a href=\"/b\">Navword</a></div>"),
        ("link list", "<div><ul><li><a href=\"/a\">Politics today</a></li><li><a href=\"/b\">Business Navword</a></li><li><a href=\"/c\">Sport</a></li><li><a href=\"/d\">Culture</a></li></ul></div>"),
        ("related by class", "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=\"/r\">Minister visits Relatedword capital for talks</a></li></ul></div>"),
        ("related by words", "<div><h4>More stories</h4><p><a href=\"/x\">Another story headline Relatedword about the same region and the talks</a></p></div>"),
        ("share bar", "<div class=\"share-buttons\"><a href=\"/f\">Facebook</a> <a href=\"/t\">Twitter</a> <a href=\"/e\">Shareword</a></div>"),
        ("newsletter", "<div><p>Sign up for our Shareword newsletter to get the news every morning.</p></div>"),
        ("comments", "<section id=\"comments\"><h3>3 comments</h3><p>Commentword: great article, I totally agree with every word of this analysis of the talks.</p></section>"),
        ("cookie banner", "<div class=\"cookie-consent\">We use cookies Cookieword to improve your experience. <a href=\"/ok\">Accept</a></div>"),
        ("cookie text", "<div><p>This website uses cookies Cookieword to ensure you get the best experience on our website.</p></div>"),
        ("footer", "<footer>© 2023 Outlet Footerword. All rights reserved.</footer>"),
        ("footer by id", "<div id=\"site-footer\"><a href=\"/about\">About us</a> <a href=\"/c\">Footerword</a> <a href=\"/p\">Privacy</a></div>"),
        ("advertisement", "<div class=\"ad-slot\">Advertisement Adword</div>"),
    ]

    @Test(arguments: cases.map(\.kind))
    func boilerplateIsLeftOut(kind: String) throws {
        let html = Self.cases.first { $0.kind == kind }!.html
        for inside in [false, true] {
            let a = try Self.read(Self.page(html, insideArticle: inside))
            for paragraph in Self.story { #expect(a.body.contains(paragraph), "\(kind): story paragraph lost") }
            for marker in ["Navword", "Relatedword", "Shareword", "Commentword", "Cookieword", "Footerword", "Adword"] {
                #expect(!a.body.contains(marker), "\(kind) (inside the article: \(inside)): \(marker) in the body")
            }
        }
    }

    @Test func captionsAreCaptionsNotBody() throws {
        let figure = "<figure><img src=\"m.jpg\"><figcaption>Captionword The minister, left, with his counterpart. (Photo: Agency)</figcaption></figure>"
        let a = try Self.read(Self.page(figure, insideArticle: true))
        #expect(!a.body.contains("Captionword"))
        #expect(a.paragraphs.contains { $0.role == .caption && a.text(of: $0).contains("Captionword") })
        for paragraph in Self.story { #expect(a.body.contains(paragraph)) }
    }

    @Test func bylinesAreMetaNotBody() throws {
        for byline in ["<p class=\"byline\">Bylineword Smith, Defence Correspondent</p>", "<p>By Jane Bylineword</p>",
                       "<div class=\"article-author\"><a href=\"/a\">Jane Bylineword</a></div>"] {
            let html = Self.page("", insideArticle: false).replacingFirst("<h1>Ministers meet</h1>", with: "<h1>Ministers meet</h1>\(byline)")
            let a = try Self.read(html)
            #expect(!a.body.contains("Bylineword"), "\(byline)")
            for paragraph in Self.story { #expect(a.body.contains(paragraph)) }
        }
    }

    @Test func headlineIsTitleNotBodyAndSubheadingsStay() throws {
        let html = Self.page("<h2>What comes next</h2><p>Officials will meet again in March to sign the agreement on patrol boats and training.</p>", insideArticle: true)
        let a = try Self.read(html)
        #expect(a.title == "Ministers meet")
        #expect(!a.body.contains("Ministers meet"))
        #expect(a.body.contains("What comes next"))
        #expect(a.body.contains("Officials will meet again in March"))
    }

    /// No `<article>`: the densest block of paragraphs wins over a sidebar of links and teasers.
    @Test func densestBlockWithoutArticleElement() throws {
        let paragraphs = Self.story.map { "<p>\($0)</p>" }.joined()
        let sidebar = (1...8).map { "<p><a href=\"/s\($0)\">Teaser headline number \($0) Sideword</a></p>" }.joined()
        let html = "<html><body><div class=\"wrap\"><div class=\"col\">\(sidebar)</div><div class=\"col2\">\(paragraphs)</div></div></body></html>"
        let a = try Self.read(html)
        for paragraph in Self.story { #expect(a.body.contains(paragraph)) }
        #expect(!a.body.contains("Sideword"))
    }

    /// A schema.org `itemprop="articleBody"` element is the story.
    @Test func schemaOrgArticleBody() throws {
        let paragraphs = Self.story.map { "<p>\($0)</p>" }.joined()
        let html = "<html><body><div><p>Teaser Otherword one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen.</p></div><div itemprop=\"articleBody\">\(paragraphs)</div></body></html>"
        let a = try Self.read(html)
        for paragraph in Self.story { #expect(a.body.contains(paragraph)) }
        #expect(!a.body.contains("Otherword"))
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
