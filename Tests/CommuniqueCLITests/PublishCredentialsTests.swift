import Foundation
import TestSupport
import Testing
import TripleStore

#if canImport(Glibc)
import Glibc
#endif

/// `communique publish` logs in to a store that asks (Fixtures/publish/auth_store.py: HTTP Basic,
/// Digest as Virtuoso asks, Bearer) with credentials from the URL, `--user`, the environment and
/// `--netrc`, and never prints or writes the secret, whether the publish succeeds or fails.
@Suite(.serialized) struct PublishCredentialsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/publish")
    static let dump = fixtures.appendingPathComponent("seed-like.nq").path
    static let secret = "s3cretPW-\(UInt32.random(in: 0...UInt32.max))"

    /// Runs publish against a store asking for `scheme`; returns the outcome and the store's log.
    func publish(
        scheme: String, url: (String) -> String, arguments: [String] = [], environment: [String: String] = [:],
        storeSecret: String = secret
    ) throws -> (CommandLineTool.Outcome, [String]) {
        let store = try AuthStore(scheme: scheme, user: "alice", secret: storeSecret)
        let outcome = try CommandLineTool.run(
            ["publish", Self.dump, "--endpoint", url(store.address), "--retries", "0", "--verify"] + arguments,
            environment: environment)
        let log = store.stop()
        #expect(!outcome.standardOutput.contains(Self.secret), "the secret is printed:\n\(outcome.standardOutput)")
        #expect(!outcome.standardError.contains(Self.secret), "the secret is printed:\n\(outcome.standardError)")
        return (outcome, log)
    }

    @Test(arguments: ["basic", "digest"])
    func theUserPartOfTheURLIsSentAsTheStoreAsks(_ scheme: String) throws {
        let (outcome, log) = try publish(scheme: scheme, url: { "http://alice:\(Self.secret)@\($0)" })
        #expect(outcome.status == 0, "\(outcome.standardError)\n\(log)")
        #expect(outcome.standardOutput.contains("published 54 statements"), "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("verified: default graph holds 3 triples"))
        // Nothing secret before the store asks: the graph store client and the query client
        // each send their first request bare, then every request carries the scheme.
        let refused = log.filter { $0.contains("refused") }
        #expect((1...2).contains(refused.count), "\(log)")
        #expect(refused.allSatisfy { $0.hasSuffix("none") }, "\(log)")
        #expect(log.filter { $0.contains("accepted") }.allSatisfy { $0.lowercased().hasSuffix(scheme) }, "\(log)")
        #expect(!outcome.standardOutput.contains("alice:"), "the URL is printed with its user part")
    }

    @Test func theUserOptionAndThePasswordVariable() throws {
        let (outcome, log) = try publish(
            scheme: "digest", url: { "http://\($0)" }, arguments: ["--user", "alice"],
            environment: [StoreCredentials.passwordVariable: Self.secret])
        #expect(outcome.status == 0, "\(outcome.standardError)\n\(log)")
        let (withPassword, _) = try publish(scheme: "basic", url: { "http://\($0)" }, arguments: ["-u", "alice:\(Self.secret)"])
        #expect(withPassword.status == 0, "\(withPassword.standardError)")
    }

    @Test func theNetrcFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let netrc = folder.path("netrc")
        try "machine 127.0.0.1\n  login alice\n  password \"\(Self.secret)\"\ndefault login nobody password nothing\n"
            .write(toFile: netrc, atomically: true, encoding: .utf8)
        let (outcome, log) = try publish(scheme: "digest", url: { "http://\($0)" }, arguments: ["--netrc"], environment: ["NETRC": netrc])
        #expect(outcome.status == 0, "\(outcome.standardError)\n\(log)")
        let (missing, _) = try publish(scheme: "digest", url: { "http://\($0)" }, arguments: ["--netrc"], environment: ["NETRC": folder.path("none")])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("cannot be read"))
    }

    @Test func aBearerTokenFromTheEnvironment() throws {
        let (outcome, log) = try publish(
            scheme: "bearer", url: { "http://\($0)" }, environment: [StoreCredentials.tokenVariable: Self.secret])
        #expect(outcome.status == 0, "\(outcome.standardError)\n\(log)")
        #expect(log.allSatisfy { $0.contains("accepted Bearer") }, "the token goes with every request: \(log)")
    }

    @Test(arguments: ["basic", "digest"])
    func aWrongPasswordFailsWithExit2AndNoSecretInTheMessage(_ scheme: String) throws {
        let (outcome, log) = try publish(scheme: scheme, url: { "http://alice:\(Self.secret)@\($0)" }, storeSecret: "another")
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("HTTP 401"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("--user"), "the message says how to log in")
        #expect(log.count == 2, "one bare request, one with the refused credentials, no more: \(log)")
    }

    @Test func aUserWithoutAPasswordIsRefusedBeforeAnyRequest() throws {
        let (outcome, log) = try publish(scheme: "basic", url: { "http://\($0)" }, arguments: ["--user", "alice"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("no password for user 'alice'"), "\(outcome.standardError)")
        #expect(log.isEmpty)
    }

    @Test func anInvalidEndpointIsShownWithoutItsPassword() throws {
        let outcome = try CommandLineTool.run(["publish", Self.dump, "--endpoint", "ftp://alice:\(Self.secret)@127.0.0.1:1/x"])
        #expect(outcome.status == 64)
        #expect(!outcome.standardError.contains(Self.secret), "\(outcome.standardError)")
    }
}

/// `auth_store.py` on a free loopback port.
private final class AuthStore {
    let process = Process()
    let output = Pipe()
    let address: String

    init(scheme: String, user: String, secret: String) throws {
        let port = try OxigraphServer.freePort()
        address = "127.0.0.1:\(port)"
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", PublishCredentialsTests.fixtures.appendingPathComponent("auth_store.py").path, "\(port)", scheme, user, secret,
        ]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !OxigraphServer.canConnect(port: port) {
            guard Date() < deadline, process.isRunning else {
                _ = stop()
                throw AuthStoreError(description: "auth_store.py did not listen on port \(port)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Stops the store and returns its log, one request per line.
    func stop() -> [String] {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }
}

private struct AuthStoreError: Error, CustomStringConvertible {
    let description: String
}
