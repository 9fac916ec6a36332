import Foundation
import RDFModel
import Testing

@testable import LinkedData

/// The byte-string helpers of the mapping and the merge: sorting an article's terms, the set of
/// shared lines, and the term-rank sort of a TripleBuffer.
@Suite struct ByteStringTests {
    /// Strings that share long prefixes, are prefixes of one another, repeat, or are empty.
    static func strings(count: Int, seed: UInt64) -> [[UInt8]] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let stems = ["<https://communique.example/id/article/a-1/text#char=", "<https://communique.example/id/person/", "\"", "<http://schema.org/", ""]
        var out: [[UInt8]] = []
        for _ in 0..<count {
            var s = Array(stems[Int(next() % UInt64(stems.count))].utf8)
            let tail = Int(next() % 20)
            for _ in 0..<tail { s.append(UInt8(ascii: "0") + UInt8(next() % 4)) }
            if next() % 5 == 0, let earlier = out.last { s = earlier + (next() % 2 == 0 ? [] : [UInt8(ascii: ">")]) }
            out.append(s)
        }
        return out
    }

    static func memcmpOrder(_ a: [UInt8], _ b: [UInt8]) -> Bool { a.lexicographicallyPrecedes(b) }

    @Test(arguments: [0, 1, 2, 5, 13, 40, 300, 2_000])
    func sortGivesTheOrderOfComparingBytes(count: Int) {
        let strings = Self.strings(count: count, seed: UInt64(count) + 7)
        let arena = LineArena(strings.map { String(decoding: $0, as: UTF8.self) })
        var order = [Int32](0..<Int32(strings.count))
        arena.withUnsafeLines { bytes, ends in
            order.withUnsafeMutableBufferPointer { ByteStringSort.sort($0, bytes: bytes, ends: ends) }
        }
        let sorted = order.map { strings[Int($0)] }
        #expect(sorted == strings.sorted(by: Self.memcmpOrder))
        #expect(Set(order).count == strings.count)
    }

    /// Prefixes of prefixes (what a recursive sort would nest one level deep per few strings).
    @Test func sortOfAPrefixChain() {
        var strings = (1...3_000).map { [UInt8](repeating: UInt8(ascii: "x"), count: $0) }
        strings.reverse()
        strings.swapAt(0, 1_500)
        let arena = LineArena(strings.map { String(decoding: $0, as: UTF8.self) })
        var order = [Int32](0..<Int32(strings.count))
        arena.withUnsafeLines { bytes, ends in
            order.withUnsafeMutableBufferPointer { ByteStringSort.sort($0, bytes: bytes, ends: ends) }
        }
        #expect(order.map { strings[Int($0)].count } == Array(1...3_000))
    }

    @Test func tableNumbersDistinctStringsInInsertionOrder() {
        let strings = Self.strings(count: 5_000, seed: 3)
        var table = ByteStringTable(capacity: 4)
        var firstNumber: [[UInt8]: Int] = [:]
        for s in strings {
            let result = s.withUnsafeBufferPointer { table.insert($0) }
            if let known = firstNumber[s] {
                #expect(!result.inserted && result.number == known)
            } else {
                #expect(result.inserted && result.number == firstNumber.count)
                firstNumber[s] = result.number
            }
        }
        #expect(table.count == firstNumber.count)
        for (s, number) in firstNumber {
            #expect(s.withUnsafeBufferPointer { table.find($0) } == number)
            #expect(table.withMember(number) { Array($0) } == s)
        }
        #expect(Array("<not there>".utf8).withUnsafeBufferPointer { table.find($0) } == nil)
    }

    /// Terms given in any order and more than once come out as lines sorted by their bytes,
    /// each once: the same as sorting the N-Triples lines themselves.
    @Test func bufferSortsLinesAsBytes() {
        let a = IRI(unchecked: "https://e.example/a")
        let ab = IRI(unchecked: "https://e.example/a/b")
        let p = IRI(unchecked: "https://e.example/p")
        let q = IRI(unchecked: "https://e.example/p2")
        let objects: [Term] = [
            .literal(Literal("x")), .literal(Literal("x", language: "en")), .literal(Literal("x", datatype: XSD.date)),
            .literal(Literal("x y")), .literal(Literal("")), .iri(a), .iri(ab), .literal(Literal("x")),
        ]
        var buffer = TripleBuffer()
        var triples: [Triple] = []
        for s in [ab, a] {
            for predicate in [q, p] {
                for o in objects.reversed() {
                    buffer.add(s, predicate, o)
                    triples.append(Triple(.iri(s), predicate, o))
                }
            }
            buffer.add(buffer.uniqueRef(s), buffer.ref(p), buffer.ref(.iri(a)))
            triples.append(Triple(.iri(s), p, .iri(a)))
        }
        let (sortedTriples, lines) = buffer.sorted()
        let expected = Array(Set(triples.map(\.ntriplesLine))).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(Array(lines) == expected)
        #expect(sortedTriples.map(\.ntriplesLine) == expected)
    }
}

/// InputDocument's identifier without a URL gives what the URL gives.
@Suite struct InputDocumentNameTests {
    @Test(arguments: [
        "a/b/000_4ff5d05d431df1af.txt", "x.TXT", "/abs/path/name.html", "rel/na me.txt", "a%20b.txt", "Zürich.txt",
        "noext", "dir/.hidden", "trailing.", "two.dots.txt", "weird.t-t", "sub/", "a.b/c", "ünï.cödé", "x.t t",
    ])
    func identifierIsTheURLsStem(path: String) {
        let url = URL(fileURLWithPath: path)
        let document = InputDocument(path: path, relativePath: path)
        #expect(document.identifier == url.deletingPathExtension().lastPathComponent)
        if let plain = InputDocument.plainName(path) {
            #expect(plain.extension == url.pathExtension)
            #expect(plain.stem == url.deletingPathExtension().lastPathComponent)
        }
    }
}

@Suite struct ScalarCountTests {
    @Test(arguments: ["", "plain ASCII", "Zürich — “curly” 北京 😀", "e\u{301} combining", "\r\n CRLF"])
    func scalarCountIsTheUnicodeScalarsCount(text: String) {
        #expect(MappingContext.scalarCount(text) == text.unicodeScalars.count)
    }
}
