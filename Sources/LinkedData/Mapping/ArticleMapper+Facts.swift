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
            var organization: IRI?
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
                buffer.string(holder, Schema.jobTitle, title)
                continue
            }
            let post = minter.post(organization: organization, title: title)
            buffer.add(holder, ORG.holds, post)
            buffer.type(post, ORG.Post)
            buffer.string(post, RDFS.label, title)
            for alias in Self.alternates(holding.titleAliases, excluding: title) { buffer.string(post, SKOS.altLabel, alias) }
            buffer.add(post, ORG.postIn, organization)

            let record = minter.holding(ofArticle: article.identifier, ordinal: index + 1)
            buffer.type(record, COMM.PostHolding)
            buffer.add(record, ORG.member, holder)
            buffer.add(record, ORG.organization, organization)
            buffer.add(record, COMM.post, post)
            if let date = article.datePublished { buffer.date(record, COMM.asOf, date) }
            buffer.add(record, PROV.hadPrimarySource, articleIRI)
            for mention in holding.mentions {
                if let iri = span(mention.span, text: mention.text, class: NIF.Phrase, what: what) {
                    buffer.add(iri, ITSRDF.taIdentRef, post)
                    buffer.add(record, PROV.wasDerivedFrom, iri)
                }
            }
        }
    }

    /// The government of a country, as the organization of a post (not a mention of the article).
    private mutating func government(of code: String) -> IRI {
        let code = code.uppercased()
        let iri = minter.government(ofCountry: code)
        buffer.type(iri, Schema.Organization, ORG.Organization, Schema.GovernmentOrganization, COMM.Government)
        buffer.string(iri, Schema.name, "Government of " + (countryNames[code] ?? code))
        buffer.add(iri, Schema.location, minter.country(code))
        return iri
    }

    // MARK: Events

    /// `?article schema:about ?event . ?event a schema:Event, comm:… ; schema:attendee ?p1, ?p2 ;
    /// schema:startDate ?date ; schema:location ?place ; comm:eventType cameo:… ; comm:evidence ?sentence`.
    mutating func mapEvents() {
        for (index, record) in article.events.enumerated() {
            let iri = minter.event(ofArticle: article.identifier, ordinal: index + 1)
            let what = "event \(index + 1) (\(record.kind.rawValue))"
            var attendees: [IRI] = []
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
            var delegations: [IRI] = []
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
            let eventClass: IRI
            switch record.kind {
            case .meeting: eventClass = parties >= 2 ? COMM.Meeting : COMM.Encounter
            case .talks: eventClass = parties >= 2 ? COMM.Talks : COMM.Encounter
            case .call: eventClass = parties >= 2 ? COMM.TelephoneCall : COMM.Encounter
            case .visit: eventClass = COMM.Visit
            case .agreement: eventClass = COMM.AgreementSigning
            }
            buffer.add(articleIRI, Schema.about, iri)
            buffer.type(iri, Schema.Event, eventClass)
            if eventClass == COMM.Talks { buffer.type(iri, COMM.Meeting) }
            for person in attendees { buffer.add(iri, Schema.attendee, person) }
            for organization in delegations { buffer.add(iri, COMM.delegation, organization) }
            if let date = record.date {
                buffer.date(iri, Schema.startDate, date)
                if let end = record.endDate, end >= date { buffer.date(iri, Schema.endDate, end) }
            }
            if let location = record.location {
                if let place = resolve(location) {
                    buffer.add(iri, Schema.location, place)
                } else {
                    diagnostics.append("\(what): the article lists no location \(location); location left out")
                }
            }
            let concept = Self.concept(record.cameoCode, kind: record.kind)
            if concept.code != record.cameoCode {
                diagnostics.append("\(what): \"\(record.cameoCode)\" is not a CAMEO code of Schemas/event-types.ttl; using \(concept.code)")
            }
            buffer.add(iri, COMM.eventType, CAMEO.iri(concept.code))
            writeConcept(concept)
            let label = Self.label(of: eventClass) + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))
                + (record.date.map { " (\($0))" } ?? "")
            buffer.string(iri, RDFS.label, label)
            if let sentence = span(record.evidence.span, text: record.evidence.text, class: NIF.Sentence, what: "evidence of \(what)") {
                buffer.add(iri, COMM.evidence, sentence)
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

    private mutating func writeConcept(_ concept: CAMEO.Concept) {
        let iri = CAMEO.iri(concept.code)
        buffer.type(iri, SKOS.Concept)
        buffer.add(iri, SKOS.notation, .literal(Literal(concept.code)))
        buffer.add(iri, SKOS.prefLabel, .literal(Literal(concept.label, language: "en")))
        buffer.add(iri, SKOS.inScheme, CAMEO.scheme)
    }

    static func label(of eventClass: IRI) -> String {
        switch eventClass {
        case COMM.Meeting: "Meeting"
        case COMM.Talks: "Talks"
        case COMM.TelephoneCall: "Telephone call"
        case COMM.Visit: "Visit"
        case COMM.AgreementSigning: "Agreement signing"
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
            let iri = minter.quotation(ofArticle: article.identifier, ordinal: index + 1)
            buffer.add(articleIRI, Schema.hasPart, iri)
            buffer.type(iri, Schema.Quotation)
            buffer.string(iri, Schema.text, text)
            buffer.add(iri, Schema.creator, speaker)
            if let channel = quotation.reportedBy.flatMap(speakerIRI), channel != speaker {
                buffer.add(iri, COMM.reportedBy, channel)
            }
            if let source = span(quotation.span, text: quotation.text, class: NIF.Phrase, what: what) {
                buffer.add(iri, PROV.wasDerivedFrom, source)
            }
        }
    }

    private func speakerIRI(_ reference: EntityReference) -> IRI? {
        switch reference {
        case .person(let key): persons[key]
        case .organization(let key): organizations[key]
        case .country, .place: nil
        }
    }
}
