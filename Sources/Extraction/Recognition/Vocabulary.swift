/// Closed word lists of English news prose the recognizers use (not names of the world: those are gazetteers),
/// read from the files of `Gazetteers/words/` (see ``WordLists``): edit those files, not this one.
enum Vocabulary {
    /// Capitalized words that never start or form a person's name.
    static let nonNameWords: WordSet = WordSet(WordLists.shared.words("non-name-words"))

    /// Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen").
    static let nameParticles: WordSet = WordSet(WordLists.shared.words("name-particles"))

    /// First or last words of capitalized names that are documents, programmes or events, not organizations.
    static let nonOrganizationHeads: WordSet = WordSet(WordLists.shared.words("non-organization-heads"))

    /// Last words of capitalized names of buildings and sites ("Ulinzi House", "Camp Aguinaldo" is caught by its first word).
    static let siteNouns: WordSet = WordSet(WordLists.shared.words("site-nouns"))

    /// Generic post words that name a post in lower case when "of" and a body follow ("the head of U.S. Southern Command").
    static let lowercasePostHeads: WordSet = WordSet(WordLists.shared.words("lowercase-post-heads"))

    /// Lower-case posts written right before the holder's name ("the ministry's spokesperson Edwin Adrian Sumantha").
    static let lowercaseNamePrefixPosts: WordSet = WordSet(WordLists.shared.words("lowercase-name-prefix-posts"))

    /// Words of "a high-level military delegation led by".
    static let delegationWords: WordSet = WordSet(WordLists.shared.words("delegation-words"))

    /// Lower-case Arabic articles written joined to a name with a hyphen ("al-Haddad", "el-Sisi").
    static let arabicArticles: WordSet = WordSet(WordLists.shared.words("arabic-articles"))

    /// Honorifics that may stand inside a full name between given name and family name ("Ibrahim Sheikh Muhyadin").
    static let innerNameHonorifics: WordSet = WordSet(WordLists.shared.words("inner-name-honorifics"))

    /// Regnal numbers after a single given name ("Charles III", "Mohammed VI").
    static let regnalNumbers: WordSet = WordSet(WordLists.shared.words("regnal-numbers"))

    /// Words of a post's domain after "on" or "for" ("Special Envoy on Afghanistan Affairs").
    static let domainWords: WordSet = WordSet(WordLists.shared.words("post-domain-words"))

    /// Nouns after a named exercise ("the Cobra Gold multinational exercise").
    static let exerciseNouns: Set<String> = Set(WordLists.shared.words("exercise-nouns"))

    /// Pronouns that refer to one person.
    static let singularPronouns: WordSet = WordSet(WordLists.shared.words("pronouns-singular"))
    /// Capitalized headline verbs and nouns that are not a name's part in a heading ("Mbadi Roots", "Discuss Boosting").
    static let headlineWords: WordSet = WordSet(WordLists.shared.words("headline-words"))

    /// Function words of other languages and of English: a sentence with more of the first is not English.
    static let foreignFunctionWords: WordSet = WordSet(WordLists.shared.words("foreign-function-words"))
    static let englishFunctionWords: WordSet = WordSet(WordLists.shared.words("english-function-words"))

    /// Name particles that also mean "and" ("y", "e"): inside a name only before a single last name word.
    static let conjunctionParticles: WordSet = WordSet(WordLists.shared.words("conjunction-particles"))

    /// Prepositions before a place name ("in Aden", "to Chad"): there a city is not a given name.
    static let placePrepositions: WordSet = WordSet(WordLists.shared.words("place-prepositions"))

    static let pluralPronouns: WordSet = WordSet(WordLists.shared.words("pronouns-plural"))
}
