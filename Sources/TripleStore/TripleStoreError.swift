import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What went wrong talking to a triple store over HTTP, with the endpoint, the method and the
/// server's own words.
///
/// Every case prints as one line that names the request (`PUT http://…/store?graph=…`), so a
/// user can repeat it with `curl`.
public enum TripleStoreError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// The server answered with a status outside 2xx. `message` is the start of its body.
    case httpStatus(method: String, url: String, status: Int, message: String)
    /// No answer: the connection was refused, reset or timed out, or the URL is unusable.
    case connection(method: String, url: String, reason: String)
    /// An endpoint URL that is not an absolute `http`/`https` URL.
    case invalidEndpoint(String, reason: String)
    /// The server's answer could not be read (for example a SPARQL result that is not JSON).
    case invalidResponse(url: String, reason: String)
    /// A blank node that would be split across two requests of the same graph, where the store
    /// would read it as two different nodes.
    case blankNodeSpansRequests(label: String, graph: String)
    /// A user name was given for the store, but no password for it anywhere.
    case missingPassword(user: String, host: String)
    /// The netrc file could not be read or parsed.
    case invalidNetrc(path: String, reason: String)

    /// One line; any password in a URL it quotes is replaced by `***`.
    public var description: String { URLRedaction.redact(unredactedDescription) }

    private var unredactedDescription: String {
        switch self {
        case .httpStatus(let method, let url, let status, let message):
            let reason = HTTPURLResponse.localizedString(forStatusCode: status)
            let body = message.isEmpty ? "" : ": \(message)"
            let hint = status == 401
                ? " (the store asks for a login: give --user NAME[:PASSWORD], --netrc, \(StoreCredentials.passwordVariable) or \(StoreCredentials.tokenVariable))"
                : ""
            return "\(method) \(url) failed with HTTP \(status) \(reason)\(body)\(hint)"
        case .connection(let method, let url, let reason):
            return "\(method) \(url) failed: \(reason)"
        case .invalidEndpoint(let url, let reason):
            return "invalid endpoint '\(url)': \(reason)"
        case .invalidResponse(let url, let reason):
            return "unreadable answer from \(url): \(reason)"
        case .blankNodeSpansRequests(let label, let graph):
            return "blank node _:\(label) of \(graph) would be split across two requests, and the store would "
                + "read it as two nodes; raise --batch-size so the graph fits one request, or skolemize the dump"
        case .missingPassword(let user, let host):
            return "no password for user '\(user)' at \(host): give --user \(user):PASSWORD, set "
                + "\(StoreCredentials.passwordVariable), or add the host to ~/.netrc and give --netrc"
        case .invalidNetrc(let path, let reason):
            return "\(path): \(reason)"
        }
    }

    public var errorDescription: String? { description }

    /// Whether trying the same request again may succeed: connection failures, time-outs,
    /// `429 Too Many Requests` and `5xx` answers.
    public var isTransient: Bool {
        switch self {
        case .httpStatus(_, _, let status, _): status == 429 || status == 408 || (500...599).contains(status)
        case .connection: true
        default: false
        }
    }
}
