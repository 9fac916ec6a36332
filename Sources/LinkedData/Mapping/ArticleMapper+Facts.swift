import Extraction
import RDFModel

/// Posts, events and quotations: what the article says happened.
extension MappingContext {
    // MARK: Posts

    /// `?person org:holds ?post . ?post a org:Post ; rdfs:label "…" ; org:postIn ?org`, and an
    /// article-local `comm:PostHolding` that dates it and points at the text.
    ///
    /// A post whose organization the text does not name belongs to the government of its
    /// country (the post's, else the holder's nationality); with no country either, the title
    /// is kept as the person's `schema:jobTitle` only, since a post must belong to an organization.
    mutating func mapPosts() {
        for (index, holding) in article.posts.enumerated() {
            let what = "post \"\(holding.title)\" of \(holding.holderKey)"
            guard let holder = persons[holding.holderKey] else {
                diagnostics.append("\(what): the article lists no person \(holding.holderKey); left out")
                continue
            }
            let title = LiteralText.clean(holding.title)
            guard !title.isEmpty else { continue }
            var organization: TermRef?
            if let key = holding.organizationKey {
                organization = organizations[key]
                if organization == nil {
                    diagnostics.append("\(what): the article lists no organization \(key); using the country's government")
                }
            }
            if organization == nil,
                let code = [holding.country, personNationality[holding.holderKey]].compactMap({ $0 }).first(where: Self.isCountryCode)
            {
                organization = government(of: code)
            }
            guard let organization else {
                buffer.string(holder, .schemaJobTitle, title)
                continue
            }
            let post = buffer.ref(minter.post(organization: buffer.iri(organization), title: title))
            buffer.add(holder, .orgHolds, post)
            buffer.type(post, .orgPost)
            buffer.string(post, .rdfsLabel, title)
            for alias in Self.alternates(holding.titleAliases, excluding: title) { buffer.string(post, .skosAltLabel, alias) }
            buffer.add(post, .orgPostIn, organization)

            let record = buffer.ref(minter.holding(ofArticle: articleIRI, ordinal: index + 1))
            buffer.type(record, .commPostHolding)
            buffer.add(record, .orgMember, holder)
            buffer.add(record, .orgOrganizationProperty, organization)
            buffer.add(record, .commPost, post)
            if let date = article.datePublished { buffer.date(record, .commAsOf, date) }
            buffer.add(record, .provHadPrimarySource, articleRef)
            for mention in holding.mentions {
                if let iri = span(mention.span, text: mention.text, class: .nifPhrase, what: what) {
                    buffer.add(iri, .itsrdfTaIdentRef, post)
                    buffer.add(record, .provWasDerivedFrom, iri)
                }
            }
        }
    }

    /// The government of a country, as the organization of a post (not a mention of the article).
    private mutating func government(of code: String) -> TermRef {
        let code = code.uppercased()
        let iri = buffer.ref(minter.government(ofCountry: code))
        buffer.type(iri, .schemaOrganization, .orgOrganization, .schemaGovernmentOrganization, .commGovernment)
        buffer.string(iri, .schemaName, "Government of " + (countryNames[code] ?? code))
        let country = buffer.ref(minter.country(code))
        buffer.add(iri, .schemaLocation, country)
        return iri
    }

    // MARK: Events

    /// `?article schema:about ?event . ?event a schema:Event, comm:… ; schema:attendee ?p1, ?p2 ;
    /// schema:startDate ?date ; schema:location ?place ; comm:eventType cameo:… ; comm:evidence ?sentence`.
    mutating func mapEvents() {
        for (index, record) in article.events.enumerated() {
            let iri = buffer.ref(minter.event(ofArticle: articleIRI, ordinal: index + 1))
            let what = "event \(index + 1) (\(record.kind.rawValue))"
            var attendees: [TermRef] = []
            var names: [String] = []
            for key in record.attendeeKeys {
                guard let person = persons[key] else {
                    diagnostics.append("\(what): the article lists no person \(key); attendee left out")
                    continue
                }
                if !attendees.contains(person) {
                    attendees.append(person)
                    names.append(article.persons.first(where: { $0.key == key })?.name ?? key)
                }
            }
            var delegations: [TermRef] = []
            for key in record.organizationKeys {
                guard let organization = organizations[key] else {
                    diagnostics.append("\(what): the article lists no organization \(key); delegation left out")
                    continue
                }
                if !delegations.contains(organization) { delegations.append(organization) }
            }
            guard !attendees.isEmpty || !delegations.isEmpty else {
                diagnostics.append("\(what): no attendee the article lists; left out")
                continue
            }
            let parties = attendees.count + delegations.count
            let eventClass: VocabularyTerm
            switch record.kind {
            case .meeting: eventClass = parties >= 2 ? .commMeeting : .commEncounter
            case .talks: eventClass = parties >= 2 ? .commTalks : .commEncounter
            case .call: eventClass = parties >= 2 ? .commTelephoneCall : .commEncounter
            case .visit: eventClass = .commVisit
            case .agreement: eventClass = .commAgreementSigning
            }
            buffer.add(articleRef, .schemaAbout, iri)
            buffer.type(iri, .schemaEvent, eventClass)
            if eventClass == .commTalks { buffer.type(iri, .commMeeting) }
            for person in attendees { buffer.add(iri, .schemaAttendee, person) }
            for organization in delegations { buffer.add(iri, .commDelegation, organization) }
            if let date = record.date {
                buffer.date(iri, .schemaStartDate, date)
                if let end = record.endDate, end >= date { buffer.date(iri, .schemaEndDate, end) }
            }
            if let location = record.location {
                if let place = resolve(location) {
                    buffer.add(iri, .schemaLocation, place)
                } else {
                    diagnostics.append("\(what): the article lists no location \(location); location left out")
                }
            }
            let concept = Self.concept(record.cameoCode, kind: record.kind)
            if concept.code != record.cameoCode {
                diagnostics.append("\(what): \"\(record.cameoCode)\" is not a CAMEO code of Schemas/event-types.ttl; using \(concept.code)")
            }
            let conceptRef = writeConcept(concept)
            buffer.add(iri, .commEventType, conceptRef)
            let label = Self.label(of: eventClass) + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))
                + (record.date.map { " (\($0))" } ?? "")
            buffer.string(iri, .rdfsLabel, label)
            if let sentence = span(record.evidence.span, text: record.evidence.text, class: .nifSentence, what: "evidence of \(what)") {
                buffer.add(iri, .commEvidence, sentence)
            }
        }
    }

    /// The concept of a CAMEO code, or the usual one of the event kind when the code is unknown.
    static func concept(_ code: String, kind: EventKind) -> CAMEO.Concept {
        if let concept = CAMEO.concepts[code] { return concept }
        let fallback =
            switch kind {
            case .meeting: "040"
            case .talks: "046"
            case .call: "041"
            case .visit: "042"
            case .agreement: "057"
            }
        return CAMEO.concepts[fallback]!  // the table lists every fallback; a test checks it
    }

    /// Writes a concept of the CAMEO scheme; returns its term.
    private mutating func writeConcept(_ concept: CAMEO.Concept) -> TermRef {
        let iri = buffer.ref(CAMEO.iri(concept.code))
        buffer.type(iri, .skosConcept)
        buffer.add(iri, .skosNotation, Literal(concept.code))
        buffer.add(iri, .skosPrefLabel, Literal(concept.label, language: "en"))
        buffer.add(iri, .skosInScheme, .cameoScheme)
        return iri
    }

    static func label(of eventClass: VocabularyTerm) -> String {
        switch eventClass {
        case .commMeeting: "Meeting"
        case .commTalks: "Talks"
        case .commTelephoneCall: "Telephone call"
        case .commVisit: "Visit"
        case .commAgreementSigning: "Agreement signing"
        default: "Encounter"
        }
    }

    // MARK: Quotations

    /// `?article schema:hasPart ?q . ?q a schema:Quotation ; schema:text "…" ; schema:creator ?speaker`.
    mutating func mapQuotations() {
        for (index, quotation) in article.quotations.enumerated() {
            let what = "quotation \(index + 1)"
            let text = LiteralText.clean(quotation.text)
            guard !text.isEmpty else { continue }
            guard let speaker = speakerIRI(quotation.speaker) else {
                diagnostics.append("\(what): the speaker \(quotation.speaker) is not a person or organization the article lists; left out")
                continue
            }
            let iri = buffer.ref(minter.quotation(ofArticle: articleIRI, ordinal: index + 1))
            buffer.add(articleRef, .schemaHasPart, iri)
            buffer.type(iri, .schemaQuotation)
            buffer.string(iri, .schemaText, text)
            buffer.add(iri, .schemaCreator, speaker)
            if let channel = quotation.reportedBy.flatMap(speakerIRI), channel != speaker {
                buffer.add(iri, .commReportedBy, channel)
            }
            if let source = span(quotation.span, text: quotation.text, class: .nifPhrase, what: what) {
                buffer.add(iri, .provWasDerivedFrom, source)
            }
        }
    }

    private func speakerIRI(_ reference: EntityReference) -> TermRef? {
        switch reference {
        case .person(let key): persons[key]
        case .organization(let key): organizations[key]
        case .country, .place: nil
        }
    }
}
