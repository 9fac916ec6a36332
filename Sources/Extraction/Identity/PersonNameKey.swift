/// The key of a person's name that every article, run and shard computes alike, so that the
/// spellings of one name give one IRI: "Sergey Shoygu" and "Sergei Shoigu" → `sergei-shoigu`,
/// "Nick Carter" and "Nicholas Carter" → `nicholas-carter`, "Abdel Fattah el-Sisi" and "Abdel
/// Fattah al-Sisi" → `abdul-fattah-sisi`.
///
/// The name is folded (``NameFolding``); every word spelled another way in ``NameVariants``
/// takes the spelling keys use, and the first word a short form's full given name; particles
/// (bin, al, van, de) are left out except as the first word ("Al Gore"). Initials stay
/// (George W. Bush and George H. W. Bush are two keys), and so does a generational suffix
/// (Jr, III), kept apart in ``generation``.
///
/// A key never merges names that differ in a word: a middle name one article gives and another
/// does not, or a dynastic part ("Khalid bin Salman Al Saud"), is decided on corpus evidence by
/// the linkset (`LinkedData/Linkset`), which uses ``words`` and ``dynasticTail``.
public struct PersonNameKey: Hashable, Sendable {
    /// The words of the key, without particles and without the generational suffix.
    public let words: [String]
    /// The generational suffix (canonical spelling, "jr", "iii"), when the name has one.
    public let generation: String?
    /// Per word of ``words``: whether a particle stands before it, the first word aside
    /// ("Khalid bin Salman Al Saud": false, true, true — "salman" and "saud").
    public let particleFollowed: [Bool]

    /// The key of `name`.
    public init(_ name: String, variants: NameVariants) {
        var words: [String] = []
        var particleFollowed: [Bool] = []
        var generation: String? = nil
        var afterParticle = false
        let folded = NameFolding.words(name)
        for (i, raw) in folded.enumerated() {
            if i > 0, variants.particles[raw] != nil, i + 1 < folded.count {
                afterParticle = true
                continue
            }
            if i > 0, i == folded.count - 1, let suffix = variants.generationalSuffixes[raw] {
                generation = suffix
                continue
            }
            var word = variants.spellings[raw] ?? raw
            if words.isEmpty, let full = variants.givenNames[word] { word = full }
            words.append(word)
            particleFollowed.append(afterParticle && !words.dropLast().isEmpty)
            afterParticle = false
        }
        self.words = words
        self.generation = generation
        self.particleFollowed = particleFollowed
    }

    /// The key: the words and the generational suffix joined by "-" ("lloyd-j-austin-iii").
    public var key: String {
        let all = generation.map { words + [$0] } ?? words
        return all.isEmpty ? "_" : all.joined(separator: "-")
    }

    /// Whether `self` names the same person as `longer` written more fully: the same first
    /// and last word with words inserted ("Qamar Bajwa" → "Qamar Javed Bajwa"), or the same
    /// words with a dynastic part after a particle ("Khalid bin Salman" → "Khalid bin Salman Al
    /// Saud"). A name with middle words extends only by words that are not initials (George
    /// W. Bush is not George H. W. Bush); two different generational suffixes never match.
    ///
    /// This is necessary, not sufficient: the linkset also wants evidence (a shared post or
    /// counterpart) and a single candidate.
    public func isExtended(by longer: PersonNameKey) -> Bool {
        guard words.count >= 2, longer.words.count > words.count else { return false }
        if let a = generation, let b = longer.generation, a != b { return false }
        guard longer.words[0] == words[0] else { return false }
        // A dynastic tail: all of self, then a particle, then more words.
        if Array(longer.words.prefix(words.count)) == words, longer.particleFollowed[words.count] { return true }
        guard longer.words.last == words.last else { return false }
        // Inserted words: self's words in order inside longer's.
        var j = 0
        var inserted: [String] = []
        for w in longer.words {
            if j < words.count, w == words[j] { j += 1 } else { inserted.append(w) }
        }
        guard j == words.count else { return false }
        if words.count > 2, inserted.contains(where: { $0.count == 1 }) { return false }
        return true
    }
}
