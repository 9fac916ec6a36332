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
    /// The N-Triples lines of the shared triples kept so far.
    private var sharedTriples = ByteStringTable(capacity: 1 << 16)
    /// Shared subjects under the base IRI, as N-Triples terms.
    private var sharedEntities = ByteStringTable(capacity: 1 << 12)
    /// Subjects with a `schema:name` (as N-Triples terms), and per subject, its name's number in ``nameValues``.
    private var namedSubjects = ByteStringTable(capacity: 1 << 12)
    private var names: [Int] = []
    private var nameValues = ByteStringTable(capacity: 1 << 12)
    /// Counts by predicate and by class, numbered in the tables' order.
    private var predicates = ByteStringTable(capacity: 256)
    private var predicateIRIs: [IRI] = []
    private var predicateCounts: [Int] = []
    private var classes = ByteStringTable(capacity: 256)
    private var classIRIs: [IRI] = []
    private var classCounts: [Int] = []
    private var counts = DatasetStatistics()
    private let articleSpace: [UInt8]
    private let base: [UInt8]
    private static let name = VocabularyTerm.encoded[VocabularyTerm.schemaName.rawValue]
    private static let type = VocabularyTerm.encoded[VocabularyTerm.rdfType.rawValue]
    private static let datePublished = VocabularyTerm.encoded[VocabularyTerm.schemaDatePublished.rawValue]

    init(minter: IRIMinter) {
        self.minter = minter
        articleSpace = [UInt8(ascii: "<")] + Array(minter.articleSpace.utf8)
        base = [UInt8(ascii: "<")] + Array(minter.base.utf8)
    }

    /// What VoID reports about the articles added so far.
    var statistics: DatasetStatistics {
        var statistics = counts
        statistics.sharedEntities = sharedEntities.count
        statistics.properties = Dictionary(zip(predicateIRIs, predicateCounts), uniquingKeysWith: +)
        statistics.classes = Dictionary(zip(classIRIs, classCounts), uniquingKeysWith: +)
        return statistics
    }

    /// A triple new to the merged graph: the article's triple at `index`, or `renamed`, its
    /// `schema:name` made a `schema:alternateName` because an earlier article named the entity otherwise.
    struct Fresh {
        var index: Int
        var renamed: Triple?
    }

    /// The triples of an article new to the merged graph, in the article's order: most are the
    /// article's own (by line index); the few renamed ones are kept aside.
    struct FreshTriples: Sequence {
        /// Per fresh triple: the article's line index, or −1 − k for the k-th renamed triple.
        fileprivate(set) var items: [Int32] = []
        fileprivate(set) var renamed: [Triple] = []

        func makeIterator() -> Iterator { Iterator(fresh: self) }

        struct Iterator: IteratorProtocol {
            let fresh: FreshTriples
            var i = 0

            mutating func next() -> Fresh? {
                guard i < fresh.items.count else { return nil }
                let item = Int(fresh.items[i])
                i += 1
                return item >= 0 ? Fresh(index: item, renamed: nil) : Fresh(index: -1, renamed: fresh.renamed[-1 - item])
            }
        }
    }

    /// The role of one of an article's terms, worked out once per article.
    private struct TermRole {
        /// 0: not yet known; 1: article-local subject; 2: shared subject; 3: not an IRI (left out).
        var subject: UInt8 = 0
        /// The term's number in ``predicates`` + 1 (0: not yet known).
        var predicate: Int32 = 0
        /// The term's number in ``classes`` + 1 (0: not yet known).
        var `class`: Int32 = 0
        /// As a predicate: 0: not yet known; 1: `schema:name`; 2: `rdf:type`; 3: `schema:datePublished`; 4: another.
        var predicateKind: UInt8 = 0
    }

    /// Adds an article; returns the triples new to the merged graph, in the article's order.
    mutating func add(_ article: MappedArticle) -> FreshTriples {
        var fresh = FreshTriples()
        fresh.items.reserveCapacity(article.statements.count)
        var roles = [TermRole](repeating: TermRole(), count: article.terms.count)
        var localSubjects = 0
        var lastLocal: Int32 = -1
        var scratch: [UInt8] = []
        article.termBytes.withUnsafeLines { termBytes, termEnds in
            article.lineArena.withUnsafeLines { lineBytes, lineEnds in
                @inline(__always) func term(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
                    let start = i == 0 ? 0 : termEnds[Int(i) - 1]
                    return UnsafeBufferPointer(rebasing: termBytes[start..<termEnds[Int(i)]])
                }
                for (index, statement) in article.statements.enumerated() {
                    let s = statement.subject
                    let p = statement.predicate
                    if roles[Int(p)].predicateKind == 0 {
                        let predicate = term(p)
                        roles[Int(p)].predicateKind =
                            Self.equals(predicate, Self.name) ? 1 : Self.equals(predicate, Self.type) ? 2
                            : Self.equals(predicate, Self.datePublished) ? 3 : 4
                    }
                    let kind = roles[Int(p)].predicateKind
                    if roles[Int(s)].subject == 0 {
                        let bytes = term(s)
                        roles[Int(s)].subject = !article.terms[Int(s)].isIRI ? 3 : Self.hasPrefix(bytes, articleSpace) ? 1 : 2
                    }
                    if roles[Int(s)].subject == 3 { continue }
                    var renamed: Triple? = nil
                    if roles[Int(s)].subject == 1 {
                        // Sorted lines: an article-local subject's triples are one run.
                        if lastLocal != s {
                            localSubjects += 1
                            lastLocal = s
                        }
                    } else {
                        let subject = term(s)
                        if kind == 1 {
                            let named = namedSubjects.insert(subject)
                            if named.inserted {
                                names.append(nameValues.insert(term(statement.object)).number)
                            } else if nameValues.find(term(statement.object)) != names[named.number] {
                                let triple = article.triple(at: index)
                                renamed = Triple(triple.subject, Schema.alternateName, triple.object)
                            }
                        }
                        let inserted: Bool
                        if let renamed {
                            scratch.removeAll(keepingCapacity: true)
                            NTriplesEncoding.append(renamed, to: &scratch)
                            inserted = scratch.withUnsafeBufferPointer { sharedTriples.insert($0).inserted }
                        } else {
                            let start = index == 0 ? 0 : lineEnds[index - 1]
                            inserted = sharedTriples.insert(UnsafeBufferPointer(rebasing: lineBytes[start..<lineEnds[index]])).inserted
                        }
                        guard inserted else { continue }
                        if Self.hasPrefix(subject, base) { _ = sharedEntities.insert(subject) }
                    }
                    counts.triples += 1
                    if let renamed {
                        count(predicate: renamed.predicate)
                    } else {
                        if roles[Int(p)].predicate == 0 {
                            roles[Int(p)].predicate = Int32(predicateNumber(term(p), article.terms[Int(p)]) + 1)
                        }
                        predicateCounts[Int(roles[Int(p)].predicate) - 1] += 1
                        if kind == 2, case .iri = article.terms[Int(statement.object)] {
                            let o = statement.object
                            if roles[Int(o)].class == 0 {
                                let number = classes.insert(term(o))
                                if number.inserted {
                                    classIRIs.append(article.terms[Int(o)].iri!)
                                    classCounts.append(0)
                                }
                                roles[Int(o)].class = Int32(number.number + 1)
                            }
                            classCounts[Int(roles[Int(o)].class) - 1] += 1
                        } else if kind == 3, case .literal(let date) = article.terms[Int(statement.object)] {
                            counts.date(date.lexicalForm)
                        }
                    }
                    if let renamed {
                        fresh.items.append(Int32(-1 - fresh.renamed.count))
                        fresh.renamed.append(renamed)
                    } else {
                        fresh.items.append(Int32(index))
                    }
                }
            }
        }
        counts.localEntities += localSubjects
        counts.documents += 1
        return fresh
    }

    /// Counts a triple of a predicate given as an IRI.
    private mutating func count(predicate: IRI) {
        var bytes: [UInt8] = []
        NTriplesEncoding.append(predicate, to: &bytes)
        let number = bytes.withUnsafeBufferPointer { predicateNumber($0, .iri(predicate)) }
        predicateCounts[number] += 1
    }

    /// The number of a predicate in ``predicates``, counting it from now on if it is new.
    private mutating func predicateNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ term: Term) -> Int {
        let number = predicates.insert(bytes)
        if number.inserted {
            guard case .iri(let iri) = term else { preconditionFailure("a predicate is an IRI") }
            predicateIRIs.append(iri)
            predicateCounts.append(0)
        }
        return number.number
    }
}

extension MergedGraphBuilder {
    /// Whether `bytes` start with `prefix`.
    @inline(__always) static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        guard !prefix.isEmpty else { return true }
        return prefix.withUnsafeBufferPointer { memcmp(bytes.baseAddress!, $0.baseAddress!, prefix.count) == 0 }
    }

    /// Whether `bytes` are the UTF-8 of `other`.
    @inline(__always) static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ other: String) -> Bool {
        var other = other
        return other.withUTF8 { o in
            o.count == bytes.count && memcmp(bytes.baseAddress!, o.baseAddress!, o.count) == 0
        }
    }
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
    var sharedEntities = 0
    /// Triples per property.
    var properties: [IRI: Int] = [:]
    /// Distinct instances per class (`rdf:type` triples per class).
    var classes: [IRI: Int] = [:]
    /// The earliest and latest `schema:datePublished`.
    var earliest: String?
    var latest: String?

    /// Entities: distinct IRI subjects in the dataset's URI space.
    var entities: Int { localEntities + sharedEntities }

    /// Widens the span of publication dates to `d` (a `schema:datePublished` lexical form).
    mutating func date(_ d: String) {
        if earliest.map({ d < $0 }) ?? true { earliest = d }
        if latest.map({ d > $0 }) ?? true { latest = d }
    }
}
