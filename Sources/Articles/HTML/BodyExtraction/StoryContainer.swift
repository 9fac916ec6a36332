/// Finds the elements that hold the story in a page, by text density: every paragraph-like element
/// with enough text gives points (more for longer text and commas) to its parent and, less, to the
/// ancestors above; an ancestor starts from what its tag and class/id words say; its points shrink
/// with the share of its text that is link text. The best ancestor is the story's container, joined
/// by the siblings that look like more of the story. A schema.org `itemprop="articleBody"` element,
/// when it holds a real story, is taken as it is.
struct StoryContainer {
    let vocabulary: BoilerplateVocabulary

    /// Elements whose own text counts as one paragraph.
    private static let paragraphElements: Set<String> = ["p", "pre", "td", "blockquote"]
    /// Elements that start a block inside a `div` (a `div` without any holds its text as a paragraph).
    private static let blockChildren: Set<String> = [
        "p", "div", "section", "article", "main", "table", "ul", "ol", "dl", "blockquote", "pre", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "form", "address",
    ]
    /// Elements whose own text, between their block children, counts as a paragraph.
    private static let textHolders: Set<String> = ["div", "td"]
    /// Fewest characters of a paragraph that scores.
    static let minimumParagraphLength = 25

    /// The story's elements in document order: the container and the siblings that join it.
    func find(in root: PageElement) -> [PageElement] {
        if let marked = markedArticleBody(in: root) { return [marked] }
        var scores: [ObjectIdentifier: Double] = [:]
        var candidates: [PageElement] = []
        root.forEachElement { element in
            let length: Int
            var commas = element.commaCount
            if isParagraph(element) {
                length = element.textLength
            } else if Self.textHolders.contains(element.name) {
                length = element.ownTextLength  // text written straight into a div, between its blocks
                commas = element.ownCommaCount
            } else {
                return
            }
            guard length >= Self.minimumParagraphLength else { return }
            let points = 1 + Double(commas) + min(Double(length) / 100, 3)
            var ancestor = element.parent
            var level = 0
            while let a = ancestor, level < 5 {
                let key = ObjectIdentifier(a)
                if scores[key] == nil {
                    scores[key] = initialScore(a)
                    candidates.append(a)
                }
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
                scores[key]! += points / divider
                ancestor = a.parent
                level += 1
            }
        }
        guard !candidates.isEmpty else { return [root.first { $0.name == "body" } ?? root] }
        func finalScore(_ e: PageElement) -> Double { (scores[ObjectIdentifier(e)] ?? 0) * (1 - e.linkDensity) }
        var top = candidates.max { finalScore($0) < finalScore($1) }!
        // Climb while the parent scores nearly as well (the story is split over several blocks).
        var lastScore = finalScore(top)
        let threshold = lastScore / 3
        var parent = top.parent
        while let p = parent, p.name != "body", p.name != "html" {
            guard scores[ObjectIdentifier(p)] != nil else { parent = p.parent; continue }
            let score = finalScore(p)
            if score < threshold { break }
            if score > lastScore { top = p; break }
            lastScore = score
            parent = p.parent
        }
        // A container that is its parent's only element child stands for the parent.
        while let p = top.parent, p.name != "body", p.name != "html", p.elementChildren.count == 1,
              p.textLength == top.textLength {
            top = p
        }
        return withSiblings(top, score: finalScore(top), finalScore: finalScore)
    }

    /// The container joined by siblings that score well, or read as story paragraphs.
    private func withSiblings(_ top: PageElement, score: Double, finalScore: (PageElement) -> Double) -> [PageElement] {
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, score * 0.2)
        var result: [PageElement] = []
        for sibling in parent.elementChildren {
            if sibling === top { result.append(sibling); continue }
            var bonus = 0.0
            if !top.classWords.isEmpty, sibling.classWords == top.classWords { bonus = score * 0.2 }
            if finalScore(sibling) + bonus >= threshold {
                result.append(sibling)
            } else if sibling.name == "p" {
                let length = sibling.textLength
                let text = length > 0 ? sibling.text : ""
                if length > 80, sibling.linkDensity < 0.25 {
                    result.append(sibling)
                } else if length > 0, length <= 80, sibling.linkDensity == 0, text.hasSuffix(".") || text.contains(". ") {
                    result.append(sibling)
                }
            }
        }
        return result
    }

    /// The `itemprop="articleBody"` element holding the most text, if it holds a real story
    /// (at least 250 characters).
    private func markedArticleBody(in root: PageElement) -> PageElement? {
        var best: PageElement?
        root.forEachElement { e in
            guard e.attributes["itemprop"]?.lowercased().split(separator: " ").contains("articlebody") == true else { return }
            if e.textLength > (best?.textLength ?? 0) { best = e }
        }
        guard let best, best.textLength >= 250 else { return nil }
        return best
    }

    /// Whether the element's text counts as one paragraph: a `<p>`, `<pre>`, `<td>`, `<blockquote>`,
    /// or a `div`/`section` that holds text without block children.
    private func isParagraph(_ e: PageElement) -> Bool {
        if Self.paragraphElements.contains(e.name) { return true }
        if e.name == "div" || e.name == "section" || e.name == "span" && e.parent?.name == "div" {
            return !e.elementChildren.contains { Self.blockChildren.contains($0.name) }
        }
        return false
    }

    /// The score an ancestor starts from: its tag, then its class/id words.
    private func initialScore(_ e: PageElement) -> Double {
        var score: Double
        switch e.name {
        case "div", "article", "main": score = 5
        case "pre", "td", "blockquote", "section": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return score + classWeight(e)
    }

    /// +25 for a content word in the class/id, −25 for a boilerplate or negative word.
    func classWeight(_ e: PageElement) -> Double {
        var weight = 0.0
        if e.classWords.contains(where: vocabulary.contentClassWords.contains) { weight += 25 }
        if e.classWords.contains(where: { vocabulary.boilerplateClassWords.contains($0) || vocabulary.negativeClassWords.contains($0) }) {
            weight -= 25
        }
        return weight
    }
}
