import Articles
import Extraction
import Foundation
import TestSupport

/// Turns gold annotations into what a perfect extractor would give, so the mapping and the
/// scorer can be checked without the extractor: the export of a perfect extraction must score 1.0.
enum GoldExtraction {
    static func extracted(_ gold: [GoldArticle]) -> [ExtractedArticle] {
        // Stable made-up two-letter codes per country name (the mapper needs ISO-like codes).
        let countryNames = Set(gold.flatMap { $0.countries.map { NameKeys.countryForms($0.name)[0] } }).sorted()
        var codes: [String: String] = [:]
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for (i, name) in countryNames.enumerated() { codes[name] = String([letters[i / 26 % 26], letters[i % 26]]) }
        return gold.map { gd in
            var a = ExtractedArticle(identifier: gd.article, sourcePath: gd.article + ".txt",
                                     datePublished: gd.datePublished.flatMap { CalendarDate(iso: $0) }, text: "gold")
            let evidence = Mention(span: TextSpan(start: 0, end: 4), text: "gold")
            a.persons = gd.persons.map { PersonEntity(key: $0.id, name: $0.name, alternateNames: $0.aliases) }
            a.organizations = gd.organizations.map { OrganizationEntity(key: $0.id, name: $0.name, alternateNames: $0.aliases) }
            a.countries = gd.countries.map { c in
                let canonical = NameKeys.countryForms(c.name)[0]
                return CountryEntity(code: codes[canonical]!, name: c.name)
            }
            for p in gd.persons {
                for post in p.posts {
                    a.posts.append(PostHolding(holderKey: p.id, title: post.title, titleAliases: post.aliases,
                                               organizationKey: gd.organizations.first?.id))
                }
            }
            var keyOf: [String: String] = [:]
            for p in gd.persons { keyOf[p.name] = p.id }
            for e in gd.events {
                a.events.append(EventRecord(
                    kind: e.attendees.count > 1 ? .meeting : .visit, cameoCode: "040", attendeeKeys: e.attendees.compactMap { keyOf[$0] },
                    date: (e.dates.compactMap { $0 }.sorted().first).flatMap { CalendarDate(iso: $0) }, evidence: evidence))
            }
            for o in gd.organizations { keyOf[o.name] = o.id }
            for q in gd.quotes {
                let isPerson = gd.persons.contains { $0.name == q.speaker }
                let key = keyOf[q.speaker] ?? q.speaker
                a.quotations.append(QuotationRecord(text: q.text, span: TextSpan(start: 0, end: 4),
                                                    speaker: isPerson ? .person(key) : .organization(key)))
            }
            return a
        }
    }
}
