import RDFModel

/// The answers a graph gives to the evaluation profile's patterns (rows 1–8), read with plain
/// pattern matching, no inference: the same bindings as score.py's SPARQL queries.
struct ProfileAnswers {
    /// Node key: `<iri>` or `_:label`, as score.py writes them.
    static func key(_ t: Term) -> String? {
        switch t {
        case .iri(let i): "<\(i.string)>"
        case .blankNode(let b): "_:\(b.id)"
        case .literal: nil
        }
    }

    var names: [String: Set<String>] = [:]
    var articles: [String: [String]] = [:]              // identifier → article nodes
    var published: [String: [Literal]] = [:]
    var mentions: [String: [String: [String: Set<String>]]] = [:]   // kind → article → node → names
    var holds: [String: [String: (labels: Set<String>, hasOrg: Bool)]] = [:]
    var events: [String: [String: (attendees: Set<String>, dates: Set<String>)]] = [:]
    var quotes: [String: [String: (texts: Set<String>, creators: Set<String>)]] = [:]

    init(_ g: Graph) {
        for t in g.triples(predicate: Schema.name) {
            if let k = Self.key(t.subject), let l = t.object.literal { names[k, default: []].insert(l.lexicalForm) }
        }
        let newsArticles = g.instances(of: Schema.NewsArticle)
        let typed: (Term, IRI) -> Bool = { g.contains(Triple($0, RDF.type, .iri($1))) }
        for a in newsArticles {
            guard let ak = Self.key(a) else { continue }
            for id in g.objects(of: a, Schema.identifier) {
                if let l = id.literal, !(articles[l.lexicalForm]?.contains(ak) ?? false) { articles[l.lexicalForm, default: []].append(ak) }
            }
            for d in g.objects(of: a, Schema.datePublished) { if let l = d.literal { published[ak, default: []].append(l) } }
            for x in g.objects(of: a, Schema.mentions) {
                guard let xk = Self.key(x) else { continue }
                for (kind, cls) in [("persons", Schema.Person), ("organizations", Schema.Organization), ("countries", Schema.Country)]
                where typed(x, cls) {
                    for n in g.objects(of: x, Schema.name) {
                        if let l = n.literal { mentions[kind, default: [:]][ak, default: [:]][xk, default: []].insert(l.lexicalForm) }
                    }
                }
            }
            for e in g.objects(of: a, Schema.about) where typed(e, Schema.Event) {
                guard let ek = Self.key(e) else { continue }
                let attendees = g.objects(of: e, Schema.attendee)
                guard !attendees.isEmpty else { continue }
                var entry = events[ak, default: [:]][ek] ?? ([], [])
                for x in attendees { if let k = Self.key(x) { entry.attendees.insert(k) } }
                for d in g.objects(of: e, Schema.startDate) {
                    if let l = d.literal, let date = Self.lexicalDate(l.lexicalForm) { entry.dates.insert(date) }
                }
                events[ak, default: [:]][ek] = entry
            }
            for q in g.objects(of: a, Schema.hasPart) where typed(q, Schema.Quotation) {
                guard let qk = Self.key(q) else { continue }
                let texts = g.objects(of: q, Schema.text)
                guard !texts.isEmpty else { continue }
                var entry = quotes[ak, default: [:]][qk] ?? ([], [])
                for t in texts { if let l = t.literal { entry.texts.insert(l.lexicalForm) } }
                for c in g.objects(of: q, Schema.creator) { if let k = Self.key(c) { entry.creators.insert(k) } }
                quotes[ak, default: [:]][qk] = entry
            }
        }
        for t in g.triples(predicate: ORG.holds) {
            guard let xk = Self.key(t.subject), let pk = Self.key(t.object), typed(t.object, ORG.Post) else { continue }
            let labels = g.objects(of: t.object, RDFS.label).compactMap { $0.literal?.lexicalForm }
            guard !labels.isEmpty else { continue }
            var entry = holds[xk, default: [:]][pk] ?? ([], false)
            entry.labels.formUnion(labels)
            entry.hasOrg = entry.hasOrg || !g.objects(of: t.object, ORG.postIn).isEmpty
            holds[xk, default: [:]][pk] = entry
        }
    }

    static func lexicalDate(_ s: String) -> String? {
        let trimmed = s.drop(while: { $0 == " " })
        guard trimmed.count >= 10 else { return nil }
        let d = String(trimmed.prefix(10))
        let ok = d.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber }
        return ok ? d : nil
    }
}
