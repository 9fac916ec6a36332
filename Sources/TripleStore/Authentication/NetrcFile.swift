import Foundation

/// A `~/.netrc` file: the logins and passwords of hosts, as curl, ftp and git read them.
///
/// The format is a sequence of whitespace-separated tokens: `machine HOST` starts an entry,
/// `default` starts the entry for every other host, `login`, `password` and `account` take a value,
/// and `macdef NAME` starts a macro that runs to the next empty line. Values may be double-quoted
/// with backslash escapes, as curl accepts.
public struct NetrcFile: Sendable, Hashable {
    /// One host's entry.
    public struct Entry: Sendable, Hashable {
        /// The host, `nil` for the `default` entry.
        public var machine: String?
        public var login: String?
        public var password: String?
    }

    /// The entries in file order.
    public var entries: [Entry]

    /// Parses the text of a netrc file.
    ///
    /// - Throws: ``TripleStoreError/invalidNetrc(path:reason:)`` for a keyword without its value
    ///   or a value outside an entry.
    public init(text: String, path: String = "~/.netrc") throws {
        var entries: [Entry] = []
        var tokens = NetrcFile.tokens(text)[...]
        func value(after keyword: String) throws -> String {
            guard let value = tokens.popFirst() else {
                throw TripleStoreError.invalidNetrc(path: path, reason: "'\(keyword)' has no value")
            }
            return value
        }
        while let token = tokens.popFirst() {
            switch token {
            case "machine": entries.append(Entry(machine: try value(after: token)))
            case "default": entries.append(Entry(machine: nil))
            case "login", "password", "account":
                let given = try value(after: token)
                guard !entries.isEmpty else {
                    throw TripleStoreError.invalidNetrc(path: path, reason: "'\(token)' before any 'machine' or 'default'")
                }
                if token == "login" { entries[entries.count - 1].login = given }
                if token == "password" { entries[entries.count - 1].password = given }
            default:
                throw TripleStoreError.invalidNetrc(path: path, reason: "unexpected '\(token.prefix(40))'")
            }
        }
        self.entries = entries
    }

    /// Reads `$NETRC`, else `~/.netrc`.
    ///
    /// - Throws: ``TripleStoreError/invalidNetrc(path:reason:)`` when it cannot be read or parsed.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> NetrcFile {
        let path = environment["NETRC"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".netrc").path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TripleStoreError.invalidNetrc(path: path, reason: "cannot be read (--netrc was given)")
        }
        return try NetrcFile(text: String(decoding: data, as: UTF8.self), path: path)
    }

    /// The entry of a host (compared without case), else the `default` entry.
    public func entry(for host: String) -> Entry? {
        entries.first { $0.machine?.lowercased() == host.lowercased() } ?? entries.first { $0.machine == nil }
    }

    /// Splits the text into tokens, dropping `macdef` bodies and `#` comment lines.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var lines = text.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
            var characters = line[...]
            while let first = characters.first {
                if first.isWhitespace { characters.removeFirst(); continue }
                var token = ""
                if first == "\"" {
                    characters.removeFirst()
                    while let c = characters.popFirst(), c != "\"" {
                        if c == "\\", let escaped = characters.popFirst() { token.append(escaped) } else { token.append(c) }
                    }
                } else {
                    while let c = characters.first, !c.isWhitespace { token.append(c); characters.removeFirst() }
                }
                tokens.append(token)
            }
            if tokens.count >= 2, tokens[tokens.count - 2] == "macdef" {
                tokens.removeLast(2)
                // The macro body runs to the next empty line.
                while let body = lines.popFirst(), !body.trimmingCharacters(in: .whitespaces).isEmpty {}
            }
        }
        return tokens
    }
}
