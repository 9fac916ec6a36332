import Foundation
import RDFModel

/// Which of the dump's prefixes its statements use, found on the N-Triples lines as they pass
/// (the Turtle and RDF/XML dumps declare only those, as ``Prefixes/used(by:from:)`` chooses
/// them for a graph in memory: IRIs, and the datatypes of literals without a language, the
/// implicit `xsd:string` included).
struct PrefixUsage {
    private let candidates: [(prefix: String, namespace: [UInt8])]
    private var used: [Bool]
    private var remaining: Int
    private static let xsdString = Array(XSD.string.string.utf8)

    init(_ prefixes: [String: String]) {
        candidates = prefixes.sorted { $0.key < $1.key }.map { ($0.key, Array($0.value.utf8)) }
        used = [Bool](repeating: false, count: candidates.count)
        remaining = candidates.count
    }

    /// The prefixes used, in the order of their names, with their namespaces.
    var namespaces: [(prefix: String, iri: String)] {
        candidates.indices.filter { used[$0] }.map { (candidates[$0].prefix, String(decoding: candidates[$0].namespace, as: UTF8.self)) }
    }

    /// Notes the IRIs of one line.
    mutating func note(_ line: UnsafeBufferPointer<UInt8>) {
        guard remaining > 0 else { return }
        let terms = NTriplesLineTerms(line)
        if let s = terms.subject { note(iri: UnsafeBufferPointer(rebasing: line[s])) }
        if let p = terms.predicate { note(iri: UnsafeBufferPointer(rebasing: line[p])) }
        if let o = terms.object { note(iri: UnsafeBufferPointer(rebasing: line[o])) }
        if terms.isLiteral && !terms.hasLanguage {
            if let d = terms.datatype {
                note(iri: UnsafeBufferPointer(rebasing: line[d]))
            } else {
                Self.xsdString.withUnsafeBufferPointer { note(iri: $0) }
            }
        }
    }

    private mutating func note(iri: UnsafeBufferPointer<UInt8>) {
        for (k, candidate) in candidates.enumerated() where !used[k] && iri.count >= candidate.namespace.count {
            let matches = candidate.namespace.withUnsafeBufferPointer { ns in
                ns.isEmpty || memcmp(iri.baseAddress!, ns.baseAddress!, ns.count) == 0
            }
            if matches {
                used[k] = true
                remaining -= 1
            }
        }
    }
}
