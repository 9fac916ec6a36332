import Foundation

/// Keeps passwords out of everything Communique prints: URLs shown in messages carry at most the
/// user name, with the password replaced by `***`.
public enum URLRedaction {
    /// The text with the password of every `scheme://user:password@` replaced by `***`
    /// (`http://alice:***@host/…`).
    public static func redact(_ text: String) -> String {
        guard text.contains("@") else { return text }
        var out = ""
        var rest = text[...]
        while let scheme = rest.range(of: "://") {
            out += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first '/', '?', '#' or white space; user info before its last '@'.
            let end = rest.firstIndex { "/?#".contains($0) || $0.isWhitespace || $0 == "'" || $0 == "\"" } ?? rest.endIndex
            let authority = rest[..<end]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                out += authority[..<colon] + ":***" + authority[at...]
            } else {
                out += authority
            }
            rest = rest[end...]
        }
        return out + rest
    }

    /// The URL without its user and password.
    static func withoutUserInfo(_ url: URL) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            components.user != nil || components.password != nil
        else { return url }
        components.user = nil
        components.password = nil
        return components.url ?? url
    }

    /// The user and password in a URL, percent-decoded.
    static func userInfo(_ url: URL) -> StoreCredentials {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return StoreCredentials() }
        return StoreCredentials(user: components.user, password: components.password)
    }
}
