internal import CLibXML2
internal import LibXMLLifecycle

/// Reads a saved HTML page with libxml2's HTML parser (no network, no external entities):
/// the article's text only, with scripts, styles, navigation, asides, forms and footers dropped.
/// The headline comes from `<h1>`, `og:title` or `<title>`; the publication date from
/// `article:published_time`, `datePublished`, `<time datetime>`, a page header date or a
/// "Published in …, <date>" footer; the outlet from `og:site_name`.
enum HTMLArticleParser {
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select",
        "template", "object", "embed", "canvas", "input", "textarea", "head", "menu", "dialog",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "figure", "figcaption", "tr", "table", "br", "hr", "dd", "dt", "dl", "pre", "address", "center",
    ]
    static let skippedClassWords: Set<String> = [
        "share", "sharing", "social", "related", "comment", "comments", "advert", "advertisement", "ad", "ads",
        "newsletter", "breadcrumb", "breadcrumbs", "menu", "footer", "sidebar", "nav", "navbar", "navigation",
        "cookie", "promo", "subscribe", "popup", "modal", "widget", "tags", "byline-share", "trending", "recommended",
    ]

    struct Block {
        var text: String
        var role: Paragraph.Role
    }

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
        collectMetadata(root, into: &meta)
        let content = findFirst(root, where: { name, node in
            name == "article" || attribute(node, "itemprop") == "articleBody"
        }) ?? findFirst(root, where: { name, _ in name == "main" }) ?? findFirst(root, where: { name, _ in name == "body" }) ?? root
        var blocks: [Block] = []
        var current = ""
        var currentRole = Paragraph.Role.body
        func flush() {
            let text = TextNormalization.collapseWhitespace(current)
            if !text.isEmpty { blocks.append(Block(text: text, role: currentRole)) }
            current = ""
            currentRole = .body
        }
        func walk(_ node: xmlNodePtr, role: Paragraph.Role) {
            var child = node.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = c.pointee.content {
                        current += String(cString: content)
                        if role != .body { currentRole = role }
                    }
                case XML_ELEMENT_NODE:
                    let name = elementName(c)
                    if skippedElements.contains(name) || isSkippedByClass(c) { continue }
                    let isBlock = blockElements.contains(name)
                    var childRole = role
                    if name == "figcaption" || name == "caption" { childRole = .caption }
                    if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(name) { childRole = .heading }
                    if isBlock { flush() }
                    walk(c, role: childRole)
                    if isBlock { flush() }
                default:
                    continue
                }
            }
        }
        walk(content, role: .body)
        flush()

        var datePublished = meta.date
        var source = meta.siteName
        var lines: [(text: Substring, role: Paragraph.Role)] = []
        var title = meta.h1 ?? meta.ogTitle ?? meta.title
        if let t = title { title = TextNormalization.collapseWhitespace(TextNormalization.normalize(t)) }
        var seenBody = false
        for block in blocks {
            let text = Substring(TextNormalization.normalize(block.text))
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
            if role == .body {
                if Caption.isCaption(text) { role = .caption } else if Heading.isHeading(text) && text.wordCount <= 12 { role = .heading }
            }
            if role == .body { seenBody = true }
            lines.append((text, role))
        }
        if let t = title, let first = lines.first, first.text == t, first.role == .heading {
            // The headline is the first line already.
        } else if let t = title, !t.isEmpty {
            lines.insert((Substring(t), .heading), at: 0)
        }
        return PlainTextArticleParser.assemble(lines, identifier: identifier, sourcePath: sourcePath, title: title,
                                               datePublished: datePublished, source: source)
    }

    struct Metadata {
        var title: String?
        var ogTitle: String?
        var h1: String?
        var date: CalendarDate?
        var siteName: String?
    }

    static func collectMetadata(_ node: xmlNodePtr, into meta: inout Metadata) {
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = elementName(c)
            switch name {
            case "title":
                if meta.title == nil { meta.title = textContent(c) }
            case "h1":
                if meta.h1 == nil, !isInsideSkipped(c) { meta.h1 = textContent(c) }
            case "meta":
                let key = (attribute(c, "property") ?? attribute(c, "name") ?? attribute(c, "itemprop") ?? "").lowercased()
                let value = attribute(c, "content") ?? ""
                switch key {
                case "og:title": meta.ogTitle = meta.ogTitle ?? value
                case "og:site_name": meta.siteName = meta.siteName ?? value
                case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
                    "sailthru.date", "parsely-pub-date":
                    meta.date = meta.date ?? DateText.firstDate(in: value)
                default: break
                }
            case "time":
                if meta.date == nil, let value = attribute(c, "datetime") { meta.date = DateText.firstDate(in: value) }
            default:
                break
            }
            if attribute(c, "itemprop") == "datePublished", meta.date == nil {
                meta.date = DateText.firstDate(in: attribute(c, "content") ?? attribute(c, "datetime") ?? textContent(c))
            }
            collectMetadata(c, into: &meta)
        }
    }

    static func isInsideSkipped(_ node: xmlNodePtr) -> Bool {
        var p = node.pointee.parent
        while let q = p, q.pointee.type == XML_ELEMENT_NODE {
            if skippedElements.contains(elementName(q)) { return true }
            p = q.pointee.parent
        }
        return false
    }

    static func isSkippedByClass(_ node: xmlNodePtr) -> Bool {
        let value = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "") + " " + (attribute(node, "role") ?? "")).lowercased()
        if value.count <= 2 { return false }
        let words = value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        if words.contains(where: { skippedClassWords.contains(String($0)) }) { return true }
        if attribute(node, "aria-hidden") == "true" { return true }
        return false
    }

    static func findFirst(_ node: xmlNodePtr, where predicate: (String, xmlNodePtr) -> Bool) -> xmlNodePtr? {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                if predicate(elementName(c), c) { return c }
                if let found = findFirst(c, where: predicate) { return found }
            }
            child = c.pointee.next
        }
        return nil
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
