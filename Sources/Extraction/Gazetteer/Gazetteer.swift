import Foundation
import RDFModel
import RDFSyntax

/// The dictionaries the extractor recognizes names with: countries, ranks and honorifics, posts,
/// organizations and places. They are Turtle files (`Sources/Extraction/Gazetteers/*.ttl`, bundled
/// as resources) that a user can read and extend; ``Gazetteer/load(directory:)`` reads any folder
/// of such files, so a user's own dictionaries can replace or extend the bundled ones.
///
/// Vocabulary (`gz:` = `https://w3id.org/communique/gazetteer#`, labels are `skos:prefLabel`/`skos:altLabel`):
/// `gz:Country` (`skos:notation` ISO code, `gz:demonym`, `gz:capital`, `gz:city`), `gz:Rank`, `gz:Honorific`,
/// `gz:NameSuffix`, `gz:Post` (`gz:organizationPattern`, `gz:organizationKind`), `gz:Organization`
/// (`gz:country`, `gz:organizationKind`), `gz:OrganizationHead`, `gz:OrganizationOpener`, `gz:Place`
/// (`gz:placeKind`, `gz:country`).
public struct Gazetteer: Sendable {
    /// The gazetteer vocabulary's namespace.
    public static let namespace = "https://w3id.org/communique/gazetteer#"

    public struct Country: Hashable, Sendable {
        public var code: String
        public var name: String
        public var alternateNames: [String]
        public var demonyms: [String]
        public var capital: String?
        public var cities: [String]
        public init(code: String, name: String, alternateNames: [String] = [], demonyms: [String] = [],
                    capital: String? = nil, cities: [String] = []) {
            self.code = code
            self.name = name
            self.alternateNames = alternateNames
            self.demonyms = demonyms
            self.capital = capital
            self.cities = cities
        }
    }

    /// A rank, honorific or name suffix written next to a name.
    public struct Title: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case rank, honorific, suffix }
        public var name: String
        public var alternateNames: [String]
        public var kind: Kind
        public init(name: String, alternateNames: [String] = [], kind: Kind) {
            self.name = name
            self.alternateNames = alternateNames
            self.kind = kind
        }
    }

    public struct Post: Hashable, Sendable {
        public var title: String
        public var alternateNames: [String]
        /// "{country} Army", "Ministry of Defence", or nil.
        public var organizationPattern: String?
        public var organizationKind: String?
        public init(title: String, alternateNames: [String] = [], organizationPattern: String? = nil, organizationKind: String? = nil) {
            self.title = title
            self.alternateNames = alternateNames
            self.organizationPattern = organizationPattern
            self.organizationKind = organizationKind
        }
    }

    public struct Organization: Hashable, Sendable {
        public var name: String
        public var alternateNames: [String]
        public var country: String?
        public var kind: String
        public init(name: String, alternateNames: [String] = [], country: String? = nil, kind: String = "other") {
            self.name = name
            self.alternateNames = alternateNames
            self.country = country
            self.kind = kind
        }
    }

    public struct Place: Hashable, Sendable {
        public var name: String
        public var alternateNames: [String]
        public var country: String?
        public var kind: String
        public init(name: String, alternateNames: [String] = [], country: String? = nil, kind: String = "other") {
            self.name = name
            self.alternateNames = alternateNames
            self.country = country
            self.kind = kind
        }
    }

    public var countries: [Country] = []
    public var titles: [Title] = []
    public var posts: [Post] = []
    public var organizations: [Organization] = []
    /// Words that end an organization's name ("Committee", "Air Force").
    public var organizationHeads: [String] = []
    /// Phrases that open an organization's name ("Ministry of").
    public var organizationOpeners: [String] = []
    public var places: [Place] = []

    public init() {}

    /// Adds everything in `other`.
    public mutating func merge(_ other: Gazetteer) {
        countries += other.countries
        titles += other.titles
        posts += other.posts
        organizations += other.organizations
        organizationHeads += other.organizationHeads
        organizationOpeners += other.organizationOpeners
        places += other.places
    }

    /// Reads the gazetteer entries of an RDF graph.
    public init(graph: Graph) {
        let gz = Gazetteer.namespace
        func iri(_ local: String) -> IRI { IRI(unchecked: gz + local) }
        func strings(_ subject: Term, _ predicate: IRI) -> [String] {
            graph.objects(of: subject, predicate).compactMap { $0.literal?.lexicalForm }.sorted()
        }
        func string(_ subject: Term, _ predicate: IRI) -> String? { strings(subject, predicate).first }
        for s in graph.instances(of: iri("Country")).sorted() {
            guard let code = string(s, SKOS.notation), let name = string(s, SKOS.prefLabel) else { continue }
            countries.append(Country(code: code, name: name, alternateNames: strings(s, SKOS.altLabel),
                                     demonyms: strings(s, iri("demonym")), capital: string(s, iri("capital")),
                                     cities: strings(s, iri("city"))))
        }
        for (cls, kind) in [("Rank", Title.Kind.rank), ("Honorific", .honorific), ("NameSuffix", .suffix)] {
            for s in graph.instances(of: iri(cls)).sorted() {
                guard let name = string(s, SKOS.prefLabel) else { continue }
                titles.append(Title(name: name, alternateNames: strings(s, SKOS.altLabel), kind: kind))
            }
        }
        for s in graph.instances(of: iri("Post")).sorted() {
            guard let name = string(s, SKOS.prefLabel) else { continue }
            posts.append(Post(title: name, alternateNames: strings(s, SKOS.altLabel),
                              organizationPattern: string(s, iri("organizationPattern")),
                              organizationKind: string(s, iri("organizationKind"))))
        }
        for s in graph.instances(of: iri("Organization")).sorted() {
            guard let name = string(s, SKOS.prefLabel) else { continue }
            organizations.append(Organization(name: name, alternateNames: strings(s, SKOS.altLabel),
                                              country: string(s, iri("country")),
                                              kind: string(s, iri("organizationKind")) ?? "other"))
        }
        for s in graph.instances(of: iri("OrganizationHead")).sorted() {
            if let name = string(s, SKOS.prefLabel) { organizationHeads.append(name) }
        }
        for s in graph.instances(of: iri("OrganizationOpener")).sorted() {
            if let name = string(s, SKOS.prefLabel) { organizationOpeners.append(name) }
        }
        for s in graph.instances(of: iri("Place")).sorted() {
            guard let name = string(s, SKOS.prefLabel) else { continue }
            places.append(Place(name: name, alternateNames: strings(s, SKOS.altLabel), country: string(s, iri("country")),
                                kind: string(s, iri("placeKind")) ?? "other"))
        }
    }

    /// Reads every `.ttl` file of a folder.
    /// - Throws: `RDFSyntaxError` for a file that is not valid Turtle, with its location.
    public static func load(directory: String) throws -> Gazetteer {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".ttl") }.sorted()
        var gazetteer = Gazetteer()
        for name in names {
            let graph = try RDFParser.parse(file: directory + "/" + name, format: .turtle)
            gazetteer.merge(Gazetteer(graph: graph))
        }
        return gazetteer
    }

    /// The folder of the bundled gazetteers.
    public static var bundledDirectory: String? {
        Bundle.module.url(forResource: "Gazetteers", withExtension: nil)?.path
    }

    /// The bundled gazetteers, read once.
    /// - Throws: when the bundled files are missing or not valid Turtle.
    public static func bundled() throws -> Gazetteer {
        try BundledGazetteer.shared.get()
    }
}

/// Reads the bundled gazetteer once per process.
private enum BundledGazetteer {
    static let shared: Result<Gazetteer, any Error> = {
        guard let directory = Gazetteer.bundledDirectory else {
            return .failure(GazetteerError(message: "the bundled Gazetteers folder is missing from the Extraction resources"))
        }
        return Result { try Gazetteer.load(directory: directory) }
    }()
}

/// A problem with the gazetteer files.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
