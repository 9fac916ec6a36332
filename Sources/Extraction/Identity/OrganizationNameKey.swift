/// The key of an organization's name that every article, run and shard computes alike, so that
/// the spellings of one body give one IRI.
///
/// Two rules, both driven by data:
///
/// 1. **The gazetteer's body.** A name whose *signature* equals that of a gazetteer
///    organization's name or alternate name is that organization, keyed by its preferred name
///    as the extractor keys it: "Inter Service Public Relation" and "ISPR" → `inter-services-public-relations`,
///    "UK Army" → `british-army`. The signature is the folded words with the spellings of
///    ``NameVariants/organizationSpellings`` (defense → defence), a plural's final "s" dropped,
///    "of", "the", "for" and "and" left out, an inverted head put first ("Defence Ministry" →
///    "ministry defence") and the country of a national body ("Nepali Army", "UK Army") written
///    as the country's ISO code.
/// 2. **Otherwise, a canonical spelling**: the folded words with those spellings, an inverted
///    head put first ("Defense Ministry" → `ministry-of-defence`) and the country of a national
///    body written as its name ("Nepali Army" → `nepal-army`).
///
/// A country qualifier the extractor put before the name (`pk/`) stays, except for a gazetteer
/// body that belongs to one country and a national body (their names say the country).
public struct OrganizationNameKey: Sendable {
    let variants: NameVariants
    /// Folded country name, alternate name or demonym → (ISO code, the country's name's folded words).
    let countryForms: [String: (code: String, words: [String])]
    /// The longest country form, in words.
    let longestCountryForm: Int
    /// Signature → the gazetteer organizations with it: their key and whether they have a country.
    let gazetteerBySignature: [String: [(key: String, national: Bool)]]

    /// Indexes the gazetteer's countries and organizations.
    public init(gazetteer: Gazetteer, variants: NameVariants) {
        self.variants = variants
        var forms: [String: (code: String, words: [String])] = [:]
        var longest = 1
        for c in gazetteer.countries {
            let nameWords = NameFolding.words(c.name)
            for form in [c.name] + c.alternateNames + c.demonyms {
                let words = NameFolding.words(form)
                guard !words.isEmpty else { continue }
                let phrase = words.joined(separator: " ")
                if forms[phrase] == nil { forms[phrase] = (c.code.lowercased(), nameWords) }
                longest = max(longest, words.count)
            }
        }
        countryForms = forms
        longestCountryForm = longest
        var bySignature: [String: [(key: String, national: Bool)]] = [:]
        let partial = OrganizationNameKey(variants: variants, countryForms: forms, longest: longest)
        for o in gazetteer.organizations {
            let key = NameFolding.words(o.name).joined(separator: "-")
            for name in [o.name] + o.alternateNames {
                let signature = partial.signature(NameFolding.words(name))
                guard !signature.isEmpty else { continue }
                var list = bySignature[signature] ?? []
                if !list.contains(where: { $0.key == key }) { list.append((key, o.country != nil)) }
                bySignature[signature] = list
            }
        }
        gazetteerBySignature = bySignature
    }

    private init(variants: NameVariants, countryForms: [String: (code: String, words: [String])], longest: Int) {
        self.variants = variants
        self.countryForms = countryForms
        self.longestCountryForm = longest
        self.gazetteerBySignature = [:]
    }

    /// The key of an organization the extractor keyed `extractorKey` (maybe `cc/`-qualified) and named `name`.
    public func key(extractorKey: String, name: String) -> String {
        var prefix = ""
        if let slash = extractorKey.lastIndex(of: "/") { prefix = String(extractorKey[...slash]) }
        let words = spelled(NameFolding.words(name))
        guard !words.isEmpty else { return extractorKey }
        if let entries = gazetteerBySignature[signature(words)] {
            // One body, or the one the extractor already chose among bodies of one signature.
            let own = prefix.isEmpty ? extractorKey : String(extractorKey.dropFirst(prefix.count))
            if let entry = entries.count == 1 ? entries.first : entries.first(where: { $0.key == own }) {
                return entry.national ? entry.key : prefix + entry.key
            }
        }
        // A national body names its country: no qualifier ("np/nepali-army" → "nepal-army").
        if let (country, head) = nationalBody(words) { return (country.words + head).joined(separator: "-") }
        return prefix + canonical(words).joined(separator: "-")
    }

    /// The words with the organization spellings keys use.
    func spelled(_ words: [String]) -> [String] {
        words.map { variants.organizationSpellings[$0] ?? $0 }
    }

    /// "defence ministry" → "ministry of defence"; "nepali army" → "nepal army".
    func canonical(_ words: [String]) -> [String] {
        if let (country, head) = nationalBody(words) { return country.words + head }
        if words.count >= 2, let last = words.last, variants.invertedHeads.contains(last), !words.contains("of") {
            return [last, "of"] + words.dropLast()
        }
        return words
    }

    /// The country and head of "<country form> <national body head>", when `words` are that.
    func nationalBody(_ words: [String]) -> (country: (code: String, words: [String]), head: [String])? {
        for head in variants.nationalBodyHeads where words.count > head.count && Array(words.suffix(head.count)) == head {
            let front = words.dropLast(head.count)
            guard front.count <= longestCountryForm else { continue }
            if let country = countryForms[front.joined(separator: " ")] { return (country, head) }
        }
        return nil
    }

    /// The signature names of one body share (see the type's description).
    func signature(_ folded: [String]) -> String {
        var words = spelled(folded)
        if let (country, head) = nationalBody(words) {
            words = [country.code] + head
        } else if words.count >= 2, let last = words.last, variants.invertedHeads.contains(last), !words.contains("of") {
            words = [last] + words.dropLast()
        }
        return words.filter { !Self.signatureStopWords.contains($0) }.map(Self.singular).joined(separator: " ")
    }

    /// Words a signature leaves out.
    static let signatureStopWords: Set<String> = ["of", "the", "for", "and"]

    /// A word without a plural's final "s" ("relations" → "relation"; "affairs", but not "us" or "press").
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        return String(word.dropLast())
    }
}
