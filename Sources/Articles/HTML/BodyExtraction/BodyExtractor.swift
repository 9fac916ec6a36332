internal import CLibXML2

/// Finds the story in a parsed page and returns its blocks of text with their roles: the page is
/// copied into a ``PageElement`` tree, its furniture pruned (``BoilerplatePruning``), the story's
/// container found by text density (``StoryContainer``), its blocks collected (``StoryBlocks``) and
/// judged one by one (``BlockFilter``). General rules only: tags, class/id vocabularies, text and
/// link density, block structure and schema.org hints; nothing about one site.
struct BodyExtractor {
    var vocabulary: BoilerplateVocabulary = .shared

    /// A story shorter than this (in characters) is looked for again without the boilerplate class/id
    /// words (readability's retry): the page's class names misled the pruning.
    static let shortStory = 250

    /// The story blocks of the page whose root element is `root`.
    func blocks(of root: xmlNodePtr) -> [StoryBlock] {
        guard let tree = PageTree.build(root) else { return [] }
        let pruned = blocks(of: tree)
        let length = Self.storyLength(pruned)
        guard length < Self.shortStory, let fresh = PageTree.build(root) else { return pruned }
        var trusting = self
        trusting.vocabulary.boilerplateClassWords = []
        trusting.vocabulary.negativeClassWords = []
        let unpruned = trusting.blocks(of: fresh)
        return Self.storyLength(unpruned) > length ? unpruned : pruned
    }

    /// Characters of body text in the blocks.
    static func storyLength(_ blocks: [StoryBlock]) -> Int {
        blocks.reduce(0) { $0 + ($1.role == .body ? $1.text.count : 0) }
    }

    /// The story blocks of a page tree (which loses its boilerplate on the way).
    func blocks(of tree: PageElement) -> [StoryBlock] {
        BoilerplatePruning(vocabulary: vocabulary).prune(tree)
        tree.measure()
        let story = StoryContainer(vocabulary: vocabulary).find(in: tree)
        let blocks = StoryBlocks(vocabulary: vocabulary).collect(story)
        return BlockFilter(vocabulary: vocabulary).filter(blocks)
    }
}
