import Extraction
import RDFModel

/// Persons, organizations, countries and places: shared entities, mentioned by the article.
extension MappingContext {
    mutating func mapCountries() {
        for country in article.countries {
            guard Self.isCountryCode(country.code) else {
                diagnostics.append("country \"\(country.name)\": \"\(country.code)\" is not an ISO 3166-1 alpha-2 code; left out")
                continue
            }
            let code = country.code.uppercased()
            let name = LiteralText.clean(country.name)
            guard !name.isEmpty else { continue }
            let iri = buffer.ref(minter.country(code))
            if countries[code] == nil {
                countries[code] = iri
                countryNames[code] = name
                buffer.type(iri, .schemaCountry)
                buffer.string(iri, .schemaName, name)
                buffer.string(iri, .schemaIdentifier, code)
                buffer.add(articleRef, .schemaMentions, iri)
            }
            mentions(country.mentions, of: iri, what: "country \(code)")
        }
    }

    mutating func mapPlaces() {
        for place in article.places {
            let name = LiteralText.clean(place.name)
            guard !name.isEmpty else { continue }
            let iri = buffer.ref(minter.place(place.key))
            if places[place.key] == nil {
                places[place.key] = iri
                let kindClass: VocabularyTerm? =
                    switch place.kind {
                    case .city: .schemaCity
                    case .building: .schemaCivicStructure
                    case .region: .schemaAdministrativeArea
                    case .other: nil
                    }
                buffer.type(iri, .schemaPlace)
                if let kindClass { buffer.type(iri, kindClass) }
                buffer.string(iri, .schemaName, name)
                for alt in Self.alternates(place.alternateNames, excluding: name) { buffer.string(iri, .schemaAlternateName, alt) }
                if let code = place.country, Self.isCountryCode(code) {
                    let country = buffer.ref(minter.country(code))
                    buffer.add(iri, .schemaContainedInPlace, country)
                }
                buffer.add(articleRef, .schemaMentions, iri)
            }
            mentions(place.mentions, of: iri, what: "place \(place.key)")
        }
    }

    mutating func mapOrganizations() {
        for organization in article.organizations {
            let name = LiteralText.clean(organization.name)
            guard !name.isEmpty else {
                diagnostics.append("organization \(organization.key): no name; left out")
                continue
            }
            let iri = buffer.ref(minter.organization(identity?.organization(key: organization.key, name: organization.name) ?? organization.key))
            if organizations[organization.key] == nil {
                organizations[organization.key] = iri
                // Two spellings of one body in one article: one IRI, described once.
                guard described.insert(iri).inserted else {
                    for alt in Self.alternates([organization.name] + organization.alternateNames, excluding: "") {
                        buffer.string(iri, .schemaAlternateName, alt)
                    }
                    mentions(organization.mentions, of: iri, what: "organization \(organization.key)")
                    continue
                }
                buffer.type(iri, .schemaOrganization, .orgOrganization)
                for c in Self.classes(of: organization.kind) { buffer.type(iri, c) }
                buffer.string(iri, .schemaName, name)
                for alt in Self.alternates(organization.alternateNames, excluding: name) {
                    buffer.string(iri, .schemaAlternateName, alt)
                }
                if let code = organization.country, Self.isCountryCode(code) {
                    let country = buffer.ref(minter.country(code))
                    buffer.add(iri, .schemaLocation, country)
                }
                buffer.add(articleRef, .schemaMentions, iri)
            }
            mentions(organization.mentions, of: iri, what: "organization \(organization.key)")
        }
    }

    /// The classes beyond schema:Organization and org:Organization that a kind adds.
    static func classes(of kind: OrganizationKind) -> [VocabularyTerm] {
        switch kind {
        case .armedForces: [.schemaGovernmentOrganization, .commArmedForces]
        case .ministry: [.schemaGovernmentOrganization, .commMinistry]
        case .governmentAgency: [.schemaGovernmentOrganization]
        case .government: [.schemaGovernmentOrganization, .commGovernment]
        case .committee: [.commCommittee]
        case .embassy: [.schemaGovernmentOrganization, .commEmbassy]
        case .politicalParty: [.commPoliticalParty]
        case .newsAgency: [.schemaNewsMediaOrganization, .commNewsAgency]
        case .newsMedia: [.schemaNewsMediaOrganization]
        case .intergovernmental: [.commIntergovernmentalOrganization]
        case .company: [.schemaCorporation]
        case .other: []
        }
    }

    mutating func mapPersons() {
        for person in article.persons {
            let name = LiteralText.clean(person.name)
            guard !name.isEmpty else {
                diagnostics.append("person \(person.key): no name; left out")
                continue
            }
            let iri = buffer.ref(minter.person(identity?.person(person.name).key ?? person.key))
            if persons[person.key] == nil {
                persons[person.key] = iri
                // Two spellings of one name in one article ("Nick" and "Nicholas"): one IRI, described once.
                guard described.insert(iri).inserted else {
                    for alt in Self.alternates([person.name] + person.alternateNames, excluding: "") {
                        buffer.string(iri, .schemaAlternateName, alt)
                    }
                    if let code = person.nationality, Self.isCountryCode(code), personNationality[person.key] == nil {
                        personNationality[person.key] = code.uppercased()
                    }
                    mentions(person.mentions, of: iri, what: "person \(person.key)")
                    continue
                }
                buffer.type(iri, .schemaPerson)
                buffer.string(iri, .schemaName, name)
                for alt in Self.alternates(person.alternateNames, excluding: name) {
                    buffer.string(iri, .schemaAlternateName, alt)
                }
                if let honorific = person.honorific { buffer.string(iri, .schemaHonorificPrefix, honorific) }
                if let code = person.nationality, Self.isCountryCode(code) {
                    let country = buffer.ref(minter.country(code))
                    buffer.add(iri, .schemaNationality, country)
                    personNationality[person.key] = code.uppercased()
                }
                buffer.add(articleRef, .schemaMentions, iri)
            }
            mentions(person.mentions, of: iri, what: "person \(person.key)")
        }
    }
}
