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

    // MARK: Posts

    /// A post starting at `i` (gazetteer post, with complements).
    func parsePost(at start: Int, limit: Int) -> PostPhrase? {
        // "Vice Minister", "Deputy Chief of Naval Staff": a modifier before a post.
        if postModifiers.contains(key(start)), tokens[start].isCapitalized, start + 1 < limit, match(at: start + 1)?.post != nil,
            var inner = parsePost(at: start + 1, limit: limit)
        {
            inner.label = text(start..<start + 1) + " " + inner.written.components(separatedBy: " (").first!
            if let o = inner.organization, let r = inner.written.range(of: " of the " + o.name) ?? inner.written.range(of: " of " + o.name) {
                inner.label = text(start..<start + 1) + " " + String(inner.written[..<r.lowerBound])
            }
            inner.tokens = start..<inner.tokens.upperBound
            inner.written = text(inner.tokens)
            inner.post = nil
            return inner
        }
        guard let m = match(at: start), let p = m.post else { return nil }
        // "chief of the Joint Staff Department": the title's words are the start of a body's name.
        if m.tokens.upperBound < limit, tokens[m.tokens.upperBound].isCapitalized, isHeadWord(keys[m.tokens.upperBound]) { return nil }
        let entry = lexicon.gazetteer.posts[p]
        var end = m.tokens.upperBound
        var labelEnd = end
        var organization: OrganizationPhrase? = nil
        var country: Int? = nil
        var absorbing = false
        // "(COAS)"
        if end + 2 < limit, key(end) == "(", key(end + 2) == ")", tokens[end + 1].text.filter(\.isUppercase).count >= 2 {
            end += 3
            labelEnd = labelEnd == m.tokens.upperBound ? labelEnd : labelEnd
        } else if end + 2 < limit, key(end) == "(", key(end + 2) == ")", tokens[end + 1].isCapitalized, Vocabulary.domainWords.contains(keys[end + 1]) {
            // "Permanent Secretary (Defence)": the portfolio in parentheses is part of the title.
            end += 3
            labelEnd = end
        }
        let generic = entry.organizationPattern == nil
        var owner: OrganizationPhrase? = nil
        loop: while end < limit {
            let k = key(end)
            // "Defence Adviser at the British High Commission": the mission the post belongs to.
            if k == "at", entry.organizationKind == "embassy", organization == nil, let org = parseOrganization(at: key(end + 1) == "the" ? end + 2 : end + 1, limit: limit),
                org.kind == .embassy || ["embassy", "high commission", "consulate", "mission"].contains(where: { org.name.lowercased().contains($0) })
            {
                organization = org
                end = org.tokens.upperBound
                break
            }
            if k == "to", entry.organizationKind == "embassy" {
                // "Ambassador to the Kingdom", "High Commissioner to India": where, not whose.
                var j = end + 1
                if key(j) == "the" { j += 1 }
                if let cm = match(at: j), cm.countryOrDemonym != nil || cm.city != nil { end = cm.tokens.upperBound; continue }
                if j < limit, tokens[j].isCapitalized, tokens[j].kind == .word, !nameable[j] || key(j) == "kingdom" { end = j + 1; continue }
                break
            }
            // "Minister Delegate … in charge of the National Defence Administration": the body is part of the title.
            let inCharge = k == "in" && key(end + 1) == "charge" && key(end + 2) == "of"
            guard k == "of" || k == "on" || k == "for" || inCharge else { break }
            var j = end + (inCharge ? 3 : 1)
            if key(j) == "the" { j += 1 }
            if j >= limit { break }
            if k == "of", let inner = match(at: j), inner.post != nil {
                // "Special Representative of President of the Russian Federation"
                end = inner.tokens.upperBound
                labelEnd = end
                absorbing = true
                continue
            }
            // "Commander-in-Chief of the Armed Forces", "Commander of the Navy", "Deputy Ruler of Abu Dhabi": a bare
            // service noun or a city completes the title (the country comes from the holder).
            if k == "of", let hm = match(at: j), hm.isHead || hm.city != nil, !hm.isOrganization,
                hm.tokens.upperBound >= limit || !tokens[hm.tokens.upperBound].isCapitalized || key(hm.tokens.upperBound) == "and"
            {
                end = hm.tokens.upperBound
                labelEnd = end
                // "Chief of the Joint Staff of the Armed Forces of Portugal": the service with its country is a named body.
                if hm.isHead, key(end) == "of", let cm = match(at: end + 1), let c = cm.country, cm.demonym == nil, !cm.isOrganization,
                    cm.tokens.upperBound >= limit || !tokens[cm.tokens.upperBound].isCapitalized
                {
                    let range = j..<cm.tokens.upperBound
                    organization = OrganizationPhrase(tokens: range, organization: nil, name: text(range), alternateNames: [], kind: kindForPattern(text(j..<hm.tokens.upperBound)), country: c)
                    country = c
                    end = cm.tokens.upperBound
                    labelEnd = end
                }
                break loop
            }
            if let org = parseOrganization(at: j, limit: limit), !org.isProject, k == "of" || inCharge || organization == nil {
                if k == "of" || k == "for" || inCharge {
                    organization = org
                    end = org.tokens.upperBound
                    if inCharge { labelEnd = end }
                    // "Commander of the Indian Navy's Eastern Naval Command": the post is in the body the possessive owns.
                    if key(end) == "'s", end + 1 < limit, tokens[end + 1].isCapitalized, let sub = parseOrganization(at: end + 1, limit: limit), !sub.isProject {
                        owner = org
                        organization = sub
                        if organization?.country == nil { organization?.country = org.country }
                        end = sub.tokens.upperBound
                    }
                    // ", China"
                    if key(end) == ",", let cm = match(at: end + 1), let c = cm.country {
                        organization?.country = c
                        end = cm.tokens.upperBound
                    }
                    break loop
                }
            }
            if let cm = match(at: j), let c = cm.country, key(cm.tokens.upperBound) != "'s" {
                if k == "of" { country = country ?? c }
                end = cm.tokens.upperBound
                if absorbing || k != "of" { labelEnd = end }
                // "on Afghanistan Affairs"
                while end < limit, Vocabulary.domainWords.contains(keys[end]), tokens[end].isCapitalized { end += 1; labelEnd = end }
                continue
            }
            if k != "of" || absorbing || generic {
                var e = j
                var firstComma: Int? = nil
                while e < limit {
                    if Vocabulary.domainWords.contains(keys[e]), tokens[e].isCapitalized || ["and", "of", "&"].contains(keys[e]) { e += 1; continue }
                    // "Commissioner for Political Affairs, Peace and Security": a list of portfolios.
                    if k == "for", keys[e] == ",", e + 1 < limit, tokens[e + 1].isCapitalized, Vocabulary.domainWords.contains(keys[e + 1]) {
                        firstComma = firstComma ?? e
                        e += 1
                        continue
                    }
                    break
                }
                // "Minister for Foreign Affairs, Defence Minister X": the comma ended the title after all.
                if let c = firstComma, e < limit, tokens[e].isCapitalized, tokens[e].kind == .word, !nameable[e] { e = c }
                while e > j, ["and", "of", "&", "the", ","].contains(keys[e - 1]) { e -= 1 }
                if e > j {
                    end = e
                    labelEnd = e
                    continue
                }
            }
            break
        }
        // "Minister of Defence II" (Brunei's second defence minister): a numeral that is part of the title.
        if organization == nil, end < limit, ["I", "II", "III"].contains(tokens[end].text), end + 1 >= limit || !nameable[end + 1] || tokens[end + 1].isCapitalized {
            end += 1
            labelEnd = end
        }
        // "Minister of Defence and Military Veterans", "Minister for Home Affairs and Immigration": two portfolios.
        if organization == nil, key(end) == "and", Vocabulary.domainWords.contains(key(end - 1)), end + 1 < limit, tokens[end + 1].isCapitalized {
            var e = end + 1
            while e < limit, tokens[e].isCapitalized, Vocabulary.domainWords.contains(keys[e]), !["and", "of", "the"].contains(keys[e]) { e += 1 }
            if e > end + 1, e >= limit || !tokens[e].isCapitalized || tokens[e].kind != .word || nameable[e] {
                end = e
                labelEnd = e
            }
        }
        var label = entry.title
        if labelEnd > m.tokens.upperBound {
            label = text(m.tokens.lowerBound..<labelEnd)
        } else if m.tokens.count == 1, generic, ["chief", "head", "director"].contains(keys[m.tokens.lowerBound]), organization != nil {
            // "Chief of the Hellenic National Defence General Staff": the bare head says little without its body.
            label = text(start..<end)
            // "Chief of the South African National Defence Force (SANDF)": the body's acronym is not part of the title.
            if label.hasSuffix(")"), let r = label.range(of: " (", options: .backwards) { label = String(label[..<r.lowerBound]) }
        } else if isWrittenTitle(m.tokens) {
            // A full title as the text writes it ("Deputy Minister of National Defence", "Chief of the Naval Staff"):
            // the text's form, not the gazetteer's canonical spelling of the same office.
            label = text(m.tokens)
        }
        return PostPhrase(tokens: start..<end, post: p, label: label, written: text(start..<end), organization: organization, country: country,
                          ownerOrganization: owner)
    }

    /// A lower-case generic post with its body: "the head of U.S. Southern Command", "chief of the Joint Staff
    /// Department of the CMC", "member of the CMC".
    func parseLowercasePost(at start: Int, limit: Int) -> PostPhrase? {
        // "spokesperson for the Ministry of National Defense" as well.
        guard start + 2 < limit, !tokens[start].isCapitalized,
            (Vocabulary.lowercasePostHeads.contains(keys[start]) && key(start + 1) == "of") || (Vocabulary.lowercaseNamePrefixPosts.contains(keys[start]) && ["of", "for"].contains(key(start + 1))),
            let p = lexicon.postByAlias[keys[start]] else { return nil }
        var j = start + 2
        if key(j) == "the" { j += 1 }
        guard j < limit, let org = parseOrganization(at: j, limit: limit), !org.isProject else { return nil }
        var end = org.tokens.upperBound
        // "of the Joint Staff Department of the CMC": the department's parent body.
        if key(end) == "of", let parent = parseOrganization(at: key(end + 1) == "the" ? end + 2 : end + 1, limit: limit), !parent.isProject {
            end = parent.tokens.upperBound
        }
        return PostPhrase(tokens: start..<end, post: p, label: text(start..<end), written: text(start..<end), organization: org, country: org.country)
    }

    /// Whether a post alias is written out as a capitalized title of two words or more (not an acronym, not lower case).
    func isWrittenTitle(_ range: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].kind == .word }
        guard words.count >= 2, let last = words.last, last == range.upperBound - 1 else { return false }
        for w in words {
            let t = tokens[w].text
            if t.count > 3 || w == words.first || w == last {
                if !tokens[w].isCapitalized { return false }
                if t.count > 1 && t.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return false }
            }
        }
        return true
    }

    // MARK: Persons and descriptions

    enum PersonOrDescription {
        case person(PersonPhrase)
        case description(DescriptionPhrase)
    }

    /// A person phrase or a description starting at `start`.
    func parsePerson(at start: Int, limit: Int) -> PersonOrDescription? {
        var i = start
        var country: Int? = nil
        var posts: [PostPhrase] = []
        var titles: [String] = []
        var pendingOrganization: OrganizationPhrase? = nil
        var sawDescriptor = false
        var visiting = false
        var count = 1
        if key(i) == "the" || key(i) == "a" || key(i) == "an" { i += 1 }
        if (key(i) == "his" || key(i) == "her" || key(i) == "their"), i + 1 < limit, match(at: i + 1)?.countryOrDemonym != nil || key(i + 1) == "counterpart" { i += 1 }
        let number: Int? = switch key(i) { case "two": 2; case "three": 3; case "four": 4; default: nil }
        if let n = number, i + 1 < limit { count = n; i += 1 }
        while i < limit {
            if key(i) == "visiting" { visiting = true; i += 1; continue }
            if key(i) == "counterpart", i + 1 < limit, startsPersonName(at: i + 1, limit: limit) || match(at: i + 1)?.post != nil
                || (key(i + 1) == "," && startsPersonName(at: i + 2, limit: limit))
            {
                i += key(i + 1) == "," ? 2 : 1
                sawDescriptor = true
                continue
            }
            if postModifiers.contains(key(i)), tokens[i].isCapitalized, i + 1 < limit, match(at: i + 1)?.post != nil, let post = parsePost(at: i, limit: limit) {
                posts.append(post)
                country = country ?? post.country
                i = post.tokens.upperBound
                sawDescriptor = true
                continue
            }
            if titles.isEmpty, let org = parseOrganization(at: i, limit: limit), !org.isProject, org.organization == nil, match(at: org.tokens.upperBound)?.post != nil {
                // "Turkish Land Forces Commander"
                pendingOrganization = org
                country = country ?? org.country
                i = org.tokens.upperBound
                sawDescriptor = true
                continue
            }
            // "North Korean leader Kim Jong Un", "the Russian envoy Alexei X": a lower-case head noun before a name.
            if !tokens[i].isCapitalized, descriptionHeads.contains(keys[i]), matchOf[i] < 0, i > start || country != nil,
                nameRun(at: i + 1, limit: limit).map({ $0.count >= 2 }) ?? false
            {
                i += 1
                sawDescriptor = true
                continue
            }
            // "the ministry's spokesperson Edwin Adrian Sumantha"
            if posts.isEmpty, titles.isEmpty, !tokens[i].isCapitalized, Vocabulary.lowercaseNamePrefixPosts.contains(keys[i]),
                let p = lexicon.postByAlias[keys[i]], startsPersonName(at: i + 1, limit: limit)
            {
                posts.append(PostPhrase(tokens: i..<(i + 1), post: p, label: lexicon.gazetteer.posts[p].title, written: text(i..<(i + 1)), organization: nil, country: nil))
                i += 1
                sawDescriptor = true
                continue
            }
            // "Lieutenant General (Pilot) Salem …": a branch or qualifier in parentheses after a rank.
            if !titles.isEmpty, key(i) == "(", i + 3 < limit, key(i + 2) == ")", tokens[i + 1].isCapitalized, tokens[i + 1].kind == .word,
                startsPersonName(at: i + 3, limit: limit)
            {
                i += 3
                continue
            }
            if posts.isEmpty, titles.isEmpty, let post = parseLowercasePost(at: i, limit: limit),
                key(post.tokens.upperBound) == ",", startsPersonName(at: post.tokens.upperBound + 1, limit: limit)
            {
                // "the head of U.S. Southern Command, General Laura Richardson"
                posts.append(post)
                country = country ?? post.country
                i = post.tokens.upperBound + 1
                sawDescriptor = true
                continue
            }
            // "Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder": the holder's service between a post and a rank.
            if !posts.isEmpty, titles.isEmpty, let m = match(at: i), m.isHead || m.isOrganization, m.post == nil, m.title == nil,
                let t = match(at: m.tokens.upperBound), t.title != nil, t.post == nil
            {
                i = m.tokens.upperBound
                continue
            }
            if let m = match(at: i) {
                if m.isOrganization || (m.countryOrDemonym == nil && m.post == nil && m.title == nil) {
                    // "EU Military Committee Chairman", "Pakistan Army chief"
                    if let org = parseOrganization(at: i, limit: limit), !org.isProject {
                        let after = org.tokens.upperBound

                        if match(at: after)?.post != nil {
                            pendingOrganization = org
                            i = after
                            sawDescriptor = true
                            continue
                        }
                        if !tokens[min(after, tokens.count - 1)].isCapitalized, after < limit, key(after) != "chief",
                            let postIndex = lexicon.postByAlias[keys[after]], lexicon.gazetteer.posts[postIndex].organizationPattern == nil
                        {
                            // "Pentagon spokesman", "ministry spokesperson"
                            posts.append(PostPhrase(tokens: i..<(after + 1), post: postIndex, label: lexicon.gazetteer.posts[postIndex].title,
                                                    written: text(i..<(after + 1)), organization: org, country: org.country))
                            country = country ?? org.country
                            i = after + 1
                            sawDescriptor = true
                            continue
                        }
                        if key(after) == "chief" || key(after) == "chiefs", let last = org.name.split(separator: " ").last {
                            // "Pakistan Army chief" → "army chief"
                            let postIndex = lexicon.postByAlias[tokenKey(String(last)) + " chief"]
                            let label = postIndex.map { lexicon.gazetteer.posts[$0].title } ?? "Chief"
                            posts.append(PostPhrase(tokens: i..<(after + 1), post: postIndex, label: label, written: text(i..<(after + 1)),
                                                    organization: org, country: org.country))
                            country = country ?? org.country
                            i = after + 1
                            sawDescriptor = true
                            continue
                        }
                    }
                    break
                }
                if let c = m.countryOrDemonym, m.post == nil, m.title == nil {
                    var after = m.tokens.upperBound
                    if key(after) == "'s" { after += 1 }
                    // Only a descriptor when a post, title or head noun follows.
                    let nextMatch = match(at: after)
                    if nextMatch?.post != nil || nextMatch?.title != nil || descriptionHeads.contains(key(after))
                        || key(after) == "visiting" || (nextMatch?.isOrganization == true)
                    {
                        country = country ?? c
                        i = after
                        sawDescriptor = true
                        continue
                    }
                    break
                }
                if m.post != nil, let post = parsePost(at: i, limit: limit) {
                    var p = post
                    if p.organization == nil, let org = pendingOrganization { p.organization = org }
                    pendingOrganization = nil
                    posts.append(p)
                    country = country ?? p.country
                    i = p.tokens.upperBound
                    sawDescriptor = true
                    // "State Councilor and Foreign Minister Wang Yi"
                    if key(i) == "and", i + 1 < limit, match(at: i + 1)?.post != nil, tokens[i + 1].isCapitalized {
                        i += 1
                        continue
                    }
                    // "the President of Iraq, Barham Salih", "the Minister for Defence, the Hon Richard Marles MP"
                    if key(i) == ",", i + 1 < limit, nameRun(at: next(i + 1), limit: limit) != nil || match(at: i + 1)?.title != nil {
                        i += 1
                    } else if key(i) == ",", key(i + 1) == "the", i + 2 < limit, match(at: i + 2)?.title != nil {
                        i += 2
                    }
                    continue
                }
                if m.title != nil {
                    titles.append(text(m.tokens))
                    i = next(m.tokens.upperBound)
                    sawDescriptor = true
                    // "Pehin Datu Lailaraja Major General", "Dato Paduka Seri Haji": the words of a conferred style between
                    // an honorific and the next title belong to the style, not to the name.
                    if let t = m.title, lexicon.gazetteer.titles[t].kind == .honorific {
                        var j = i
                        while j < min(limit, i + 3), tokens[j].isCapitalized, tokens[j].kind == .word, matchOf[j] < 0 { j += 1 }
                        if j > i, let after = match(at: j), after.title != nil { i = j }
                    }
                    continue
                }
                break
            }
            break
        }
        if let run = nameRun(at: i, limit: limit), sawDescriptor || run.count >= 2 || servesAsAppositive(after: run.upperBound, limit: limit) {
            // "the President Ho Chi Minh Mausoleum": a monument named after a person, even after a title.
            if run.count >= 2, ["mausoleum", "memorial", "monument", "museum", "cemetery", "tomb", "shrine", "airport", "stadium"].contains(keys[run.upperBound - 1]) { return nil }
            // A bare capitalized run followed by an organization head is an organization, not a person.
            if !sawDescriptor {
                if let m = match(at: run.upperBound), m.isHead { return nil }
                if key(run.upperBound) == "(" { return nil }
                if start > 0, let m = match(at: start - 1), m.isOpener { return nil }
                // "the Global Combat Air Programme", "held at Qasr Al Shati", "in São José dos Campos": an untitled
                // capitalized run after an article or a preposition of place names a thing or a place, not a person.
                if ["the", "a", "an"].contains(key(start)) && start < run.lowerBound { return nil }
                // The tail of a longer capitalized run ("Qasr Al Shati", "São José dos Campos").
                if start > 0, nameable[start - 1] || (tokens[start - 1].isCapitalized && tokens[start - 1].kind == .word && matchOf[start - 1] < 0),
                    tokens[start - 1].sentence == tokens[start].sentence, key(start - 1) != "the" { return nil }
                // "Ulinzi House", "Hyderabad House": a building or site, not a person.
                if Vocabulary.siteNouns.contains(keys[run.upperBound - 1]) { return nil }
                // "NATO's enhanced Forward Presence", "a new exercise named Freedom Edge": a thing's name.
                if start > 1, key(start - 2) == "'s", tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized { return nil }
                if start > 0, ["named", "dubbed", "codenamed", "code-named", "titled", "entitled", "called"].contains(key(start - 1)), key(start - 2) != "also" { return nil }
                // "an MoU on Mutual Logistics Support" (but "called on Qamar Bajwa").
                if start > 1, key(start - 1) == "on", !["called", "calls", "call", "calling", "waited"].contains(key(start - 2)) { return nil }
                if start > 0, ["at", "in", "near", "inside", "outside", "across", "the", "a", "an"].contains(key(start - 1)), key(run.upperBound) != "'s" { return nil }
            }
            var end = run.upperBound
            var possessive = false
            if key(end) == "'s" { possessive = true; end += 1 }
            // Name suffix "(Retd)"
            if !possessive, let m = match(at: end), m.title != nil, lexicon.gazetteer.titles[m.title!].kind == .suffix { end = m.tokens.upperBound }
            // Appositive: ", the chief of General Staff of Iran's armed forces,"
            if !possessive, key(end) == "," {
                var j = end + 1
                // ", who also serves as Deputy Prime Minister,"
                if key(j) == "who" {
                    var k = j + 1
                    while k < limit, ["also", "currently", "serves", "is", "was", "as", "concurrently"].contains(keys[k]) { k += 1 }
                    if k > j + 1, match(at: k)?.post != nil || key(k) == "the" { j = k }
                }
                if key(j) == "the" || key(j) == "a" { j += 1 }
                var appositiveCountry: Int? = nil
                if let cm = match(at: j), let c = cm.countryOrDemonym, cm.post == nil {
                    appositiveCountry = c
                    j = cm.tokens.upperBound
                    if key(j) == "'s" { j += 1 }
                }
                // "Andrew Little, Tonga's Prime Minister and Minister for Defence Hu'akavameiliku …": posts that lead to the
                // next person's name are not an appositive.
                if let post = parsePost(at: j, limit: limit) ?? parseLowercasePost(at: j, limit: limit), !startsPersonName(at: post.tokens.upperBound, limit: limit),
                    !(key(post.tokens.upperBound) == "and" && (parsePost(at: post.tokens.upperBound + 1, limit: limit).map { startsPersonName(at: $0.tokens.upperBound, limit: limit) } ?? false))
                {
                    posts.append(post)
                    country = country ?? appositiveCountry ?? post.country ?? post.organization?.country
                    end = post.tokens.upperBound
                    // ", First Sea Lord and Chief of the Naval Staff of the United Kingdom,": two posts of one person.
                    if key(end) == "and", end + 1 < limit,
                        let second = (match(at: end + 1)?.post != nil || postModifiers.contains(key(end + 1))) && tokens[end + 1].isCapitalized
                            ? parsePost(at: end + 1, limit: limit) : parseLowercasePost(at: end + 1, limit: limit),
                        !startsPersonName(at: second.tokens.upperBound, limit: limit)
                    {
                        posts.append(second)
                        country = country ?? second.country ?? second.organization?.country
                        end = second.tokens.upperBound
                    }
                    if key(end) == "," { end += 1 }
                }
            }
            let phrase = PersonPhrase(tokens: start..<end, name: run, titles: titles, posts: posts,
                                      country: country ?? posts.first?.organization?.country, possessive: possessive,
                                      isTitled: sawDescriptor)
            return .person(phrase)
        }
        // A description: a post, or a head noun, without a name.
        if !posts.isEmpty {
            var end = posts.last!.tokens.upperBound
            var possessive = false
            if key(end) == "'s" { possessive = true; end += 1 }
            return .description(DescriptionPhrase(tokens: start..<end, post: posts.last, head: nil, country: country, possessive: possessive, count: count, visiting: visiting))
        }
        var j = i
        // "the two military leaders", "the Iraqi defence minister", "the Chinese envoy", "the visiting dignitary"
        if (sawDescriptor || visiting || count >= 2 || key(start) == "the") && j < limit {
            var skipped = 0
            while j < limit, skipped < 2, !descriptionHeads.contains(key(j)), !(count >= 2 && ["leaders", "officials", "ministers", "sides", "chiefs", "generals", "commanders"].contains(tokens[j].text.lowercased())),
                tokens[j].kind == .word, !tokens[j].isCapitalized || matchOf[j] >= 0
            {
                if ["military", "defence", "defense", "foreign", "army", "naval", "navy", "air", "visiting", "senior", "top", "iraqi"].contains(key(j)) || match(at: j)?.countryOrDemonym != nil {
                    if let c = match(at: j)?.countryOrDemonym { country = country ?? c }
                    j += 1
                    skipped += 1
                    continue
                }
                break
            }
            let head = key(j)
            // Keys are singular ("ministers" → "minister"): the plural is read from the text.
            let plural = j < limit ? tokens[j].text.lowercased() : ""
            if count >= 2, ["leaders", "officials", "ministers", "chiefs", "generals", "commanders"].contains(plural) {
                return .description(DescriptionPhrase(tokens: start..<(j + 1), post: nil, head: head, country: country, possessive: false, count: count))
            }
            if descriptionHeads.contains(head), count == 1, !tokens[j].isCapitalized || head == "premier" {
                // "the defence minister": a lower-case post phrase
                var headWord = head
                if j > i, ["defence", "defense", "foreign", "army", "navy", "air"].contains(key(j - 1)) { headWord = key(j - 1) + " " + head }
                var end = j + 1
                var possessive = false
                if key(end) == "'s" { possessive = true; end += 1 }
                return .description(DescriptionPhrase(tokens: start..<end, post: nil, head: visiting ? "visitor" : headWord, country: country,
                                                      possessive: possessive, count: 1))
            }
        }
        return nil
    }

    /// ", who also serves as Deputy Prime Minister,": a surname used alone still takes the post it is given.
    func servesAsAppositive(after end: Int, limit: Int) -> Bool {
        guard key(end) == ",", key(end + 1) == "who" else { return false }
        var k = end + 2
        while k < limit, ["also", "currently", "concurrently"].contains(keys[k]) { k += 1 }
        guard key(k) == "serves" || key(k) == "is", key(k + 1) == "as" || key(k) == "is" else { return false }
        let postStart = key(k + 1) == "as" ? k + 2 : k + 1
        return match(at: postStart)?.post != nil || (postModifiers.contains(key(postStart)) && match(at: postStart + 1)?.post != nil)
    }

    /// Whether a rank, honorific or name follows: then a post before it describes that next person.
    func startsPersonName(at i: Int, limit: Int) -> Bool {
        guard i < limit else { return false }
        if let m = match(at: i), m.title != nil { return true }
        return nameRun(at: i, limit: limit) != nil
    }

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

extension OrganizationKind {
    init(gazetteerKind: String) {
        self = OrganizationKind(rawValue: gazetteerKind) ?? .other
    }
}
