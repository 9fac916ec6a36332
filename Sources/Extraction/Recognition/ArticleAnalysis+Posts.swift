import Articles

/// Post phrases: gazetteer posts with their modifiers and complements, lower-case generic posts with their body.
extension ArticleAnalysis {
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
}
