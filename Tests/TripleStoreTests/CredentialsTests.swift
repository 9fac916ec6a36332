import Foundation
import Testing

@testable import TripleStore

/// Where credentials come from, how challenges are read and answered, and that secrets never show.
@Suite struct CredentialsTests {
    /// RFC 7616 §3.9.1: the worked example, for MD5 and SHA-256.
    @Test func digestAnswersTheRFCExample() throws {
        let header = """
            Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, \
            nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", \
            Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, \
            nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"
            """
        let challenges = AuthenticationChallenge.parse(header)
        #expect(challenges.count == 2)
        let digests = challenges.compactMap(DigestAuthentication.init)
        let cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"
        let expected = ["SHA-256": "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                        "MD5": "8ca523f5e9506fed4657c9700eebdbec"]
        for digest in digests {
            let answer = digest.authorization(
                user: "Mufasa", password: "Circle of Life", method: "GET", target: "/dir/index.html", count: 1, clientNonce: cnonce)
            #expect(answer.contains("response=\"\(expected[digest.algorithm]!)\""), "\(answer)")
            #expect(answer.contains("nc=00000001"))
            #expect(answer.contains("opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""))
            #expect(!answer.contains("Circle of Life"))
        }
    }

    @Test func challengesWithQuotesCommasAndSeveralSchemes() {
        let challenges = AuthenticationChallenge.parse(#"Basic realm="a, \"quoted\" realm", Bearer realm="api", error="invalid_token""#)
        #expect(challenges.map(\.scheme) == ["basic", "bearer"])
        #expect(challenges[0].parameters["realm"] == #"a, "quoted" realm"#)
        #expect(challenges[1].parameters["error"] == "invalid_token")
        #expect(DigestAuthentication(AuthenticationChallenge(scheme: "digest", parameters: ["nonce": "n", "qop": "auth-int"])) == nil)
        #expect(DigestAuthentication(AuthenticationChallenge(scheme: "digest", parameters: ["nonce": "n", "algorithm": "SHA-512-256"])) == nil)
    }

    @Test func theAuthenticatorWaitsForTheStoreToAskAndStopsWhenRefused() {
        let authenticator = Authenticator(credentials: StoreCredentials(user: "u", password: "p"))
        #expect(authenticator.authorization(method: "PUT", target: "/store?default") == nil)
        #expect(authenticator.shouldRetry(after: #"Basic realm="x""#, sent: nil))
        let basic = authenticator.authorization(method: "PUT", target: "/store?default")
        #expect(basic == "Basic " + Data("u:p".utf8).base64EncodedString())
        #expect(!authenticator.shouldRetry(after: #"Basic realm="x""#, sent: basic), "refused credentials are not sent again")
        let digest = Authenticator(credentials: StoreCredentials(user: "u", password: "p"))
        #expect(digest.shouldRetry(after: #"Digest realm="x", nonce="1", qop="auth""#, sent: nil))
        let first = digest.authorization(method: "PUT", target: "/a") ?? ""
        let second = digest.authorization(method: "PUT", target: "/a") ?? ""
        #expect(first.contains("nc=00000001") && second.contains("nc=00000002"))
        #expect(!digest.shouldRetry(after: #"Digest realm="x", nonce="1", qop="auth""#, sent: second))
        #expect(digest.shouldRetry(after: #"Digest realm="x", nonce="2", qop="auth", stale=true"#, sent: second), "a stale nonce is renewed")
        let token = Authenticator(credentials: StoreCredentials(token: "t"))
        #expect(token.authorization(method: "GET", target: "/") == "Bearer t")
        #expect(!token.shouldRetry(after: #"Basic realm="x""#, sent: "Bearer t"), "no password to answer with")
    }

    @Test func precedenceOfTheSources() throws {
        let netrc = try NetrcFile(text: """
            # a comment
            machine store.example login carol password "pa ss\\"word"
            macdef init
            cd /pub

            default login dave password d4ve
            """)
        let url = StoreCredentials(user: "bob", password: "b0b")
        func resolve(_ option: String?, _ url: StoreCredentials = StoreCredentials(), host: String = "store.example",
                     netrc file: NetrcFile? = nil, environment: [String: String] = [:]) throws -> StoreCredentials {
            try StoreCredentials.resolve(option: option, url: url, host: host, netrc: file, environment: environment)
        }
        #expect(try resolve("alice:a:lice", url) == StoreCredentials(user: "alice", password: "a:lice"))
        #expect(try resolve(nil, url, netrc: netrc) == url)
        #expect(try resolve(nil, netrc: netrc) == StoreCredentials(user: "carol", password: #"pa ss"word"#))
        #expect(try resolve(nil, host: "other.example", netrc: netrc) == StoreCredentials(user: "dave", password: "d4ve"))
        #expect(try resolve("alice", environment: [StoreCredentials.passwordVariable: "env"]) == StoreCredentials(user: "alice", password: "env"))
        #expect(try resolve("carol", netrc: netrc) == StoreCredentials(user: "carol", password: #"pa ss"word"#))
        #expect(throws: TripleStoreError.self) { try resolve("alice") }
        #expect(try resolve(nil, environment: [StoreCredentials.tokenVariable: "tok"]) == StoreCredentials(token: "tok"))
        #expect(try resolve(nil).isEmpty)
        #expect(throws: TripleStoreError.self) { try NetrcFile(text: "login x") }
        #expect(throws: TripleStoreError.self) { try NetrcFile(text: "machine") }
    }

    @Test func urlsAreRedactedAndStripped() throws {
        #expect(URLRedaction.redact("PUT http://alice:pw@host:8890/x?y failed") == "PUT http://alice:***@host:8890/x?y failed")
        #expect(URLRedaction.redact("'https://a:b@h' and http://h/p@q and mailto:x@y") == "'https://a:***@h' and http://h/p@q and mailto:x@y")
        #expect(URLRedaction.redact("http://user@host/") == "http://user@host/")
        let endpoint = try StoreEndpoint(endpoint: "http://alice:p%40ss@127.0.0.1:7878")
        #expect(endpoint.storeURL.absoluteString == "http://127.0.0.1:7878/store")
        #expect(endpoint.queryURL.absoluteString == "http://127.0.0.1:7878/query")
        #expect(endpoint.urlCredentials == StoreCredentials(user: "alice", password: "p@ss"))
        #expect(!StoreCredentials(user: "a", password: "secret", token: "tok").description.contains("secret"))
        #expect(!StoreCredentials(user: "a", password: "secret", token: "T0K3N").description.contains("T0K3N"))
        let error = TripleStoreError.invalidEndpoint("gopher://a:secret@h", reason: "x")
        #expect(!error.description.contains("secret"))
    }
}
