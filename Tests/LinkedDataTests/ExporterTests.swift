import Articles
import Crypto
import Extraction
import Foundation
import RDFModel
import RDFSyntax
import TestSupport
import Testing

@testable import LinkedData

/// The exporter, with a stand-in extractor that returns the hand-made sample for every article.
@Suite struct ExporterTests {
    static let fakeExtract: @Sendable (Article) throws -> ExtractedArticle = { article in
        var sample = SampleArticles.belgium(identifier: article.identifier)
        sample.sourcePath = article.sourcePath
        if article.identifier.hasSuffix("3") { sample.persons[2].name = "Claudio GRAZIANO" }  // a conflicting name
        return sample
    }

    /// A folder of `count` small articles (nested, to test relative paths).
    static func corpus(_ count: Int) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("sub"), withIntermediateDirectories: true)
        for i in 0..<count {
            let path = i % 2 == 0 ? folder.path("article-\(i).txt") : folder.path("sub/article-\(i).txt")
            try " date 2022-02-18\n\(SampleArticles.text)".write(toFile: path, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func export(_ inputs: [String], to out: String, jobs: Int = 1, shard: Shard? = nil,
                       formats: [RDFFormat] = ExportConfiguration.defaultFormats) throws -> ExportReport {
        let config = ExportConfiguration(outputDirectory: out, formats: formats, minter: try IRIMinter(), shard: shard, jobs: jobs)
        return try Exporter(configuration: config, extract: fakeExtract).run(inputs)
    }

    static func files(in folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return out
    }

    @Test func writesOneFilePerFormatAndTheDescriptions() throws {
        let corpus = try Self.corpus(4)
        defer { corpus.remove() }
        let out = try TemporaryFolder()
        defer { out.remove() }
        let report = try Self.export([corpus.url.path], to: out.url.path)
        #expect(report.exported == 4)
        #expect(report.skipped.isEmpty)
        let names = Set(try Self.files(in: out.url.path).keys)
        for name in ["communique.ttl", "communique.rdf", "communique.nt", "communique.nq", "communique.nq.gz", "communique.dot",
                     "communique.void.ttl", "communique.dcat.ttl"] {
            #expect(names.contains(name), "\(name) is missing from \(names.sorted())")
        }
        // Every dump holds the same merged graph.
        let turtle = try RDFParser.parse(file: out.path("communique.ttl"))
        let rdfxml = try RDFParser.parse(file: out.path("communique.rdf"))
        let ntriples = try RDFParser.parse(file: out.path("communique.nt"))
        #expect(turtle.isIsomorphic(to: rdfxml))
        #expect(turtle.isIsomorphic(to: ntriples))
        #expect(turtle.count == report.triples)
        // N-Quads: one named graph per article.
        let dataset = try RDFParser.parseDataset(file: out.path("communique.nq"))
        #expect(dataset.namedGraphs.count == 4)
        #expect(dataset.defaultGraph.isEmpty)
        #expect(dataset.count == report.quads)
        // One name per person in the merged graph even when articles disagree.
        let graziano = Term.iri(try IRIMinter().person("claudio-graziano"))
        #expect(turtle.objects(of: graziano, Schema.name).count == 1)
        #expect(turtle.objects(of: graziano, Schema.alternateName).contains(.string("Claudio GRAZIANO")))
    }

    @Test func byteIdenticalAcrossRunsAndJobs() throws {
        let corpus = try Self.corpus(9)
        defer { corpus.remove() }
        let one = try TemporaryFolder()
        let two = try TemporaryFolder()
        defer { one.remove(); two.remove() }
        _ = try Self.export([corpus.url.path], to: one.url.path, jobs: 1)
        _ = try Self.export([corpus.url.path], to: two.url.path, jobs: 2)
        let a = try Self.files(in: one.url.path)
        let b = try Self.files(in: two.url.path)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs between runs") }
    }

    /// More articles than the pipeline holds at once (16 per job), and a skipped one among them:
    /// the same bytes with 1, 2 and 3 jobs.
    @Test(arguments: [2, 3])
    func byteIdenticalWithMoreArticlesThanThePipelineHolds(jobs: Int) throws {
        let corpus = try Self.corpus(53)
        defer { corpus.remove() }
        try Data().write(to: corpus.url.appendingPathComponent("article-25b.txt"))
        let one = try TemporaryFolder()
        let many = try TemporaryFolder()
        defer { one.remove(); many.remove() }
        let formats: [RDFFormat] = [.ntriples, .nquads, .turtle]
        let a = try Self.export([corpus.url.path], to: one.url.path, jobs: 1, formats: formats)
        let b = try Self.export([corpus.url.path], to: many.url.path, jobs: jobs, formats: formats)
        #expect(a.exported == 53 && b.exported == 53)
        #expect(a.skipped.map(\.path) == b.skipped.map(\.path) && b.skipped.count == 1)
        let x = try Self.files(in: one.url.path)
        let y = try Self.files(in: many.url.path)
        #expect(x.keys.sorted() == y.keys.sorted())
        for (name, data) in x { #expect(y[name] == data, "\(name) differs between 1 and \(jobs) jobs") }
    }

    /// The pipeline hands results over in item order and takes an item only when fewer than
    /// `window` are taken but not handed over.
    @Test func pipelineKeepsOrderWithinItsWindow() {
        final class Consumed: @unchecked Sendable {
            let lock = NSLock()
            var count = 0
            var tooFarAhead: [Int] = []
        }
        let consumed = Consumed()
        let window = 3
        let pipeline = ArticlePipeline(count: 200, jobs: 3, window: window) { item -> Int in
            consumed.lock.withLock {
                // `next()` counts an item handed over just before the consumer does.
                if item > consumed.count + window { consumed.tooFarAhead.append(item) }
            }
            var x = item
            for _ in 0..<(item % 7) * 1_000 { x = x &* 31 &+ 1 }
            return x == -1 ? -1 : item
        }
        var got: [Int] = []
        for _ in 0..<200 {
            got.append(pipeline.next())
            consumed.lock.withLock { consumed.count += 1 }
        }
        pipeline.finish()
        #expect(got == Array(0..<200))
        #expect(consumed.tooFarAhead.isEmpty)
    }

    /// Stopping early (a dump that cannot be written) stops the workers.
    @Test func pipelineStopsWhenFinishedEarly() {
        let pipeline = ArticlePipeline(count: 1_000, jobs: 2, window: 4) { $0 }
        #expect(pipeline.next() == 0)
        #expect(pipeline.next() == 1)
        pipeline.finish()
    }

    @Test func theUnionOfTheShardsIsTheSingleRun() throws {
        let corpus = try Self.corpus(12)
        defer { corpus.remove() }
        let out = try TemporaryFolder()
        defer { out.remove() }
        _ = try Self.export([corpus.url.path], to: out.url.path, formats: [.nquads])
        var union = Set<Substring>()
        var exported = 0
        for k in 1...3 {
            let report = try Self.export([corpus.url.path], to: out.url.path, shard: try Shard("\(k)/3"), formats: [.nquads])
            exported += report.exported
            let text = try String(contentsOfFile: out.path("communique.shard-\(k)-of-3.nq"), encoding: .utf8)
            union.formUnion(text.split(separator: "\n"))
        }
        #expect(exported == 12)
        let single = Set(try String(contentsOfFile: out.path("communique.nq"), encoding: .utf8).split(separator: "\n"))
        #expect(union == single)
    }

    @Test func badArticlesAreReportedAndSkipped() throws {
        let corpus = try Self.corpus(2)
        defer { corpus.remove() }
        try Data().write(to: corpus.url.appendingPathComponent("empty.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(to: corpus.url.appendingPathComponent("binary.txt"))
        try Data(" date 2022-01-01\nCaf\u{E9} au lait".utf8.map { $0 == 0xC3 ? 0xE9 : $0 }).write(to: corpus.url.appendingPathComponent("latin1.txt"))
        try Data(repeating: 0x41, count: 6 * 1024 * 1024).write(to: corpus.url.appendingPathComponent("huge.txt"))
        try Data(SampleArticles.text.utf8).write(to: corpus.url.appendingPathComponent("sub/article-0.txt"))  // duplicate identifier
        let out = try TemporaryFolder()
        defer { out.remove() }
        var lines: [String] = []
        let config = ExportConfiguration(outputDirectory: out.url.path, formats: [.nquads, .turtle], minter: try IRIMinter())
        let report = try Exporter(configuration: config, extract: Self.fakeExtract).run([corpus.url.path]) { lines.append($0) }
        #expect(report.exported == 2)
        let skipped = Dictionary(uniqueKeysWithValues: report.skipped.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.description) })
        #expect(skipped.keys.sorted() == ["article-0.txt", "binary.txt", "empty.txt", "huge.txt", "latin1.txt"])
        #expect(skipped["empty.txt"]?.contains("empty") == true)
        #expect(skipped["binary.txt"]?.contains("binary") == true)
        #expect(skipped["latin1.txt"]?.contains("not UTF-8") == true)
        #expect(skipped["huge.txt"]?.contains("too large") == true)
        #expect(skipped["article-0.txt"]?.contains("identifier") == true)
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.contains(corpus.url.path) })
    }

    @Test func missingInputIsAnError() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        #expect(throws: ExportError.self) { try Self.export(["/nonexistent/articles"], to: out.url.path) }
    }

    @Test func voidCountsAndDcatChecksumsAreRight() throws {
        let corpus = try Self.corpus(3)
        defer { corpus.remove() }
        let out = try TemporaryFolder()
        defer { out.remove() }
        let report = try Self.export([corpus.url.path], to: out.url.path)
        let void = try RDFParser.parse(file: out.path("communique.void.ttl"))
        let dataset = Term.iri(try IRIMinter().dataset)
        let nt = try String(contentsOfFile: out.path("communique.nt"), encoding: .utf8).split(separator: "\n").count
        #expect(void.objects(of: dataset, VOID.triples) == [.literal(Literal(String(nt), datatype: XSD.nonNegativeInteger))])
        #expect(void.objects(of: dataset, VOID.entities) == [.literal(Literal(String(report.entities), datatype: XSD.nonNegativeInteger))])
        #expect(void.objects(of: dataset, VOID.uriSpace) == [.string(IRIMinter.defaultBase)])
        #expect(void.objects(of: dataset, VOID.vocabulary).contains(.iri(IRI(unchecked: Schema.namespace))))
        #expect(void.objects(of: dataset, VOID.dataDump).count == 5)
        // A class partition per class, with the instance count.
        let merged = try RDFParser.parse(file: out.path("communique.ttl"))
        let personPartition = try #require(void.subjects(VOID.class, .iri(Schema.Person)).first)
        #expect(void.objects(of: personPartition, VOID.entities)
            == [.literal(Literal(String(merged.instances(of: Schema.Person).count), datatype: XSD.nonNegativeInteger))])
        // DCAT: each distribution's size and SHA-256 are the file's.
        let dcat = try RDFParser.parse(file: out.path("communique.dcat.ttl"))
        let distributions = dcat.objects(of: dataset, DCAT.distribution)
        #expect(distributions.count == 8, "7 dumps and the owl:sameAs linkset")
        for distribution in distributions {
            let url = try #require(dcat.firstObject(of: distribution, DCAT.downloadURL)?.iri?.string)
            let name = String(url.split(separator: "/").last!)
            let data = try Data(contentsOf: URL(fileURLWithPath: out.path(name)))
            #expect(dcat.objects(of: distribution, DCAT.byteSize)
                == [.literal(Literal(String(data.count), datatype: XSD.nonNegativeInteger))])
            let checksum = try #require(dcat.firstObject(of: distribution, SPDX.checksum))
            let hex = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            #expect(dcat.firstObject(of: checksum, SPDX.checksumValue)?.literal?.lexicalForm == hex)
            #expect(dcat.objects(of: distribution, DCAT.mediaType).count == 1)
        }
    }

    @Test func gzippedNQuadsDecompressToTheNQuads() throws {
        let corpus = try Self.corpus(2)
        defer { corpus.remove() }
        let out = try TemporaryFolder()
        defer { out.remove() }
        _ = try Self.export([corpus.url.path], to: out.url.path, formats: [.nquads])
        let (status, text) = try Subprocess.run("gzip", ["-dc", out.path("communique.nq.gz")])
        #expect(status == 0)
        #expect(text == (try String(contentsOfFile: out.path("communique.nq"), encoding: .utf8)))
    }

    @Test func theExportConformsToTheShapes() throws {
        let corpus = try Self.corpus(3)
        defer { corpus.remove() }
        let out = try TemporaryFolder()
        defer { out.remove() }
        _ = try Self.export([corpus.url.path], to: out.url.path, formats: [.turtle])
        let (conforms, report) = try Subprocess.pyshacl(data: out.path("communique.ttl"))
        #expect(conforms, "\(report.prefix(3000))")
    }
}
