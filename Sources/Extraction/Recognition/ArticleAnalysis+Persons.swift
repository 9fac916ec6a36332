import Articles

/// Person phrases (rank, post, name) and descriptions of persons without a name ("the Russian envoy").
extension ArticleAnalysis {
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
}
