internal import CLibXML2

/// A page as a light tree of elements and text, copied once out of libxml2's document, without the
/// parts that are never text of a page (scripts, styles, forms, embedded objects, hidden elements).
/// The body finder scores and walks this tree many times; Swift values are cheaper to walk than
/// libxml2's nodes, and no C pointer leaves `HTML/`.
final class PageElement {
    /// The lower-cased tag name.
    let name: String
    /// The `class`, `id` and `role` attribute values, lower-cased and split into words at spaces,
    /// `-`, `_` and camel-case humps ("article-body" → article, body).
    let classWords: [String]
    /// The attributes the finder reads (`itemprop`, `itemtype`, `href`, `content`, `datetime`, `lang`, `rel`,
    /// `property`, `name`, `type`), lower-cased names.
    let attributes: [String: String]
    /// Children in document order.
    var children: [PageNode] = []
    weak var parent: PageElement?

    init(name: String, classWords: [String], attributes: [String: String]) {
        self.name = name
        self.classWords = classWords
        self.attributes = attributes
    }

    // Measures of the subtree, computed once by ``measure()``.
    /// Characters of text (whitespace runs counted as one).
    private(set) var textLength = 0
    /// Characters of text inside links.
    private(set) var linkTextLength = 0
    /// Commas in the text.
    private(set) var commaCount = 0
    /// `<p>` elements inside.
    private(set) var paragraphCount = 0
    /// `<img>` elements inside.
    private(set) var imageCount = 0
    /// `<li>` elements inside.
    private(set) var listItemCount = 0
    /// Characters of the element's own text: its text children and the text of its inline
    /// children (text that is not inside a block element of its own).
    private(set) var ownTextLength = 0
    /// Commas in the element's own text.
    private(set) var ownCommaCount = 0

    /// Share of the text that is link text, 0…1.
    var linkDensity: Double { textLength == 0 ? 0 : Double(linkTextLength) / Double(textLength) }

    /// Elements among the children.
    var elementChildren: [PageElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// Computes the measures of this subtree and of every element in it.
    func measure(insideLink: Bool = false) {
        textLength = 0; linkTextLength = 0; commaCount = 0; paragraphCount = 0; imageCount = 0; listItemCount = 0
        ownTextLength = 0; ownCommaCount = 0
        let isLink = insideLink || name == "a"
        for child in children {
            switch child {
            case .text(let text):
                let length = text.collapsedLength
                textLength += length
                ownTextLength += length
                if isLink { linkTextLength += length }
                let commas = text.utf8.reduce(0) { $0 + ($1 == 0x2C ? 1 : 0) }
                commaCount += commas
                ownCommaCount += commas
            case .element(let e):
                e.measure(insideLink: isLink)
                textLength += e.textLength
                if !PageTree.breakingElements.contains(e.name) {
                    ownTextLength += e.textLength
                    ownCommaCount += e.commaCount
                }
                linkTextLength += e.linkTextLength
                commaCount += e.commaCount
                paragraphCount += e.paragraphCount + (e.name == "p" ? 1 : 0)
                imageCount += e.imageCount + (e.name == "img" ? 1 : 0)
                listItemCount += e.listItemCount + (e.name == "li" ? 1 : 0)
            }
        }
    }

    /// The text of the subtree, whitespace collapsed.
    var text: String {
        var out = ""
        appendText(to: &out)
        return TextNormalization.collapseWhitespace(out)
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e):
                if PageTree.breakingElements.contains(e.name) { out += " " }
                e.appendText(to: &out)
                if PageTree.breakingElements.contains(e.name) { out += " " }
            }
        }
    }

    /// Every element of the subtree, this one first, in document order.
    func forEachElement(_ body: (PageElement) -> Void) {
        body(self)
        for child in children { if case .element(let e) = child { e.forEachElement(body) } }
    }

    /// The first element of the subtree (this one included) that satisfies `predicate`.
    func first(where predicate: (PageElement) -> Bool) -> PageElement? {
        if predicate(self) { return self }
        for child in children {
            if case .element(let e) = child, let found = e.first(where: predicate) { return found }
        }
        return nil
    }

    /// Whether `other` is this element or inside it.
    func contains(_ other: PageElement) -> Bool {
        var node: PageElement? = other
        while let n = node {
            if n === self { return true }
            node = n.parent
        }
        return false
    }

    /// The depth of the element (the root is 0).
    var depth: Int {
        var d = 0
        var node = parent
        while let n = node { d += 1; node = n.parent }
        return d
    }
}

/// A child of an element: an element or a run of text.
enum PageNode {
    case element(PageElement)
    case text(String)
}

extension String {
    /// The length in characters with every run of whitespace counted as one character.
    var collapsedLength: Int {
        var count = 0
        var inSpace = true
        for byte in utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if !inSpace { count += 1; inSpace = true }
            } else if byte & 0xC0 != 0x80 {  // the first byte of a scalar
                count += 1
                inSpace = false
            }
        }
        return count
    }
}

/// Copies libxml2's document into a ``PageElement`` tree.
enum PageTree {
    /// Elements that never hold text of the page.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "button", "select", "template", "object", "embed",
        "canvas", "input", "textarea", "head", "dialog", "option", "math", "link", "meta", "source", "video", "audio",
    ]
    /// Elements whose start and end separate words.
    static let breakingElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "blockquote", "figure", "figcaption", "tr", "td", "th", "table", "br", "hr", "dd", "dt", "dl",
        "pre", "address", "center", "caption", "form", "menu", "details", "summary",
    ]
    private static let keptAttributes: Set<String> = ["itemprop", "itemtype", "href", "content", "datetime", "lang", "rel",
                                         "property", "name", "type", "charset", "http-equiv"]

    /// The tree of `root`'s element, or nil for an element that is dropped.
    static func build(_ node: xmlNodePtr, parent: PageElement? = nil) -> PageElement? {
        let name = HTMLArticleParser.elementName(node)
        if droppedElements.contains(name) && parent != nil { return nil }
        // One pass over the element's attributes (most elements have one or two).
        var attributes: [String: String] = [:]
        var classText = ""
        var attribute = node.pointee.properties
        while let a = attribute {
            defer { attribute = a.pointee.next }
            guard let rawName = a.pointee.name else { continue }
            let key = String(cString: rawName).lowercased()
            let isClassLike = key == "class" || key == "id" || key == "role"
            let isVisibility = key == "hidden" || key == "aria-hidden" || key == "style"
            guard isClassLike || isVisibility || keptAttributes.contains(key) else { continue }
            let value = attributeValue(a)
            if isClassLike {
                classText += classText.isEmpty ? value : " " + value
            } else if isVisibility {
                if parent != nil, isHiding(key, value) { return nil }
            } else {
                attributes[key] = value
            }
        }
        let element = PageElement(name: name, classWords: classWords(classText), attributes: attributes)
        element.parent = parent
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content {
                    let text = String(cString: content)
                    if !text.isEmpty { element.children.append(.text(text)) }
                }
            case XML_ELEMENT_NODE:
                if let e = build(c, parent: element) { element.children.append(.element(e)) }
            default:
                continue
            }
        }
        return element
    }

    /// The text of an attribute (its text children; the parser has replaced the entities).
    private static func attributeValue(_ a: xmlAttrPtr) -> String {
        var value = ""
        var child = a.pointee.children
        while let c = child {
            if let content = c.pointee.content { value += String(cString: content) }
            child = c.pointee.next
        }
        return value
    }

    /// Whether a visibility attribute hides the element from readers (`hidden`, `aria-hidden="true"`,
    /// `display:none`, `visibility:hidden`).
    static func isHiding(_ key: String, _ value: String) -> Bool {
        switch key {
        case "hidden": return true
        case "aria-hidden": return value.lowercased() == "true"
        default:
            let style = value.lowercased().filter { $0 != " " }
            return style.contains("display:none") || style.contains("visibility:hidden")
        }
    }

    /// The words of class, id and role values: split at spaces, `-`, `_`, `:` and lower-to-upper case humps.
    static func classWords(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        func finish() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x2D, 0x5F, 0x3A, 0x09, 0x0A, 0x0D, 0x2E, 0x2F:  // space - _ : tab LF CR . /
                finish()
                previousWasLower = false
            case 0x41...0x5A:  // A-Z: a hump after a lower-case letter starts a word
                if previousWasLower { finish() }
                current.append(byte + 32)
                previousWasLower = false
            default:
                current.append(byte)
                previousWasLower = (0x61...0x7A).contains(byte)
            }
        }
        finish()
        return words
    }
}
