import Articles

/// Lower-case words a person, description or organization phrase may start with.
let phraseStarters: WordSet = WordSet(WordLists.shared.words("phrase-starters"))

/// A quick pre-test for ``phraseStarters``.
let phraseStarterFilter = KeyFilter(phraseStarters)

/// Words that modify a post's title ("Vice Minister", "Deputy Chief of Naval Staff").
let postModifiers: WordSet = WordSet(WordLists.shared.words("post-modifiers"))

/// Lower-case nouns that describe a person without naming them ("the Russian envoy").
let descriptionHeads: WordSet = WordSet(WordLists.shared.words("description-heads"))
