import Articles
import Foundation

/// One input of an export, with the path that shards it: a file, or one record of a WARC file.
public struct InputDocument: Hashable, Sendable, Comparable {
    /// The path to open, as found (the folder given joined with the path below it); for a WARC
    /// record, the file's path, `#` and the record's offset (`crawl.warc.gz#1234`).
    public let path: String
    /// The path relative to the folder given on the command line, or the file name for a file
    /// given directly (for a WARC record, with its place and identifier, see ``ArticleInput/relativePath``):
    /// what ``Shard`` hashes, so every machine gives an input the same shard.
    public let relativePath: String
    /// What to read, when the document was found by ``collect(_:)`` (a shard's article list
    /// names documents by their paths only).
    public let input: ArticleInput?

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
        input = nil
    }

    /// The document of an input found by ``ArticleInputs/collect(_:)``.
    public init(_ input: ArticleInput) {
        path = input.path
        relativePath = input.relativePath
        self.input = input
    }

    /// The identifier the article will get: the file name without its extension (and without
    /// `.gz`), or the WARC record's.
    public var identifier: String {
        if let input { return input.identifier }
        if let record = ArticleInput.recordIdentifier(relativePath: relativePath) { return record }
        if path.lowercased().hasSuffix(".gz") { return InputFileType.stem(path) }
        if let (stem, _) = Self.plainName(path) { return stem }
        return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// The last component of a path split at its last dot, when that is plain: a name that
    /// does not start with the dot and an extension of ASCII letters and digits only, so that
    /// `URL`'s `deletingPathExtension().lastPathComponent` and `pathExtension` give the same
    /// without parsing a URL; `nil` otherwise (and for paths ending in `/`).
    static func plainName(_ path: String) -> (stem: String, extension: String)? {
        let utf8 = path.utf8
        guard let last = utf8.last, last != UInt8(ascii: "/") else { return nil }
        let nameStart = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = utf8[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else { return nil }
        let extensionStart = utf8.index(after: dot)
        guard extensionStart != utf8.endIndex,
            utf8[extensionStart...].allSatisfy({ byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            })
        else { return nil }
        return (String(path[nameStart..<dot]), String(path[extensionStart...]))
    }

    public static func < (lhs: InputDocument, rhs: InputDocument) -> Bool {
        (lhs.relativePath, lhs.path) < (rhs.relativePath, rhs.path)
    }

    /// The documents under the given paths (see ``ArticleInputs/collect(_:)``): files as given,
    /// folders walked recursively (symbolic links followed, hidden files skipped), WARC files
    /// listed record by record; sorted by relative path, each file once. The listing's
    /// problems are the inputs that will not be read.
    ///
    /// - Throws: ``ExportError/missingInput(path:reason:)`` for a path that does not exist.
    public static func collect(_ paths: [String]) throws -> (documents: [InputDocument], listing: ArticleInputs) {
        let listing: ArticleInputs
        do {
            listing = try ArticleInputs.collect(paths)
        } catch let error as InputError {
            throw ExportError.missingInput(path: error.path, reason: "no such file or folder")
        }
        return (listing.inputs.map { InputDocument($0) }, listing)
    }

    /// What an export looks for, for the message when it finds nothing.
    static func nothingFound(_ paths: [String], _ listing: ArticleInputs) -> String {
        var text = "no article to export: looked for \(InputFileType.expected) (hidden files skipped)"
        if !listing.otherTypes.isEmpty {
            let types = listing.otherTypes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            text += "; found only files of other types (\(types))"
        } else if !listing.problems.isEmpty {
            text += "; \(listing.problems.count) input(s) could not be read (listed above)"
        } else {
            text += "; found nothing"
        }
        return text + "; nothing in the output folder was replaced"
    }
}

/// A deterministic share of the inputs: `--shard K/N` takes the files whose relative path
/// hashes (64-bit FNV-1a of its UTF-8 bytes) to K − 1 modulo N. Every machine computes the same
/// split, the N shards are disjoint and together hold every file, and since IRIs do not
/// depend on the run, the union of the shards' N-Quads is the single run's.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    /// K, 1-based.
    public let index: Int
    /// N.
    public let count: Int

    /// Parses `K/N`. - Throws: ``ExportError/invalidShard(_:)``.
    public init(_ text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else {
            throw ExportError.invalidShard(text)
        }
        index = k
        count = n
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether a document belongs to this shard.
    public func contains(_ document: InputDocument) -> Bool {
        Int(Self.hash(document.relativePath) % UInt64(count)) == index - 1
    }

    static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h &*= 0x100_0000_01b3
        }
        return h
    }
}
