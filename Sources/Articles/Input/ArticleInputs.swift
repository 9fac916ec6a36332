import Foundation

/// The articles under the paths a user gives, found the same way by every command that reads
/// articles (`export`, `read`): files as given, folders walked (see ``FolderWalk``), and each
/// WARC file opened and listed record by record (one ``ArticleInput`` per `response` record
/// whose HTTP payload is an HTML page). Nothing is passed over in silence: what is not read is
/// a problem with its reason, what is surprising but harmless (a link loop, a name that is
/// not UTF-8, records that are not pages) a note.
public struct ArticleInputs: Sendable {
    /// The articles, sorted by relative path (a WARC file's records in file order), each file once.
    public var inputs: [ArticleInput] = []
    /// Inputs that will not be read, each with its reason, in the order found.
    public var problems: [InputError] = []
    /// Things worth saying that lose no input.
    public var notes: [String] = []
    /// Files passed over for their type, by extension (`.md`: 2), to say what was found when no article is.
    public var otherTypes: [String: Int] = [:]

    public init() {}

    /// Finds the articles under `paths` (files and folders).
    /// - Throws: ``InputError/noSuchInput(path:)`` for a path that does not exist.
    public static func collect(_ paths: [String]) throws -> ArticleInputs {
        var result = ArticleInputs()
        var seen = Set<[UInt64]>()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                var linkInfo = stat()
                if lstat(path, &linkInfo) == 0 {
                    result.problems.append(.unsupportedInput(path: path, reason: "a symbolic link to nothing (\(String(cString: strerror(errno))))"))
                    continue
                }
                throw InputError.noSuchInput(path: path)
            }
            var files: [FolderWalk.Found] = []
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let walk = FolderWalk(folder: path)
                files = walk.found
                result.problems += walk.problems
                result.notes += walk.notes
                result.otherTypes.merge(walk.otherTypes, uniquingKeysWith: +)
            } else if let type = InputFileType(name: path) {
                files = [FolderWalk.Found(
                    path: path, bytes: Array(path.utf8), relativePath: URL(fileURLWithPath: path).lastPathComponent, type: type,
                    device: UInt64(info.st_dev), inode: UInt64(info.st_ino))]
            } else {
                let ext = InputFileType.shownExtension(path)
                result.otherTypes[ext.isEmpty ? "(no extension)" : "." + ext, default: 0] += 1
                result.problems.append(.unsupportedInput(
                    path: path, reason: "unsupported file type \(ext.isEmpty ? "(no extension)" : "\"." + ext + "\""): expected \(InputFileType.expected)"))
                continue
            }
            for file in files where seen.insert([file.device, file.inode]).inserted {
                switch file.type {
                case .article(let format, let gzipped):
                    result.inputs.append(ArticleInput(
                        path: file.path, relativePath: file.relativePath, identifier: InputFileType.stem(file.path),
                        origin: .file(path: file.bytes, format: format, gzipped: gzipped)))
                case .warc(let gzipped):
                    result.listRecords(of: file, gzipped: gzipped)
                }
            }
        }
        result.inputs.sort()
        return result
    }

    /// Adds the HTML pages of a WARC file; records of other kinds are counted in a note.
    private mutating func listRecords(of file: FolderWalk.Found, gzipped: Bool) {
        var records = 0
        var pages = 0
        var others: [String: Int] = [:]
        var notPages: [String: Int] = [:]
        do {
            let handle = try InputFile(bytes: file.bytes, shownAs: file.path)
            let reader = try WARCReader(file: handle, compressed: gzipped)
            while let record = try reader.next(blockPrefix: Self.httpHeaderLimit) {
                records += 1
                guard record.header.type == "response" else {
                    others[record.header.type.isEmpty ? "untyped" : record.header.type, default: 0] += 1
                    continue
                }
                guard let http = HTTPResponsePayload.parseHeader(record.block[...]) else {
                    notPages["not HTTP", default: 0] += 1
                    continue
                }
                let head = record.block[Swift.min(http.bodyStart, record.block.count)...]
                guard http.isHTMLPage(body: head) else {
                    notPages[http.kind(body: head), default: 0] += 1
                    continue
                }
                pages += 1
                let recordID = record.header.recordID ?? ""
                let identifier = Self.identifier(recordID: recordID, file: file.path, location: record.location)
                inputs.append(ArticleInput(
                    path: "\(file.path)#\(record.location)",
                    relativePath: ArticleInput.recordRelativePath(file: file.relativePath, location: record.location, identifier: identifier),
                    identifier: identifier,
                    origin: .warcRecord(WARCRecordReference(
                        file: file.bytes, gzipped: gzipped, location: record.location, recordID: recordID,
                        targetURI: record.header.targetURI, captureDate: record.header.captureDate))))
            }
        } catch let error as InputError {
            problems.append(.unsupportedInput(path: error.path, reason: "\(Self.dropPath(error.description, error.path)) (the records after it are not read)"))
        } catch {
            problems.append(.unsupportedInput(path: file.path, reason: "\(error)"))
        }
        if records > 0 && pages == 0 {
            let kinds = (notPages.map { "\($0.key) response: \($0.value)" } + others.map { "\($0.key): \($0.value)" }).sorted()
            problems.append(.noPageInWARC(path: file.path, records: records, summary: kinds.joined(separator: ", ")))
        } else if records == 0 {
            problems.append(.noPageInWARC(path: file.path, records: 0, summary: "empty"))
        } else if !notPages.isEmpty {
            let kinds = notPages.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            notes.append("\(file.path): \(notPages.values.reduce(0, +)) response record(s) are not HTML pages and are not read (\(kinds))")
        }
    }

    /// The bytes of a record's block read to find its HTTP header: 64 KiB.
    static let httpHeaderLimit = 1 << 16

    private static func dropPath(_ text: String, _ path: String) -> String {
        text.hasPrefix(path + ": ") ? String(text.dropFirst(path.count + 2)) : text
    }

    /// A name made of a `WARC-Record-ID`: `<urn:uuid:0a1b…>` gives `0a1b…`; characters other
    /// than letters, digits, `.`, `_` and `-` become `-`. A record without an ID is named after
    /// its file and offset.
    static func identifier(recordID: String, file: String, location: WARCRecordLocation) -> String {
        var id = recordID.trimmingSpaces
        if id.hasPrefix("<") && id.hasSuffix(">") { id = String(id.dropFirst().dropLast()) }
        if id.lowercased().hasPrefix("urn:"), let colon = id.lastIndex(of: ":") { id = String(id[id.index(after: colon)...]) }
        var name = String(id.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "-"
        })
        while name.hasPrefix("-") || name.hasPrefix(".") { name.removeFirst() }
        while name.hasSuffix("-") { name.removeLast() }
        if name.isEmpty { name = "\(InputFileType.stem(file))-\(location.offset)" + (location.skip > 0 ? "-\(location.skip)" : "") }
        return name
    }
}

extension ArticleInput {
    /// A WARC record's relative path: the file's, `#`, its zero-padded location (so records sort
    /// in file order) and `/` its identifier (so the identifier can be told from the path alone,
    /// as a shard's article list gives it): `crawl.warc.gz#0000000000001234/0a1b…`.
    static func recordRelativePath(file: String, location: WARCRecordLocation, identifier: String) -> String {
        func padded(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
        }
        let place = padded(location.offset, 16) + (location.skip > 0 ? "+" + padded(location.skip, 10) : "")
        return "\(file)#\(place)/\(identifier)"
    }

    /// The identifier in a WARC record's relative path (see ``recordRelativePath(file:location:identifier:)``),
    /// `nil` for any other path.
    public static func recordIdentifier(relativePath: String) -> String? {
        guard let hash = relativePath.lastIndex(of: "#") else { return nil }
        let rest = relativePath[relativePath.index(after: hash)...]
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let place = rest[..<slash]
        guard !place.isEmpty, place.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "+") }) else { return nil }
        let identifier = rest[rest.index(after: slash)...]
        return identifier.isEmpty ? nil : String(identifier)
    }
}
