import Articles

/// What the extractor found in one article: plain values, no RDF.
///
/// This is the contract between `Extraction` and `LinkedData`. Entities are identified by
/// stable keys (normalized names, ISO codes) that `LinkedData` turns into IRIs, so the same
/// person named in two articles, or in two runs, gets the same IRI. Every fact keeps the
/// spans of text it came from, as Unicode scalar offsets into ``text``.
public struct ExtractedArticle: Sendable {
    /// The article's identifier: its file name without extension.
    public var identifier: String
    /// The path the article was read from, as given.
    public var sourcePath: String
    /// The headline, when the document has one.
    public var title: String?
    /// The publication date, when the text gives it.
    public var datePublished: CalendarDate?
    /// The normalized article text that every ``TextSpan`` indexes into.
    public var text: String
    /// The page's canonical URL, when the page gives it.
    public var url: String?
    /// The authors the page names, in order.
    public var authors: [String] = []
    /// The language of the article (BCP 47), when the page gives it.
    public var language: String?
    public var persons: [PersonEntity] = []
    public var organizations: [OrganizationEntity] = []
    public var countries: [CountryEntity] = []
    public var places: [PlaceEntity] = []
    public var posts: [PostHolding] = []
    public var events: [EventRecord] = []
    public var quotations: [QuotationRecord] = []

    public init(identifier: String, sourcePath: String, title: String? = nil, datePublished: CalendarDate? = nil, text: String) {
        self.identifier = identifier
        self.sourcePath = sourcePath
        self.title = title
        self.datePublished = datePublished
        self.text = text
    }
}

/// One place in the text where an entity or fact is mentioned.
public struct Mention: Hashable, Sendable {
    /// Where, in Unicode scalar offsets into the article text.
    public var span: TextSpan
    /// The characters of the span, as they stand in the text.
    public var text: String

    public init(span: TextSpan, text: String) {
        self.span = span
        self.text = text
    }
}

/// A reference from a fact to an entity of the same article, by the entity's key.
public enum EntityReference: Hashable, Sendable {
    case person(String)
    case organization(String)
    /// A country, by ISO 3166-1 alpha-2 code.
    case country(String)
    case place(String)
}

/// A person: the fullest name the text gives, without rank or title.
public struct PersonEntity: Hashable, Sendable {
    /// A stable key derived from the normalized full name ("qamar-javed-bajwa").
    public var key: String
    /// The fullest name the text gives, without rank or title ("Qamar Javed Bajwa").
    public var name: String
    /// Other forms the text uses ("Gen Bajwa", "Bajwa", "COAS"), without the name itself.
    public var alternateNames: [String]
    /// The country the person represents, as ISO 3166-1 alpha-2, when stated or implied.
    public var nationality: String?
    /// Honorific or rank as written before the name ("General", "Dr"), when any.
    public var honorific: String?
    public var mentions: [Mention]

    public init(key: String, name: String, alternateNames: [String] = [], nationality: String? = nil,
                honorific: String? = nil, mentions: [Mention] = []) {
        self.key = key
        self.name = name
        self.alternateNames = alternateNames
        self.nationality = nationality
        self.honorific = honorific
        self.mentions = mentions
    }
}

/// The kind of an organization, used for typing it in the graph.
public enum OrganizationKind: String, Hashable, Sendable, CaseIterable {
    case armedForces, ministry, governmentAgency, government, committee, embassy, politicalParty
    case newsAgency, newsMedia, intergovernmental, company, other
}

/// A named organization.
public struct OrganizationEntity: Hashable, Sendable {
    /// A stable key: the normalized full name, qualified by country when the name alone is
    /// ambiguous ("pk/ministry-of-foreign-affairs").
    public var key: String
    /// The full name ("Inter-Services Public Relations").
    public var name: String
    /// Acronyms and other forms ("ISPR").
    public var alternateNames: [String]
    public var kind: OrganizationKind
    /// The country it belongs to, as ISO 3166-1 alpha-2.
    public var country: String?
    public var mentions: [Mention]

    public init(key: String, name: String, alternateNames: [String] = [], kind: OrganizationKind = .other,
                country: String? = nil, mentions: [Mention] = []) {
        self.key = key
        self.name = name
        self.alternateNames = alternateNames
        self.kind = kind
        self.country = country
        self.mentions = mentions
    }
}

/// A country named or implied by a demonym.
public struct CountryEntity: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code ("PK"): the key.
    public var code: String
    /// Canonical English short name ("Pakistan").
    public var name: String
    public var mentions: [Mention]

    public init(code: String, name: String, mentions: [Mention] = []) {
        self.code = code
        self.name = name
        self.mentions = mentions
    }
}

/// The kind of a place.
public enum PlaceKind: String, Hashable, Sendable, CaseIterable {
    case city, building, region, other
}

/// A place that is not a country: a city, a headquarters, a region.
public struct PlaceEntity: Hashable, Sendable {
    /// A stable key: normalized name, qualified by country when known ("pk/rawalpindi").
    public var key: String
    public var name: String
    public var alternateNames: [String]
    public var kind: PlaceKind
    /// The country the place is in, as ISO 3166-1 alpha-2.
    public var country: String?
    public var mentions: [Mention]

    public init(key: String, name: String, alternateNames: [String] = [], kind: PlaceKind = .other,
                country: String? = nil, mentions: [Mention] = []) {
        self.key = key
        self.name = name
        self.alternateNames = alternateNames
        self.kind = kind
        self.country = country
        self.mentions = mentions
    }
}

/// A person holding a post in an organization, as of the article's date.
public struct PostHolding: Hashable, Sendable {
    /// The holder's ``PersonEntity/key``.
    public var holderKey: String
    /// The post's title as the canonical form ("Chief of Army Staff").
    public var title: String
    /// Other spellings of the title in the text ("COAS", "army chief").
    public var titleAliases: [String]
    /// The organization the post belongs to, by ``OrganizationEntity/key``, when named or implied.
    public var organizationKey: String?
    /// The country of the post, as ISO 3166-1 alpha-2, when known.
    public var country: String?
    public var mentions: [Mention]

    public init(holderKey: String, title: String, titleAliases: [String] = [], organizationKey: String? = nil,
                country: String? = nil, mentions: [Mention] = []) {
        self.holderKey = holderKey
        self.title = title
        self.titleAliases = titleAliases
        self.organizationKey = organizationKey
        self.country = country
        self.mentions = mentions
    }
}

/// The kind of an encounter.
public enum EventKind: String, Hashable, Sendable, CaseIterable {
    /// A meeting, including a courtesy call ("called on").
    case meeting
    /// A visit to a country or place.
    case visit
    /// A telephone or video call.
    case call
    /// Delegation-level talks.
    case talks
    /// The signing of an agreement or memorandum.
    case agreement
}

/// One distinct encounter: a meeting, call-on, visit, talks, telephone call or agreement.
public struct EventRecord: Hashable, Sendable {
    public var kind: EventKind
    /// The CAMEO event code, as a string ("040" consult, "042" make a visit, "043" host a visit …).
    public var cameoCode: String
    /// The persons who took part, by ``PersonEntity/key``, in order of mention.
    public var attendeeKeys: [String]
    /// Organizations that took part as such (delegations), by key.
    public var organizationKeys: [String]
    /// The day it took place (or began), when the text gives or implies it.
    public var date: CalendarDate?
    /// The last day, for ranges ("24-27 February 2021").
    public var endDate: CalendarDate?
    /// Where it took place: a place or a country.
    public var location: EntityReference?
    /// The sentence that states it.
    public var evidence: Mention
    /// The words that triggered it ("met", "called on").
    public var trigger: Mention?

    public init(kind: EventKind, cameoCode: String, attendeeKeys: [String], organizationKeys: [String] = [],
                date: CalendarDate? = nil, endDate: CalendarDate? = nil, location: EntityReference? = nil,
                evidence: Mention, trigger: Mention? = nil) {
        self.kind = kind
        self.cameoCode = cameoCode
        self.attendeeKeys = attendeeKeys
        self.organizationKeys = organizationKeys
        self.date = date
        self.endDate = endDate
        self.location = location
        self.evidence = evidence
        self.trigger = trigger
    }
}

/// A quotation: words in quotation marks and who said them.
public struct QuotationRecord: Hashable, Sendable {
    /// The quoted text, without the quotation marks.
    public var text: String
    /// Where the quoted text stands.
    public var span: TextSpan
    /// Who said it: a person or an organization.
    public var speaker: EntityReference
    /// The channel that reported it ("the ISPR quoted the COAS as saying"), when named.
    public var reportedBy: EntityReference?

    public init(text: String, span: TextSpan, speaker: EntityReference, reportedBy: EntityReference? = nil) {
        self.text = text
        self.span = span
        self.speaker = speaker
        self.reportedBy = reportedBy
    }
}
