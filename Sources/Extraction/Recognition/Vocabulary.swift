/// Closed word lists of English news prose the recognizers use (not names of the world: those are gazetteers).
enum Vocabulary {
    /// Capitalized words that never start or form a person's name.
    static let nonNameWords: WordSet = [
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but", "as", "after",
        "before", "during", "following", "according", "also", "earlier", "later", "last", "next", "this", "that", "these",
        "those", "meanwhile", "separately", "however", "moreover", "furthermore", "besides", "speaking", "addressing",
        "while", "when", "where", "who", "whom", "which", "what", "he", "she", "it", "they", "we", "i", "you", "his", "her",
        "its", "their", "our", "my", "your", "both", "all", "some", "several", "many", "two", "three", "four", "five",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "april", "august", "september", "october", "november", "december", "feb", "sept", "today", "yesterday", "tomorrow", "matters",
        "latest", "headlines", "possible", "meeting", "meetings", "talks", "visit", "source", "photo", "file", "read",
        "more", "news", "report", "reports", "special", "about", "contact", "advertise", "us", "home", "world", "national",
        "international", "regional", "federal", "state", "republic", "kingdom", "islamic", "democratic", "people", "peoples",
        "government", "governments", "ministry", "minister", "affairs", "defence", "defense", "foreign", "interior",
        "security", "military", "army", "navy", "air", "force", "forces", "staff", "chief", "chiefs", "joint", "committee",
        "council", "office", "headquarters", "general", "secretary", "president", "prime", "vice", "deputy", "commander",
        "ambassador", "envoy", "representative", "delegation", "corridor", "economic", "strategic", "partnership", "corner",
        "borders", "border", "peace", "friendship", "supreme", "leader", "focus", "partners", "copyright", "review",
        "statement", "press", "release", "briefing", "conference", "summit", "forum", "dialogue", "exercise", "exercises",
        "operation", "operations", "day", "week", "month", "year", "north", "south", "east", "west", "central", "northern",
        "southern", "eastern", "western", "middle", "new", "old", "great", "grand", "royal", "united", "nations", "union",
        "pakistan", "during", "in", "both", "having", "being", "under", "over", "amid", "despite", "within", "without",
        "ties", "relations", "cooperation", "agreement", "memorandum", "understanding", "mou", "we", "our", "if", "not",
        "no", "yes", "there", "here", "then", "thus", "so", "such", "other", "another", "each", "every", "any", "only",
        "first", "second", "third", "senior", "top", "high", "level", "official", "officials", "dignitaries", "dignitary",
        "hosts", "host", "guest", "guests", "visitor", "visitors", "chairman", "chairperson", "sir", "madam", "mr", "mrs",
        "ms", "dr", "prof", "lt", "gen", "maj", "col", "brig", "adm", "capt", "cdr", "excellency", "highness", "majesty",
        "honourable", "honorable", "hon", "retd", "retired", "air", "marshal", "admiral", "commodore", "colonel", "major",
        "captain", "lieutenant", "brigadier", "sergeant", "mission", "embassy", "consulate", "commission", "high",
        "commissioner", "attache", "attaché", "team", "group", "division", "corps", "command", "wing", "media", "public",
        "services", "service", "inter", "chinese", "american", "british", "indian", "iranian", "iraqi", "afghan", "russian",
        "turkish", "said", "says", "added", "noted", "stated", "told", "called", "met", "meets", "visited", "signed",
        "held", "discussed", "agreed", "ministerial", "parliamentary", "cabinet", "senate", "assembly", "parliament",
        "sources", "spokesperson", "spokesman", "spokeswoman", "director", "chair", "head", "heads", "deputy",
        "independence", "constitution", "act", "law", "court", "justice", "allah", "god", "islam", "muslim",
        "muslims", "christian", "hindu", "buddhist", "jewish", "arab", "arabs", "western", "asian", "african", "european",
        "latin", "gulf", "persian", "sea", "ocean", "island", "islands", "river", "valley", "province", "district", "city",
        "region", "capital", "agency", "agencies", "daily", "times", "post", "tribune", "herald", "online", "tv", "radio",
    ]

    /// Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen").
    static let nameParticles: WordSet = [
        "bin", "bint", "ibn", "al", "el", "ul", "ud", "ur", "van", "von", "der", "den", "de", "da", "di", "du", "dos", "das",
        "del", "della", "la", "le", "y", "e", "abu", "ben", "al-",
    ]

    /// First or last words of capitalized names that are documents, programmes or events, not organizations.
    static let nonOrganizationHeads: WordSet = [
        "memorandum", "agreement", "agreements", "treaty", "accord", "accords", "declaration", "protocol", "convention",
        "charter", "letter", "understanding", "programme", "program", "project", "plan", "initiative", "exercise",
        "operation", "strategy", "policy", "dialogue", "summit", "conference", "forum", "talks", "mou", "loi", "framework",
    ]

    /// Last words of capitalized names of buildings and sites ("Ulinzi House", "Camp Aguinaldo" is caught by its first word).
    static let siteNouns: WordSet = [
        "house", "palace", "hall", "centre", "center", "base", "airbase", "camp", "fort", "airport", "port", "harbour", "harbor",
        "street", "road", "avenue", "square", "park", "bridge", "tower", "building", "complex", "hotel", "mosque", "church",
        "temple", "cathedral", "university", "college", "school", "academy", "hospital", "stadium", "garrison", "cantonment",
        "dockyard", "shipyard", "range", "island", "islands", "museum", "memorial", "monument", "residence", "secretariat",
        "mausoleum", "cemetery", "tomb", "shrine",
    ]

    /// Generic post words that name a post in lower case when "of" and a body follow ("the head of U.S. Southern Command").
    static let lowercasePostHeads: WordSet = ["head", "chief", "commander", "director", "member", "chairman", "chair", "commandant", "secretary"]

    /// Lower-case posts written right before the holder's name ("the ministry's spokesperson Edwin Adrian Sumantha").
    static let lowercaseNamePrefixPosts: WordSet = ["spokesperson", "spokesman", "spokeswoman"]

    /// Words of "a high-level military delegation led by".
    static let delegationWords: WordSet = [
        "a", "an", "high-level", "high", "level", "-", "military", "defence", "defense", "naval", "navy", "army", "air", "force",
        "delegation", "led", "headed", "by", "visiting", "official", "senior", "ministerial", "parliamentary", "government",
        "his", "her", "its", "accompanying", "large", "eight-member", "five-member", "ten-member", "member",
    ]

    /// Lower-case Arabic articles written joined to a name with a hyphen ("al-Haddad", "el-Sisi").
    static let arabicArticles: WordSet = ["al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "ibn", "bin", "abu", "ul", "ud"]

    /// Honorifics that may stand inside a full name between given name and family name ("Ibrahim Sheikh Muhyadin").
    static let innerNameHonorifics: WordSet = ["sheikh", "shaikh", "syed", "sayed", "sayyid", "mir", "haji", "hajji"]

    /// Regnal numbers after a single given name ("Charles III", "Mohammed VI").
    static let regnalNumbers: WordSet = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"]

    /// Words of a post's domain after "on" or "for" ("Special Envoy on Afghanistan Affairs").
    static let domainWords: WordSet = [
        "affairs", "defence", "defense", "production", "security", "foreign", "interior", "home", "finance", "economic",
        "economy", "trade", "commerce", "industries", "industry", "information", "broadcasting", "planning", "development",
        "railways", "communications", "energy", "power", "petroleum", "water", "resources", "science", "technology",
        "education", "health", "law", "justice", "human", "rights", "religious", "harmony", "maritime", "overseas",
        "national", "food", "agriculture", "climate", "change", "environment", "parliamentary", "narcotics", "control",
        "privatisation", "privatization", "housing", "works", "aviation", "culture", "tourism", "sports", "youth", "women",
        "labour", "employment", "social", "welfare", "local", "government", "cooperation", "relations", "international",
        "regional", "strategic", "intelligence", "operations", "logistics", "training", "personnel", "plans", "policy",
        "procurement", "nuclear", "counter", "terrorism", "counter-terrorism", "counterterrorism", "peace", "reconciliation",
        "and", "of", "the", "&", "coordination", "investment", "states", "frontier", "regions", "kashmir", "gilgit-baltistan",
        "disarmament", "arms", "non-proliferation", "cyber", "space", "emergency", "disaster", "management", "revenue",
        "statistics", "ports", "shipping", "textile", "inland", "postal", "services", "ministry", "asia", "pacific",
        "middle", "east", "europe", "africa", "americas", "south", "north", "central", "west", "affair", "issues",
        "veterans", "military", "immigration", "citizenship", "homeland", "safety", "public", "armed", "forces", "political",
        "administration", "transport", "infrastructure", "digital", "fisheries", "mines", "civil", "protection", "war",
        "southern", "northern", "eastern", "western", "zone", "sector", "theatre", "theater",
    ]

    /// Nouns after a named exercise ("the Cobra Gold multinational exercise").
    static let exerciseNouns: Set<String> = ["exercise", "exercises", "drill", "drills", "wargame", "wargames", "manoeuvres", "maneuvers"]

    /// Pronouns that refer to one person.
    static let singularPronouns: WordSet = ["he", "she", "him", "her", "his", "hers", "himself", "herself"]
    static let pluralPronouns: WordSet = ["they", "them", "their", "both"]
}
