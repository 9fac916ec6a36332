import RDFModel

/// The triples that one article contributes to an export, ready to write.
///
/// The triples are free of duplicates and sorted by their N-Triples form, so the same article
/// always gives the same lines. Triples about shared entities (persons, organizations, countries, places, posts,
/// event types) repeat in every article that mentions them; everything else has a subject
/// under ``IRIMinter/articleSpace`` and belongs to this article alone.
public struct MappedArticle: Sendable {
    /// The article's identifier (its file stem), `schema:identifier`.
    public let identifier: String
    /// The article's IRI.
    public let article: IRI
    /// The named graph that holds the article's triples in N-Quads.
    public let graphName: IRI
    /// The triples, without duplicates, sorted by their N-Triples form.
    public let triples: [Triple]
    /// The N-Triples form of each triple, without the final ` .`, in the same order.
    public var lines: [String] { Array(lineArena) }
    /// The same lines' bytes, end to end.
    let lineArena: LineArena
    /// What the mapper left out and why (a fact pointing at an entity the article does not
    /// list, a span outside the text …), one message per line, without the path.
    public let diagnostics: [String]

    public init(identifier: String, article: IRI, graphName: IRI, triples: [Triple], lines: [String]? = nil, diagnostics: [String]) {
        self.identifier = identifier
        self.article = article
        self.graphName = graphName
        self.triples = triples
        self.lineArena = LineArena(lines ?? triples.map(\.ntriplesLine))
        self.diagnostics = diagnostics
    }

    init(identifier: String, article: IRI, graphName: IRI, triples: [Triple], lineArena: LineArena, diagnostics: [String]) {
        self.identifier = identifier
        self.article = article
        self.graphName = graphName
        self.triples = triples
        self.lineArena = lineArena
        self.diagnostics = diagnostics
    }

    /// The article's triples as a graph.
    public var graph: Graph { Graph(triples) }
}
