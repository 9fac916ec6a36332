import Crypto
import Foundation

/// HTTP Digest access authentication (RFC 7616), as Virtuoso asks for on its Graph Store:
/// the answer to a server's `Digest` challenge for one request.
///
/// Supports the algorithms `MD5`, `MD5-sess`, `SHA-256` and `SHA-256-sess`, `qop=auth` (and no
/// `qop`, RFC 2069 style), `opaque`, and `userhash`. The password itself is never sent.
struct DigestAuthentication: Sendable {
    let realm: String
    let nonce: String
    let opaque: String?
    let algorithm: String
    let useQualityOfProtection: Bool
    let userhash: Bool

    /// The challenge's values, or `nil` when it asks for something this client cannot do
    /// (an unknown algorithm, or only `qop=auth-int`).
    init?(_ challenge: AuthenticationChallenge) {
        guard challenge.scheme == "digest", let nonce = challenge.parameters["nonce"] else { return nil }
        let algorithm = (challenge.parameters["algorithm"] ?? "MD5").uppercased()
        guard ["MD5", "MD5-SESS", "SHA-256", "SHA-256-SESS"].contains(algorithm) else { return nil }
        if let qop = challenge.parameters["qop"] {
            let offered = qop.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard offered.contains("auth") else { return nil }
            useQualityOfProtection = true
        } else {
            useQualityOfProtection = false
        }
        self.realm = challenge.parameters["realm"] ?? ""
        self.nonce = nonce
        self.opaque = challenge.parameters["opaque"]
        self.algorithm = algorithm
        self.userhash = challenge.parameters["userhash"]?.lowercased() == "true"
    }

    /// Whether a SHA-256 algorithm is asked for (preferred over MD5 when a server offers both).
    var isSHA256: Bool { algorithm.hasPrefix("SHA-256") }

    /// The `Authorization` header value for one request.
    ///
    /// - Parameters:
    ///   - method: the request method.
    ///   - target: the request target as sent on the request line (path and query).
    ///   - count: the nonce count, 1 for the first request with this nonce.
    ///   - clientNonce: a fresh random value (given by the caller so tests can fix it).
    func authorization(user: String, password: String, method: String, target: String, count: Int, clientNonce: String) -> String {
        var a1 = hash("\(user):\(realm):\(password)")
        if algorithm.hasSuffix("-SESS") { a1 = hash("\(a1):\(nonce):\(clientNonce)") }
        let a2 = hash("\(method):\(target)")
        let nc = String(format: "%08x", count)
        let response = useQualityOfProtection
            ? hash("\(a1):\(nonce):\(nc):\(clientNonce):auth:\(a2)")
            : hash("\(a1):\(nonce):\(a2)")
        let username = userhash ? hash("\(user):\(realm)") : user
        var fields = [
            "username=\(Self.quoted(username))", "realm=\(Self.quoted(realm))", "nonce=\(Self.quoted(nonce))",
            "uri=\(Self.quoted(target))", "algorithm=\(algorithm == "MD5-SESS" ? "MD5-sess" : algorithm == "SHA-256-SESS" ? "SHA-256-sess" : algorithm)",
            "response=\(Self.quoted(response))",
        ]
        if useQualityOfProtection { fields += ["qop=auth", "nc=\(nc)", "cnonce=\(Self.quoted(clientNonce))"] }
        if let opaque { fields.append("opaque=\(Self.quoted(opaque))") }
        if userhash { fields.append("userhash=true") }
        return "Digest " + fields.joined(separator: ", ")
    }

    private func hash(_ text: String) -> String {
        let data = Data(text.utf8)
        let digest: [UInt8] = isSHA256 ? Array(SHA256.hash(data: data)) : Array(Insecure.MD5.hash(data: data))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    private static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A random client nonce: 16 bytes in hex.
    static func clientNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
