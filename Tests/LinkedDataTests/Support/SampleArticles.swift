import Articles
import Extraction
import Foundation

/// Hand-made extractions, so the mapping is tested without the extractor: what a correct
/// extractor gives for a short article in the genre of the seeds.
enum SampleArticles {
    static let text = """
        Belgium and Pakistan agreed Friday to strengthen military ties, said the Inter-Services Public Relations (ISPR).
        Chief of Army Staff General Qamar Javed Bajwa met Belgian Defence Minister Ludivine Dedonder in Brussels.
        "Pakistan values its bilateral relations with Belgium," the ISPR quoted the COAS as saying.
        Gen Bajwa also called on EU Military Committee Chairman General Claudio Graziano.
        """

    /// The span of the `occurrence`-th appearance of `needle` in `text`, in Unicode scalars.
    static func span(_ needle: String, in text: String = text, occurrence: Int = 0) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        var found = 0
        var i = 0
        while i + pattern.count <= scalars.count {
            if Array(scalars[i..<i + pattern.count]) == pattern {
                if found == occurrence { return TextSpan(start: i, end: i + pattern.count) }
                found += 1
            }
            i += 1
        }
        preconditionFailure("\"\(needle)\" is not in the sample text")
    }

    static func mention(_ needle: String, occurrence: Int = 0) -> Mention {
        Mention(span: span(needle, occurrence: occurrence), text: needle)
    }

    /// The sentence of the text that contains `needle`.
    static func sentence(containing needle: String) -> Mention {
        let line = text.split(separator: "\n").first { $0.contains(needle) }!
        return mention(String(line))
    }

    /// A full extraction of ``text``.
    static func belgium(identifier: String = "sample-belgium", date: CalendarDate? = CalendarDate(year: 2022, month: 2, day: 18))
        -> ExtractedArticle
    {
        var a = ExtractedArticle(identifier: identifier, sourcePath: identifier + ".txt", title: "Pakistan, Belgium agree",
                                 datePublished: date, text: text)
        a.persons = [
            PersonEntity(key: "qamar-javed-bajwa", name: "Qamar Javed Bajwa", alternateNames: ["Gen Bajwa", "COAS", "Qamar Javed Bajwa"],
                         nationality: "PK", honorific: "General",
                         mentions: [mention("Qamar Javed Bajwa"), mention("COAS"), mention("Gen Bajwa")]),
            PersonEntity(key: "ludivine-dedonder", name: "Ludivine Dedonder", nationality: "BE", mentions: [mention("Ludivine Dedonder")]),
            PersonEntity(key: "claudio-graziano", name: "Claudio Graziano", honorific: "General", mentions: [mention("Claudio Graziano")]),
        ]
        a.organizations = [
            OrganizationEntity(key: "inter-services-public-relations", name: "Inter-Services Public Relations", alternateNames: ["ISPR"],
                               kind: .armedForces, country: "PK",
                               mentions: [mention("Inter-Services Public Relations"), mention("ISPR", occurrence: 1)]),
            OrganizationEntity(key: "eu-military-committee", name: "EU Military Committee", kind: .committee,
                               mentions: [mention("EU Military Committee")]),
            OrganizationEntity(key: "pk/pakistan-army", name: "Pakistan Army", kind: .armedForces, country: "PK"),
        ]
        a.countries = [
            CountryEntity(code: "PK", name: "Pakistan", mentions: [mention("Pakistan")]),
            CountryEntity(code: "BE", name: "Belgium", mentions: [mention("Belgium"), mention("Belgian")]),
        ]
        a.places = [PlaceEntity(key: "be/brussels", name: "Brussels", kind: .city, country: "BE", mentions: [mention("Brussels")])]
        a.posts = [
            PostHolding(holderKey: "qamar-javed-bajwa", title: "Chief of Army Staff", titleAliases: ["COAS"],
                        organizationKey: "pk/pakistan-army", country: "PK", mentions: [mention("Chief of Army Staff")]),
            PostHolding(holderKey: "ludivine-dedonder", title: "Defence Minister", country: "BE", mentions: [mention("Defence Minister")]),
            PostHolding(holderKey: "claudio-graziano", title: "Chairman", organizationKey: "eu-military-committee",
                        mentions: [mention("Chairman")]),
        ]
        a.events = [
            EventRecord(kind: .meeting, cameoCode: "042", attendeeKeys: ["qamar-javed-bajwa", "ludivine-dedonder"],
                        date: CalendarDate(year: 2022, month: 2, day: 18), location: .place("be/brussels"),
                        evidence: sentence(containing: "met Belgian"), trigger: mention("met")),
            EventRecord(kind: .meeting, cameoCode: "042", attendeeKeys: ["qamar-javed-bajwa", "claudio-graziano"],
                        evidence: sentence(containing: "called on")),
            EventRecord(kind: .visit, cameoCode: "042", attendeeKeys: ["qamar-javed-bajwa"], location: .country("BE"),
                        evidence: sentence(containing: "met Belgian")),
        ]
        a.quotations = [
            QuotationRecord(text: "Pakistan values its bilateral relations with Belgium,",
                            span: span("Pakistan values its bilateral relations with Belgium,"),
                            speaker: .person("qamar-javed-bajwa"), reportedBy: .organization("inter-services-public-relations")),
        ]
        return a
    }
}
