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
            let iri = minter.country(code)
            if countries[code] == nil {
                countries[code] = iri
                countryNames[code] = name
                buffer.type(iri, Schema.Country)
                buffer.string(iri, Schema.name, name)
                buffer.string(iri, Schema.identifier, code)
                buffer.add(articleIRI, Schema.mentions, iri)
            }
            mentions(country.mentions, of: iri, what: "country \(code)")
        }
    }

    mutating func mapPlaces() {
        for place in article.places {
            let name = LiteralText.clean(place.name)
            guard !name.isEmpty else { continue }
            let iri = minter.place(place.key)
            if places[place.key] == nil {
                places[place.key] = iri
                let kindClass: IRI? =
                    switch place.kind {
                    case .city: Schema.City
                    case .building: Schema.CivicStructure
                    case .region: Schema.AdministrativeArea
                    case .other: nil
                    }
                buffer.type(iri, Schema.Place)
                if let kindClass { buffer.type(iri, kindClass) }
                buffer.string(iri, Schema.name, name)
                for alt in Self.alternates(place.alternateNames, excluding: name) { buffer.string(iri, Schema.alternateName, alt) }
                if let code = place.country, Self.isCountryCode(code) {
                    buffer.add(iri, Schema.containedInPlace, minter.country(code))
                }
                buffer.add(articleIRI, Schema.mentions, iri)
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
            let iri = minter.organization(organization.key)
            if organizations[organization.key] == nil {
                organizations[organization.key] = iri
                buffer.type(iri, Schema.Organization, ORG.Organization)
                for c in Self.classes(of: organization.kind) { buffer.type(iri, c) }
                buffer.string(iri, Schema.name, name)
                for alt in Self.alternates(organization.alternateNames, excluding: name) {
                    buffer.string(iri, Schema.alternateName, alt)
                }
                if let code = organization.country, Self.isCountryCode(code) {
                    buffer.add(iri, Schema.location, minter.country(code))
                }
                buffer.add(articleIRI, Schema.mentions, iri)
            }
            mentions(organization.mentions, of: iri, what: "organization \(organization.key)")
        }
    }

    /// The classes beyond schema:Organization and org:Organization that a kind adds.
    static func classes(of kind: OrganizationKind) -> [IRI] {
        switch kind {
        case .armedForces: [Schema.GovernmentOrganization, COMM.ArmedForces]
        case .ministry: [Schema.GovernmentOrganization, COMM.Ministry]
        case .governmentAgency: [Schema.GovernmentOrganization]
        case .government: [Schema.GovernmentOrganization, COMM.Government]
        case .committee: [COMM.Committee]
        case .embassy: [Schema.GovernmentOrganization, COMM.Embassy]
        case .politicalParty: [COMM.PoliticalParty]
        case .newsAgency: [Schema.NewsMediaOrganization, COMM.NewsAgency]
        case .newsMedia: [Schema.NewsMediaOrganization]
        case .intergovernmental: [COMM.IntergovernmentalOrganization]
        case .company: [Schema.Corporation]
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
            let iri = minter.person(person.key)
            if persons[person.key] == nil {
                persons[person.key] = iri
                buffer.type(iri, Schema.Person)
                buffer.string(iri, Schema.name, name)
                for alt in Self.alternates(person.alternateNames, excluding: name) {
                    buffer.string(iri, Schema.alternateName, alt)
                }
                if let honorific = person.honorific { buffer.string(iri, Schema.honorificPrefix, honorific) }
                if let code = person.nationality, Self.isCountryCode(code) {
                    buffer.add(iri, Schema.nationality, minter.country(code))
                    personNationality[person.key] = code.uppercased()
                }
                buffer.add(articleIRI, Schema.mentions, iri)
            }
            mentions(person.mentions, of: iri, what: "person \(person.key)")
        }
    }
}
