import RDFModel

/// The triples that one article contributes to an export, ready to write.
///
/// The triples are sorted and free of duplicates, so the same article always gives the same
/// lines. Triples about shared entities (persons, organizations, countries, places, posts,
/// event types) repeat in every article that mentions them; everything else has a subject
/// under ``IRIMinter/articleSpace`` and belongs to this article alone.
public struct MappedArticle: Sendable {
    /// The article's identifier (its file stem), `schema:identifier`.
    public let identifier: String
    /// The article's IRI.
    public let article: IRI
    /// The named graph that holds the article's triples in N-Quads.
    public let graphName: IRI
    /// The triples, sorted by term, without duplicates.
    public let triples: [Triple]
    /// What the mapper left out and why (a fact pointing at an entity the article does not
    /// list, a span outside the text …), one message per line, without the path.
    public let diagnostics: [String]

    public init(identifier: String, article: IRI, graphName: IRI, triples: [Triple], diagnostics: [String]) {
        self.identifier = identifier
        self.article = article
        self.graphName = graphName
        self.triples = triples
        self.diagnostics = diagnostics
    }

    /// The article's triples as a graph.
    public var graph: Graph { Graph(triples) }
}
