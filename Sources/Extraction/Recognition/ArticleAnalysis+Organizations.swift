import Articles

/// Organization phrases: gazetteer bodies, capitalized runs with an organization head, acronyms in parentheses.
extension ArticleAnalysis {
    // MARK: Organizations

    /// An organization phrase starting at `i`.
    func parseOrganization(at start: Int, limit: Int) -> OrganizationPhrase? {
        var i = start
        if key(i) == "the" { i += 1 }
        var country: Int? = nil
        var countryEnd = i
        if let m = match(at: i), let c = m.countryOrDemonym, !m.isOrganization {
            country = c
            countryEnd = m.tokens.upperBound
            if key(countryEnd) == "'s" { countryEnd += 1 }
        }
        // "African Union Transition Mission in Somalia (ATMIS)": a longer name with its acronym wins over a gazetteer prefix.
        if let m = match(at: i), m.organization != nil, let long = acronymNamedOrganization(at: i, limit: limit), long.tokens.upperBound - 3 > m.tokens.upperBound {
            return long
        }
        // Gazetteer organization.
        for candidateStart in [start, i, countryEnd] where candidateStart < limit {
            if let m = match(at: candidateStart), var o = m.organization {
                if article.dateline.map({ $0.span.end >= tokens[candidateStart].span.end }) ?? isLeadAttribution(candidateStart, m.tokens.upperBound) {
                    // "(PTI)" in a dateline is the news agency, not the party.
                    for e in m.entries {
                        if case .organization(let other) = e.category, lexicon.gazetteer.organizations[other].kind == "newsAgency" { o = other; break }
                    }
                }
                let entry = lexicon.gazetteer.organizations[o]
                if entry.kind == "project" { return OrganizationPhrase(tokens: candidateStart..<m.tokens.upperBound, organization: o, name: entry.name, alternateNames: [], kind: .other, country: nil, isProject: true) }
                // "Joint Staff Department", "Pakistan Navy Dockyard": a gazetteer name followed by a head is a body of its own.
                if entry.kind != "newsAgency", m.tokens.upperBound < limit, let h = match(at: m.tokens.upperBound), h.isHead, !h.isOrganization,
                    tokens[m.tokens.upperBound].isCapitalized, candidateStart == i,
                    !["release", "releases"].contains(key(h.tokens.upperBound))  // "MINDEF Singapore News Release"
                {
                    let range = candidateStart..<h.tokens.upperBound
                    var alternates: [String] = []
                    let end = acronym(after: range.upperBound, limit: limit, into: &alternates)
                    let ownCountry = entry.country.flatMap { lexicon.countryIndex[$0] } ?? country
                    return OrganizationPhrase(tokens: (key(start) == "the" ? start + 1 : start)..<end, organization: nil, name: text(range),
                                              alternateNames: alternates, kind: kindForPattern(text(range)), country: ownCountry)
                }
                let written = text(m.tokens)
                var alternates = written != entry.name ? [written] : []
                var end = m.tokens.upperBound
                end = acronym(after: end, limit: limit, into: &alternates)
                let ownCountry = entry.country.flatMap { lexicon.countryIndex[$0] }
                // The text's own spelling of a multi-word name ("Ministry of Defense" for "Ministry of Defence").
                let spelledOut = written != entry.name && m.tokens.filter({ tokens[$0].kind == .word }).count >= 2
                    && written.contains(where: \.isLowercase) && entry.name.contains(" ")
                    && m.tokens.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || tokens[$0].text.count <= 3 })  // not "Pakistan armed forces"
                return OrganizationPhrase(tokens: (candidateStart == countryEnd ? start : candidateStart)..<end, organization: o,
                                          name: entry.name, alternateNames: alternates,
                                          kind: OrganizationKind(gazetteerKind: entry.kind),
                                          country: ownCountry ?? (candidateStart == countryEnd ? country : nil),
                                          written: spelledOut ? written : nil)
            }
        }
        // "armed forces" after a country: "Pakistan armed forces", "Iran's armed forces".
        if country != nil, key(countryEnd) == "armed", key(countryEnd + 1) == "forces", countryEnd + 1 < limit,
            !(tokens[countryEnd].isCapitalized && countryEnd + 2 < limit && tokens[countryEnd + 2].isCapitalized && tokens[countryEnd + 2].kind == .word)
        {
            let range = (key(start) == "the" ? start + 1 : start)..<(countryEnd + 2)
            return OrganizationPhrase(tokens: range, organization: nil, name: text(range), alternateNames: [], kind: .armedForces, country: country)
        }
        // Opener: "Ministry of Railways", "Embassy of Japan".
        if let m = match(at: i), m.isOpener {
            var j = m.tokens.upperBound
            var last = -1
            var ownCountry: Int? = nil
            while j < limit {
                if let mm = match(at: j), let c = mm.countryOrDemonym { ownCountry = ownCountry ?? c; j = mm.tokens.upperBound; last = j; continue }
                if tokens[j].isCapitalized && tokens[j].kind == .word && (matchOf[j] < 0 || match(at: j)?.isHead == true) { j += 1; last = j; continue }
                if ["and", "of", "for", "&"].contains(keys[j]), j + 1 < limit, tokens[j + 1].isCapitalized { j += 1; continue }
                break
            }
            if last > m.tokens.upperBound {
                let range = i..<last
                var alternates: [String] = []
                let end = acronym(after: last, limit: limit, into: &alternates)
                return OrganizationPhrase(tokens: range.lowerBound..<end, organization: nil, name: text(range), alternateNames: alternates,
                                          kind: kindForPattern(text(range)), country: ownCountry ?? country)
            }
        }
        // Capitalized words ending in a head: "Land Component", "Iraqi Army", "Pakistan Ordnance Factories (POF)".
        var j = countryEnd
        var words = 0
        var headEnd = -1
        var wordsAtHead = 0
        while j < limit {
            if let m = match(at: j), m.isHead {
                j = m.tokens.upperBound
                headEnd = j
                words += 1
                wordsAtHead = words
                continue
            }
            // "Joint Staff Department of the CMC": a head word read as the opener "Department of".
            if words > 0, let m = match(at: j), m.isOpener, tokens[j].isCapitalized, isHeadWord(keys[j]) {
                j += 1
                headEnd = j
                words += 1
                wordsAtHead = words
                continue
            }
            if matchOf[j] < 0, tokens[j].kind == .word, tokens[j].isCapitalized {
                if !hasLetter(tokens[j].text) { break }
                j += 1
                words += 1
                continue
            }
            // "National Defence General Staff": a rank word inside a name that goes on to its head.
            if words > 0, let m = match(at: j), m.title != nil, m.tokens.count == 1, tokens[j].isCapitalized, j + 1 < limit,
                match(at: j + 1)?.isHead == true
            {
                j += 1
                words += 1
                continue
            }
            // "General Staff", "General Border Committee": "General" starting a body's name (a head must follow).
            if words == 0, keys[j] == "general", tokens[j].isCapitalized, j + 1 < limit, tokens[j + 1].isCapitalized,
                match(at: j + 1)?.isHead == true || (matchOf[j + 1] < 0 && j + 2 < limit && match(at: j + 2)?.isHead == true)
            {
                j += 1
                words += 1
                continue
            }
            // "Istanbul Naval Shipyard", "Karachi Shipyard": a city starting the name.
            if words == 0, let m = match(at: j), m.city != nil, m.tokens.count == 1, j + 1 < limit, tokens[j + 1].isCapitalized,
                tokens[j + 1].kind == .word, matchOf[j + 1] < 0 || match(at: j + 1)?.isHead == true
            {
                j += 1
                words += 1
                continue
            }
            // "Royal Bahrain Naval Force": a country inside the name.
            if words > 0, j > 0, tokens[j - 1].isCapitalized, let m = match(at: j), let c = m.countryOrDemonym, m.post == nil {
                country = country ?? c
                j = m.tokens.upperBound
                words += 1
                continue
            }
            if ["of", "for", "and", "&"].contains(keys[j]), headEnd < 0, words > 0, j + 1 < limit, tokens[j + 1].isCapitalized { j += 1; continue }
            break
        }
        // "Multinational Corps South-East": a direction completing a formation's name.
        if headEnd > 0, headEnd < limit, tokens[headEnd].isCapitalized,
            ["south-east", "south-west", "north-east", "north-west", "southeast", "southwest", "northeast", "northwest", "north", "south", "east", "west"].contains(keys[headEnd]),
            headEnd + 1 >= limit || !tokens[headEnd + 1].isCapitalized || isHeadWord(keys[headEnd + 1])
        {
            headEnd += 1
        }
        // "NATO Multinational Brigade Latvia", "Forward Land Forces Estonia": a formation named with its host country.
        if headEnd > 0, countryEnd == i, headEnd < limit, let m = match(at: headEnd), m.country != nil, m.demonym == nil, !m.isOrganization, m.post == nil,
            m.tokens.upperBound >= limit || !tokens[m.tokens.upperBound].isCapitalized, key(m.tokens.upperBound) != "'s"
        {
            headEnd = m.tokens.upperBound
            wordsAtHead += 1
        }
        // "Status of Forces Agreement": a document named after a body, not the body.
        if headEnd > 0, headEnd < limit, tokens[headEnd].isCapitalized, Vocabulary.nonOrganizationHeads.contains(keys[headEnd]) { return nil }
        // "Military Forces of Colombia", "Armed Forces of Portugal", "General Staff of the Royal Armed Forces": the country or
        // armed forces it belongs to.
        if headEnd > 0, key(headEnd) == "of" {
                let k = key(headEnd + 1) == "the" ? headEnd + 2 : headEnd + 1
                if k < limit, let m = match(at: k) {
                    if let c = m.country, m.demonym == nil, m.post == nil, !m.isOrganization, key(m.tokens.upperBound) != "'s",
                        m.tokens.upperBound >= limit || !tokens[m.tokens.upperBound].isCapitalized
                    {
                        country = country ?? c
                        headEnd = m.tokens.upperBound
                    } else if let o = m.organization, lexicon.gazetteer.organizations[o].kind == "armedForces", m.post == nil {
                        country = country ?? lexicon.gazetteer.organizations[o].country.flatMap { lexicon.countryIndex[$0] }
                        headEnd = m.tokens.upperBound
                    }
                }
        }
        if headEnd > 0 && (wordsAtHead >= 2 || (country != nil && wordsAtHead >= 1)) {
            let range = (key(start) == "the" ? start + 1 : start)..<headEnd
            let nameRange = (country != nil && key(countryEnd - 1) == "'s") ? countryEnd..<headEnd : range
            var alternates: [String] = nameRange != range ? [text(range)] : []
            let end = acronym(after: headEnd, limit: limit, into: &alternates)
            return OrganizationPhrase(tokens: range.lowerBound..<end, organization: nil, name: text(nameRange), alternateNames: alternates,
                                      kind: kindForPattern(text(nameRange)), country: country)
        }
        // Capitalized words followed by an acronym in parentheses: an organization not in the gazetteer.
        return acronymNamedOrganization(at: i, limit: limit)
    }

    /// Capitalized words followed by their acronym in parentheses ("Kenya Defence Forces (KDF)"), unless they name
    /// a document or an undertaking ("Memorandum of Understanding (MoU)", "Global Combat Air Programme (GCAP)").
    func acronymNamedOrganization(at i: Int, limit: Int) -> OrganizationPhrase? {
        guard let run = capitalizedRun(at: i, limit: limit), run.count >= 2, key(run.upperBound) == "(",
            run.upperBound + 2 < limit, key(run.upperBound + 2) == ")" else { return nil }
        if Vocabulary.nonOrganizationHeads.contains(keys[run.lowerBound]) || Vocabulary.nonOrganizationHeads.contains(keys[run.upperBound - 1]) { return nil }
        let acronymText = tokens[run.upperBound + 1].text
        let letters = acronymText.filter(\.isLetter)
        // The acronym starts with the name's first letter ("ATMIS" for "African Union Transition Mission in Somalia").
        guard letters.count >= 2, letters.filter(\.isUppercase).count >= 2, letters.first?.lowercased() == tokens[run.lowerBound].text.first?.lowercased(),
            !run.contains(where: { matchOf[$0] >= 0 && match(at: $0)?.post != nil }) else { return nil }
        return OrganizationPhrase(tokens: run.lowerBound..<(run.upperBound + 3), organization: nil, name: text(run),
                                  alternateNames: [acronymText], kind: kindForPattern(text(run)), country: nil)
    }

    /// "COLOMBO, Nov 14 (PTI) Indian Navy chief …": an acronym in parentheses at the head of the first body sentence
    /// (a dateline the reader did not take apart) credits the news agency.
    func isLeadAttribution(_ start: Int, _ end: Int) -> Bool {
        guard start > 0, key(start - 1) == "(", key(end) == ")" else { return false }
        let s = tokens[start].sentence
        guard s == firstBodySentence else { return false }
        return start - sentences[s].tokens.lowerBound <= 10
    }

    /// Whether a single word is an organization head in the gazetteer ("Department", "Ministry").
    func isHeadWord(_ key: String) -> Bool {
        guard let n = lexicon.child(0, key) else { return false }
        return lexicon.entries(n).contains { $0.category == .organizationHead }
    }

    func capitalizedRun(at i: Int, limit: Int) -> Range<Int>? {
        var j = i
        var last = i
        while j < limit {
            if tokens[j].kind == .word && tokens[j].isCapitalized { j += 1; last = j; continue }
            if ["of", "for", "and", "&", "-", "in", "on"].contains(keys[j]), j + 1 < limit, tokens[j + 1].isCapitalized, last > i { j += 1; continue }
            break
        }
        return last > i ? i..<last : nil
    }

    /// Reads "(ACRO)" after an organization and adds it to its names.
    func acronym(after end: Int, limit: Int, into alternates: inout [String]) -> Int {
        if end + 2 < limit, key(end) == "(", key(end + 2) == ")" {
            let a = tokens[end + 1].text
            let upper = a.filter(\.isUppercase).count
            if upper >= 2 && a.count <= 10 {
                if !alternates.contains(a) { alternates.append(a) }
                return end + 3
            }
        }
        return end
    }

    func kindForPattern(_ name: String) -> OrganizationKind {
        let lower = name.lowercased()
        if lower.hasPrefix("ministry") || lower.hasPrefix("department") { return .ministry }
        if lower.hasSuffix("army") || lower.hasSuffix("navy") || lower.hasSuffix("force") || lower.hasSuffix("forces")
            || lower.hasSuffix("component") || lower.hasSuffix("corps") || lower.hasSuffix("command") || lower.hasSuffix("guard")
            || lower.hasSuffix("marines") || lower.hasSuffix("division") || lower.hasSuffix("brigade") || lower.hasSuffix("regiment")
        {
            return .armedForces
        }
        if lower.hasSuffix("committee") || lower.hasSuffix("council") || lower.hasSuffix("commission") { return .committee }
        if lower.hasPrefix("embassy") || lower.hasPrefix("high commission") || lower.hasPrefix("consulate") { return .embassy }
        if lower.hasSuffix("party") || lower.hasSuffix("league") || lower.hasSuffix("movement") { return .politicalParty }
        if lower.hasSuffix("agency") && (lower.contains("news") || lower.contains("press")) { return .newsAgency }
        if lower.hasSuffix("news") || lower.hasSuffix("times") || lower.hasSuffix("tribune") || lower.hasSuffix("post")
            || lower.hasSuffix("herald") || lower.hasSuffix("daily") || lower.hasSuffix("gazette") || lower.hasSuffix("television")
            || lower.hasSuffix("radio") || lower.hasSuffix("journal") || lower.hasSuffix("review")
        {
            return .newsMedia
        }
        if lower.hasSuffix("agency") || lower.hasSuffix("directorate") || lower.hasSuffix("bureau") || lower.hasSuffix("authority")
            || lower.hasSuffix("office") || lower.hasSuffix("relations") || lower.hasSuffix("intelligence") || lower.hasSuffix("police")
        {
            return .governmentAgency
        }
        if lower.hasSuffix("company") || lower.hasSuffix("corporation") || lower.hasSuffix("group") { return .company }
        return .other
    }
}

extension OrganizationKind {
    init(gazetteerKind: String) {
        self = OrganizationKind(rawValue: gazetteerKind) ?? .other
    }
}
