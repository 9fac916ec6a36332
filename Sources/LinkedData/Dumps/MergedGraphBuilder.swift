import Foundation
import RDFModel

/// Merges the articles of an export into the one default graph of the Turtle, RDF/XML and
/// N-Triples dumps, and counts what VoID reports, in memory that grows with the number of
/// distinct entities, not with the number of articles.
///
/// An article's own triples (subjects under ``IRIMinter/articleSpace``) can only come from that
/// article and pass straight through. Triples about shared entities repeat in every article that
/// mentions them and are kept once: a set of them is the only thing that grows. When articles
/// disagree on an entity's `schema:name`, the first in input order stays the name and the others
/// become `schema:alternateName`, so the merged graph gives every entity one name.
struct MergedGraphBuilder {
    let minter: IRIMinter
    /// Whether to hold the merged graph too (Turtle, RDF/XML and dot need it; N-Triples does not).
    let keepsGraph: Bool
    private(set) var graph = Graph()
    private(set) var statistics = DatasetStatistics()
    /// The N-Triples lines of the shared triples kept so far.
    private var sharedTriples = Set<LineKey>()
    private var names: [Term: Term] = [:]

    init(minter: IRIMinter, keepsGraph: Bool) {
        self.minter = minter
        self.keepsGraph = keepsGraph
    }

    /// A triple new to the merged graph: the article's triple at `index`, or `renamed`, its
    /// `schema:name` made a `schema:alternateName` because an earlier article named the entity otherwise.
    struct Fresh {
        var index: Int
        var renamed: Triple?
    }

    /// Adds an article; returns the triples new to the merged graph, in the article's order.
    mutating func add(_ article: MappedArticle) -> [Fresh] {
        var fresh: [Fresh] = []
        fresh.reserveCapacity(article.triples.count)
        var localSubjects = 0
        var lastLocal: Term? = nil
        let articleSpace = Array(minter.articleSpace.utf8)
        let base = Array(minter.base.utf8)
        for (index, original) in article.triples.enumerated() {
            var triple = original
            var renamed = false
            guard case .iri(let subject) = triple.subject else { continue }
            if Self.hasPrefix(subject.string, articleSpace) {
                // Sorted lines: an article-local subject's triples are one run.
                if lastLocal != triple.subject {
                    localSubjects += 1
                    lastLocal = triple.subject
                }
            } else {
                if triple.predicate == Schema.name {
                    if let name = names[triple.subject] {
                        if name != triple.object {
                            triple = Triple(triple.subject, Schema.alternateName, triple.object)
                            renamed = true
                        }
                    } else {
                        names[triple.subject] = triple.object
                    }
                }
                let key: LineKey
                if !renamed {
                    key = LineKey(article.lineArena.bytes[article.lineArena.range(index)])
                } else {
                    var line: [UInt8] = []
                    NTriplesEncoding.append(triple, to: &line)
                    key = LineKey(line[...])
                }
                guard sharedTriples.insert(key).inserted else { continue }
                if Self.hasPrefix(subject.string, base) { statistics.sharedEntities.insert(subject.string) }
            }
            statistics.count(triple)
            fresh.append(Fresh(index: index, renamed: renamed ? triple : nil))
        }
        statistics.localEntities += localSubjects
        statistics.documents += 1
        if keepsGraph { graph.insert(contentsOf: fresh.map { $0.renamed ?? article.triples[$0.index] }) }
        return fresh
    }
}

extension MergedGraphBuilder {
    /// Whether the UTF-8 of `string` starts with `prefix`.
    @inline(__always) static func hasPrefix(_ string: String, _ prefix: [UInt8]) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            guard !prefix.isEmpty else { return true }
            guard bytes.count >= prefix.count, let base = bytes.baseAddress else { return false }
            return prefix.withUnsafeBufferPointer { memcmp(base, $0.baseAddress!, prefix.count) == 0 }
        }
    }
}

/// An N-Triples line as a set member: its bytes, hashed as one block.
struct LineKey: Hashable {
    let bytes: [UInt8]

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = Array(bytes) }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    static func == (a: LineKey, b: LineKey) -> Bool { a.bytes == b.bytes }
}

/// What VoID says about a dataset: counts of triples, entities, classes and properties.
struct DatasetStatistics: Sendable {
    /// Distinct triples of the merged graph.
    var triples = 0
    /// Statements of the N-Quads dump (an entity's triples repeat in each article's graph).
    var quads = 0
    /// Articles exported.
    var documents = 0
    /// Distinct article-local subjects.
    var localEntities = 0
    /// Distinct shared subjects under the base IRI.
    var sharedEntities = Set<String>()
    /// Triples per property.
    var properties: [IRI: Int] = [:]
    /// Distinct instances per class (`rdf:type` triples per class).
    var classes: [IRI: Int] = [:]
    /// The earliest and latest `schema:datePublished`.
    var earliest: String?
    var latest: String?

    /// Entities: distinct IRI subjects in the dataset's URI space.
    var entities: Int { localEntities + sharedEntities.count }

    mutating func count(_ triple: Triple) {
        triples += 1
        properties[triple.predicate, default: 0] += 1
        if triple.predicate == RDF.type, case .iri(let c) = triple.object { classes[c, default: 0] += 1 }
        if triple.predicate == Schema.datePublished, case .literal(let date) = triple.object {
            let d = date.lexicalForm
            if earliest.map({ d < $0 }) ?? true { earliest = d }
            if latest.map({ d > $0 }) ?? true { latest = d }
        }
    }
}
