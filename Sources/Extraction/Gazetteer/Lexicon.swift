import Articles

/// What a dictionary phrase names.
enum LexicalCategory: Hashable, Sendable {
    case country(Int)
    case demonym(Int)
    case city(Int)
    case title(Int)
    case post(Int)
    case organization(Int)
    case place(Int)
    case organizationHead
    case organizationOpener

    /// Lower ranks win when two categories match the same span.
    var priority: Int {
        switch self {
        case .organization: 0
        case .place: 1
        case .post: 2
        case .country: 3
        case .demonym: 4
        case .title: 5
        case .city: 6
        case .organizationOpener: 7
        case .organizationHead: 8
        }
    }
}

/// One dictionary phrase's entry in the trie.
struct LexicalEntry: Hashable, Sendable {
    var category: LexicalCategory
    /// Match only when the text has the same letter case (acronyms: "COAS", "PM").
    var caseSensitive: Bool
    /// The first word must be capitalized in the text.
    var requiresCapital: Bool
    /// The phrase as written in the gazetteer.
    var label: String
    /// The label without spaces and dots, for case-sensitive comparison.
    var compactLabel: String = ""
}

/// The key a token is matched by: lower case, apostrophes unified, dots removed.
@inline(__always) func tokenKey(_ text: String) -> String {
    var ascii = true
    var hasUpper = false
    for byte in text.utf8 {
        if byte >= 128 || byte == 46 || byte == 96 { ascii = false; break }
        if byte >= 65 && byte <= 90 { hasUpper = true }
    }
    if ascii {
        // Already lower case: the text is its own key (no new string).
        let key = hasUpper ? String(decoding: text.utf8.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 }, as: UTF8.self) : text
        return mayBeSpellingVariant(key) ? spellingVariants[key] ?? key : key
    }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "’", "‘", "`", "´": result.unicodeScalars.append("'")
        case ".": continue
        case "–", "—", "‐", "‑": result.unicodeScalars.append("-")
        default:
            if scalar.value < 128 {
                if scalar.value >= 65 && scalar.value <= 90 {
                    result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            } else {
                result += String(scalar).lowercased()
            }
        }
    }
    return spellingVariants[result] ?? result
}

/// Whether `key` can be a key of ``spellingVariants`` (one of them has its first byte and length), so that
/// most keys skip hashing.
@inline(__always) func mayBeSpellingVariant(_ key: String) -> Bool {
    spellingVariantFilter.admits(key)
}

/// The first bytes and lengths of ``spellingVariants``' keys.
let spellingVariantFilter = KeyFilter(spellingVariants.keys)

/// British and American spellings that gazetteer phrases match either way.
let spellingVariants: [String: String] = [
    "defense": "defence", "organization": "organisation", "organizations": "organisations", "center": "centre",
    "programme": "program", "labor": "labour", "honorable": "honourable", "adviser": "advisor", "attache": "attaché",
    "ministers": "minister",
]

/// A compiled gazetteer: a word trie over token keys, built once and shared read-only.
///
/// - Complexity: matching at a position is O(length of the longest phrase).
final class Lexicon: Sendable {
    struct Node: Sendable {
        var children: [String: Int32] = [:]
        var entries: [LexicalEntry] = []
    }

    let gazetteer: Gazetteer
    let nodes: [Node]
    /// An id for every word of the trie (the keys of the nodes' children).
    let wordIDs: ASCIIWordTable
    /// The nodes' children by word id.
    let edges: TrieEdges
    /// Words with ids below this start a phrase (the root's children get the first ids).
    let rootWordCount: Int32
    /// Whether each node has entries (one byte a node: cheaper to test than the node's array).
    let nodeHasEntries: [Bool]
    /// Country index by ISO code.
    let countryIndex: [String: Int]
    /// Lower-cased single words that are dictionary words (never a person's name).
    let dictionaryWords: Set<String>
    /// Organization heads as token-key sequences' last word.
    let organizationHeadWords: Set<String>
    /// Gazetteer posts by their lower-cased names ("army chief" → Chief of Army Staff).
    let postByAlias: [String: Int]
    /// Gazetteer organizations by the entity key of any of their names.
    let organizationByKey: [String: Int]
    /// Gazetteer organizations with a country, by the entity key of their preferred name.
    let nationalOrganizationByKey: [String: Int]

    init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var countryIndex: [String: Int] = [:]
        for (i, c) in gazetteer.countries.enumerated() { countryIndex[c.code] = i }
        self.countryIndex = countryIndex
        var words: Set<String> = []
        var heads: Set<String> = []
        for h in gazetteer.organizationHeads {
            if let last = h.split(separator: " ").last { heads.insert(tokenKey(String(last))) }
        }
        organizationHeadWords = heads
        var byKey: [String: Int] = [:]
        var national: [String: Int] = [:]
        for (i, o) in gazetteer.organizations.enumerated() {
            for name in [o.name] + o.alternateNames where byKey[entityKey(name)] == nil { byKey[entityKey(name)] = i }
            if o.country != nil, national[entityKey(o.name)] == nil { national[entityKey(o.name)] = i }
        }
        organizationByKey = byKey
        var posts: [String: Int] = [:]
        for (i, p) in gazetteer.posts.enumerated() {
            for name in [p.title] + p.alternateNames where posts[name.lowercased()] == nil { posts[name.lowercased()] = i }
        }
        postByAlias = posts
        nationalOrganizationByKey = national
        // Build.
        var nodes = [Node()]
        func add(_ phrase: String, _ category: LexicalCategory) {
            let tokenization = Tokenization(phrase)
            let keys = tokenization.tokens.map { tokenKey($0.text) }.filter { !$0.isEmpty }
            guard !keys.isEmpty else { return }
            var node = 0
            for key in keys {
                if let next = nodes[node].children[key] {
                    node = Int(next)
                } else {
                    nodes.append(Node())
                    nodes[node].children[key] = Int32(nodes.count - 1)
                    node = nodes.count - 1
                }
            }
            let letters = phrase.filter(\.isLetter)
            let isAcronym = letters.count >= 2 && letters.count <= 6 && letters.allSatisfy(\.isUppercase) && !phrase.contains(" ")
            let firstUpper = phrase.first?.isUppercase ?? false
            let requiresCapital: Bool
            switch category {
            case .post, .title: requiresCapital = firstUpper && keys.count == 1
            case .organizationHead, .organizationOpener: requiresCapital = true
            default: requiresCapital = firstUpper
            }
            var entry = LexicalEntry(category: category, caseSensitive: isAcronym, requiresCapital: requiresCapital, label: phrase)
            entry.compactLabel = String(phrase.filter { $0 != " " && $0 != "." })
            if !nodes[node].entries.contains(entry) { nodes[node].entries.append(entry) }
            if keys.count == 1 { words.insert(keys[0]) }
        }
        for (i, c) in gazetteer.countries.enumerated() {
            add(c.name, .country(i))
            for a in c.alternateNames { add(a, .country(i)) }
            for d in c.demonyms { add(d, .demonym(i)) }
            if let capital = c.capital { add(capital, .city(i)) }
            for city in c.cities { add(city, .city(i)) }
        }
        for (i, t) in gazetteer.titles.enumerated() {
            add(t.name, .title(i))
            for a in t.alternateNames { add(a, .title(i)) }
        }
        for (i, p) in gazetteer.posts.enumerated() {
            add(p.title, .post(i))
            for a in p.alternateNames { add(a, .post(i)) }
        }
        for (i, o) in gazetteer.organizations.enumerated() {
            add(o.name, .organization(i))
            for a in o.alternateNames { add(a, .organization(i)) }
        }
        for (i, p) in gazetteer.places.enumerated() {
            add(p.name, .place(i))
            for a in p.alternateNames { add(a, .place(i)) }
        }
        for h in gazetteer.organizationHeads { add(h, .organizationHead) }
        for o in gazetteer.organizationOpeners { add(o, .organizationOpener) }
        self.nodes = nodes
        self.dictionaryWords = words
        var ids: [String: Int32] = [:]
        var edgeList: [(node: Int, id: Int32, child: Int32)] = []
        for (n, node) in nodes.enumerated() {
            for (key, child) in node.children {
                let id: Int32
                if let known = ids[key] { id = known } else { id = Int32(ids.count); ids[key] = id }
                edgeList.append((n, id, child))
            }
        }
        wordIDs = ASCIIWordTable(ids)
        edges = TrieEdges(edgeList)
        rootWordCount = Int32(nodes.first?.children.count ?? 0)
        nodeHasEntries = nodes.map { !$0.entries.isEmpty }
    }

    /// The child of `node` for `key`.
    @inline(__always) func child(_ node: Int, _ key: String) -> Int? {
        nodes[node].children[key].map(Int.init)
    }

    @inline(__always) func entries(_ node: Int) -> [LexicalEntry] { nodes[node].entries }
}
