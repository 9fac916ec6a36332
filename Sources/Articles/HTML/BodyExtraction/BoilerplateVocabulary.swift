import Foundation

/// The vocabularies of page boilerplate the body finder uses, read from `Vocabulary/boilerplate.txt`
/// (a data file people can extend): class/id words of story containers and of boilerplate, and the
/// phrases that open boilerplate blocks and bylines.
struct BoilerplateVocabulary: Sendable {
    /// Class/id words of an element that holds the story.
    var contentClassWords: Set<String> = []
    /// Class/id words of an element that is not the story (dropped with its subtree).
    var boilerplateClassWords: Set<String> = []
    /// Class/id words of a caption block.
    var captionClassWords: Set<String> = []
    /// Class/id words of a byline or date block.
    var metaClassWords: Set<String> = []
    /// Class/id words that lower an element's score as the story's container.
    var negativeClassWords: Set<String> = []
    /// Lower-case phrases that open a short boilerplate block.
    var boilerplatePhrases: [String] = []
    /// Lower-case phrases that open a byline or date line.
    var bylinePrefixes: [String] = []

    /// The vocabulary shipped with Communique.
    static let shared: BoilerplateVocabulary = {
        guard let url = Bundle.module.url(forResource: "boilerplate", withExtension: "txt", subdirectory: "Vocabulary"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            preconditionFailure("the resource Vocabulary/boilerplate.txt of Articles is missing from the build")
        }
        return BoilerplateVocabulary(parsing: text)
    }()

    /// Reads the data file's layout: `[section]` lines, then one entry a line; `#` lines are comments.
    init(parsing text: String) {
        var section = ""
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " }) { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            // Keep a trailing space ("by "): it is part of the phrase. Leading spaces are not.
            let entry = String(line.drop(while: { $0 == " " })).lowercased()
            switch section {
            case "content-class-words": contentClassWords.insert(entry)
            case "boilerplate-class-words": boilerplateClassWords.insert(entry)
            case "caption-class-words": captionClassWords.insert(entry)
            case "meta-class-words": metaClassWords.insert(entry)
            case "negative-class-words": negativeClassWords.insert(entry)
            case "boilerplate-phrases": boilerplatePhrases.append(entry)
            case "byline-prefixes": bylinePrefixes.append(entry)
            default: continue
            }
        }
    }

    /// Whether a block's lower-cased text opens with a boilerplate phrase.
    func opensWithBoilerplate(_ lowercased: String) -> Bool {
        boilerplatePhrases.contains { lowercased.hasPrefix($0) }
    }

    /// Whether a block's lower-cased text opens like a byline or a date line.
    func opensLikeByline(_ lowercased: String) -> Bool {
        bylinePrefixes.contains { lowercased.hasPrefix($0) }
    }
}
