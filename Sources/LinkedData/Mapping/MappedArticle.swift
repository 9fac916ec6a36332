import RDFModel

/// The triples that one article contributes to an export, ready to write.
///
/// The triples are free of duplicates and sorted by their N-Triples form, so the same article
/// always gives the same lines. Triples about shared entities (persons, organizations, countries, places, posts,
/// event types) repeat in every article that mentions them; everything else has a subject
/// under ``IRIMinter/articleSpace`` and belongs to this article alone.
///
/// The article is kept as a table of its terms (each with its N-Triples bytes) and statements
/// of term indices, beside the lines' bytes; ``triples`` are made from them when asked for.
public struct MappedArticle: Sendable {
    /// The article's identifier (its file stem), `schema:identifier`.
    public let identifier: String
    /// The article's IRI.
    public let article: IRI
    /// The named graph that holds the article's triples in N-Quads.
    public let graphName: IRI
    /// The triples, without duplicates, sorted by their N-Triples form.
    public var triples: [Triple] { statements.indices.map(triple(at:)) }
    /// The N-Triples form of each triple, without the final ` .`, in the same order.
    public var lines: [String] { Array(lineArena) }
    /// The same lines' bytes, end to end.
    let lineArena: LineArena
    /// The terms the statements refer to (of a mapped article: two with the same bytes are one,
    /// and only the first is named by the statements).
    let terms: [Term]
    /// Each term's N-Triples bytes, in the order of ``terms``.
    let termBytes: LineArena
    /// The triples as indices into ``terms``, in the order of the lines.
    let statements: [Statement]
    /// What the mapper left out and why (a fact pointing at an entity the article does not
    /// list, a span outside the text …), one message per line, without the path.
    public let diagnostics: [String]

    /// An article of triples as given (neither sorted nor made distinct), with their lines
    /// (their N-Triples forms without the final ` .` unless given).
    public init(identifier: String, article: IRI, graphName: IRI, triples: [Triple], lines: [String]? = nil, diagnostics: [String]) {
        var buffer = TripleBuffer()
        for triple in triples {
            buffer.add(buffer.ref(triple.subject), buffer.ref(.iri(triple.predicate)), buffer.ref(triple.object))
        }
        let table = buffer.unsortedTable
        self.init(
            identifier: identifier, article: article, graphName: graphName, terms: table.terms, termBytes: table.encoded,
            statements: table.statements,
            lineArena: lines.map(LineArena.init) ?? TripleBuffer.lines(of: table.statements, encoded: table.encoded),
            diagnostics: diagnostics)
    }

    init(
        identifier: String, article: IRI, graphName: IRI, terms: [Term], termBytes: LineArena, statements: [Statement],
        lineArena: LineArena, diagnostics: [String]
    ) {
        self.identifier = identifier
        self.article = article
        self.graphName = graphName
        self.terms = terms
        self.termBytes = termBytes
        self.statements = statements
        self.lineArena = lineArena
        self.diagnostics = diagnostics
    }

    /// Triple `i` (the one of line `i`).
    func triple(at i: Int) -> Triple {
        let s = statements[i]
        guard case .iri(let predicate) = terms[Int(s.predicate)] else { preconditionFailure("a predicate is an IRI") }
        return Triple(terms[Int(s.subject)], predicate, terms[Int(s.object)])
    }

    /// The article's triples as a graph.
    public var graph: Graph { Graph(triples) }
}
