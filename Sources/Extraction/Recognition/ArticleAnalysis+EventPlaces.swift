import Articles

/// Where an event happens and where the article reports from.
extension ArticleAnalysis {
    /// The country a phrase names as a city or country ("NEW DELHI", "Pakistan").
    func countryOfPlaceName(_ name: String) -> Int? {
        let keys = Tokenization(name).tokens.map { tokenKey($0.text) }.filter { !$0.isEmpty }
        var node = 0
        for k in keys {
            guard let next = lexicon.child(node, k) else { return nil }
            node = next
        }
        for e in lexicon.entries(node) { if case .city(let c) = e.category { return c } }
        for e in lexicon.entries(node) { if case .country(let c) = e.category { return c } }
        for e in lexicon.entries(node) {
            if case .organization(let o) = e.category, let code = lexicon.gazetteer.organizations[o].country { return lexicon.countryIndex[code] }
        }
        return nil
    }

    /// The country the article reports from: the dateline's city, the outlet, the first national agency
    /// named, the first city or building, else the country named most.
    func homeCountry(organizations: [OrganizationPhrase]) -> Int? {
        if let place = article.dateline?.placeName, let c = countryOfPlaceName(place) { return c }
        if let source = article.source {
            if let comma = source.lastIndex(of: ","), let c = countryOfPlaceName(String(source[source.index(after: comma)...]).trimmingCharacters(in: .whitespaces)) {
                return c
            }
            if let c = countryOfPlaceName(source) { return c }
        }
        for o in organizations.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            if let g = o.organization, let code = lexicon.gazetteer.organizations[g].country,
                ["governmentAgency", "newsAgency", "newsMedia", "ministry"].contains(lexicon.gazetteer.organizations[g].kind)
            {
                return lexicon.countryIndex[code]
            }
        }
        if let first = placeMentions.filter({ $0.kind == .city || $0.kind == .building }).min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }), let c = first.country {
            return c
        }
        var counts: [Int: Int] = [:]
        for m in countryMentions { counts[m.country, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// The place after "at", "in" or "to" following a trigger.
    func location(after start: Int, in sentence: Int, organizations: [OrganizationPhrase], visit: Bool) -> LocationCandidate? {
        let range = sentences[sentence].tokens
        var i = start
        while i < range.upperBound {
            let k = keys[i]
            if k == "at" || k == "in" || (visit && (k == "to" || i == start)) {
                var j = i + (i == start && visit && k != "to" && k != "in" && k != "at" ? 0 : 1)
                if key(j) == "the" { j += 1 }
                if let p = placeMentions.first(where: { $0.tokens.lowerBound == j }) { return .place(p.name, p.kind, p.country) }
                if let c = countryMentions.first(where: { $0.tokens.lowerBound == j }) {
                    if match(at: j)?.demonym == nil { return .country(c.country) }
                }
                if let o = organizations.firstIndex(where: { $0.tokens.lowerBound == j || $0.tokens.lowerBound == j - 1 }) { return .organization(o) }
            }
            if k == "." || k == ";" { break }
            i += 1
        }
        return nil
    }
}
