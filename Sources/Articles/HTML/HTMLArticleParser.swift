internal import CLibXML2
import Foundation
internal import LibXMLLifecycle

/// Reads a saved HTML page with libxml2's HTML parser (no network, no external entities): the
/// story's blocks as ``BodyExtractor`` finds them (headings, paragraphs, captions, bylines with
/// their roles; navigation, related links, share and newsletter blocks, comments, cookie banners
/// and footers left out).
/// The headline comes from `<h1>`, `og:title` or `<title>`; the publication date from
/// `article:published_time`, `datePublished`, `<time datetime>`, a page header date or a
/// "Published in …, <date>" footer; the outlet from `og:site_name`.
enum HTMLArticleParser {
    static func parse(_ html: String, identifier: String, sourcePath: String) throws -> Article {
        // One use of libxml2 for the whole parse and walk: no raptor world tears libxml2 down meanwhile.
        try LibXMLLifecycle.withUse { try parseDocument(html, identifier: identifier, sourcePath: sourcePath) }
    }

    private static func parseDocument(_ html: String, identifier: String, sourcePath: String) throws -> Article {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = html.withCString { pointer in
            htmlReadMemory(pointer, Int32(html.utf8.count), nil, "UTF-8", options)
        }
        guard let document else {
            throw ArticleError.malformedHTML(path: sourcePath, message: "libxml2 could not build a document")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw ArticleError.empty(path: sourcePath)
        }
        var meta = Metadata()
        if let lang = attribute(root, "lang") ?? attribute(root, "xml:lang"), !lang.isEmpty { meta.language = lang }
        collectMetadata(root, into: &meta)
        var blocks = BodyExtractor().blocks(of: root)
        // A page that writes its story into a script (rendered by JavaScript) may still give it as
        // schema.org `articleBody`: taken when it is more than twice the story found in the page's text.
        let storyLength = BodyExtractor.storyLength(blocks)
        if let body = meta.linkedData?.articleBody, body.count > 2 * storyLength {
            blocks = body.split(whereSeparator: \.isNewline).map { line in
                StoryBlock(text: TextNormalization.collapseWhitespace(String(line)), role: .body, linkLength: 0, tag: "p")
            }.filter { !$0.text.isEmpty }
        }

        var datePublished = meta.date ?? meta.linkedData?.datePublished.flatMap { DateText.firstDate(in: $0) }
        var source = meta.siteName
        var lines: [(text: Substring, role: Paragraph.Role)] = []
        var title = meta.h1 ?? meta.ogTitle ?? meta.linkedData?.headline ?? meta.title
        if let t = title { title = TextNormalization.collapseWhitespace(TextNormalization.normalize(t)) }
        var seenBody = false
        for block in blocks {
            let text = Substring(TextNormalization.normalize(block.text))
            // (`block.tag` is the element that holds the block: "p", "li", "h2" …)
            if text.isEmpty || Boilerplate.isBoilerplateLine(text) { continue }
            if let footer = PageHeader.parsePublishedFooter(text) {
                datePublished = datePublished ?? footer.date
                source = source ?? footer.source
                continue
            }
            if !seenBody, let header = PageHeader.parse(text) {
                datePublished = datePublished ?? header.date
                source = source ?? header.source
                continue
            }
            var role = block.role
            // The headline is put first below, once.
            if role == .heading, let t = title, text == Substring(t) { continue }
            if role == .body {
                // A paragraph element is running text, whatever its words look like (a line of
                // Japanese has no spaces); text of other blocks may be a heading written as a div.
                if Caption.isCaption(text) {
                    role = .caption
                } else if block.tag != "p", text.count <= 100, Heading.isHeading(text), text.wordCount <= 12 {
                    role = .heading
                }
            }
            if role == .body { seenBody = true }
            lines.append((text, role))
        }
        if let t = title, !t.isEmpty {
            lines.insert((Substring(t), .heading), at: 0)
        }
        var article = PlainTextArticleParser.assemble(lines, identifier: identifier, sourcePath: sourcePath, title: title,
                                                      datePublished: datePublished, source: source ?? meta.linkedData?.publisher)
        article.url = [meta.canonicalURL, meta.ogURL, meta.linkedData?.url].compactMap { $0 }.first { $0.contains("://") }
        article.authors = meta.linkedData.map { $0.authors.isEmpty ? meta.authors : $0.authors } ?? meta.authors
        article.language = (meta.language ?? meta.linkedData?.language ?? meta.metaLanguage).map(languageTag)
        return article
    }

    /// A BCP 47 tag from what pages write ("en_US" → "en-US", "EN-gb" kept as written but with `-`).
    static func languageTag(_ value: String) -> String {
        String(TextNormalization.collapseWhitespace(value).replacingOccurrences(of: "_", with: "-").prefix(35))
    }

    struct Metadata {
        var title: String?
        var ogTitle: String?
        var h1: String?
        var date: CalendarDate?
        var siteName: String?
        /// `<link rel=canonical>`, `og:url`.
        var canonicalURL: String?
        var ogURL: String?
        /// `<html lang>`, `og:locale`, `content-language`.
        var language: String?
        var metaLanguage: String?
        /// `<meta name=author>`, `article:author` (names, not profile URLs).
        var authors: [String] = []
        /// The JSON-LD article object, when the page has one.
        var linkedData: LinkedDataArticle?
    }

    static func collectMetadata(_ node: xmlNodePtr, into meta: inout Metadata) {
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = elementName(c)
            switch name {
            case "html":
                if meta.language == nil, let lang = attribute(c, "lang") ?? attribute(c, "xml:lang"), !lang.isEmpty { meta.language = lang }
            case "link":
                if meta.canonicalURL == nil, attribute(c, "rel")?.lowercased().split(separator: " ").contains("canonical") == true,
                   let href = attribute(c, "href"), !href.isEmpty { meta.canonicalURL = href }
            case "script":
                if meta.linkedData == nil, attribute(c, "type")?.lowercased() == "application/ld+json",
                   let found = LinkedDataArticle.parse(textContent(c)) { meta.linkedData = found }
                continue
            case "title":
                if meta.title == nil { meta.title = textContent(c) }
            case "h1":
                if meta.h1 == nil, !isInsideFurniture(c) { meta.h1 = textContent(c) }
            case "meta":
                let key = (attribute(c, "property") ?? attribute(c, "name") ?? attribute(c, "itemprop") ?? "").lowercased()
                let value = attribute(c, "content") ?? ""
                switch key {
                case "og:title": meta.ogTitle = meta.ogTitle ?? value
                case "og:site_name": meta.siteName = meta.siteName ?? value
                case "og:url": meta.ogURL = meta.ogURL ?? (value.isEmpty ? nil : value)
                case "og:locale", "content-language", "dc.language", "language": meta.metaLanguage = meta.metaLanguage ?? (value.isEmpty ? nil : value)
                case "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author":
                    let name = TextNormalization.collapseWhitespace(value.hasPrefix("By ") ? String(value.dropFirst(3)) : value)
                    if !name.isEmpty, !name.contains("://"), !meta.authors.contains(name) { meta.authors.append(name) }
                case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
                    "sailthru.date", "parsely-pub-date":
                    meta.date = meta.date ?? DateText.firstDate(in: value)
                default: break
                }
            case "time" where meta.date == nil:
                if let value = attribute(c, "datetime") { meta.date = DateText.firstDate(in: value) }
            default:
                break
            }
            if attribute(c, "itemprop") == "datePublished", meta.date == nil {
                meta.date = DateText.firstDate(in: attribute(c, "content") ?? attribute(c, "datetime") ?? textContent(c))
            }
            collectMetadata(c, into: &meta)
        }
    }

    /// Whether the node is inside navigation, an aside, a footer or a menu.
    static func isInsideFurniture(_ node: xmlNodePtr) -> Bool {
        var p = node.pointee.parent
        while let q = p, q.pointee.type == XML_ELEMENT_NODE {
            if BoilerplatePruning.furnitureElements.contains(elementName(q)) { return true }
            p = q.pointee.parent
        }
        return false
    }

    static func elementName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    static func textContent(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { cxml_free(value) }
        return TextNormalization.collapseWhitespace(String(cString: value))
    }
}
