import RDFModel

/// The vocabulary terms the mapper writes (classes, properties, the CAMEO scheme), each encoded in
/// N-Triples form once for the whole process, so that an article's triples copy their bytes
/// instead of escaping the same IRIs again for every triple.
enum VocabularyTerm: Int, CaseIterable, Sendable {
    case rdfType, rdfsLabel, schemaName, schemaAlternateName
    case schemaIdentifier, schemaMentions, schemaLocation, schemaText
    case schemaStartDate, schemaEndDate, schemaNationality, schemaJobTitle
    case schemaHonorificPrefix, schemaHeadline, schemaHasPart, schemaDatePublished
    case schemaCreator, schemaContainedInPlace, schemaAttendee, schemaAbout
    case schemaAdministrativeArea, schemaCity, schemaCivicStructure, schemaCorporation
    case schemaCountry, schemaEvent, schemaGovernmentOrganization, schemaNewsArticle
    case schemaNewsMediaOrganization, schemaOrganization, schemaPerson, schemaPlace
    case schemaQuotation, nifContext, nifPhrase, nifSentence
    case nifBeginIndex, nifEndIndex, nifAnchorOf, nifReferenceContext
    case nifSourceUrl, itsrdfTaIdentRef, provWasDerivedFrom, provHadPrimarySource
    case orgOrganization, orgPost, orgHolds, orgPostIn
    case orgOrganizationProperty, orgMember, skosConcept, skosPrefLabel
    case skosAltLabel, skosNotation, skosInScheme, commAgreementSigning
    case commArmedForces, commCommittee, commEmbassy, commEncounter
    case commGovernment, commIntergovernmentalOrganization, commMeeting, commMinistry
    case commNewsAgency, commPoliticalParty, commPostHolding, commTalks
    case commTelephoneCall, commVisit, commAsOf, commDelegation
    case commEventType, commEvidence, commPost, commReportedBy
    case cameoScheme
    case schemaUrl, schemaAuthor, schemaInLanguage

    /// The IRI.
    var iri: IRI { Self.iris[rawValue] }

    /// The IRIs, by raw value.
    static let iris: [IRI] = allCases.map { $0.definition }

    /// Each term's N-Triples bytes (`<iri>`), by raw value.
    static let encoded: LineArena = {
        var arena = LineArena()
        for iri in iris {
            var bytes: [UInt8] = []
            NTriplesEncoding.append(iri, to: &bytes)
            bytes.withUnsafeBufferPointer { arena.append($0) }
        }
        return arena
    }()

    private var definition: IRI {
        switch self {
        case .rdfType: RDF.type
        case .rdfsLabel: RDFS.label
        case .schemaName: Schema.name
        case .schemaAlternateName: Schema.alternateName
        case .schemaIdentifier: Schema.identifier
        case .schemaMentions: Schema.mentions
        case .schemaLocation: Schema.location
        case .schemaText: Schema.text
        case .schemaStartDate: Schema.startDate
        case .schemaEndDate: Schema.endDate
        case .schemaNationality: Schema.nationality
        case .schemaJobTitle: Schema.jobTitle
        case .schemaHonorificPrefix: Schema.honorificPrefix
        case .schemaHeadline: Schema.headline
        case .schemaHasPart: Schema.hasPart
        case .schemaDatePublished: Schema.datePublished
        case .schemaCreator: Schema.creator
        case .schemaUrl: Schema.url
        case .schemaAuthor: Schema.author
        case .schemaInLanguage: Schema.inLanguage
        case .schemaContainedInPlace: Schema.containedInPlace
        case .schemaAttendee: Schema.attendee
        case .schemaAbout: Schema.about
        case .schemaAdministrativeArea: Schema.AdministrativeArea
        case .schemaCity: Schema.City
        case .schemaCivicStructure: Schema.CivicStructure
        case .schemaCorporation: Schema.Corporation
        case .schemaCountry: Schema.Country
        case .schemaEvent: Schema.Event
        case .schemaGovernmentOrganization: Schema.GovernmentOrganization
        case .schemaNewsArticle: Schema.NewsArticle
        case .schemaNewsMediaOrganization: Schema.NewsMediaOrganization
        case .schemaOrganization: Schema.Organization
        case .schemaPerson: Schema.Person
        case .schemaPlace: Schema.Place
        case .schemaQuotation: Schema.Quotation
        case .nifContext: NIF.Context
        case .nifPhrase: NIF.Phrase
        case .nifSentence: NIF.Sentence
        case .nifBeginIndex: NIF.beginIndex
        case .nifEndIndex: NIF.endIndex
        case .nifAnchorOf: NIF.anchorOf
        case .nifReferenceContext: NIF.referenceContext
        case .nifSourceUrl: NIF.sourceUrl
        case .itsrdfTaIdentRef: ITSRDF.taIdentRef
        case .provWasDerivedFrom: PROV.wasDerivedFrom
        case .provHadPrimarySource: PROV.hadPrimarySource
        case .orgOrganization: ORG.Organization
        case .orgPost: ORG.Post
        case .orgHolds: ORG.holds
        case .orgPostIn: ORG.postIn
        case .orgOrganizationProperty: ORG.organization
        case .orgMember: ORG.member
        case .skosConcept: SKOS.Concept
        case .skosPrefLabel: SKOS.prefLabel
        case .skosAltLabel: SKOS.altLabel
        case .skosNotation: SKOS.notation
        case .skosInScheme: SKOS.inScheme
        case .commAgreementSigning: COMM.AgreementSigning
        case .commArmedForces: COMM.ArmedForces
        case .commCommittee: COMM.Committee
        case .commEmbassy: COMM.Embassy
        case .commEncounter: COMM.Encounter
        case .commGovernment: COMM.Government
        case .commIntergovernmentalOrganization: COMM.IntergovernmentalOrganization
        case .commMeeting: COMM.Meeting
        case .commMinistry: COMM.Ministry
        case .commNewsAgency: COMM.NewsAgency
        case .commPoliticalParty: COMM.PoliticalParty
        case .commPostHolding: COMM.PostHolding
        case .commTalks: COMM.Talks
        case .commTelephoneCall: COMM.TelephoneCall
        case .commVisit: COMM.Visit
        case .commAsOf: COMM.asOf
        case .commDelegation: COMM.delegation
        case .commEventType: COMM.eventType
        case .commEvidence: COMM.evidence
        case .commPost: COMM.post
        case .commReportedBy: COMM.reportedBy
        case .cameoScheme: CAMEO.scheme
        }
    }
}
