import Articles
import Foundation

/// Extracts persons, organizations, countries, places, posts, events, dates and quotations from
/// articles with rules and dictionaries (no statistical model).
///
/// An `Extractor` compiles its gazetteers once; ``extract(_:)`` is then a pure function of the
/// article, safe to call from many threads at once.
///
/// ```swift
/// let extractor = try Extractor()
/// let result = extractor.extract(try ArticleReader().read(path: "seeds/000.txt"))
/// ```
public struct Extractor: Sendable {
    let lexicon: Lexicon

    /// An extractor with the bundled gazetteers and word lists (`Gazetteers/words/`).
    /// - Throws: when the bundled gazetteer or word-list files are missing or invalid.
    public init() throws {
        try WordLists.bundled.get().validate()
        self.init(gazetteer: try Gazetteer.bundled())
    }

    /// An extractor with the given dictionaries.
    public init(gazetteer: Gazetteer) {
        lexicon = Lexicon(gazetteer)
    }

    /// Extracts everything from one article.
    public func extract(_ article: Article) -> ExtractedArticle {
        var analysis = ArticleAnalysis(article: article, lexicon: lexicon)
        analysis.findPhrases()
        return analysis.assemble()
    }
}

extension ArticleAnalysis {
    /// `pattern` with every occurrence of the ASCII `placeholder` replaced by `value`, compared
    /// byte for byte (Foundation's `replacingOccurrences` costs several µs a call).
    static func substituting(_ value: String, for placeholder: String, in pattern: String) -> String {
        let p = Array(placeholder.utf8), bytes = Array(pattern.utf8)
        guard !p.isEmpty, bytes.count >= p.count else { return pattern }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + value.utf8.count)
        var i = 0
        var replaced = false
        while i < bytes.count {
            if i + p.count <= bytes.count && bytes[i] == p[0] && bytes[i..<(i + p.count)].elementsEqual(p) {
                out.append(contentsOf: value.utf8)
                i += p.count
                replaced = true
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return replaced ? String(decoding: out, as: UTF8.self) : pattern
    }

    func countryCode(_ index: Int?) -> String? { index.map { lexicon.gazetteer.countries[$0].code } }

    /// The meta paragraph that names the article's source (a "Source: …" header, a "Published in"
    /// footer, a closing credit "– SAnews.gov.za"), else the first meta paragraph.
    func sourceParagraph(naming source: String) -> Paragraph? {
        let metas = article.paragraphs.filter { $0.role == .meta }
        guard metas.count > 1 else { return metas.first }
        let scalars = article.text.unicodeScalars
        let named = metas.first { paragraph in
            let start = scalars.index(scalars.startIndex, offsetBy: paragraph.span.start)
            let end = scalars.index(start, offsetBy: paragraph.span.length)
            return article.text[start..<end].contains(source)
        }
        return named ?? metas.first
    }

    func assemble() -> ExtractedArticle {
        let countries = lexicon.gazetteer.countries
        var result = ExtractedArticle(identifier: article.identifier, sourcePath: article.sourcePath, title: article.title,
                                      datePublished: article.datePublished, text: article.text)
        result.url = article.url
        result.authors = article.authors
        result.language = article.language
        func mention(_ range: Range<Int>) -> Mention { Mention(span: span(range), text: text(range)) }

        // Source line and dateline agency.
        var extraOrganizations: [OrganizationPhrase] = []
        if let source = article.source, let meta = sourceParagraph(naming: source) {
            var name = source
            var country: Int? = nil
            if let comma = source.lastIndex(of: ",") {
                let tail = source[source.index(after: comma)...].trimmingCharacters(in: .whitespaces)
                if let n = lexicon.child(0, tokenKey(tail)), let c = lexicon.entries(n).compactMap({ e -> Int? in if case .country(let c) = e.category { return c }; return nil }).first {
                    country = c
                    name = String(source[..<comma])
                }
            }
            // Find its tokens in the meta line.
            let range = tokens.indices.filter { tokens[$0].span.start >= meta.span.start && tokens[$0].span.end <= meta.span.end }
            if let first = range.first, let last = range.last {
                let nameKey = entityKey(name)
                var found: Range<Int>? = nil
                for a in range where found == nil {
                    for b in a...last where entityKey(text(a..<(b + 1))) == nameKey { found = a..<(b + 1); break }
                }
                if organizations.contains(where: { entityKey($0.name) == nameKey || $0.alternateNames.contains { entityKey($0) == nameKey } }) == false {
                    let gz = lexicon.organizationByKey[nameKey]
                    extraOrganizations.append(OrganizationPhrase(tokens: found ?? first..<(last + 1), organization: gz,
                                                                 name: gz.map { lexicon.gazetteer.organizations[$0].name } ?? name,
                                                                 alternateNames: name != source ? [source] : [], kind: .newsMedia,
                                                                 country: country))
                }
            }
        }
        let allOrganizations = organizations + extraOrganizations
        let home = homeCountry(organizations: allOrganizations)

        // Organization entities.
        var organizationKeys: [String] = []
        var organizationOf = Array(repeating: -1, count: allOrganizations.count)
        var orgEntities: [OrganizationEntity] = []
        for (oi, o) in allOrganizations.enumerated() {
            let fixedCountry = o.organization.flatMap { lexicon.gazetteer.organizations[$0].country }
            var country = o.country
            if country == nil && fixedCountry == nil && (o.kind == .ministry || o.kind == .government || o.kind == .governmentAgency) {
                country = home
            }
            let base = entityKey(o.name)
            let key: String
            if fixedCountry != nil || country == nil || o.kind == .intergovernmental {
                key = base
            } else {
                key = countryCode(country)!.lowercased() + "/" + base
            }
            if let existing = organizationKeys.firstIndex(of: key) {
                organizationOf[oi] = existing
                orgEntities[existing].mentions.append(mention(o.tokens))
                for a in o.alternateNames where !orgEntities[existing].alternateNames.contains(a) && a != orgEntities[existing].name {
                    orgEntities[existing].alternateNames.append(a)
                }
                continue
            }
            // An acronym used alone that a full name in this article defined; a short form of a longer name told before
            // ("the General Staff headquarters" after "the Turkish General Staff").
            if o.organization == nil, let existing = orgEntities.firstIndex(where: { $0.alternateNames.contains(o.name) })
                ?? (o.name.contains(" ") ? orgEntities.firstIndex(where: { $0.name.hasSuffix(" " + o.name) }) : nil)
            {
                organizationOf[oi] = existing
                orgEntities[existing].mentions.append(mention(o.tokens))
                continue
            }
            organizationKeys.append(key)
            organizationOf[oi] = orgEntities.count
            // Named as the text spells it; the gazetteer's spelling (which the key comes from) is another name.
            let shownName = o.written ?? o.name
            var alternates = o.alternateNames.filter { $0 != shownName }
            if shownName != o.name, !alternates.contains(o.name) { alternates.append(o.name) }
            if let g = o.organization {
                for a in lexicon.gazetteer.organizations[g].alternateNames where letterShape(a).allUppercase && !alternates.contains(a) && a.count <= 8 {
                    if containsText(text(o.tokens), a) || allOrganizations.contains(where: { $0.organization == g && containsText(text($0.tokens), a) }) { alternates.append(a) }
                }
            }
            orgEntities.append(OrganizationEntity(key: key, name: shownName, alternateNames: alternates, kind: o.kind,
                                                  country: countryCode(fixedCountry.flatMap { lexicon.countryIndex[$0] } ?? country),
                                                  mentions: [mention(o.tokens)]))
        }

        // Persons.
        let (clusters, phraseCluster, singles) = clusterPersons()
        let refs = resolveReferences(clusters: clusters, phraseCluster: phraseCluster, singles: singles,
                                     organizationOf: organizationOf, homeCountry: home)
        var personKeys: [String] = []
        var personEntities: [PersonEntity] = []
        var clusterKey: [Int: String] = [:]
        for (ci, c) in clusters.enumerated() {
            guard c.isTitled || c.words.count >= 2 else { continue }
            let key = entityKey(c.name)
            clusterKey[ci] = key
            var forms = c.forms.filter { $0 != c.name }
            for r in refs where r.persons == [ci] {
                if case .description = r.kind {
                    let f = text(r.tokens.lowerBound..<(r.possessive ? r.tokens.upperBound - 1 : r.tokens.upperBound))
                    let trimmed = f.hasPrefix("the ") ? String(f.dropFirst(4)) : f.hasPrefix("The ") ? String(f.dropFirst(4)) : f
                    if !forms.contains(trimmed) { forms.append(trimmed) }
                }
            }
            var mentions = c.mentions.map(mention)
            for r in refs where r.persons == [ci] {
                if case .person = r.kind { continue }
                mentions.append(mention(r.tokens))
            }
            mentions.sort { $0.span < $1.span }
            var nationality = c.country
            if nationality == nil {
                nationality = c.posts.lazy.compactMap { $0.country ?? $0.organization?.country }.first
            }
            if nationality == nil, !c.posts.isEmpty, !c.posts.contains(where: { $0.organization != nil }) {
                nationality = home
            }
            if let existing = personKeys.firstIndex(of: key) {
                personEntities[existing].mentions += mentions
                continue
            }
            personKeys.append(key)
            personEntities.append(PersonEntity(key: key, name: c.name, alternateNames: forms, nationality: countryCode(nationality),
                                               honorific: c.honorific, mentions: mentions))
        }

        // Posts. A bare title that abbreviates another post of the same person ("Secretary Austin") is not a post of its own.
        var clusterPosts: [[PostPhrase]] = []
        for c in clusters {
            let labels: [String] = c.posts.map { $0.label.lowercased() }
            clusterPosts.append(c.posts.filter { (p: PostPhrase) -> Bool in
                let l = p.label.lowercased()
                return !labels.contains { (other: String) -> Bool in other != l && (other.hasPrefix(l + " ") || other.hasSuffix(" " + l)) }
            })
        }
        var postHoldings: [PostHolding] = []
        var impliedOrganizations: [OrganizationEntity] = []
        for (ci, c) in clusters.enumerated() {
            guard let holder = clusterKey[ci] else { continue }
            for p in clusterPosts[ci] {
                if let idx = postHoldings.firstIndex(where: { $0.holderKey == holder && $0.title == p.label }) {
                    if !postHoldings[idx].titleAliases.contains(p.written) && p.written != p.label { postHoldings[idx].titleAliases.append(p.written) }
                    postHoldings[idx].mentions.append(mention(p.tokens))
                    continue
                }
                // A national post with no country stated: the article's home country.
                let international = p.organization.map { $0.kind == .intergovernmental || ($0.organization == nil && $0.country == nil) } ?? false
                let country = p.country ?? p.organization?.country ?? c.country ?? (international ? nil : home)
                var orgKey: String? = nil
                if let o = p.organization, let oi = allOrganizations.firstIndex(where: { $0.tokens == o.tokens }), organizationOf[oi] >= 0 {
                    orgKey = orgEntities[organizationOf[oi]].key
                } else if let pi = p.post, let pattern = lexicon.gazetteer.posts[pi].organizationPattern {
                    if !containsText(pattern, "{country}") || country != nil {
                        // "{country} Navy" → "India Navy", "Indian Navy"
                        let forms = containsText(pattern, "{country}") ? ([countries[country!].name] + countries[country!].demonyms) : [""]
                        search: for form in forms {
                            let k = entityKey(Self.substituting(form, for: "{country}", in: pattern))
                            let qualified = country.map { countries[$0].code.lowercased() + "/" + k }
                            if let existing = orgEntities.first(where: { $0.key == k || $0.key == qualified || (country == nil && $0.key.hasSuffix("/" + k)) }) {
                                orgKey = existing.key
                                break search
                            } else if let gi = lexicon.nationalOrganizationByKey[k], containsText("-" + entityKey(p.written) + "-", "-" + k + "-") {
                                // Named inside the title ("Chairman Joint Chiefs of Staff Committee"); an organization only
                                // implied by a title ("Chief of Army Staff" → Pakistan Army) is not reported.
                                let g = lexicon.gazetteer.organizations[gi]
                                orgKey = k
                                if !impliedOrganizations.contains(where: { $0.key == k }) {
                                    impliedOrganizations.append(OrganizationEntity(key: k, name: g.name, alternateNames: [], kind: OrganizationKind(gazetteerKind: g.kind), country: g.country, mentions: [mention(p.tokens)]))
                                }
                                break search
                            }
                        }
                    }
                }
                postHoldings.append(PostHolding(holderKey: holder, title: p.label, titleAliases: p.written != p.label ? [p.written] : [],
                                                organizationKey: orgKey, country: countryCode(country), mentions: [mention(p.tokens)]))
            }
        }
        orgEntities += impliedOrganizations

        // Countries.
        var countryEntities: [CountryEntity] = []
        for m in countryMentions.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            let code = countries[m.country].code
            if let idx = countryEntities.firstIndex(where: { $0.code == code }) {
                countryEntities[idx].mentions.append(mention(m.tokens))
            } else {
                countryEntities.append(CountryEntity(code: code, name: countries[m.country].name, mentions: [mention(m.tokens)]))
            }
        }

        // Places.
        var placeEntities: [PlaceEntity] = []
        func placeKey(_ name: String, _ country: Int?) -> String {
            (country.map { countries[$0].code.lowercased() + "/" } ?? "") + entityKey(name)
        }
        for p in placeMentions.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            let key = placeKey(p.name, p.country)
            if let idx = placeEntities.firstIndex(where: { $0.key == key }) {
                placeEntities[idx].mentions.append(mention(p.tokens))
                let written = text(p.tokens)
                if written != p.name && !placeEntities[idx].alternateNames.contains(written) { placeEntities[idx].alternateNames.append(written) }
            } else {
                let written = text(p.tokens)
                placeEntities.append(PlaceEntity(key: key, name: p.name, alternateNames: written != p.name ? [written] : [], kind: p.kind,
                                                 country: countryCode(p.country), mentions: [mention(p.tokens)]))
            }
        }

        // Events.
        let candidates = findEvents(refs: refs, publication: article.datePublished, organizationEntities: allOrganizations)
        for e in candidates {
            let attendees = e.persons.compactMap { clusterKey[$0] }
            var unique: [String] = []
            for a in attendees where !unique.contains(a) { unique.append(a) }
            guard !unique.isEmpty else { continue }
            if e.kind != .visit && unique.count < 2 { continue }
            var location: EntityReference? = nil
            switch e.location {
            case .place(let name, _, let country): location = .place(placeKey(name, country))
            case .country(let c): location = .country(countries[c].code)
            case .organization(let oi):
                if organizationOf[oi] >= 0 { location = .organization(orgEntities[organizationOf[oi]].key) }
            case nil: break
            }
            let sentence = sentences[e.sentence]
            result.events.append(EventRecord(kind: e.kind, cameoCode: e.cameo, attendeeKeys: unique, date: e.date, endDate: e.endDate,
                                             location: location, evidence: mention(sentence.tokens), trigger: mention(e.trigger)))
        }

        // Quotations.
        for q in findQuotations(refs: refs) {
            var speaker: EntityReference? = nil
            if let p = q.speakerPerson, let k = clusterKey[p] { speaker = .person(k) }
            if let o = q.speakerOrganization { speaker = .organization(orgEntities[o].key) }
            guard let speaker else { continue }
            result.quotations.append(QuotationRecord(text: q.text, span: q.span, speaker: speaker,
                                                     reportedBy: q.channelOrganization.map { .organization(orgEntities[$0].key) }))
        }

        result.persons = personEntities
        result.organizations = orgEntities
        result.countries = countryEntities
        result.places = placeEntities
        result.posts = postHoldings
        return result
    }
}
