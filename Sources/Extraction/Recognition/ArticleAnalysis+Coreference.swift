import Articles

/// A quick pre-test for the pronouns coreference reads.
let pronounFilter = KeyFilter(Vocabulary.singularPronouns.union(Vocabulary.pluralPronouns).union(["who"]))

extension ArticleAnalysis {
    /// Single capitalized words that are not dictionary words: surnames used alone ("Bajwa", "Sun").
    func bareSingles() -> [(Range<Int>, Bool)] {
        var result: [(Range<Int>, Bool)] = []
        for s in sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                if !claimed[i], nameable[i], (i == s.tokens.lowerBound || !nameable[i - 1] || claimed[i - 1]),
                    i + 1 >= s.tokens.upperBound || !nameable[i + 1]
                {
                    result.append((i..<(i + 1), key(i + 1) == "'s"))
                }
                i += 1
            }
        }
        return result
    }

    /// Builds person clusters from person phrases and single names.
    func clusterPersons() -> (clusters: [PersonCluster], phraseCluster: [Int], singles: [(Range<Int>, Int, Bool)]) {
        var clusters: [PersonCluster] = []
        var phraseCluster = Array(repeating: -1, count: persons.count)
        func words(_ range: Range<Int>) -> [String] {
            range.filter { tokens[$0].kind == .word && !["II", "III", "IV", "Jr", "Sr"].contains(tokens[$0].text) }.map { dehyphenatedName(tokens[$0].text) }
        }
        func displayName(_ range: Range<Int>) -> String {
            text(range).split(separator: " ").map { dehyphenatedName(String($0)) }.joined(separator: " ")
        }
        // Longer names first, so that "Bajwa" joins "Qamar Javed Bajwa" wherever it stands.
        // Each phrase's words once (the sort compares them many times), each cluster's words in lower case once.
        let phraseWords = persons.map { words($0.name) }
        var clusterLower: [[String]] = []
        let order = persons.indices.sorted { (phraseWords[$0].count, -$0) > (phraseWords[$1].count, -$1) }
        for pi in order {
            let phrase = persons[pi]
            let w = phraseWords[pi]
            guard !w.isEmpty else { continue }
            let wl = w.map { $0.lowercased() }
            var target: Int? = nil
            for ci in clusters.indices {
                let cl = clusterLower[ci]
                if wl.count == cl.count && wl == cl { target = ci; break }
                if wl.count < cl.count {
                    if wl.count == 1 {
                        if wl[0] == cl.last! || wl[0] == cl.first! { target = ci; break }
                    } else if wl.allSatisfy({ cl.contains($0) }) && wl.last! == cl.last! {
                        target = ci; break
                    } else if wl.elementsEqual(cl.prefix(wl.count)) {
                        // "Khalid bin Salman" of "Khalid bin Salman bin Abdulaziz"
                        target = ci; break
                    }
                }
            }
            // "Minister Chávez" of "Jorge Chávez Cresta": a family name inside a longer name, when only one such name has it.
            if target == nil, w.count == 1 {
                let inner = clusters.indices.filter { clusters[$0].words.count >= 3 && clusters[$0].words.dropFirst().dropLast().contains { $0.lowercased() == w[0].lowercased() } }
                if inner.count == 1 { target = inner[0] }
            }
            let written = text(phrase.name)
            var fullForm = text(phrase.tokens.lowerBound..<phrase.name.upperBound)
            for article in ["the ", "The ", "a ", "an "] where fullForm.hasPrefix(article) { fullForm.removeFirst(article.count) }
            if let ci = target {
                clusters[ci].mentions.append(phrase.tokens)
                clusters[ci].posts += phrase.posts
                if clusters[ci].country == nil { clusters[ci].country = phrase.country }
                for f in [written, fullForm] where !clusters[ci].forms.contains(f) { clusters[ci].forms.append(f) }
                clusters[ci].isTitled = clusters[ci].isTitled || phrase.isTitled
                phraseCluster[pi] = ci
            } else {
                var c = PersonCluster(name: displayName(phrase.name), words: w)
                c.forms = [written]
                if fullForm != written { c.forms.append(fullForm) }
                c.honorific = phrase.titles.last
                c.country = phrase.country
                c.mentions = [phrase.tokens]
                c.posts = phrase.posts
                c.isTitled = phrase.isTitled
                clusters.append(c)
                clusterLower.append(wl)
                phraseCluster[pi] = clusters.count - 1
            }
        }
        // Bare single names join the most recently mentioned matching cluster.
        var singles: [(Range<Int>, Int, Bool)] = []
        for (range, possessive) in bareSingles() {
            let w = dehyphenatedName(tokens[range.lowerBound].text).lowercased()
            var best: (cluster: Int, distance: Int)? = nil
            for (ci, c) in clusters.enumerated() where c.words.count > 1 || c.isTitled {
                if clusterLower[ci].last! == w || clusterLower[ci].first! == w {
                    let distance = c.mentions.map { abs($0.lowerBound - range.lowerBound) }.min() ?? Int.max
                    if best == nil || distance < best!.distance { best = (ci, distance) }
                }
            }
            if best == nil {
                // "Múcio" of "José Múcio Monteiro", "Fernández" of "Maya Fernández Allende": a family name inside a longer name.
                for (ci, c) in clusters.enumerated() where c.words.count >= 3 && clusterLower[ci].dropFirst().dropLast().contains(w) {
                    let distance = c.mentions.map { abs($0.lowerBound - range.lowerBound) }.min() ?? Int.max
                    if best == nil || distance < best!.distance { best = (ci, distance) }
                }
            }
            if let b = best {
                singles.append((range, b.cluster, possessive))
                clusters[b.cluster].mentions.append(range)
                let form = text(range)
                if !clusters[b.cluster].forms.contains(form) { clusters[b.cluster].forms.append(form) }
            }
        }
        return (clusters, phraseCluster, singles)
    }

    /// Resolves descriptions and pronouns to clusters, in text order.
    func resolveReferences(clusters: [PersonCluster], phraseCluster: [Int], singles: [(Range<Int>, Int, Bool)],
                           organizationOf: [Int], homeCountry: Int?) -> [Reference] {
        var refs: [Reference] = []
        for (pi, p) in persons.enumerated() where phraseCluster[pi] >= 0 {
            var r = Reference(kind: .person(phraseCluster[pi]), tokens: p.tokens, sentence: tokens[p.tokens.lowerBound].sentence, possessive: p.possessive)
            r.persons = [phraseCluster[pi]]
            refs.append(r)
        }
        for (range, ci, possessive) in singles {
            var r = Reference(kind: .person(ci), tokens: range, sentence: tokens[range.lowerBound].sentence, possessive: possessive)
            r.persons = [ci]
            refs.append(r)
        }
        for d in descriptions {
            refs.append(Reference(kind: .description(d), tokens: d.tokens, sentence: tokens[d.tokens.lowerBound].sentence, possessive: d.possessive))
        }
        for (oi, o) in organizations.enumerated() where organizationOf[oi] >= 0 {
            refs.append(Reference(kind: .organization(organizationOf[oi]), tokens: o.tokens, sentence: tokens[o.tokens.lowerBound].sentence, possessive: key(o.tokens.upperBound) == "'s"))
        }
        for (i, t) in tokens.enumerated() where t.kind == .word {
            let k = keys[i]
            if pronounFilter.admits(k), Vocabulary.singularPronouns.contains(k) || Vocabulary.pluralPronouns.contains(k) || k == "who" {
                if claimed[i] { continue }
                // "his Egyptian counterpart": a determiner of a description, not a reference of its own.
                if descriptions.contains(where: { $0.tokens.contains(i) }) { continue }
                refs.append(Reference(kind: .pronoun(k), tokens: i..<(i + 1), sentence: t.sentence, possessive: k == "his" || k == "her" || k == "their"))
            }
        }
        refs.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // Remove references nested in another (an organization inside a person's title).
        var filtered: [Reference] = []
        for r in refs {
            if let last = filtered.last, last.tokens.contains(r.tokens.lowerBound), r.tokens.upperBound <= last.tokens.upperBound {
                if case .organization = r.kind { continue }
                if case .person = last.kind { continue }
            }
            filtered.append(r)
        }
        refs = filtered

        // The visitor: the first person whose country is not the home country.
        let visitor = clusters.indices.first { ci in
            if let c = clusters[ci].country, let h = homeCountry { return c != h }
            return false
        }
        func holders(_ test: (PersonCluster) -> Bool, country: Int?) -> [Int] {
            clusters.indices.filter { ci in
                guard test(clusters[ci]) else { return false }
                if let c = country, let cc = clusters[ci].country { return c == cc }
                return true
            }
        }
        func mostRecent(_ candidates: [Int], before position: Int) -> Int? {
            var best: (Int, Int)? = nil
            for ci in candidates {
                let last = clusters[ci].mentions.map(\.lowerBound).filter { $0 < position }.max() ?? -1
                if best == nil || last > best!.1 { best = (ci, last) }
            }
            return best?.0
        }
        /// The one person of a country a description can mean: persons with another post are left out
        /// ("the Somali minister" is not the Somali Chief of Defence Forces), a rank noun prefers holders of that rank.
        func onlyPerson(of country: Int, noun: String) -> Int? {
            var of = clusters.indices.filter { clusters[$0].country == country && (clusters[$0].isTitled || clusters[$0].words.count >= 2) }
            if ["minister", "secretary", "ambassador", "envoy", "chief", "commander", "president"].contains(noun) {
                of = of.filter { ci in clusters[ci].posts.isEmpty || clusters[ci].posts.contains { $0.label.lowercased().contains(noun) } }
            } else if ["general", "admiral"].contains(noun) {
                let ranked = of.filter { ci in clusters[ci].honorific?.lowercased().contains(noun) ?? false }
                if !ranked.isEmpty { of = ranked }
            }
            return of.count == 1 ? of[0] : nil
        }
        var lastPersons: [Int] = []
        for idx in refs.indices {
            let r = refs[idx]
            switch r.kind {
            case .person(let ci):
                refs[idx].persons = [ci]
            case .description(let d):
                var found: Int? = nil
                if d.count >= 2 {
                    // "the two military leaders", "the three Defence Ministers": the last persons named.
                    var distinct: [Int] = []
                    for p in lastPersons.reversed() where !distinct.contains(p) { distinct.append(p); if distinct.count == d.count { break } }
                    if distinct.count == d.count { refs[idx].persons = distinct.reversed() }
                    continue
                }
                if let post = d.post {
                    var candidates = holders({ c in c.posts.contains { ($0.post != nil && $0.post == post.post) || $0.label == post.label } }, country: d.country)
                    // "the Secretary", "the Minister": the one whose title starts with that word ("Secretary of Defense", not
                    // "Press Secretary"), when only one does.
                    if candidates.isEmpty, !post.label.contains(" ") {
                        let head = post.label.lowercased() + " "
                        let starting = holders({ c in c.posts.contains { $0.label.lowercased().hasPrefix(head) } }, country: d.country)
                        if starting.count == 1 { candidates = starting }
                    }
                    found = mostRecent(candidates, before: r.tokens.lowerBound)
                    // "The visiting air chief": the visitor, not the host who holds a like post.
                    if d.visiting, let v = visitor, let f = found, f != v, clusters[f].country == nil || clusters[f].country == homeCountry { found = v }
                } else if let head = d.head {
                    switch head {
                    case "visitor", "dignitary", "guest":
                        found = visitor
                    case "counterpart", "general", "admiral", "leader", "commander", "chief":
                        // "the Saudi general": the one person of that country, when the text names only one.
                        found = d.country.flatMap { onlyPerson(of: $0, noun: head) }
                    default:
                        let words = head.split(separator: " ").map(String.init)
                        let noun = words.last!
                        let test: (PersonCluster) -> Bool = { c in
                            c.posts.contains { p in
                                let l = p.label.lowercased()
                                switch noun {
                                case "envoy", "diplomat", "ambassador":
                                    return l.contains("envoy") || l.contains("representative") || l.contains("ambassador") || l.contains("foreign") || l.contains("high commissioner")
                                case "premier": return l.contains("prime minister") || l == "premier"
                                default:
                                    return words.allSatisfy { w in l.contains(w) || (w == "defence" && l.contains("defense")) || (w == "defense" && l.contains("defence")) || (w == "army" && l.contains("army staff")) }
                                }
                            }
                        }
                        var candidates = holders(test, country: d.country)
                        // "the Lithuanian minister": a holder known to be of that country, before one whose country is unknown;
                        // else the one person of that country the text names.
                        if let c = d.country {
                            let stated = candidates.filter { clusters[$0].country == c }
                            if !stated.isEmpty { candidates = stated } else if let only = onlyPerson(of: c, noun: noun) { candidates = [only] }
                        }
                        if d.country != nil || candidates.count == 1 || noun == "premier" { found = mostRecent(candidates, before: r.tokens.lowerBound) ?? candidates.first }
                        // "the Somali minister" when the minister was introduced only as "his Somali counterpart X".
                        if found == nil, candidates.isEmpty, let c = d.country { found = onlyPerson(of: c, noun: noun) }
                    }
                }
                if let f = found { refs[idx].persons = [f]; lastPersons.append(f) }
            case .pronoun(let k):
                if k == "who" {
                    // The person just before ", who".
                    if idx > 0, case .person = refs[idx - 1].kind, refs[idx - 1].tokens.upperBound >= r.tokens.lowerBound - 2 {
                        refs[idx].persons = refs[idx - 1].persons
                    }
                    continue
                }
                if Vocabulary.pluralPronouns.contains(k) { continue }
                // Fronted phrase: "During his meeting with Bagheri, Prime Minister Imran Khan ..."
                let sentence = sentences[r.sentence]
                let first = key(sentence.tokens.lowerBound)
                if ["during", "in", "at", "after", "following", "before", "on"].contains(first) {
                    if let comma = (r.tokens.upperBound..<sentence.tokens.upperBound).first(where: { keys[$0] == "," }),
                        !(sentence.tokens.lowerBound..<r.tokens.lowerBound).contains(where: { keys[$0] == "," }),
                        let after = refs[(idx + 1)...].first(where: { $0.tokens.lowerBound > comma && $0.sentence == r.sentence && !$0.persons.isEmpty || ($0.tokens.lowerBound > comma && $0.sentence == r.sentence && { if case .person = $0.kind { return true }; return false }($0)) })
                    {
                        refs[idx].persons = after.persons
                        continue
                    }
                }
                // "He also called on …" opening a sentence: the subject of the sentence before (its first person named
                // outside a prepositional phrase), not the last person of its object list.
                if (k == "he" || k == "she"), r.tokens.lowerBound == sentence.tokens.lowerBound || (r.tokens.lowerBound == sentence.tokens.lowerBound + 1 && ["and", "but", "then"].contains(first)),
                    r.sentence > 0, sentenceRoles[r.sentence - 1] == .body,
                    let subject = refs[..<idx].first(where: { $0.sentence == r.sentence - 1 && !$0.persons.isEmpty && !$0.possessive }),
                    subject.tokens.lowerBound == 0 || !["with", "to", "of", "on", "for", "from", "by", "and"].contains(keys[subject.tokens.lowerBound - 1])
                {
                    refs[idx].persons = subject.persons
                    lastPersons.append(subject.persons[0])
                    continue
                }
                // Object pronouns do not refer to the subject of their own clause.
                if let p = lastPersons.last {
                    refs[idx].persons = [p]
                }
            case .organization:
                break
            }
            if case .person(let ci) = r.kind { lastPersons.append(ci) }
            if case .pronoun = r.kind, let p = refs[idx].persons.first { lastPersons.append(p) }
        }
        return refs
    }
}
