import Foundation
import RDFModel

/// Turns the N-Quads of the shards of an export (`--shard K/N` on each machine) into the dumps
/// one run over all the inputs writes, byte for byte: N-Triples, N-Quads, Turtle, RDF/XML, dot,
/// VoID and DCAT.
///
/// Each shard's article list (``ShardManifest``, beside its N-Quads) gives its articles in
/// input order; the lists are merged into the order of the single run, and each article is
/// replayed from its shard's N-Quads (read front to back, one article at a time) through the
/// same writers an export uses. Memory: the article lists, and what an export holds.
public enum ShardMerge {
    /// Merges the shards whose N-Quads are at `nquads` (their `.articles.tsv` beside them).
    /// - Throws: ``ExportError`` for a missing or damaged shard, a shard given twice, or a dump
    ///   that cannot be written.
    public static func run(nquads: [String], configuration: ExportConfiguration, log: @escaping (String) -> Void = { _ in }) throws
        -> ExportReport
    {
        var config = configuration
        config.shard = nil
        config.jobs = 1
        var documents: [(document: InputDocument, shard: Int, entry: Int)] = []
        var manifests: [[ShardManifest.Entry]] = []
        for (k, path) in nquads.enumerated() {
            let stem = path.hasSuffix(".nq") ? String(path.dropLast(3)) : path
            let entries = try ShardManifest.read(stem + "." + ShardManifest.fileExtension)
            manifests.append(entries)
            for (e, entry) in entries.enumerated() { documents.append((entry.document, k, e)) }
        }
        documents.sort { a, b in a.document != b.document ? a.document < b.document : (a.shard, a.entry) < (b.shard, b.entry) }
        for i in documents.indices.dropFirst() where documents[i].document == documents[i - 1].document {
            throw ExportError.missingInput(
                path: nquads[documents[i].shard],
                reason: "\(documents[i].document.path) is in two shards (\(nquads[documents[i - 1].shard])): is a shard given twice?")
        }
        let replay = try Replay(nquads: nquads, manifests: manifests, minter: config.minter)
        var place: [String: (shard: Int, entry: Int)] = [:]
        for item in documents { place[item.document.path] = (item.shard, item.entry) }
        var exporter = Exporter(configuration: config, extract: { _ in throw ExportError.badArticle(path: "", reason: "not read in a merge") })
        let places = place
        exporter.mappedSource = { document in
            guard let (shard, entry) = places[document.path] else {
                return .failure(.badArticle(path: document.path, reason: "in no shard's article list"))
            }
            return replay.article(shard: shard, entry: entry, document: document)
        }
        let report = try exporter.run(documents: documents.map(\.document), log: log)
        if let problem = replay.problem { throw problem }
        return report
    }

    /// Reads the shards' N-Quads front to back, one article at a time.
    private final class Replay: @unchecked Sendable {
        let manifests: [[ShardManifest.Entry]]
        let minter: IRIMinter
        let paths: [String]
        private var readers: [LineFileReader]
        private var next: [Int]
        private let lock = NSLock()
        private(set) var problem: ExportError?

        init(nquads: [String], manifests: [[ShardManifest.Entry]], minter: IRIMinter) throws {
            self.manifests = manifests
            self.minter = minter
            paths = nquads
            readers = try nquads.map { try LineFileReader(path: $0) }
            next = [Int](repeating: 0, count: nquads.count)
        }

        func article(shard: Int, entry: Int, document: InputDocument) -> Result<MappedArticle, ExportError> {
            lock.lock()
            defer { lock.unlock() }
            do {
                return .success(try read(shard: shard, entry: entry, document: document))
            } catch let error as ExportError {
                if problem == nil { problem = error }
                return .failure(error)
            } catch {
                return .failure(.badArticle(path: document.path, reason: "\(error)"))
            }
        }

        private func read(shard: Int, entry: Int, document: InputDocument) throws -> MappedArticle {
            guard next[shard] == entry else {
                throw ExportError.missingInput(path: paths[shard], reason: "articles out of the order of their list")
            }
            next[shard] += 1
            let item = manifests[shard][entry]
            let suffix = Array(" <\(item.graph)> .".utf8)
            var triples: [Triple] = []
            var lines: [String] = []
            triples.reserveCapacity(item.quads)
            lines.reserveCapacity(item.quads)
            for _ in 0..<item.quads {
                let reader = readers[shard]
                guard let slice = try reader.nextLine() else {
                    throw ExportError.missingInput(path: paths[shard], reason: "ends before the quads of \(item.graph) its article list announces")
                }
                let line = Array(slice)
                let where_ = "\(paths[shard]):\(reader.lineNumber):1"
                guard line.count > suffix.count, Array(line[(line.count - suffix.count)...]) == suffix else {
                    throw ExportError.missingInput(path: where_, reason: "not a quad of the graph <\(item.graph)> (the shard's N-Quads and its article list disagree)")
                }
                let body = line[..<(line.count - suffix.count)]
                guard let triple = body.withUnsafeBufferPointer({ NTriplesLineDecoder.triple($0) }) else {
                    throw ExportError.missingInput(path: where_, reason: "not a statement as communique writes them")
                }
                triples.append(triple)
                lines.append(String(decoding: body, as: UTF8.self))
            }
            let article = minter.article(document.identifier)
            return MappedArticle(
                identifier: document.identifier, article: article, graphName: IRI(unchecked: item.graph), triples: triples, lines: lines,
                diagnostics: [])
        }
    }
}

/// Reads a file line by line (lines without their newline).
final class LineFileReader {
    let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// The number of the line last read (1-based).
    private(set) var lineNumber = 0

    init(path: String) throws {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError.missingInput(path: path, reason: "cannot open the shard's N-Quads")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    func nextLine() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
