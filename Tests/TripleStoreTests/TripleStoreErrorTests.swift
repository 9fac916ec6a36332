import Testing
@testable import TripleStore

@Suite struct TripleStoreErrorTests {
    @Test(arguments: [408, 429, 500, 502, 503, 504])
    func transientStatusesAreRetried(_ status: Int) {
        #expect(TripleStoreError.httpStatus(method: "PUT", url: "u", status: status, message: "").isTransient)
    }

    @Test(arguments: [400, 401, 403, 404, 405, 413, 415])
    func clientErrorsAreNot(_ status: Int) {
        #expect(!TripleStoreError.httpStatus(method: "PUT", url: "u", status: status, message: "").isTransient)
    }

    @Test func connectionFailuresAreRetried() {
        #expect(TripleStoreError.connection(method: "POST", url: "u", reason: "refused").isTransient)
    }

    @Test func messagesNameTheRequestAndTheServersWords() {
        let error = TripleStoreError.httpStatus(
            method: "PUT", url: "http://127.0.0.1:7878/store?default", status: 400, message: "Invalid N-Triples")
        #expect(error.description.contains("PUT http://127.0.0.1:7878/store?default"))
        #expect(error.description.contains("HTTP 400"))
        #expect(error.description.contains("Invalid N-Triples"))
    }

    @Test func backOffDoublesUpToTheMaximum() {
        let policy = RetryPolicy(attempts: 6, initialDelay: 0.5, maximumDelay: 3)
        #expect((1...5).map(policy.delay(after:)) == [0.5, 1, 2, 3, 3])
    }
}
