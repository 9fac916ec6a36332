import Foundation
import RDFModel
import SHACL

/// Finds where a validation result belongs, for `communique validate`'s reports (the
/// ``ResultLocator`` hook of the SHACL renderers; SHACL itself knows nothing of articles).
///
/// 1. A fact a Communique export made points back at its text: an event through `comm:evidence`,
///    a quotation or post holding through `prov:wasDerivedFrom`, an entity through the NIF
///    mentions that name it (`itsrdf:taIdentRef`). Each span carries `nif:beginIndex`,
///    `nif:endIndex`, `nif:anchorOf` and `nif:referenceContext`, whose `nif:sourceUrl` is the
///    article, whose `schema:identifier` names the input file. When that file is found in one of
///    the article folders, the location is the line and column where the span's text is.
/// 2. Otherwise, the data file and line where the focus node is first written as a subject.
final class ValidateSourceLocator: @unchecked Sendable {
    private let graph: Graph
    private let dataFiles: [String]
    private let articleFolders: [String]
    private let lock = NSLock()
    private var subjectLines: [String: [String: Int]] = [:]
    private var articleFiles: [String: String?] = [:]
    private var articleTexts: [String: String] = [:]

    /// Whether the graph records any span of text; without one no result can point at an article.
    private let hasSpans: Bool

    /// The subject IRIs whose lines are looked for in the data files (`nil`: every subject).
    private let wanted: Set<String>?

    /// - Parameter subjects: the focus nodes that will be located, when known: the data files
    ///   are then indexed for these subjects only (no string is made for any other line).
    init(graph: Graph, dataFiles: [String], articleFolders: [String], subjects: Set<String>? = nil) {
        self.graph = graph
        self.hasSpans = graph.id(of: NIF.beginIndex) != nil
        self.dataFiles = dataFiles
        self.articleFolders = articleFolders
        self.wanted = subjects
    }

    /// The locations of a result, most specific first.
    func locate(_ result: ValidationResult) -> [ResultLocation] {
        lock.withLock {
            var out: [ResultLocation] = []
            if let span = span(of: result.focusNode) ?? result.value.flatMap(span(of:)), let location = articleLocation(span) {
                out.append(location)
            }
            if case .iri(let iri) = result.focusNode {
                for file in dataFiles {
                    if let line = subjectLine(of: iri.string, in: file) {
                        out.append(ResultLocation(file: file, line: line, column: 1))
                        break
                    }
                }
            }
            return out
        }
    }

    // MARK: Provenance

    /// The first span of text a node points back to (or the node itself when it is a span).
    private func span(of node: Term) -> Term? {
        guard !node.isLiteral, hasSpans else { return nil }
        if graph.firstObject(of: node, NIF.referenceContext) != nil, graph.firstObject(of: node, NIF.beginIndex) != nil { return node }
        let direct = graph.objects(of: node, COMM.evidence) + graph.objects(of: node, PROV.wasDerivedFrom)
        let mentions = graph.subjects(ITSRDF.taIdentRef, node)
        let candidates = (direct + mentions).filter { graph.firstObject(of: $0, NIF.beginIndex) != nil }
        return candidates.min { (integer(of: $0, NIF.beginIndex) ?? 0, $0) < (integer(of: $1, NIF.beginIndex) ?? 0, $1) }
    }

    private func integer(of node: Term, _ predicate: IRI) -> Int? {
        graph.firstObject(of: node, predicate)?.literal.flatMap { Int($0.lexicalForm) }
    }

    private func articleLocation(_ span: Term) -> ResultLocation? {
        guard let begin = integer(of: span, NIF.beginIndex), let end = integer(of: span, NIF.endIndex),
            let context = graph.firstObject(of: span, NIF.referenceContext),
            let article = graph.firstObject(of: context, NIF.sourceUrl),
            let identifier = graph.firstObject(of: article, Schema.identifier)?.literal?.lexicalForm
        else { return nil }
        let anchor = graph.firstObject(of: span, NIF.anchorOf)?.literal?.lexicalForm ?? ""
        let shown = anchor.count > 80 ? String(anchor.prefix(77)) + "..." : anchor
        let note = "article \(identifier), characters \(begin)–\(end): \"\(shown)\""
        guard let file = articleFile(identifier) else {
            return ResultLocation(file: article.iri?.string ?? identifier, note: note)
        }
        guard let text = articleText(file) else { return ResultLocation(file: file, note: note) }
        // The offsets count characters of the article's normalized text; find the span's words in
        // the file itself, nearest to that offset.
        let scalars = Array(text.unicodeScalars)
        let needle = Array((anchor.count > 60 ? String(anchor.prefix(60)) : anchor).unicodeScalars)
        var best: Int?
        if !needle.isEmpty, needle.count <= scalars.count {
            var i = 0
            while i + needle.count <= scalars.count {
                if scalars[i] == needle[0], Array(scalars[i..<(i + needle.count)]) == needle {
                    if best == nil || abs(i - begin) < abs(best! - begin) { best = i }
                }
                i += 1
            }
        }
        guard let start = best else { return ResultLocation(file: file, note: note) }
        let (line, column) = lineAndColumn(scalars, start)
        let (endLine, endColumn) = lineAndColumn(scalars, start + anchor.unicodeScalars.count)
        return ResultLocation(file: file, line: line, column: column, endLine: endLine, endColumn: endColumn, note: note)
    }

    private func lineAndColumn(_ scalars: [Unicode.Scalar], _ offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        for scalar in scalars.prefix(offset) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    private func articleFile(_ identifier: String) -> String? {
        if let known = articleFiles[identifier] { return known }
        var found: String?
        search: for folder in articleFolders {
            for ext in ["txt", "html", "htm", "md"] {
                let path = (folder as NSString).appendingPathComponent("\(identifier).\(ext)")
                if FileManager.default.fileExists(atPath: path) {
                    found = path
                    break search
                }
            }
        }
        articleFiles[identifier] = .some(found)
        return found
    }

    private func articleText(_ file: String) -> String? {
        if let text = articleTexts[file] { return text }
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        articleTexts[file] = text
        return text
    }

    // MARK: Data files

    /// The first line of a Turtle or N-Triples file whose subject is the IRI (one pass per file,
    /// reading `@prefix`/`PREFIX` lines to expand prefixed names).
    private func subjectLine(of iri: String, in file: String) -> Int? {
        if subjectLines[file] == nil { subjectLines[file] = Self.indexSubjects(file, wanted: wanted) }
        return subjectLines[file]?[iri]
    }

    /// The first line of each subject of a Turtle or N-Triples file (only of the `wanted` ones,
    /// when given). One pass over the bytes: a line that starts a subject (no leading blank) has
    /// its IRI assembled in a scratch buffer (expanding a prefixed name) and hashed; a string is
    /// made only for a wanted subject, so a file of millions of statements costs a few
    /// hundredths of a second per million lines.
    static func indexSubjects(_ file: String, wanted: Set<String>? = nil) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: file) else { return [:] }
        var index: [String: Int] = [:]
        // The wanted IRIs by the hash of their bytes.
        var wantedByHash: [UInt64: [String]] = [:]
        for iri in wanted ?? [] {
            var copy = iri
            let hash = copy.withUTF8 { TermKey.hash(UnsafeRawBufferPointer($0)) }
            wantedByHash[hash, default: []].append(iri)
        }
        var prefixes: [(name: [UInt8], namespace: [UInt8])] = []
        var scratch: [UInt8] = []
        scratch.reserveCapacity(1024)
        func record(_ iri: UnsafeRawBufferPointer, line: Int) {
            if wanted == nil {
                let text = String(decoding: iri, as: UTF8.self)
                if index[text] == nil { index[text] = line }
                return
            }
            guard let candidates = wantedByHash[TermKey.hash(iri)] else { return }
            for candidate in candidates where index[candidate] == nil && candidate.utf8.elementsEqual(iri) {
                index[candidate] = line
            }
        }
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = bytes.count
            var lineStart = 0
            var lineNumber = 0
            while lineStart < count {
                lineNumber += 1
                var lineEnd = lineStart
                if let newline = memchr(raw.baseAddress! + lineStart, 0x0A, count - lineStart) {
                    lineEnd = raw.baseAddress!.distance(to: UnsafeRawPointer(newline))
                } else {
                    lineEnd = count
                }
                defer { lineStart = lineEnd + 1 }
                let first = bytes[lineStart]
                if lineStart == lineEnd || first == 0x20 || first == 0x09 || first == 0x23 || first == 0x0D { continue }
                if first == 0x3C {  // "<": an IRI subject
                    var close = lineStart + 1
                    while close < lineEnd, bytes[close] != 0x3E { close += 1 }
                    guard close < lineEnd else { continue }
                    record(UnsafeRawBufferPointer(rebasing: raw[(lineStart + 1)..<close]), line: lineNumber)
                    continue
                }
                var tokenEnd = lineStart
                while tokenEnd < lineEnd, bytes[tokenEnd] != 0x20, bytes[tokenEnd] != 0x09 { tokenEnd += 1 }
                let token = UnsafeBufferPointer(rebasing: bytes[lineStart..<tokenEnd])
                if first == 0x40 || ((first == 0x50 || first == 0x70) && token.count == 6) {  // "@prefix", "PREFIX"
                    let word = String(decoding: token, as: UTF8.self)
                    guard word == "@prefix" || word.lowercased() == "prefix" else { continue }
                    let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
                    let parts = line.split(separator: " ", omittingEmptySubsequences: true)
                    if parts.count >= 3, parts[1].hasSuffix(":"), let open = parts[2].firstIndex(of: "<"),
                        let close = parts[2].lastIndex(of: ">")
                    {
                        let name = Array(parts[1].dropLast().utf8)
                        let namespace = Array(parts[2][parts[2].index(after: open)..<close].utf8)
                        prefixes.removeAll { $0.name == name }
                        prefixes.append((name, namespace))
                    }
                    continue
                }
                guard let colon = token.firstIndex(of: 0x3A) else { continue }
                let name = UnsafeBufferPointer(rebasing: token[..<colon])
                guard let namespace = prefixes.last(where: { $0.name.elementsEqual(name) })?.namespace else { continue }
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: namespace)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: token[(colon + 1)...]))
                scratch.withUnsafeBytes { record($0, line: lineNumber) }
            }
        }
        return index
    }

    /// The prefixes a Turtle file declares in its first 64 KB.
    static func declaredPrefixes(_ file: String) -> [String: String] {
        guard let handle = FileHandle(forReadingAtPath: file) else { return [:] }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 65_536)) ?? Data()
        var prefixes: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " })
            guard trimmed.hasPrefix("@prefix") || trimmed.lowercased().hasPrefix("prefix") else { continue }
            let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
            if parts.count >= 3, parts[1].hasSuffix(":"), let open = parts[2].firstIndex(of: "<"), let close = parts[2].lastIndex(of: ">") {
                prefixes[String(parts[1].dropLast())] = String(parts[2][parts[2].index(after: open)..<close])
            }
        }
        return prefixes
    }
}
