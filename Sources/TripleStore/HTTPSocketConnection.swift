import Foundation
#if canImport(Glibc)
import Glibc
private let systemConnect = Glibc.connect
private let systemSend = Glibc.send
private let noSignal = Int32(MSG_NOSIGNAL)
#elseif canImport(Darwin)
import Darwin
private let systemConnect = Darwin.connect
private let systemSend = Darwin.send
private let noSignal: Int32 = 0  // Darwin: SO_NOSIGPIPE is set on the socket instead
#endif

/// One blocking HTTP/1.1 exchange over a plain TCP socket (`Connection: close`), for `http://`
/// URLs; the answer ends where its framing says, or when the server closes.
///
/// `URLSession` on Linux keeps a core busy in its event loop while a store thinks about a large
/// request, which on a small machine takes that core from the store; a blocking socket waits
/// without using any CPU. `https://` URLs still go through `URLSession`.
enum HTTPSocketConnection {
    /// Sends the request and reads the whole answer.
    ///
    /// - Throws: ``TripleStoreError/connection(method:url:reason:)`` when the host cannot be
    ///   reached, the connection breaks or no byte arrives for `timeout` seconds.
    static func exchange(_ request: HTTPRequest, timeout: TimeInterval) throws -> HTTPResponse {
        let target = request.url.absoluteString
        func failure(_ reason: String) -> TripleStoreError {
            TripleStoreError.connection(method: request.method, url: target, reason: reason)
        }
        guard let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false),
            let host = components.host, !host.isEmpty
        else { throw failure("the URL has no host") }
        let port = components.port ?? 80
        let path = request.target

        // --timeout is a deadline for the whole exchange, not only for each wait.
        let deadline = Date().addingTimeInterval(timeout)
        let fd = try connect(host: host, port: port, timeout: timeout, failure: failure)
        defer { close(fd) }

        var head = "\(request.method) \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n"
        var headers = request.headers
        headers["Content-Length"] = String(request.body?.count ?? 0)
        headers["User-Agent"] = headers["User-Agent"] ?? "communique"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        // A store may answer (an error) and close before reading the whole body; then the
        // answer is still read below and wins over the broken write.
        var writeError: String?
        do {
            try write(Data(head.utf8), to: fd)
            if let body = request.body { try write(body, to: fd) }
        } catch let error as SocketError {
            writeError = error.reason
        }
        // The write side stays open: Virtuoso takes a half-closed connection for a client that
        // went away and cancels the request. The answer's own framing says where it ends.
        let raw: Data
        do {
            raw = try readResponse(fd, deadline: deadline, timeout: timeout, headOnly: request.method == "HEAD")
        } catch let error as SocketError {
            throw failure(writeError ?? error.reason)
        }
        guard !raw.isEmpty else { throw failure(writeError ?? "the server closed the connection without an answer") }
        return try parse(raw, headOnly: request.method == "HEAD", failure: failure)
    }

    private struct SocketError: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
        init(errno code: Int32, doing what: String) {
            switch code {
            case ECONNREFUSED: reason = "connection refused (is the server running?)"
            case EAGAIN, ETIMEDOUT: reason = "timed out (no answer while \(what))"
            case ECONNRESET, EPIPE: reason = "the connection was reset while \(what)"
            default: reason = "\(String(cString: strerror(code))) while \(what)"
            }
        }
    }

    private static func connect(host: String, port: Int, timeout: TimeInterval, failure: (String) -> TripleStoreError) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw failure("unknown host '\(host)' (\(String(cString: gai_strerror(status))))")
        }
        defer { freeaddrinfo(list) }
        var lastError = SocketError("no address for '\(host)'")
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let info = next {
            next = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            guard fd >= 0 else { continue }
            var limit = timeval(tv_sec: Int(max(1, timeout)), tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            #if canImport(Darwin)
            setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
            #endif
            if systemConnect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return fd }
            lastError = SocketError(errno: errno, doing: "connecting")
            close(fd)
        }
        throw failure(lastError.reason)
    }

    private static func write(_ data: Data, to fd: Int32) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard var pointer = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let sent = systemSend(fd, pointer, left, noSignal)
                if sent < 0 {
                    if errno == EINTR { continue }
                    throw SocketError(errno: errno, doing: "sending the request")
                }
                left -= sent
                pointer += sent
            }
        }
    }

    /// Reads one answer: up to the end its `Content-Length` or chunked encoding gives, else to the
    /// end of the connection.
    /// - Parameter headOnly: the answer to a `HEAD`, which ends with its headers whatever its
    ///   `Content-Length` says.
    private static func readResponse(_ fd: Int32, deadline: Date, timeout: TimeInterval, headOnly: Bool) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if headOnly, let end = data.range(of: Data("\r\n\r\n".utf8)) { return Data(data[..<end.upperBound]) }
            if isComplete(data) { return data }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
                throw SocketError("no complete answer within \(seconds) s (--timeout)")
            }
            var limit = timeval(tv_sec: Int(left), tv_usec: .init((left - left.rounded(.down)) * 1_000_000))
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { return data }
            if count < 0 {
                // A wait that timed out: the loop checks the deadline again.
                if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
                // A reset after a complete answer still leaves the answer usable.
                if (errno == ECONNRESET || errno == EPIPE) && !data.isEmpty { return data }
                throw SocketError(errno: errno, doing: "waiting for the answer")
            }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Whether the bytes hold a whole answer, by its framing (RFC 9112 §6.3).
    static func isComplete(_ data: Data) -> Bool {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return false }
        let head = String(decoding: data[data.startIndex..<end.lowerBound], as: UTF8.self).lowercased()
        let lines = head.components(separatedBy: "\r\n")
        let status = lines.first.flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int($0) } ?? 0
        if status == 204 || status == 304 { return true }
        var length: Int?
        var chunked = false
        for line in lines.dropFirst() {
            if line.hasPrefix("content-length:") { length = Int(line.dropFirst(15).trimmingCharacters(in: .whitespaces)) }
            if line.hasPrefix("transfer-encoding:") && line.contains("chunked") { chunked = true }
        }
        let body = data[end.upperBound...]
        if chunked { return chunkedBodyIsComplete(body) }
        if let length { return body.count >= length }
        return false
    }

    /// Whether a chunked body has arrived up to its last (zero-size) chunk and the empty line after it.
    private static func chunkedBodyIsComplete(_ body: Data) -> Bool {
        let crlf = Data("\r\n".utf8)
        var index = body.startIndex
        while let lineEnd = body.range(of: crlf, in: index..<body.endIndex) {
            let sizeText = String(decoding: body[index..<lineEnd.lowerBound], as: UTF8.self)
                .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(sizeText, radix: 16) else { return true }  // malformed: let the parser say so
            if size == 0 {
                // Trailer fields, if any, end with an empty line.
                return body[lineEnd.upperBound...].range(of: crlf) != nil
            }
            index = lineEnd.upperBound + size + 2
            guard index <= body.endIndex else { return false }
        }
        return false
    }

    /// Splits status line, headers and body; decodes a chunked body.
    private static func parse(_ raw: Data, headOnly: Bool, failure: (String) -> TripleStoreError) throws -> HTTPResponse {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = raw.range(of: separator) else { throw failure("an incomplete HTTP answer") }
        let head = String(decoding: raw[raw.startIndex..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2)
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/"), let status = Int(statusLine[1]) else {
            throw failure("not an HTTP answer: '\(lines.first ?? "")'")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        var body = Data(raw[end.upperBound...])
        if headOnly {
            body = Data()
        } else if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = try dechunk(body, failure: failure)
        } else if let length = headers["content-length"].flatMap(Int.init) {
            guard body.count >= length else {
                throw failure("the answer was cut off: \(body.count) of its \(length) bytes arrived")
            }
            body = body.prefix(length)
        }
        return HTTPResponse(status: status, contentType: headers["content-type"], body: body, headers: headers)
    }

    private static func dechunk(_ data: Data, failure: (String) -> TripleStoreError) throws -> Data {
        var out = Data()
        var index = data.startIndex
        let crlf = Data("\r\n".utf8)
        while index < data.endIndex {
            guard let lineEnd = data.range(of: crlf, in: index..<data.endIndex) else { break }
            let sizeText = String(decoding: data[index..<lineEnd.lowerBound], as: UTF8.self)
                .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(sizeText, radix: 16) else { throw failure("a malformed chunked answer") }
            if size == 0 { break }
            let start = lineEnd.upperBound
            guard start + size <= data.endIndex else { throw failure("a truncated chunked answer") }
            out.append(data[start..<(start + size)])
            index = min(data.endIndex, start + size + 2)
        }
        return out
    }
}
