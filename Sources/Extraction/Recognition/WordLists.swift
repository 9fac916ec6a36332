import Foundation

/// The recognizers' closed word lists, read from the text files in `Gazetteers/words/`
/// (words separated by white space, `#` starts a comment) and the event triggers from
/// `Gazetteers/words/event-triggers.tsv`. A newcomer extends the grammar by editing those files.
struct WordLists: Sendable {
    /// The lists by file name without extension ("non-name-words").
    let lists: [String: [String]]
    /// The event triggers in file order.
    let triggers: [Trigger]

    /// The folder of the bundled word lists.
    static var bundledDirectory: String? {
        Bundle.module.url(forResource: "Gazetteers", withExtension: nil).map { $0.appendingPathComponent("words").path }
    }

    /// The bundled lists, read once; a failure is kept and reported by ``Extractor/init()``.
    static let bundled: Result<WordLists, any Error> = Result {
        guard let directory = bundledDirectory else {
            throw GazetteerError(message: "the bundled Gazetteers/words folder is missing from the Extraction resources")
        }
        return try WordLists(directory: directory)
    }

    /// The bundled lists, or empty lists when they could not be read (``Extractor/init()`` reports why).
    static let shared: WordLists = (try? bundled.get()) ?? WordLists(lists: [:], triggers: [])

    init(lists: [String: [String]], triggers: [Trigger]) {
        self.lists = lists
        self.triggers = triggers
    }

    /// Reads every `.txt` list and `event-triggers.tsv` of a folder.
    /// - Throws: `GazetteerError` naming the file and line of a malformed trigger, or a file that cannot be read.
    init(directory: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        var lists: [String: [String]] = [:]
        for name in names where name.hasSuffix(".txt") {
            let text = try Self.read(directory + "/" + name)
            lists[String(name.dropLast(4))] = Self.contentLines(text).flatMap { $0.line.split(whereSeparator: \.isWhitespace).map(String.init) }
        }
        let path = directory + "/event-triggers.tsv"
        var triggers: [Trigger] = []
        for (number, line) in Self.contentLines(try Self.read(path)) {
            triggers.append(try Trigger(tsvLine: line, location: "\(path):\(number)"))
        }
        self.init(lists: lists, triggers: triggers)
    }

    /// The words of one list.
    /// - Precondition: the list exists (a missing file gives an empty list; ``Extractor/init()`` checks them all).
    func words(_ name: String) -> [String] { lists[name] ?? [] }

    /// The names of the lists the recognizers read; ``Extractor/init()`` requires each.
    static let required = [
        "non-name-words", "name-particles", "non-organization-heads", "site-nouns", "lowercase-post-heads",
        "lowercase-name-prefix-posts", "delegation-words", "arabic-articles", "inner-name-honorifics", "regnal-numbers",
        "post-domain-words", "exercise-nouns", "pronouns-singular", "pronouns-plural", "phrase-starters", "post-modifiers",
        "description-heads", "headline-words", "foreign-function-words", "english-function-words", "conjunction-particles",
        "place-prepositions",
    ]

    /// Throws when a required list is missing or empty.
    func validate() throws {
        for name in Self.required where (lists[name] ?? []).isEmpty {
            throw GazetteerError(message: "the word list Gazetteers/words/\(name).txt is missing or empty")
        }
        if triggers.isEmpty { throw GazetteerError(message: "Gazetteers/words/event-triggers.tsv has no trigger") }
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw GazetteerError(message: "\(path): cannot be read as UTF-8 text")
        }
        return text
    }

    /// The lines with their 1-based numbers, comments removed, blank lines skipped.
    private static func contentLines(_ text: String) -> [(number: Int, line: Substring)] {
        var result: [(Int, Substring)] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.firstIndex(of: "#").map { raw[..<$0] } ?? raw
            if line.contains(where: { !$0.isWhitespace }) { result.append((n + 1, line)) }
        }
        return result
    }
}

extension Trigger {
    /// A trigger from a line `kind<TAB>cameo<TAB>shape<TAB>words`.
    init(tsvLine line: Substring, location: String) throws {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count == 4 else {
            throw GazetteerError(message: "\(location): a trigger has 4 tab-separated fields (kind, CAMEO code, shape, words), this line has \(fields.count)")
        }
        guard let kind = EventKind(rawValue: fields[0]) else {
            throw GazetteerError(message: "\(location): unknown event kind '\(fields[0])' (meeting, talks, call, visit, agreement)")
        }
        guard fields[1].count == 3, fields[1].allSatisfy(\.isNumber) else {
            throw GazetteerError(message: "\(location): the CAMEO code '\(fields[1])' is not three digits")
        }
        guard let shape = Shape(rawValue: fields[2]) else {
            throw GazetteerError(message: "\(location): unknown shape '\(fields[2])' (relational, nominal, visit, agreement)")
        }
        let words = fields[3].split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        guard !words.isEmpty else { throw GazetteerError(message: "\(location): a trigger without words") }
        self.init(words: words, kind: kind, cameo: fields[1], shape: shape)
    }
}
