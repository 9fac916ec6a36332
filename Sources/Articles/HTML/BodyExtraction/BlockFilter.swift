/// Judges each collected block by its text: short blocks that open with a boilerplate phrase
/// ("Share this", "Sign up for …", "We use cookies") and link lists are left out; short blocks that
/// open like a byline ("By …", "Updated …") become page meta.
struct BlockFilter {
    let vocabulary: BoilerplateVocabulary

    /// Longest block (in words) that a boilerplate phrase at its start condemns.
    static let boilerplateBlockWords = 30
    /// Longest block (in words) that a byline prefix makes page meta.
    static let bylineWords = 12

    func filter(_ blocks: [StoryBlock]) -> [StoryBlock] {
        var kept: [StoryBlock] = []
        for var block in blocks {
            let words = block.text.wordCount
            if block.role == .body || block.role == .heading {
                let lower = block.text.prefix(60).lowercased()
                if words <= Self.boilerplateBlockWords, vocabulary.opensWithBoilerplate(lower) { continue }
                if Boilerplate.isBoilerplateLine(Substring(block.text)) { continue }
                if block.linkDensity > 0.5, words < 40 { continue }
                if block.role == .body, words <= Self.bylineWords, vocabulary.opensLikeByline(lower) { block.role = .meta }
            }
            kept.append(block)
        }
        return kept
    }
}
