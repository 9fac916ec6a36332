import Foundation
import RDFModel
import TestSupport
import Testing

@testable import RDFSyntax

/// The external sort behind the Turtle and RDF/XML dumps, and the writer that feeds raptor batch by batch.
@Suite struct ExternalSortTests {
    /// Lines about subjects whose IRIs are prefixes of one another (the order raptor keeps), blank
    /// nodes, duplicates.
    static func lines(_ count: Int) -> [String] {
        var generator = SystemRandomNumberGenerator()
        var out: [String] = []
        for i in 0..<count {
            let n = Int.random(in: 0..<(count / 3 + 1), using: &generator)
            let subject = n % 7 == 0 ? "_:b\(n)" : n % 2 == 0 ? "<http://example.org/s\(n)>" : "<http://example.org/s\(n)/x>"
            out.append("\(subject) <http://example.org/p\(i % 5)> \"value \(n % 11)\"")
        }
        return out + out.prefix(count / 4)
    }

    static func sorted(_ sorter: ExternalLineSorter) throws -> [String] {
        var out: [String] = []
        try sorter.forEach { line, subject in
            let text = String(decoding: line, as: UTF8.self)
            out.append(text)
            #expect(subject == (text.hasPrefix("<") ? text.firstIndex(of: ">")! : text.firstIndex(of: " ")!).utf16Offset(in: text))
        }
        return out
    }

    static func subjectKey(_ line: String) -> [UInt8] {
        let bytes = Array(line.utf8)
        let end = bytes.firstIndex(of: bytes[0] == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: " "))!
        return Array(bytes[..<end])
    }

    @Test func spilledRunsMergeToTheOrderOfOneRunInMemory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lines = Self.lines(6_000)
        let small = ExternalLineSorter(directory: folder.url.path, stem: "test", memoryLimit: 1)
        let large = ExternalLineSorter(directory: folder.url.path, stem: "test2")
        for line in lines {
            try small.add(Array(line.utf8))
            try large.add(Array(line.utf8))
        }
        #expect(small.runCount >= 4, "the budget should have spilled runs")
        #expect(large.runCount == 0)
        let a = try Self.sorted(small)
        let b = try Self.sorted(large)
        #expect(a == b)
        #expect(a == (try Self.sorted(small)), "a second merge gives the same lines")
        #expect(a.count == Set(lines).count)
        // Subjects in raptor's order: IRIs before blank nodes, a prefix before what it begins.
        let expected = Set(lines).sorted { x, y in
            let (kx, ky) = (Self.subjectKey(x), Self.subjectKey(y))
            if kx != ky { return kx.lexicographicallyPrecedes(ky) }
            return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
        }
        #expect(a == expected)
        let runs = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(runs.count == small.runCount && runs.allSatisfy { $0.hasPrefix(".test.") })
        small.removeFiles()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func runFilesGoWithTheSorter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            let sorter = ExternalLineSorter(directory: folder.url.path, stem: "gone", memoryLimit: 1)
            for line in Self.lines(3_000) { try sorter.add(Array(line.utf8)) }
            #expect(sorter.runCount > 0)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func sizesParse() {
        #expect(ExternalLineSorter.parseSize("1G") == 1 << 30)
        #expect(ExternalLineSorter.parseSize("512MiB") == 512 << 20)
        #expect(ExternalLineSorter.parseSize("64k") == 64 << 10)
        #expect(ExternalLineSorter.parseSize("1000") == 1000)
        #expect(ExternalLineSorter.parseSize("lots") == nil)
        #expect(ExternalLineSorter.parseSize("-1G") == nil)
    }

    /// A graph of IRI subjects whose names are prefixes of one another, typed and plain literals.
    static func graph(_ subjects: Int) -> Graph {
        var graph = Graph()
        for i in 0..<subjects {
            let s = Term.iri(IRI(unchecked: "https://example.org/id/\(i % 2 == 0 ? "\(i)" : "\(i - 1)/part")"))
            graph.insert(Triple(s, RDF.type, .iri(IRI(unchecked: "https://schema.org/Thing"))))
            graph.insert(Triple(s, IRI(unchecked: "https://schema.org/name"), .literal(Literal("name \"\(i)\"\n", language: "en"))))
            graph.insert(Triple(s, IRI(unchecked: "https://schema.org/position"), .literal(Literal("\(i)", datatype: XSD.integer))))
            graph.insert(Triple(s, IRI(unchecked: "https://schema.org/knows"), .iri(IRI(unchecked: "https://example.org/id/\(i / 2)"))))
        }
        return graph
    }

    /// The statements of a graph in sorted N-Triples, cut into documents of whole subjects of about `size` statements.
    static func batches(_ graph: Graph, size: Int) throws -> [[UInt8]] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sorter = ExternalLineSorter(directory: folder.url.path, stem: "b")
        for triple in graph { try sorter.add(Array(triple.description.dropLast(2).utf8)) }
        var batches: [[UInt8]] = [[]]
        var count = 0
        var last: [UInt8] = []
        try sorter.forEach { line, subject in
            let key = Array(line[..<subject])
            if count >= size && key != last {
                batches.append([])
                count = 0
            }
            last = key
            batches[batches.count - 1] += Array(line) + Array(" .\n".utf8)
            count += 1
        }
        return batches
    }

    @Test(arguments: [RDFFormat.turtle, .rdfxml])
    func batchesGiveTheBytesOfOneWriterHoldingTheGraph(format: RDFFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let graph = Self.graph(400)
        let prefixes = ["schema": "https://schema.org/", "id": "https://example.org/id/", "rdf": RDF.namespace, "xsd": XSD.namespace]
        let whole = folder.path("whole")
        try RDFSerializer.write(graph, to: whole, format: format, prefixes: prefixes)
        let namespaces = Prefixes.used(by: graph, from: prefixes)
        for size in [1, 37, 100_000] {
            let path = folder.path("batched-\(size)")
            let writer = try SortedDumpWriter(path: path, format: format, namespaces: namespaces)
            for batch in try Self.batches(graph, size: size) { try batch.withUnsafeBytes { try writer.write(ntriples: $0) } }
            try writer.finish()
            #expect(writer.statementCount == graph.count)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: whole)), "batches of \(size)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).allSatisfy { !$0.hasPrefix(".") })
    }

    /// `convert --sorted` to Turtle and RDF/XML goes through the external sort: the bytes of the
    /// graph sorted in memory, whatever the budget, and no run left beside the output.
    @Test(arguments: [RDFFormat.turtle, .rdfxml])
    func sortedConversionStreamsToTheBytesOfTheGraphInMemory(format: RDFFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let graph = Self.graph(300)
        let input = folder.path("in.nt")
        try RDFSerializer.write(graph, to: input, format: .ntriples)
        let expected = folder.path("expected")
        try RDFSerializer.write(graph, to: expected, format: format)
        for limit in [1, 1 << 30] {
            let output = folder.path("out-\(limit)." + (format == .turtle ? "ttl" : "rdf"))
            let count = try RDFConverter.sorted(from: input, to: output, memoryLimit: limit)
            #expect(count == graph.count)
            #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Data(contentsOf: URL(fileURLWithPath: expected)), "budget \(limit)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).allSatisfy { !$0.hasPrefix(".") })
        // With blank nodes, the conversion is made in memory, as before.
        let blank = folder.path("blank.nt")
        try "_:a <http://example.org/p> \"x\" .\n<http://example.org/s> <http://example.org/q> _:a .\n".write(toFile: blank, atomically: true, encoding: .utf8)
        let output = folder.path("blank." + (format == .turtle ? "ttl" : "rdf"))
        #expect(try RDFConverter.sorted(from: blank, to: output, memoryLimit: 1) == 2)
        #expect(try RDFParser.parse(file: output).count == 2)
    }

    @Test func anEmptyDumpIsTheEmptyDocument() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for format in [RDFFormat.turtle, .rdfxml] {
            let path = folder.path(format == .turtle ? "empty.ttl" : "empty.rdf")
            let writer = try SortedDumpWriter(path: path, format: format, namespaces: [("schema", "https://schema.org/")])
            try writer.finish()
            #expect(try RDFParser.parse(file: path, format: format).isEmpty)
        }
    }

    @Test func aStatementRDFXMLCannotHoldLeavesNoFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("bad.rdf")
        let writer = try SortedDumpWriter(path: path, format: .rdfxml, namespaces: [])
        let batch = Array("<http://example.org/s> <http://example.org/p/> \"x\" .\n".utf8)
        #expect(throws: RDFSyntaxError.self) { try batch.withUnsafeBytes { try writer.write(ntriples: $0) } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }
}
