import Foundation

/// Answers a store's authentication challenges for one client: the `Authorization` header of each
/// request.
///
/// Nothing secret is sent before the store asks, except a bearer token, which is sent with every
/// request (RFC 6750). After a `401` with a `WWW-Authenticate` challenge, the request is repeated
/// once with Digest (RFC 7616, preferred, SHA-256 before MD5) or Basic (RFC 7617) credentials,
/// and the scheme is kept for the following requests, so only the first request is sent twice.
/// A second `401` after credentials were sent means they were refused (unless the Digest nonce was
/// only stale), and it is reported as it is.
final class Authenticator: @unchecked Sendable {
    let credentials: StoreCredentials
    private let lock = NSLock()
    private var learned: Scheme = .none
    private var probed = false

    private enum Scheme {
        case none
        case basic
        case digest(DigestAuthentication, count: Int)
    }

    init(credentials: StoreCredentials) {
        self.credentials = credentials
    }

    /// The `Authorization` header for the next request, if any.
    func authorization(method: String, target: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let user = credentials.user, let password = credentials.password else {
            return credentials.token.map { "Bearer \($0)" }
        }
        switch learned {
        case .none:
            return credentials.token.map { "Bearer \($0)" }
        case .basic:
            return "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        case .digest(let digest, let count):
            learned = .digest(digest, count: count + 1)
            return digest.authorization(
                user: user, password: password, method: method, target: target, count: count + 1,
                clientNonce: DigestAuthentication.clientNonce())
        }
    }

    /// Whether the store should first be asked, with a `HEAD` request, how it wants to be logged
    /// in to: once per client, when there is a password to log in with and no scheme is known yet.
    /// A store that refuses a request early, before it has read a large body, closes the
    /// connection under the upload, and its answer may be lost; a `HEAD` has no body.
    func shouldProbe() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard credentials.hasPassword, case .none = learned, !probed else { return false }
        probed = true
        return true
    }

    /// Learns from a `401` answer; returns whether repeating the request with credentials may
    /// succeed.
    ///
    /// - Parameters:
    ///   - challenge: the answer's `WWW-Authenticate` header.
    ///   - sent: the `Authorization` header the refused request carried.
    func shouldRetry(after challenge: String?, sent: String?) -> Bool {
        guard credentials.hasPassword, let challenge else { return false }
        let challenges = AuthenticationChallenge.parse(challenge)
        let digests = challenges.compactMap(DigestAuthentication.init)
        lock.lock()
        defer { lock.unlock() }
        if let digest = digests.first(where: \.isSHA256) ?? digests.first {
            let stale = challenges.contains { $0.scheme == "digest" && $0.parameters["stale"]?.lowercased() == "true" }
            if sent?.hasPrefix("Digest ") == true && !stale { return false }
            learned = .digest(digest, count: 0)
            return true
        }
        if challenges.contains(where: { $0.scheme == "basic" }) {
            if sent?.hasPrefix("Basic ") == true { return false }
            learned = .basic
            return true
        }
        return false
    }
}
