/// Removes from a page the elements that are never the story: navigation, asides, footers and
/// menus, and every element whose class/id words name boilerplate (share bars, related links,
/// comments, newsletters, cookie banners, advertisements …) without also naming content. A wrapper
/// is never removed, whatever its class says (`Page-ad-margins`, `has-sidebar`): an element that holds
/// the schema.org `articleBody`, `<main>`, `<h1>` or an `<article>` that is not boilerplate itself
/// by any class word (a comment is often an `<article class="comment-body">`).
struct BoilerplatePruning {
    let vocabulary: BoilerplateVocabulary

    /// Tags of page furniture.
    static let furnitureElements: Set<String> = ["nav", "aside", "footer", "menu"]

    /// Removes the boilerplate subtrees under `root` (not `root` itself).
    func prune(_ root: PageElement) {
        root.children.removeAll { child in
            guard case .element(let e) = child else { return false }
            if isBoilerplate(e), !isWrapper(e) { return true }
            prune(e)
            return false
        }
    }

    /// Whether the element is page furniture by its tag or its class/id words.
    func isBoilerplate(_ e: PageElement) -> Bool {
        if Self.furnitureElements.contains(e.name) { return true }
        if e.name == "body" || e.name == "html" || e.name == "main" { return false }
        guard e.classWords.contains(where: vocabulary.boilerplateClassWords.contains) else { return false }
        return !e.classWords.contains(where: vocabulary.contentClassWords.contains)
    }

    /// Whether the element wraps the story rather than sits beside it.
    private func isWrapper(_ e: PageElement) -> Bool {
        e.first {
            $0 !== e && ($0.name == "main" || $0.name == "h1" || ($0.name == "article" && !$0.classWords.contains(where: vocabulary.boilerplateClassWords.contains))
                || $0.attributes["itemprop"]?.lowercased().contains("articlebody") == true)
        } != nil
    }
}
