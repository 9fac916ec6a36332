import Foundation
import RDFModel
import RDFSyntax

/// The dumps made from the merged graph sorted: Turtle and RDF/XML (raptor writes them batch
/// by batch, see ``SortedDumpWriter``) and the dot picture.
///
/// The merged graph's N-Triples lines are gathered, as the articles come, in an
/// ``ExternalLineSorter`` (sorted runs spilled beside the dumps once the memory budget is
/// reached); the prefixes they use are noted on the way. Then one k-way merge feeds every
/// writer batches of whole subjects: at least ``batchStatements`` statements each, cut only
/// where the subject changes, so the cuts depend on the data alone and the files are the same
/// whatever the budget, the number of runs and the jobs.
final class SortedDumps {
    /// Statements per batch handed to raptor, at least (it holds one batch at a time).
    static let batchStatements = 16_384

    let sorter: ExternalLineSorter
    private var prefixUsage: PrefixUsage
    private var scratch: [UInt8] = []

    init(directory: String, stem: String, memoryLimit: Int, prefixes: [String: String]) {
        sorter = ExternalLineSorter(directory: directory, stem: stem, memoryLimit: memoryLimit)
        prefixUsage = PrefixUsage(prefixes)
    }

    /// The prefixes the statements use.
    var namespaces: [(prefix: String, iri: String)] { prefixUsage.namespaces }

    /// Adds one statement of the merged graph (an N-Triples line without ` .`).
    func add(_ line: UnsafeBufferPointer<UInt8>) throws {
        prefixUsage.note(line)
        try sorter.add(UnsafeRawBufferPointer(line))
    }

    /// Adds one statement of the merged graph.
    func add(_ triple: Triple) throws {
        scratch.removeAll(keepingCapacity: true)
        NTriplesEncoding.append(triple, to: &scratch)
        try scratch.withUnsafeBufferPointer { try add($0) }
    }

    /// Calls `line` with every statement in order (without ` .`) and `batch` with the same
    /// statements as N-Triples documents of whole subjects.
    func forEach(line: (UnsafeBufferPointer<UInt8>) -> Void, batch: (UnsafeRawBufferPointer) throws -> Void) throws {
        try sorter.forEachBatch(statements: Self.batchStatements, line: line, batch: batch)
    }
}

extension SortedDumps {
    /// What writing the sorted dumps gave.
    struct Outcome {
        /// The dumps written and verified, in the order asked.
        var written: [RDFFormat] = []
        /// The dumps that could not be (the others were).
        var failures: [ExportError] = []
        /// The picture's statements (or its summary), when dot was asked for.
        var picture: DumpPicture?
    }

    /// Writes the Turtle and RDF/XML dumps among `formats` in one pass over the sorted graph, and
    /// gathers the dot picture's statements when dot is among them.
    func write(formats: [RDFFormat], path: (RDFFormat) -> String, minter: IRIMinter, pictureLimit: Int) -> Outcome {
        var outcome = Outcome()
        var writers: [SortedDumpWriter?] = []
        var order: [RDFFormat] = []
        for format in formats where format == .turtle || format == .rdfxml {
            order.append(format)
            do {
                writers.append(try SortedDumpWriter(path: path(format), format: format, namespaces: namespaces))
            } catch {
                writers.append(nil)
                outcome.failures.append(.cannotWrite(path: path(format), reason: "\(error)"))
            }
        }
        var picture = formats.contains(.dot) ? DumpPicture(minter: minter, limit: pictureLimit) : nil
        var failed = [Bool](repeating: false, count: order.count)
        do {
            try forEach(line: { picture?.offer($0) }) { batch in
                for (k, writer) in writers.enumerated() {
                    guard let writer, !failed[k] else { continue }
                    do {
                        try writer.write(ntriples: batch)
                    } catch {
                        failed[k] = true
                        outcome.failures.append(.cannotWrite(path: writer.path, reason: "\(error)"))
                    }
                }
            }
        } catch {
            for (k, writer) in writers.enumerated() where writer != nil && !failed[k] {
                failed[k] = true
                writer?.abandon()
                outcome.failures.append(.cannotWrite(path: path(order[k]), reason: "cannot sort the merged graph: \(error)"))
            }
            outcome.picture = nil
            return outcome
        }
        for (k, writer) in writers.enumerated() {
            guard let writer, !failed[k] else { continue }
            do {
                try writer.finish()
                outcome.written.append(order[k])
            } catch {
                outcome.failures.append(.cannotWrite(path: writer.path, reason: "\(error)"))
            }
        }
        outcome.picture = picture
        return outcome
    }
}
