/// Well-known namespace prefixes, used when a Turtle or RDF/XML file is written without an
/// explicit prefix map. Writers declare only the prefixes a graph uses.
///
/// The prefixes follow the prefix.cc consensus and each vocabulary's own documentation.
public enum Prefixes {
    /// Prefix → namespace IRI.
    public static let wellKnown: [String: String] = [
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "owl": "http://www.w3.org/2002/07/owl#",
        "sh": "http://www.w3.org/ns/shacl#",
        "schema": "https://schema.org/",
        "org": "http://www.w3.org/ns/org#",
        "prov": "http://www.w3.org/ns/prov#",
        "dcterms": "http://purl.org/dc/terms/",
        "dcat": "http://www.w3.org/ns/dcat#",
        "void": "http://rdfs.org/ns/void#",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
        "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
        "spdx": "http://spdx.org/rdf/terms#",
        "comm": "https://communique.example/vocab#",
        "wd": "http://www.wikidata.org/entity/",
        "geo": "http://www.opengis.net/ont/geosparql#",
    ]

    /// The entries of `prefixes` whose namespace starts at least one IRI of `graph`, sorted by prefix.
    public static func used(by graph: Graph, from prefixes: [String: String]) -> [(prefix: String, iri: String)] {
        guard !prefixes.isEmpty else { return [] }
        var used = Set<String>()
        let candidates = prefixes.sorted { $0.key < $1.key }
        for id in 0..<graph.termCount {
            let iri: String
            switch graph.term(TermID(id)) {
            case .iri(let value): iri = value.string
            case .literal(let literal) where literal.language == nil: iri = literal.datatype.string
            default: continue
            }
            for (prefix, namespace) in candidates where !used.contains(prefix) && iri.hasPrefix(namespace) {
                used.insert(prefix)
            }
            if used.count == candidates.count { break }
        }
        return candidates.filter { used.contains($0.key) }.map { (prefix: $0.key, iri: $0.value) }
    }
}
