/// One block of a page's text: a paragraph, a heading, a list item, a caption …, with its role and
/// how much of it is link text.
struct StoryBlock {
    var text: String
    var role: Paragraph.Role
    /// Characters of the text inside links.
    var linkLength: Int
    /// The tag of the block element ("p", "h2", "li" …).
    var tag: String

    /// Share of the text inside links, 0…1.
    var linkDensity: Double {
        let length = text.count
        return length == 0 ? 0 : Double(linkLength) / Double(length)
    }
}

/// Collects the text blocks of the story's elements: block elements start and end blocks, inline
/// text joins the block it is in; headings, captions and byline blocks get their roles. On the way
/// it leaves out sub-trees that read as boilerplate by their measures (readability's conditional
/// cleaning): lists of links, image galleries, short link-heavy boxes.
struct StoryBlocks {
    let vocabulary: BoilerplateVocabulary

    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "figure", "figcaption", "tr", "table", "br", "hr", "dd", "dt", "dl", "pre", "address", "center",
        "caption", "details", "summary", "form",
    ]
    /// Elements a conditional cleaning may leave out.
    static let cleanedElements: Set<String> = ["div", "section", "table", "ul", "ol", "header", "form", "dl"]

    func collect(_ elements: [PageElement]) -> [StoryBlock] {
        var collector = Collector(vocabulary: vocabulary)
        for element in elements {
            collector.flush()
            collector.walk(element, role: .body, isRoot: true)
            collector.flush()
        }
        return collector.blocks
    }

    private struct Collector {
        let vocabulary: BoilerplateVocabulary
        var blocks: [StoryBlock] = []
        var current = ""
        var currentLinkLength = 0
        var currentRole = Paragraph.Role.body
        var currentTag = "p"

        mutating func flush() {
            let text = TextNormalization.collapseWhitespace(current)
            if !text.isEmpty {
                blocks.append(StoryBlock(text: text, role: currentRole, linkLength: min(currentLinkLength, text.count), tag: currentTag))
            }
            current = ""
            currentLinkLength = 0
            currentRole = .body
            currentTag = "p"
        }

        mutating func walk(_ element: PageElement, role: Paragraph.Role, isRoot: Bool = false, insideLink: Bool = false) {
            for child in element.children {
                switch child {
                case .text(let text):
                    current += text
                    if insideLink { currentLinkLength += text.collapsedLength }
                    if role != .body { currentRole = role }
                case .element(let e):
                    if e.name == "br" {
                        flush()
                        continue
                    }
                    if StoryBlocks.cleanedElements.contains(e.name), isBoilerplateByMeasure(e) { continue }
                    let isBlock = StoryBlocks.blockElements.contains(e.name)
                    var childRole = role
                    if isBlock { childRole = blockRole(e, inherited: role) }
                    if isBlock { flush(); currentTag = e.name }
                    walk(e, role: childRole, insideLink: insideLink || e.name == "a")
                    if isBlock { flush() }
                }
            }
        }

        /// The role of a block element: headings, captions (by tag or class), bylines (by class).
        func blockRole(_ e: PageElement, inherited: Paragraph.Role) -> Paragraph.Role {
            if inherited != .body { return inherited }
            switch e.name {
            case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
            case "figcaption", "caption": return .caption
            default: break
            }
            if e.classWords.contains(where: vocabulary.captionClassWords.contains) { return .caption }
            if e.classWords.contains(where: vocabulary.metaClassWords.contains),
               !e.classWords.contains(where: vocabulary.contentClassWords.contains), e.textLength < 200 {
                return .meta
            }
            return .body
        }

        /// readability's conditional cleaning: a sub-tree with few commas is left out when it is
        /// mostly links, mostly images, more list items than paragraphs (outside a list), or tiny.
        func isBoilerplateByMeasure(_ e: PageElement) -> Bool {
            let weight = StoryContainer(vocabulary: vocabulary).classWeight(e)
            // A boilerplate class condemns a box of links or a short box, not a long run of text.
            if weight < 0, e.linkDensity > 0.2 || e.textLength < 200 { return true }
            if e.commaCount >= 10 { return false }
            let paragraphs = Double(e.paragraphCount)
            let images = Double(e.imageCount)
            let items = Double(e.listItemCount)
            let length = e.textLength
            let isList = e.name == "ul" || e.name == "ol"
            if images > 1, paragraphs / images < 0.5, length < 200 { return true }
            if !isList, items > paragraphs + 3, e.linkDensity > 0.3 { return true }
            if length < 25, images == 0, e.name != "div", e.name != "section" { return true }
            if weight < 25, e.linkDensity > 0.5 { return true }
            if weight >= 25, e.linkDensity > 0.7 { return true }
            if isList, e.linkDensity > 0.5 { return true }
            return false
        }
    }
}
