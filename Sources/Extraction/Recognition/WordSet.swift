import Foundation

/// A set of word keys for the recognizers' closed word lists: `Set<String>` membership with a quick
/// first-byte-and-length test in front, so that most words of running text are ruled out without
/// hashing. Membership is exactly the `Set`'s (canonical equivalence included): only ASCII queries
/// are ever ruled out by the test, against the bytes of every member's NFC form that is ASCII.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// The words.
    let members: Set<String>
    private let filter: KeyFilter

    init(_ words: some Sequence<String>) {
        members = Set(words)
        var asciiForms: [String] = []
        for word in members {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                asciiForms.append(word)
            } else {
                // A member equal to an ASCII word must have an ASCII canonical composition (the Kelvin sign is "K").
                let composed = word.precomposedStringWithCanonicalMapping
                if composed.utf8.allSatisfy({ $0 < 0x80 }) { asciiForms.append(composed) }
            }
        }
        filter = KeyFilter(asciiForms)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is one of the words.
    @inline(__always) func contains(_ word: String) -> Bool {
        if !filter.admits(word) && word.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        return members.contains(word)
    }

    func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

    /// The words of both sets.
    func union(_ other: some Sequence<String>) -> Set<String> { members.union(other) }
}
