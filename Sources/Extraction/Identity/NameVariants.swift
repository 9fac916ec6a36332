import Foundation
import RDFModel
import RDFSyntax

/// The spellings that name one person or one body, read from `Gazetteers/names.ttl`: the data
/// behind ``PersonNameKey`` and ``OrganizationNameKey``.
///
/// Every label is folded with ``NameFolding`` when it is read, so the file can be written in
/// any case. The classes (`gz:` = `https://w3id.org/communique/gazetteer#`; `skos:prefLabel`
/// the form keys use, `skos:altLabel` the others):
///
/// | class | what | example |
/// |---|---|---|
/// | `gz:NameSpelling` | one word of a person's name transliterated several ways | sergei ← sergey |
/// | `gz:GivenNameShortForm` | short forms of a given name (first word only) | nicholas ← nick |
/// | `gz:NameParticle` | words that join the parts of a name, left out of keys | bin, al, van, de |
/// | `gz:GenerationalSuffix` | Jr, Sr, II: names that differ in one name two persons | jr ← junior |
/// | `gz:OrganizationSpelling` | one word of a body's name spelled two ways | defence ← defense |
/// | `gz:InvertedOrganizationHead` | "X Ministry" is "Ministry of X" | ministry |
/// | `gz:NationalBodyHead` | "<country> Army": the country keyed by its name | army, air force |
public struct NameVariants: Sendable, Hashable {
    /// Folded word → the spelling keys use (every word of a person's name).
    public var spellings: [String: String] = [:]
    /// Folded short form → full given name (the first word of a person's name).
    public var givenNames: [String: String] = [:]
    /// Folded particle → its canonical spelling.
    public var particles: [String: String] = [:]
    /// Folded generational suffix → its canonical spelling.
    public var generationalSuffixes: [String: String] = [:]
    /// Folded word of an organization's name → the spelling keys use.
    public var organizationSpellings: [String: String] = [:]
    /// Head words written after what they govern as often as before it ("Defence Ministry").
    public var invertedHeads: Set<String> = []
    /// The heads of national bodies named after a country, as folded words ("air force" → ["air", "force"]).
    public var nationalBodyHeads: [[String]] = []

    /// No variants: keys are the folded names.
    public init() {}

    /// Reads the variants of an RDF graph (the classes above; other triples are ignored).
    public init(graph: Graph) {
        let gz = Gazetteer.namespace
        func labels(_ subject: Term, _ predicate: IRI) -> [String] {
            graph.objects(of: subject, predicate).compactMap { $0.literal.map { NameFolding.phrase($0.lexicalForm) } }
                .filter { !$0.isEmpty }.sorted()
        }
        func table(_ cls: String) -> [String: String] {
            var table: [String: String] = [:]
            for s in graph.instances(of: IRI(unchecked: gz + cls)).sorted() {
                guard let preferred = labels(s, SKOS.prefLabel).first else { continue }
                table[preferred] = preferred
                for alt in labels(s, SKOS.altLabel) where table[alt] == nil { table[alt] = preferred }
            }
            return table
        }
        spellings = table("NameSpelling")
        givenNames = table("GivenNameShortForm")
        particles = table("NameParticle")
        generationalSuffixes = table("GenerationalSuffix")
        organizationSpellings = table("OrganizationSpelling")
        invertedHeads = Set(table("InvertedOrganizationHead").keys)
        nationalBodyHeads = table("NationalBodyHead").keys.sorted().map { $0.split(separator: " ").map(String.init) }
            .sorted { $0.count > $1.count }
    }

    /// The name of the file in a gazetteer folder that holds the variants.
    public static let fileName = "names.ttl"

    /// Reads `names.ttl` of a gazetteer folder; no variants when the folder has none.
    /// - Throws: `RDFSyntaxError` when the file is not valid Turtle, with its location.
    public static func load(directory: String) throws -> NameVariants {
        let path = directory + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return NameVariants() }
        return NameVariants(graph: try RDFParser.parse(file: path, format: .turtle))
    }
}
