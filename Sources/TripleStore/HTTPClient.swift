import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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

/// A blocking HTTP client for stores, retrying transient failures with back-off: `http://` over a
/// plain blocking socket (``HTTPSocketConnection``), `https://` through `URLSession`.
///
/// (swift-server's AsyncHTTPClient 1.37 was tried in its place and crashed with "A connection
/// that we don't know was released?" in its connection pool while publishing into Virtuoso.)
///
/// Errors are ``TripleStoreError`` values naming the method and URL; a non-2xx answer carries
/// the start of the server's message. Redirects are never followed; authentication challenges
/// are answered by an ``Authenticator``.
final class StoreHTTPClient: Sendable {
    let session: URLSession
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
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = max(timeout, 24 * 3600)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = 2
        // Redirects are not followed: credentials must never reach another host.
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
        self.authenticator = Authenticator(credentials: credentials)
        self.retry = retry
        self.timeout = timeout
        self.onRetry = onRetry
    }

    deinit { session.finishTasksAndInvalidate() }

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
        var response = try exchange(sent)
        if response.status == 401,
            authenticator.shouldRetry(after: response.headers["www-authenticate"], sent: sent.headers["Authorization"])
        {
            sent = authorized(request)
            response = try exchange(sent)
        }
        guard (200...299).contains(response.status) else {
            let error = TripleStoreError.httpStatus(
                method: request.method, url: request.url.absoluteString, status: response.status,
                message: StoreHTTPClient.excerpt(response.body))
            throw RefusedAnswer(error: error, retryAfter: response.headers["retry-after"].flatMap { TimeInterval($0) })
        }
        return response
    }

    /// The request with the `Authorization` header the authenticator gives, if any.
    private func authorized(_ request: HTTPRequest) -> HTTPRequest {
        var request = request
        if let authorization = authenticator.authorization(method: request.method, target: request.target) {
            request.headers["Authorization"] = authorization
        }
        return request
    }

    /// One exchange, whatever the status: over a plain socket for `http://`, `URLSession` otherwise.
    private func exchange(_ request: HTTPRequest) throws -> HTTPResponse {
        guard request.url.scheme?.lowercased() == "http" else { return try sendWithURLSession(request) }
        return try HTTPSocketConnection.exchange(request, timeout: timeout)
    }

    /// One try through `URLSession` (for `https://`).
    func sendWithURLSession(_ request: HTTPRequest) throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let completion: @Sendable (Data?, URLResponse?, Error?) -> Void = { data, response, error in
            box.set(data: data, response: response, error: error)
            done.signal()
        }
        let task: URLSessionTask
        if let body = request.body {
            task = session.uploadTask(with: urlRequest, from: body, completionHandler: completion)
        } else {
            task = session.dataTask(with: urlRequest, completionHandler: completion)
        }
        task.resume()
        done.wait()
        let (data, response, error) = box.get()
        let target = request.url.absoluteString
        if let error {
            throw TripleStoreError.connection(method: request.method, url: target, reason: StoreHTTPClient.reason(error))
        }
        guard let http = response as? HTTPURLResponse else {
            throw TripleStoreError.connection(method: request.method, url: target, reason: "no HTTP answer")
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return HTTPResponse(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"), body: data ?? Data(),
            headers: headers)
    }

    /// The first line or so of a server's error body, for messages.
    static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(600), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return text.count > 400 ? String(text.prefix(400)) + "…" : text
    }

    /// A readable reason for a URL loading error (`URLSession`'s own text is often `(null)`).
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        var text: String
        switch ns.code {
        case NSURLErrorCannotConnectToHost: text = "connection refused (is the server running?)"
        case NSURLErrorTimedOut: text = "timed out"
        case NSURLErrorNetworkConnectionLost: text = "the connection was lost"
        case NSURLErrorCannotFindHost: text = "unknown host"
        default: text = "URL error \(ns.code)"
        }
        if let detail = ns.userInfo[NSLocalizedDescriptionKey] as? String, !detail.isEmpty, detail != "(null)" {
            text += " (\(detail))"
        }
        return text
    }
}

/// Refuses every redirect, so a request (and its credentials) goes only to the URL it was sent to;
/// the `3xx` answer is reported as it is.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

/// Carries a completion handler's values back to the waiting thread.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: URLResponse?
    private var error: Error?

    func set(data: Data?, response: URLResponse?, error: Error?) {
        lock.lock()
        defer { lock.unlock() }
        (self.data, self.response, self.error) = (data, response, error)
    }

    func get() -> (Data?, URLResponse?, Error?) {
        lock.lock()
        defer { lock.unlock() }
        return (data, response, error)
    }
}
