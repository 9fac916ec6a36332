import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// One HTTP request to a store.
struct HTTPRequest: Sendable {
    var method: String
    var url: URL
    var headers: [String: String] = [:]
    var body: Data? = nil
}

extension HTTPRequest {
    /// The request target as sent on the request line: the percent-encoded path and query.
    var target: String {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return "/" }
        var target = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { target += "?" + query }
        return target
    }
}

/// A store's answer: status, headers and the body.
struct HTTPResponse: Sendable {
    var status: Int
    var contentType: String?
    var body: Data
    /// The headers, names in lower case; repeated headers joined with `, `.
    var headers: [String: String] = [:]
}

/// How often and how patiently a request is tried again after a transient failure.
public struct RetryPolicy: Sendable, Hashable {
    /// The number of tries in all (1 = no retry).
    public var attempts: Int
    /// The pause before the second try; it doubles each time, up to ``maximumDelay``.
    public var initialDelay: TimeInterval
    /// The longest pause between two tries.
    public var maximumDelay: TimeInterval

    public init(attempts: Int = 4, initialDelay: TimeInterval = 0.5, maximumDelay: TimeInterval = 8) {
        self.attempts = max(1, attempts)
        self.initialDelay = max(0, initialDelay)
        self.maximumDelay = max(self.initialDelay, maximumDelay)
    }

    /// The pause before try number `attempt + 1` (`attempt` counts from 1).
    func delay(after attempt: Int) -> TimeInterval {
        min(maximumDelay, initialDelay * pow(2, Double(attempt - 1)))
    }
}

/// A blocking HTTP client for stores, over swift-server's `AsyncHTTPClient` (SwiftNIO, TLS through
/// swift-nio-ssl), retrying transient failures with back-off.
///
/// Connections are kept alive and reused between requests. `timeout` bounds connecting, each
/// wait for the next bytes, and the whole request. Redirects are never followed, so a request and
/// its credentials go only where they were sent; authentication challenges are answered by an
/// ``Authenticator``. A response shorter than its `Content-Length` is a failure. Errors are
/// ``TripleStoreError`` values naming the method and URL; a non-2xx answer carries the start of
/// the server's message.
final class StoreHTTPClient: Sendable {
    let client: HTTPClient
    let retry: RetryPolicy
    let timeout: TimeInterval
    /// Called before each retry with the error and the pause, for progress messages.
    let onRetry: (@Sendable (TripleStoreError, TimeInterval) -> Void)?
    /// Answers the store's authentication challenges.
    let authenticator: Authenticator

    init(
        timeout: TimeInterval, retry: RetryPolicy, credentials: StoreCredentials = StoreCredentials(),
        onRetry: (@Sendable (TripleStoreError, TimeInterval) -> Void)? = nil
    ) {
        let limit = TimeAmount.milliseconds(Int64(max(0.001, timeout) * 1000))
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: HTTPClient.Configuration.Timeout(connect: limit, read: limit),
            decompression: .disabled)
        configuration.timeout.write = limit
        // A refused connection is reported at once and retried by ``RetryPolicy`` (announced),
        // not retried in silence by the pool until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        self.authenticator = Authenticator(credentials: credentials)
        self.retry = retry
        self.timeout = timeout
        self.onRetry = onRetry
    }

    deinit { try? client.syncShutdown() }

    /// Sends the request, retrying transient failures, and returns a 2xx answer.
    ///
    /// The pause before a retry doubles each time (``RetryPolicy``); a `429` or `503` answer's
    /// `Retry-After` (in seconds, at most a minute) lengthens it.
    ///
    /// - Throws: ``TripleStoreError/httpStatus(method:url:status:message:)`` or
    ///   ``TripleStoreError/connection(method:url:reason:)`` after the last try.
    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        var attempt = 1
        while true {
            let failure: TripleStoreError
            var retryAfter: TimeInterval = 0
            do {
                return try sendOnce(request)
            } catch let refused as RefusedAnswer {
                failure = refused.error
                retryAfter = refused.retryAfter ?? 0
            } catch let error as TripleStoreError {
                failure = error
            }
            guard failure.isTransient, attempt < retry.attempts else { throw failure }
            let pause = max(retry.delay(after: attempt), min(retryAfter, 60))
            onRetry?(failure, pause)
            Thread.sleep(forTimeInterval: pause)
            attempt += 1
        }
    }

    /// A non-2xx answer, with the pause its `Retry-After` header asks for.
    private struct RefusedAnswer: Error {
        let error: TripleStoreError
        let retryAfter: TimeInterval?
    }

    /// One try, without retries, answering an authentication challenge once.
    ///
    /// - Throws: a ``RefusedAnswer`` for a non-2xx answer, ``TripleStoreError`` otherwise.
    private func sendOnce(_ request: HTTPRequest) throws -> HTTPResponse {
        if request.body != nil, authenticator.shouldProbe() {
            let probe = try exchange(authorized(HTTPRequest(method: "HEAD", url: request.url)))
            if probe.status == 401 { _ = authenticator.shouldRetry(after: probe.headers["www-authenticate"], sent: nil) }
        }
        var sent = authorized(request)
        var response = try exchangeOrAsk(sent)
        if response.status == 401,
            authenticator.shouldRetry(after: response.headers["www-authenticate"], sent: sent.headers["Authorization"])
        {
            sent = authorized(request)
            response = try exchangeOrAsk(sent)
        }
        guard (200...299).contains(response.status) else {
            let error = TripleStoreError.httpStatus(
                method: request.method, url: request.url.absoluteString, status: response.status,
                message: StoreHTTPClient.excerpt(response.body))
            throw RefusedAnswer(error: error, retryAfter: response.headers["retry-after"].flatMap { TimeInterval($0) })
        }
        return response
    }

    /// One exchange; when the store cut the upload off (it answered, a refusal, before it read the
    /// body, and that answer was lost), the same URL is asked again with `HEAD` and the same
    /// credentials, so the refusal is reported as the store states it.
    private func exchangeOrAsk(_ request: HTTPRequest) throws -> HTTPResponse {
        do {
            return try exchange(request)
        } catch let cut as CutOffUpload {
            let answer = try exchange(authorized(HTTPRequest(method: "HEAD", url: request.url)))
            guard !(200...299).contains(answer.status) else { throw cut.error }
            return answer
        }
    }

    /// The store closed the connection while the request body was being sent.
    private struct CutOffUpload: Error {
        let error: TripleStoreError
    }

    /// The request with the `Authorization` header the authenticator gives, if any.
    private func authorized(_ request: HTTPRequest) -> HTTPRequest {
        var request = request
        if let authorization = authenticator.authorization(method: request.method, target: request.target) {
            request.headers["Authorization"] = authorization
        }
        return request
    }

    /// One exchange, whatever the status.
    private func exchange(_ request: HTTPRequest) throws -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "User-Agent", value: "communique")
        // AsyncHTTPClient frames the body itself.
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) where name.lowercased() != "content-length" {
            headers.replaceOrAdd(name: name, value: value)
        }
        let deadline = NIODeadline.now() + .milliseconds(Int64(max(0.001, timeout) * 1000))
        do {
            let outgoing = try HTTPClient.Request(
                url: request.url, method: HTTPMethod(rawValue: request.method), headers: headers,
                body: request.body.map { .bytes($0) })
            let response = try client.execute(request: outgoing, deadline: deadline).wait()
            var received: [String: String] = [:]
            for (name, value) in response.headers {
                let key = name.lowercased()
                received[key] = received[key].map { $0 + ", " + value } ?? value
            }
            return HTTPResponse(
                status: Int(response.status.code), contentType: received["content-type"],
                body: response.body.map { Data($0.readableBytesView) } ?? Data(), headers: received)
        } catch {
            let failure = TripleStoreError.connection(method: request.method, url: request.url.absoluteString, reason: reason(error))
            if let error = error as? HTTPClientError, error == .requestStreamCancelled, request.body != nil {
                throw CutOffUpload(error: failure)
            }
            throw failure
        }
    }

    /// A readable reason for a transport failure.
    func reason(_ error: Error) -> String {
        let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return "timed out connecting (--timeout \(seconds) s)"
            case .readTimeout: return "timed out: nothing arrived for \(seconds) s (--timeout)"
            case .deadlineExceeded: return "no complete answer within \(seconds) s (--timeout)"
            case .remoteConnectionClosed: return "the server closed the connection before the answer was complete"
            case .bodyLengthMismatch: return "the answer was cut off: its body is shorter than its Content-Length"
            case .requestStreamCancelled: return "the store closed the connection while the request was being sent"
            case .invalidURL, .emptyHost: return "an unusable URL (\(error))"
            default: break
            }
        }
        if let error = error as? HTTPParserError, error == .invalidEOFState {
            return "the answer was cut off: the connection closed before the end its Content-Length announced"
        }
        let text = String(describing: error)
        if let io = error as? IOError, io.errnoCode == ECONNREFUSED { return "connection refused (is the server running?)" }
        if text.lowercased().contains("connection refused") { return "connection refused (is the server running?)" }
        if text.lowercased().contains("connection reset") { return "the connection was reset" }
        return text
    }

    /// The first line or so of a server's error body, for messages.
    static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(600), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return text.count > 400 ? String(text.prefix(400)) + "…" : text
    }
}
