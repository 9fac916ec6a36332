import Articles

/// Lower-case words a person, description or organization phrase may start with.
let phraseStarters: WordSet = ["the", "a", "an", "his", "her", "their", "two", "three", "four", "visiting", "spokesperson", "spokesman", "spokeswoman"]

/// A quick pre-test for ``phraseStarters``.
let phraseStarterFilter = KeyFilter(phraseStarters)

/// Words that modify a post's title ("Vice Minister", "Deputy Chief of Naval Staff").
let postModifiers: WordSet = ["vice", "deputy", "acting", "state", "federal", "senior", "additional", "assistant", "principal", "under", "associate", "interim", "caretaker", "former"]

/// Lower-case nouns that describe a person without naming them ("the Russian envoy").
let descriptionHeads: WordSet = [
    "envoy", "diplomat", "dignitary", "guest", "visitor", "minister", "chief", "premier", "president", "ambassador",
    "counterpart", "general", "admiral", "commander", "secretary", "chairman", "spokesman", "spokesperson", "leader",
]
