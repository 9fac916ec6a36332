import Articles
import Extraction
import RDFModel

/// Maps what the extractor found in one article to RDF in the Communique vocabulary
/// (Schemas/communique.ttl), so that the evaluation profile's SPARQL patterns answer it.
///
/// ```turtle
/// <…/article/000_4ff5d05d431df1af> a schema:NewsArticle ;
///     schema:identifier "000_4ff5d05d431df1af" ; schema:datePublished "2022-02-18"^^xsd:date ;
///     schema:mentions <…/person/qamar-javed-bajwa>, <…/country/be> ;
///     schema:about <…/article/000_4ff5d05d431df1af/event/1> ;
///     schema:hasPart <…/article/000_4ff5d05d431df1af/quotation/1> .
/// <…/person/qamar-javed-bajwa> a schema:Person ; schema:name "Qamar Javed Bajwa" ;
///     schema:alternateName "Gen Bajwa" ; org:holds <…/post/pakistan-army/chief-of-army-staff> .
/// <…/article/000_4ff5d05d431df1af/event/1> a schema:Event, comm:Meeting ;
///     schema:attendee <…/person/qamar-javed-bajwa>, <…/person/ludivine-dedonder> ;
///     schema:startDate "2022-02-18"^^xsd:date ; schema:location <…/country/be> ;
///     comm:eventType cameo:042 ; comm:evidence <…/text#char=301,475> .
/// ```
///
/// Every mention of an entity becomes a NIF string (`nif:beginIndex`, `nif:endIndex`,
/// `nif:anchorOf`, `nif:referenceContext`, `itsrdf:taIdentRef`); events point at their
/// evidence sentence, quotations and post holdings at their spans. No blank nodes.
///
/// A fact that points at an entity the article does not list is left out and reported in
/// ``MappedArticle/diagnostics``, never written half.
public struct ArticleMapper: Sendable {
    /// Mints every IRI.
    public let minter: IRIMinter
    /// The keys persons and organizations are minted from (``IdentityKeys``: one IRI per
    /// person and per body whatever the spelling); `nil`: the extractor's keys as they are.
    public let identity: IdentityKeys?

    /// A mapper minting with `minter`, persons and organizations keyed by `identity` (the
    /// bundled name variants unless given).
    public init(minter: IRIMinter, identity: IdentityKeys? = try? IdentityKeys.bundled()) {
        self.minter = minter
        self.identity = identity
    }

    /// Maps one article. - Complexity: O(n log n) in the number of triples.
    public func map(_ extracted: ExtractedArticle) -> MappedArticle {
        var context = MappingContext(minter: minter, identity: identity, article: extracted)
        context.mapArticle()
        context.mapCountries()
        context.mapPlaces()
        context.mapOrganizations()
        context.mapPersons()
        context.mapPosts()
        context.mapEvents()
        context.mapQuotations()
        let sorted = context.buffer.sortedTable()
        return MappedArticle(
            identifier: extracted.identifier, article: context.articleIRI,
            graphName: minter.graph(ofArticle: context.articleIRI), terms: sorted.terms, termBytes: sorted.encoded,
            statements: sorted.statements, lineArena: sorted.lines, diagnostics: context.diagnostics)
    }
}

/// The state of mapping one article: its terms by entity key, the triples so far, the diagnostics.
struct MappingContext {
    let minter: IRIMinter
    let identity: IdentityKeys?
    let article: ExtractedArticle
    let articleIRI: IRI
    let textLength: Int
    var buffer = TripleBuffer()
    let articleRef: TermRef
    /// The NIF context: the whole text of the article, which every span refers to.
    let contextRef: TermRef
    var diagnostics: [String] = []

    var persons: [String: TermRef] = [:]
    var personNationality: [String: String] = [:]
    var organizations: [String: TermRef] = [:]
    var countries: [String: TermRef] = [:]
    var countryNames: [String: String] = [:]
    var places: [String: TermRef] = [:]
    /// Persons and organizations whose type and name are written (two keys may share an IRI).
    var described: Set<TermRef> = []
    var contextWritten = false

    init(minter: IRIMinter, identity: IdentityKeys?, article: ExtractedArticle) {
        self.minter = minter
        self.identity = identity
        self.article = article
        self.articleIRI = minter.article(article.identifier)
        self.textLength = Self.scalarCount(article.text)
        articleRef = buffer.ref(articleIRI)
        contextRef = buffer.ref(minter.span(ofArticle: articleIRI, start: 0, end: textLength))
    }

    mutating func mapArticle() {
        buffer.type(articleRef, .schemaNewsArticle)
        buffer.add(articleRef, .schemaIdentifier, Literal(article.identifier))
        if let date = article.datePublished { buffer.date(articleRef, .schemaDatePublished, date) }
        if let title = article.title { buffer.string(articleRef, .schemaHeadline, title) }
        // The page's own metadata: its canonical URL (an absolute http(s) IRI, else left out), the
        // authors it names and its language.
        if let url = article.url, url.hasPrefix("http://") || url.hasPrefix("https://"),
           !url.contains(where: { " <>\"{}|\\^`".contains($0) || $0.isNewline }), let iri = try? IRI(url) {
            let urlRef = buffer.ref(iri)
            buffer.add(articleRef, .schemaUrl, urlRef)
        }
        for author in article.authors where !author.isEmpty { buffer.string(articleRef, .schemaAuthor, author) }
        if let language = article.language, !language.isEmpty, language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            buffer.string(articleRef, .schemaInLanguage, language)
        }
    }

    // MARK: Provenance (NIF)

    private mutating func writeContext() {
        guard !contextWritten else { return }
        contextWritten = true
        let context = contextRef
        buffer.type(context, .nifContext)
        buffer.count(context, .nifBeginIndex, 0)
        buffer.count(context, .nifEndIndex, textLength)
        buffer.add(context, .nifSourceUrl, articleRef)
    }

    /// Writes a span of the text as a NIF string of class `nifClass` and returns its term,
    /// or `nil` (with a diagnostic) when the span lies outside the text.
    mutating func span(_ span: TextSpan, text: String, class nifClass: VocabularyTerm, what: @autoclosure () -> String) -> TermRef? {
        guard span.start >= 0, span.end <= textLength, span.start <= span.end else {
            diagnostics.append("\(what()): span \(span) lies outside the text (\(textLength) characters); left out")
            return nil
        }
        writeContext()
        let iri = buffer.uniqueRef(minter.span(ofArticle: articleIRI, start: span.start, end: span.end))
        buffer.type(iri, nifClass)
        buffer.count(iri, .nifBeginIndex, span.start)
        buffer.count(iri, .nifEndIndex, span.end)
        buffer.string(iri, .nifAnchorOf, text)
        buffer.add(iri, .nifReferenceContext, contextRef)
        return iri
    }

    /// Writes the mentions of an entity, each linked to it with `itsrdf:taIdentRef`.
    mutating func mentions(_ mentions: [Mention], of entity: TermRef, what: @autoclosure () -> String) {
        for mention in mentions {
            if let iri = span(mention.span, text: mention.text, class: .nifPhrase, what: "mention of \(what())") {
                buffer.add(iri, .itsrdfTaIdentRef, entity)
            }
        }
    }

    // MARK: Helpers

    /// `text.unicodeScalars.count`, counted on the UTF-8 bytes: every scalar has one byte that
    /// is not a continuation byte (10xxxxxx).
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Whether a string is an ISO 3166-1 alpha-2 code.
    static func isCountryCode(_ code: String) -> Bool {
        code.unicodeScalars.count == 2 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
    }

    /// Alternate names: cleaned, without the name itself, without duplicates.
    static func alternates(_ names: [String], excluding name: String) -> [String] {
        guard !names.isEmpty else { return [] }
        var out: [String] = []
        if names.count <= 16 {  // a few names: looking through them beats hashing them
            for n in names {
                let cleaned = LiteralText.clean(n)
                if !cleaned.isEmpty, cleaned != name, !out.contains(cleaned) { out.append(cleaned) }
            }
            return out
        }
        var seen: Set<String> = [name]
        for n in names {
            let cleaned = LiteralText.clean(n)
            if !cleaned.isEmpty, seen.insert(cleaned).inserted { out.append(cleaned) }
        }
        return out
    }

    /// The term an entity reference stands for in this article, if the article lists the entity.
    mutating func resolve(_ reference: EntityReference) -> TermRef? {
        switch reference {
        case .person(let key): persons[key]
        case .organization(let key): organizations[key]
        case .country(let code): Self.isCountryCode(code) ? (countries[code.uppercased()] ?? buffer.ref(minter.country(code))) : nil
        case .place(let key): places[key]
        }
    }
}
