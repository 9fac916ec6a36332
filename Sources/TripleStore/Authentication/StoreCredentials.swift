import Foundation

/// What Communique may present to a store that asks who it is: a user name and password (for HTTP
/// Basic and Digest authentication) and a bearer token.
///
/// ``description`` never shows the password or the token, so credentials can be logged by mistake
/// without leaking.
public struct StoreCredentials: Sendable, Hashable, CustomStringConvertible {
    /// The user name, `nil` when none was given.
    public var user: String?
    /// The password of ``user``.
    public var password: String?
    /// A bearer token (RFC 6750), sent as `Authorization: Bearer …`.
    public var token: String?

    public init(user: String? = nil, password: String? = nil, token: String? = nil) {
        self.user = user
        self.password = password
        self.token = token
    }

    /// Whether there is nothing to present.
    public var isEmpty: Bool { user == nil && token == nil }

    /// Whether a user and password can answer a Basic or Digest challenge.
    var hasPassword: Bool { user != nil && password != nil }

    /// `user alice with a password`, never the secret itself.
    public var description: String {
        var parts: [String] = []
        if let user { parts.append("user \(user)" + (password == nil ? " without a password" : " with a password")) }
        if token != nil { parts.append("a bearer token") }
        return parts.isEmpty ? "no credentials" : parts.joined(separator: " and ")
    }

    /// The environment variable holding the password of the user given in the URL, `--user` or `~/.netrc`.
    public static let passwordVariable = "COMMUNIQUE_STORE_PASSWORD"
    /// The environment variable holding a bearer token.
    public static let tokenVariable = "COMMUNIQUE_STORE_TOKEN"

    /// Gathers the credentials for a store from everything a user can give, in curl's order of
    /// precedence: `--user NAME[:PASSWORD]`, then the user part of the URL, then `~/.netrc` (when
    /// asked for); a missing password comes from ``passwordVariable``, then from the netrc entry of
    /// the same login; a token from ``tokenVariable``.
    ///
    /// - Parameters:
    ///   - option: the value of `--user`, `NAME` or `NAME:PASSWORD` (split at the first colon).
    ///   - url: the user and password in the store URL, already percent-decoded.
    ///   - host: the store's host, to find its netrc entry.
    ///   - netrc: the parsed netrc file, when `--netrc` was given.
    ///   - environment: the process environment.
    /// - Throws: ``TripleStoreError/missingPassword(user:host:)`` for a user without a password.
    public static func resolve(
        option: String?, url: StoreCredentials, host: String, netrc: NetrcFile?, environment: [String: String]
    ) throws -> StoreCredentials {
        var credentials = StoreCredentials()
        if let option {
            if let colon = option.firstIndex(of: ":") {
                credentials.user = String(option[..<colon])
                credentials.password = String(option[option.index(after: colon)...])
            } else {
                credentials.user = option
            }
        } else if url.user != nil {
            credentials.user = url.user
            credentials.password = url.password
        } else if let entry = netrc?.entry(for: host) {
            credentials.user = entry.login
            credentials.password = entry.password
        }
        if let user = credentials.user, credentials.password == nil {
            if let password = environment[passwordVariable], !password.isEmpty {
                credentials.password = password
            } else if let entry = netrc?.entry(for: host), entry.login == user || entry.login == nil {
                credentials.password = entry.password
            }
            if credentials.password == nil { throw TripleStoreError.missingPassword(user: user, host: host) }
        }
        if credentials.user?.isEmpty == true { credentials.user = nil; credentials.password = nil }
        if let token = environment[tokenVariable], !token.isEmpty { credentials.token = token }
        return credentials
    }
}
