import Foundation

/// Walks a folder for input files: recursively, following symbolic links to folders and
/// files, skipping hidden names (starting with `.`), reading names by their bytes.
///
/// Each folder is entered once, known by its device and inode: a link back to a folder on the
/// way down (a link loop) is reported once and not followed, and a second link to a folder
/// already walked is not walked again. What cannot be walked or read is a problem with its
/// reason: a folder that cannot be listed, a link to nothing, a file of a type the readers do not take.
struct FolderWalk {
    /// A file found, with its path shown and as bytes and its path below the folder walked.
    struct Found {
        var path: String
        var bytes: [UInt8]
        var relativePath: String
        var type: InputFileType
        /// The file's device and inode: the same file reached by two paths is read once.
        var device: UInt64
        var inode: UInt64
    }

    private(set) var found: [Found] = []
    private(set) var problems: [InputError] = []
    private(set) var notes: [String] = []
    /// Files passed over for their type, by extension (for the message when nothing is found).
    private(set) var otherTypes: [String: Int] = [:]
    private var entered: [FolderID: String] = [:]

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Walks `folder` (given as text).
    init(folder: String) {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            problems.append(.unlistableFolder(path: folder, reason: String(cString: strerror(errno))))
            return
        }
        walk(Array(folder.utf8), shown: folder, relative: [], ancestors: [], info: info)
    }

    private mutating func walk(_ folder: [UInt8], shown: String, relative: [UInt8], ancestors: Set<FolderID>, info: stat) {
        let id = FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if ancestors.contains(id) {
            notes.append("\(shown): a symbolic link loop (it leads back to \(entered[id] ?? "a folder above it")): not followed")
            return
        }
        if let first = entered[id] {
            notes.append("\(shown): the same folder as \(first), read there")
            return
        }
        entered[id] = shown
        let names: [[UInt8]]
        switch Self.list(folder) {
        case .success(let list): names = list
        case .failure(let failure):
            problems.append(.unlistableFolder(path: shown, reason: failure.reason))
            return
        }
        var below = ancestors
        below.insert(id)
        let prefix = folder.last == UInt8(ascii: "/") ? folder : folder + [UInt8(ascii: "/")]
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) where name.first != UInt8(ascii: ".") {
            let child = prefix + name
            let childRelative = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
            let shownName = Self.shown(name)
            let childShown = (shown.hasSuffix("/") ? shown : shown + "/") + shownName
            if Array(shownName.utf8) != name {
                notes.append("\(childShown): the name is not UTF-8 (invalid bytes shown as \\xNN); read by its bytes")
            }
            var childInfo = stat()
            guard Self.statBytes(child, &childInfo) else {
                let error = errno
                var linkInfo = stat()
                if Self.lstatBytes(child, &linkInfo), (linkInfo.st_mode & S_IFMT) == S_IFLNK {
                    problems.append(.unsupportedInput(path: childShown, reason: "a symbolic link to nothing (\(String(cString: strerror(error))))"))
                } else {
                    problems.append(.unsupportedInput(path: childShown, reason: "cannot read it: \(String(cString: strerror(error)))"))
                }
                continue
            }
            switch childInfo.st_mode & S_IFMT {
            case S_IFDIR:
                walk(child, shown: childShown, relative: childRelative, ancestors: below, info: childInfo)
            case S_IFREG:
                if let type = InputFileType(name: shownName) {
                    found.append(Found(
                        path: childShown, bytes: child, relativePath: Self.shown(childRelative), type: type,
                        device: UInt64(childInfo.st_dev), inode: UInt64(childInfo.st_ino)))
                } else {
                    let ext = InputFileType.shownExtension(shownName)
                    otherTypes[ext.isEmpty ? "(no extension)" : "." + ext, default: 0] += 1
                    problems.append(.unsupportedInput(
                        path: childShown,
                        reason: "unsupported file type \(ext.isEmpty ? "(no extension)" : "\"." + ext + "\""): expected \(InputFileType.expected)"))
                }
            default:
                problems.append(.unsupportedInput(path: childShown, reason: "not a regular file or folder (a device, socket or pipe)"))
            }
        }
    }

    /// Why a folder could not be listed (`strerror`'s text).
    private struct ListingFailure: Error {
        var reason: String
    }

    /// The names in a folder, as bytes.
    private static func list(_ folder: [UInt8]) -> Result<[[UInt8]], ListingFailure> {
        let handle = (folder + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { opendir($0) }
        }
        guard let handle else { return .failure(ListingFailure(reason: String(cString: strerror(errno)))) }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        errno = 0
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        if errno != 0 { return .failure(ListingFailure(reason: String(cString: strerror(errno)))) }
        return .success(names)
    }

    private static func statBytes(_ path: [UInt8], _ info: inout stat) -> Bool {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { stat($0, &info) == 0 }
        }
    }

    private static func lstatBytes(_ path: [UInt8], _ info: inout stat) -> Bool {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { lstat($0, &info) == 0 }
        }
    }

    /// The name as text: UTF-8 as it is, each byte of an invalid sequence as `\xNN`.
    static func shown(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if Array(text.utf8) == bytes { return text }
        var out = ""
        var index = 0
        while index < bytes.count {
            // The longest valid UTF-8 sequence at `index` (1 to 4 bytes), else one escaped byte.
            var taken = false
            for length in (1...4).reversed() where index + length <= bytes.count {
                let piece = Array(bytes[index..<(index + length)])
                let decoded = String(decoding: piece, as: UTF8.self)
                if Array(decoded.utf8) == piece && decoded.unicodeScalars.count == 1 {
                    out += decoded
                    index += length
                    taken = true
                    break
                }
            }
            if !taken {
                out += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
