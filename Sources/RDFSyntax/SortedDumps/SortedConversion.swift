internal import CRaptor2
import Foundation
import RDFModel

/// `convert --sorted` to Turtle or RDF/XML in bounded memory: the input is streamed through
/// raptor into an ``ExternalLineSorter`` (runs spilled beside the output past the budget), then
/// written by a ``SortedDumpWriter`` — the machinery of the export's dumps. The bytes are those
/// of the graph sorted in memory (``RDFSerializer``) for a graph without blank nodes.
enum SortedConversion {
    /// A blank node was read: the caller converts in memory instead (blank nodes are renamed and
    /// compared by isomorphism there).
    private struct BlankNodeFound: Error {}

    /// Converts; `nil` when the input has blank nodes (nothing is written then).
    static func convert(
        _ input: String, from inputFormat: RDFFormat, baseIRI: String, to path: String, format: RDFFormat,
        prefixes: [String: String], memoryLimit: Int
    ) throws -> Int? {
        // Sorted runs spill beside a file that is renamed into place, else (a FIFO, a device) in
        // the temporary folder.
        let destination = try AtomicFile.destination(path)
        let folder = destination.renames
            ? URL(fileURLWithPath: destination.resolved).deletingLastPathComponent().path : NSTemporaryDirectory()
        let sorter = ExternalLineSorter(directory: folder, stem: URL(fileURLWithPath: path).lastPathComponent, memoryLimit: memoryLimit)
        defer { sorter.removeFiles() }
        let candidates = (prefixes.isEmpty ? Prefixes.wellKnown : prefixes).sorted { $0.key < $1.key }
        var used = [Bool](repeating: false, count: candidates.count)
        var unused = candidates.count
        func note(_ iri: String) {
            guard unused > 0 else { return }
            for (k, candidate) in candidates.enumerated() where !used[k] && iri.hasPrefix(candidate.value) {
                used[k] = true
                unused -= 1
            }
        }
        var seen: [Term: Bool] = [:]
        func noteTerm(_ term: Term) {
            guard unused > 0, seen.updateValue(true, forKey: term) == nil else { return }
            switch term {
            case .iri(let iri): note(iri.string)
            case .literal(let literal) where literal.language == nil: note(literal.datatype.string)
            default: break
            }
            if seen.count > 1 << 16 { seen.removeAll(keepingCapacity: true) }
        }
        let world = try RaptorWorld()
        let terms = RaptorTermReader(world: world)
        var line: [UInt8] = []
        let reader = try RaptorReader(format: inputFormat, world: world) { statement in
            guard let quad = try terms.quad(statement) else { return }
            let triple = quad.triple
            if triple.subject.isBlankNode || triple.object.isBlankNode { throw BlankNodeFound() }
            noteTerm(triple.subject)
            noteTerm(.iri(triple.predicate))
            noteTerm(triple.object)
            line.removeAll(keepingCapacity: true)
            line.append(contentsOf: triple.description.utf8.dropLast(2))
            try sorter.add(line)
        }
        do {
            if inputFormat == .turtle {
                _ = try RaptorTurtlePieces.parse(file: input, with: reader, baseIRI: baseIRI)
            } else {
                _ = try reader.parse(.file(input), baseIRI: baseIRI)
            }
        } catch is BlankNodeFound {
            return nil
        }
        let namespaces = candidates.indices.filter { used[$0] }.map { (prefix: candidates[$0].key, iri: candidates[$0].value) }
        let writer = try SortedDumpWriter(path: path, format: format, namespaces: namespaces)
        try sorter.forEachBatch(statements: 16_384, line: { _ in }) { try writer.write(ntriples: $0) }
        try writer.finish()
        return writer.statementCount
    }
}
