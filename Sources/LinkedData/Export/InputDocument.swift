import Foundation

/// One input file of an export, with the path that shards it.
public struct InputDocument: Hashable, Sendable, Comparable {
    /// The path to open, as found (the folder given joined with the path below it).
    public let path: String
    /// The path relative to the folder given on the command line, or the file name for a file
    /// given directly: what ``Shard`` hashes, so every machine gives a file the same shard.
    public let relativePath: String

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }

    /// The identifier the article will get: the file name without its extension.
    public var identifier: String {
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

    /// The documents under the given paths: files as given, folders walked recursively for
    /// files with one of `extensions` (hidden files and folders skipped), sorted by relative
    /// path, each file once.
    ///
    /// - Throws: ``ExportError/missingInput(path:reason:)`` for a path that does not exist.
    public static func collect(_ paths: [String], extensions: Set<String>) throws -> [InputDocument] {
        var documents: [InputDocument] = []
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ExportError.missingInput(path: path, reason: "no such file or folder")
            }
            if !isDirectory.boolValue {
                let standard = URL(fileURLWithPath: path).standardizedFileURL.path
                if seen.insert(standard).inserted {
                    documents.append(InputDocument(path: path, relativePath: URL(fileURLWithPath: path).lastPathComponent))
                }
                continue
            }
            guard let enumerator = fm.enumerator(atPath: path) else {
                throw ExportError.missingInput(path: path, reason: "cannot list the folder")
            }
            var found: [InputDocument] = []
            // What `URL(fileURLWithPath: full).standardizedFileURL.path` gives for a path below the
            // folder whose components are plain names (no `.`, `..` or empty ones): the folder's, joined.
            let standardFolder = URL(fileURLWithPath: path).standardizedFileURL.path
            let standardPrefix = standardFolder.hasSuffix("/") ? standardFolder : standardFolder + "/"
            while let relative = enumerator.nextObject() as? String {
                if relative.hasPrefix(".") || relative.contains("/.") { continue }  // a hidden file or folder on the way
                let ext = Self.plainName(relative)?.extension ?? URL(fileURLWithPath: relative).pathExtension
                guard extensions.contains(ext.lowercased()) else { continue }
                let full = (path.hasSuffix("/") ? path : path + "/") + relative
                var isFolder: ObjCBool = false
                guard fm.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                let standard = relative.contains("//") ? URL(fileURLWithPath: full).standardizedFileURL.path : standardPrefix + relative
                if seen.insert(standard).inserted { found.append(InputDocument(path: full, relativePath: relative)) }
            }
            documents += found
        }
        return documents.sorted()
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
