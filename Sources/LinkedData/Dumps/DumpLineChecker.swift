import Foundation
import RDFModel
import RDFSyntax

/// Checks the bytes of an N-Triples or N-Quads dump, block by block as they are written, so that
/// every byte is either read by raptor or fixed syntax that the checker itself matches.
///
/// A dump line is `S P O .` or, in N-Quads, `S P O G .`: one encoded term each, separated by
/// one space, ended by ` .` and a line feed. The checker splits each line into its terms
/// following the N-Triples grammar (an IRI runs to the first `>`, a string to the first
/// unescaped `"` then an optional `@tag` or `^^<datatype>`, a blank node label to the space),
/// checks the term kinds each position allows (subject and graph: IRI or blank node; predicate:
/// IRI) and the separators, and hands each term it has not seen before to raptor in a small
/// N-Triples document: IRIs three to a statement (`I1 I2 I3 .`), literals and blank nodes as
/// the object of `<x:> <x:> TERM .`. raptor must read one statement per line, and each new term,
/// encoded again by ``NTriplesEncoding``, must be the very bytes of the term. That holds only
/// if raptor ends the term where the checker did and reads it as the term our encoder meant;
/// the grammar's term productions (IRIREF, the literal, BLANK_NODE_LABEL) are the same in every
/// position, so a term read right in one position is read right in any position that allows
/// its kind. Hence raptor would read each line of the dump into exactly the statement written,
/// without parsing 75 MB of it per 1,000 articles: the distinct terms are about a twentieth of
/// the bytes.
///
/// The new terms of a block are read by raptor in one document after the block. The terms
/// already verified are kept in an ``EncodedTermSet`` (bounded; a forgotten term is read again).
struct DumpLineChecker {
    /// A line that is not what the writer composes, or a term raptor reads otherwise or rejects.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    let format: RDFFormat
    /// The dump's path, for messages (`path:line: …`).
    let name: String
    /// The lines checked so far (complete lines only).
    private(set) var lines = 0
    private var verified: EncodedTermSet
    /// The start of a line cut by the end of the previous block.
    private var carry: [UInt8] = []
    /// The block's new terms end to end, where each is, and the dump line it was first seen on.
    private var newTerms: [UInt8] = []
    private var newTermRanges: [(start: Int, count: Int, line: Int)] = []
    /// The document raptor reads, and the new term at each position of each statement (`-1`: filler).
    private var document: [UInt8] = []
    private var positions: [Int] = []
    private var encoded: [UInt8] = []
    /// The last subject and graph name seen (already verified, or queued for raptor).
    private var previous: [[UInt8]] = [[], []]

    private static let filler = Array("<x:>".utf8)
    private static let statementEnd = Array(" .\n".utf8)

    init(format: RDFFormat, name: String, termByteLimit: Int = EncodedTermSet.defaultByteLimit) {
        self.format = format
        self.name = name
        verified = EncodedTermSet(byteLimit: termByteLimit)
    }

    /// Checks the complete lines of the next block of the dump (a line may run on into the next
    /// block), then has raptor read the new terms. - Throws: ``Problem``.
    mutating func check(_ block: UnsafeRawBufferPointer) throws {
        guard let base = block.baseAddress else { return }
        var start = 0
        if !carry.isEmpty {
            guard let newline = memchr(base, 0x0A, block.count) else {
                carry.append(contentsOf: block)
                return
            }
            let end = base.distance(to: UnsafeRawPointer(newline))
            carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: block[..<end]))
            let joined = carry
            carry.removeAll(keepingCapacity: true)
            try joined.withUnsafeBytes { try checkLine($0) }
            start = end + 1
        }
        while start < block.count {
            guard let newline = memchr(base + start, 0x0A, block.count - start) else {
                carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: block[start...]))
                break
            }
            let end = base.distance(to: UnsafeRawPointer(newline))
            try checkLine(UnsafeRawBufferPointer(rebasing: block[start..<end]))
            start = end + 1
        }
        try readProbes()
    }

    /// Checks that the dump ended with a whole line. - Throws: ``Problem``.
    mutating func finish() throws {
        try readProbes()
        guard carry.isEmpty else { throw Problem(description: "\(name):\(lines + 1): the dump ends inside a line (no line feed)") }
    }

    /// One line, without its line feed.
    private mutating func checkLine(_ line: UnsafeRawBufferPointer) throws {
        lines += 1
        let maxTerms = format == .nquads ? 4 : 3
        var at = 0
        var terms = 0
        while true {
            guard at < line.count else { throw problem("a term is missing", line) }
            let first = line[at]
            switch terms {
            case 0, 3:
                guard first == UInt8(ascii: "<") || first == UInt8(ascii: "_") else {
                    throw problem("the \(terms == 0 ? "subject" : "graph name") is not an IRI or a blank node", line)
                }
            case 1:
                guard first == UInt8(ascii: "<") else { throw problem("the predicate is not an IRI", line) }
            default:
                guard first == UInt8(ascii: "<") || first == UInt8(ascii: "_") || first == UInt8(ascii: "\"") else {
                    throw problem("the object is not an IRI, a blank node or a literal", line)
                }
            }
            let end: Int
            do {
                end = try Self.termEnd(line, from: at)
            } catch let reason as Problem {
                throw problem(reason.description, line)
            }
            let term = UnsafeRawBufferPointer(rebasing: line[at..<end])
            if terms == 0 || terms == 3 {
                // Consecutive lines mostly share the subject and (always, within an article) the
                // graph name: compare with the last one before hashing.
                let slot = terms == 0 ? 0 : 1
                let same = previous[slot].count == term.count
                    && previous[slot].withUnsafeBytes { memcmp($0.baseAddress!, term.baseAddress!, term.count) == 0 }
                if !same {
                    see(term)
                    previous[slot].removeAll(keepingCapacity: true)
                    previous[slot].append(contentsOf: term)
                }
            } else {
                see(term)
            }
            terms += 1
            guard end < line.count, line[end] == UInt8(ascii: " ") else {
                throw problem("no space after term \(terms)", line)
            }
            if end + 2 == line.count, line[end + 1] == UInt8(ascii: ".") {
                guard terms >= 3 else { throw problem("a statement needs three terms", line) }
                return
            }
            guard terms < maxTerms else { throw problem("more than \(maxTerms) terms, or no final ` .`", line) }
            at = end + 1
        }
    }

    /// Where the term starting at `at` ends (just after it). - Throws: ``Problem`` when it does not end on the line.
    private static func termEnd(_ line: UnsafeRawBufferPointer, from at: Int) throws -> Int {
        let base = line.baseAddress!
        func find(_ byte: UInt8, from: Int) -> Int? {
            guard from < line.count, let hit = memchr(base + from, Int32(byte), line.count - from) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
        switch line[at] {
        case UInt8(ascii: "<"):
            guard let close = find(UInt8(ascii: ">"), from: at + 1) else { throw Problem(description: "an IRI has no closing `>`") }
            return close + 1
        case UInt8(ascii: "\""):
            var from = at + 1
            var close = 0
            while true {
                guard let quote = find(UInt8(ascii: "\""), from: from) else {
                    throw Problem(description: "a string has no closing `\"`")
                }
                var backslashes = 0
                while quote - backslashes - 1 > at, line[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
                if backslashes % 2 == 0 {
                    close = quote
                    break
                }
                from = quote + 1
            }
            let after = close + 1
            guard after < line.count else { return after }
            if line[after] == UInt8(ascii: "@") {
                return find(UInt8(ascii: " "), from: after) ?? line.count
            }
            if line[after] == UInt8(ascii: "^") {
                guard after + 2 < line.count, line[after + 1] == UInt8(ascii: "^"), line[after + 2] == UInt8(ascii: "<"),
                    let close = find(UInt8(ascii: ">"), from: after + 3)
                else { throw Problem(description: "a datatype is not `^^<IRI>`") }
                return close + 1
            }
            return after
        default:
            return find(UInt8(ascii: " "), from: at) ?? line.count
        }
    }

    /// Queues a term for raptor unless it was verified before.
    private mutating func see(_ term: UnsafeRawBufferPointer) {
        guard verified.insert(term) else { return }
        newTermRanges.append((newTerms.count, term.count, lines))
        newTerms.append(contentsOf: term)
    }

    /// Has raptor read the queued terms; each must read as itself.
    ///
    /// IRIs go three to a statement (`I1 I2 I3 .`), every other term as the object of
    /// `<x:> <x:> TERM .`: half the statements raptor would otherwise read. When raptor rejects a
    /// statement of several new terms, the terms are read again one to a statement, to name the one.
    private mutating func readProbes() throws {
        guard !newTermRanges.isEmpty else { return }
        defer {
            newTerms.removeAll(keepingCapacity: true)
            newTermRanges.removeAll(keepingCapacity: true)
        }
        if let unclear = try read(packed: true) {
            _ = try read(packed: false)
            throw unclear  // not reproduced one term at a time: what raptor said of the statement
        }
    }

    /// Composes the document of the queued terms, has raptor read it and compares.
    /// - Returns: a problem raptor found in a statement of several terms (not yet pinned to one).
    /// - Throws: ``Problem`` naming the term raptor rejects or reads otherwise.
    private mutating func read(packed: Bool) throws -> Problem? {
        document.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        var waiting: (Int, Int) = (-1, -1)  // IRIs waiting for a statement
        for i in newTermRanges.indices {
            guard packed, newTerms[newTermRanges[i].start] == UInt8(ascii: "<") else {
                compose(-1, -1, i)
                continue
            }
            if waiting.0 < 0 {
                waiting.0 = i
            } else if waiting.1 < 0 {
                waiting.1 = i
            } else {
                compose(waiting.0, waiting.1, i)
                waiting = (-1, -1)
            }
        }
        if waiting.0 >= 0 { compose(waiting.0, waiting.1, -1) }

        var statement = 0
        var mismatch: String?
        do {
            try RDFParser.stream(bytes: document, format: .ntriples) { quad in
                guard mismatch == nil else { return }
                guard statement * 3 < positions.count else {
                    mismatch = "\(name): raptor read more statements than were given"
                    return
                }
                for position in 0..<3 {
                    let index = positions[statement * 3 + position]
                    guard index >= 0 else { continue }
                    encoded.removeAll(keepingCapacity: true)
                    switch position {
                    case 0: NTriplesEncoding.append(quad.triple.subject, to: &encoded)
                    case 1: NTriplesEncoding.append(quad.triple.predicate, to: &encoded)
                    default: NTriplesEncoding.append(quad.triple.object, to: &encoded)
                    }
                    let term = newTermRanges[index]
                    let same = newTerms.withUnsafeBytes { all in
                        encoded.count == term.count
                            && encoded.withUnsafeBytes { memcmp($0.baseAddress!, all.baseAddress! + term.start, term.count) == 0 }
                    }
                    if !same {
                        mismatch = "\(name):\(term.line): raptor reads the term \(text(of: index)) as \(String(decoding: encoded, as: UTF8.self))"
                        return
                    }
                }
                statement += 1
            }
        } catch let error as RDFSyntaxError {
            var at = (error.location?.line ?? 0) - 1
            var message = error.message
            if let offset = error.location?.byteOffset, error.location?.line == nil {
                // An encoding error (its offset is in the document): the statement that holds it.
                at = document[..<min(offset, document.count)].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
                message = "it is not UTF-8"
            }
            let terms = positions.indices.contains(at * 3) ? positions[(at * 3)..<(at * 3 + 3)].filter { $0 >= 0 } : []
            guard let first = terms.first else { throw Problem(description: "\(name): raptor: \(error.message)") }
            let problem = Problem(
                description: terms.count == 1
                    ? "\(name):\(newTermRanges[first].line): raptor does not read the term \(text(of: first)): \(message)"
                    : "\(name):\(newTermRanges[first].line): raptor does not read the terms \(terms.map { text(of: $0) }.joined(separator: ", ")): \(message)")
            if terms.count == 1 { throw problem }
            return problem
        }
        if let mismatch { throw Problem(description: mismatch) }
        guard statement * 3 == positions.count else {
            let index = positions[min(statement * 3, positions.count - 3) + 2]
            throw Problem(description: "\(name): raptor read \(statement) statements of \(positions.count / 3)\(index >= 0 ? " (at the term \(text(of: index)))" : "")")
        }
        return nil
    }

    /// Appends the statement of new terms `a`, `b`, `c` (`-1`: the filler `<x:>`).
    private mutating func compose(_ a: Int, _ b: Int, _ c: Int) {
        for (position, index) in [a, b, c].enumerated() {
            if position > 0 { document.append(UInt8(ascii: " ")) }
            if index >= 0 {
                let term = newTermRanges[index]
                document.append(contentsOf: newTerms[term.start..<(term.start + term.count)])
            } else {
                document.append(contentsOf: Self.filler)
            }
            positions.append(index)
        }
        document.append(contentsOf: Self.statementEnd)
    }

    /// New term `index` as text for a message (shortened when long).
    private func text(of index: Int) -> String {
        let term = newTermRanges[index]
        let bytes = newTerms[term.start..<(term.start + min(term.count, 200))]
        return String(decoding: bytes, as: UTF8.self) + (term.count > 200 ? "…" : "")
    }

    private func problem(_ what: String, _ line: UnsafeRawBufferPointer) -> Problem {
        let shown = String(decoding: line.prefix(200), as: UTF8.self)
        return Problem(description: "\(name):\(lines): \(what): \(shown)\(line.count > 200 ? "…" : "")")
    }
}
