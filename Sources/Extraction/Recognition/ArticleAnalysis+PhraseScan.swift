import Articles

/// The scan of every sentence for persons, descriptions, organizations, countries and places.
extension ArticleAnalysis {
    // MARK: Scan

    /// Finds persons, descriptions, organizations, countries and places in every sentence.
    mutating func findPhrases() {
        releaseGivenNames()
        splitTitlesBeforeBodies()
        for (s, sentence) in sentences.enumerated() {
            let limit = sentence.tokens.upperBound
            var i = sentence.tokens.lowerBound
            let isHeading = sentenceRoles[s] == .heading
            while i < limit {
                // Phrases start at capitalized words, dictionary phrases and a few determiners.
                let k = keys[i]
                if !tokens[i].isCapitalized && matchOf[i] < 0 && !(phraseStarterFilter.admits(k) && phraseStarters.contains(k)) {
                    i += 1
                    continue
                }
                if let found = parsePerson(at: i, limit: limit) {
                    switch found {
                    case .person(let p):
                        if isHeading && !p.isTitled { break }
                        persons.append(p)
                        for post in p.posts {
                            if let o = post.ownerOrganization { organizations.append(o) }
                            if let o = post.organization { organizations.append(o) }
                        }
                        for t in p.tokens { claimed[t] = true }
                        i = p.tokens.upperBound
                        continue
                    case .description(let d):
                        descriptions.append(d)
                        if let o = d.post?.ownerOrganization { organizations.append(o) }
                        if let o = d.post?.organization { organizations.append(o) }
                        i = max(d.tokens.upperBound, i + 1)
                        continue
                    }
                }
                if let o = parseOrganization(at: i, limit: limit) {
                    if !o.isProject { organizations.append(o) }
                    i = max(o.tokens.upperBound, i + 1)
                    continue
                }
                i += 1
            }
        }
        // "the 43rd Cobra Gold multinational exercise": a named exercise is not a person, there or elsewhere ("Cobra Gold shows …").
        var exerciseNames: Set<String> = []
        for i in tokens.indices where !tokens[i].isCapitalized && Vocabulary.exerciseNouns.contains(keys[i]) {
            var j = i - 1
            while j > 0, i - j <= 2, !tokens[j].isCapitalized, ["multinational", "joint", "military", "naval", "air", "combined", "bilateral", "trilateral", "annual", "field", "maritime", "command-post"].contains(keys[j]) { j -= 1 }
            var k = j
            while k >= 0, j - k < 3, tokens[k].isCapitalized, tokens[k].kind == .word, nameable[k], tokens[k].sentence == tokens[i].sentence { k -= 1 }
            if k < j { exerciseNames.insert(text((k + 1)..<(j + 1))) }
        }
        if !exerciseNames.isEmpty {
            let named = persons.filter { !$0.isTitled && exerciseNames.contains(text($0.name)) }.map(\.tokens)
            persons.removeAll { named.contains($0.tokens) }
        }
        // Countries and places from lexical matches (wherever they stand).
        for m in matches {
            if m.isOrganization {
                // "Pakistan Army", "Indian Navy", "Sri Lanka Air Force", "United States Africa Command": the country named
                // inside an organization's name (the longest country name or demonym at each word).
                var t = m.tokens.lowerBound
                while t < m.tokens.upperBound {
                    guard tokens[t].isCapitalized else { t += 1; continue }
                    var node = 0
                    var u = t
                    var found: [(Int, Range<Int>)] = []
                    while u < m.tokens.upperBound, let n = lexicon.child(node, keys[u]) {
                        node = n
                        u += 1
                        var here: [(Int, Range<Int>)] = []
                        for e in lexicon.entries(n) {
                            switch e.category {
                            case .country(let c), .demonym(let c):
                                if !e.caseSensitive || text(t..<u) == e.label { here.append((c, t..<u)) }
                            default: break
                            }
                        }
                        if !here.isEmpty { found = here }
                    }
                    countryMentions += found
                    t = found.first?.1.upperBound ?? t + 1
                }
                continue
            }
            if let c = m.countryOrDemonym, m.post == nil, m.place == nil {
                countryMentions.append((c, m.tokens))
                for e in m.entries where e.category != .country(c) && e.category != .demonym(c) {
                    if case .country(let other) = e.category { countryMentions.append((other, m.tokens)) }
                    if case .demonym(let other) = e.category, m.entries.count > 1, m.tokens.count == 1 { countryMentions.append((other, m.tokens)) }
                }
                continue
            }
            if let p = m.place {
                let entry = lexicon.gazetteer.places[p]
                placeMentions.append((entry.name, PlaceKind(rawValue: entry.kind) ?? .other, entry.country.flatMap { lexicon.countryIndex[$0] }, m.tokens))
                // "at the Ministry of Defence headquarters": the building's name names the ministry too.
                if m.tokens.count >= 3 {
                    var node = 0
                    var reached = true
                    for t in m.tokens.dropLast() {
                        guard let n = lexicon.child(node, keys[t]) else { reached = false; break }
                        node = n
                    }
                    if reached, let o = lexicon.entries(node).compactMap({ e -> Int? in if case .organization(let o) = e.category { return o }; return nil }).first,
                        lexicon.gazetteer.organizations[o].kind == "ministry"
                    {
                        let g = lexicon.gazetteer.organizations[o]
                        let range = m.tokens.lowerBound..<(m.tokens.upperBound - 1)
                        let written = text(range)
                        organizations.append(OrganizationPhrase(tokens: range, organization: o, name: g.name, alternateNames: written != g.name ? [written] : [],
                                                                kind: .ministry, country: g.country.flatMap { lexicon.countryIndex[$0] },
                                                                written: written != g.name && written.contains(" ") ? written : nil))
                    }
                }
                continue
            }
            if let c = m.city {
                // The gazetteer's spelling: "ANKARA (AA)" is Ankara.
                let label = m.entries.first { if case .city = $0.category { return true }; return false }?.label
                let written = text(m.tokens)
                let name = label.map { entityKey($0) == entityKey(written) ? $0 : written } ?? written
                placeMentions.append((name, .city, c, m.tokens))
            }
        }
    }
}
