import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `communique publish` against stores that misbehave (Fixtures/publish/fault_store.py): each
/// fault ends with the documented exit status within the deadline `--timeout` sets, with a clear
/// message, and credentials never go to another host.
@Suite(.serialized) struct PublishFaultTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/publish")
    static let dump = fixtures.appendingPathComponent("seed-like.nq").path

    struct Fault: CustomStringConvertible, Sendable {
        let mode: String
        var argument = ""
        let status: Int32
        /// Seconds the publish may take at most.
        let within: TimeInterval
        /// What standard error must say.
        let message: String
        var description: String { mode + (argument.isEmpty ? "" : " " + argument) }
    }

    static let faults: [Fault] = [
        Fault(mode: "silent", status: 2, within: 8, message: "2 s (--timeout)"),
        Fault(mode: "trickle", status: 2, within: 8, message: "no complete answer within 2 s"),
        Fault(mode: "status", argument: "500", status: 2, within: 15, message: "failed with HTTP 500 Internal Server Error: fault store says 500"),
        Fault(mode: "status", argument: "401", status: 2, within: 8, message: "the store asks for a login"),
        Fault(mode: "throttle", status: 0, within: 15, message: "HTTP 429 Too Many Requests: slow down; retrying in 1.0 s"),
        Fault(mode: "cut", status: 2, within: 15, message: "the answer was cut off"),
    ]

    @Test(arguments: faults)
    func eachFaultEndsInTimeWithItsMessage(_ fault: Fault) throws {
        let store = try FaultStore(mode: fault.mode, argument: fault.argument)
        defer { _ = store.stop() }
        let started = Date()
        let outcome = try CommandLineTool.run([
            "publish", Self.dump, "--endpoint", "http://127.0.0.1:\(store.port)", "--timeout", "2", "--retries", "1",
        ])
        let seconds = Date().timeIntervalSince(started)
        #expect(outcome.status == fault.status, "\(fault): \(outcome.standardError)")
        #expect(seconds < fault.within, "\(fault) took \(seconds) s")
        #expect(outcome.standardError.contains(fault.message), "\(fault): \(outcome.standardError)")
        if fault.status != 0 { #expect(outcome.standardOutput.isEmpty, "a failed load is never reported as published") }
    }

    @Test func aCutOffAnswerIsAFailureNotASuccess() throws {
        let store = try FaultStore(mode: "cut")
        defer { _ = store.stop() }
        let outcome = try CommandLineTool.run(["publish", Self.dump, "--endpoint", "http://127.0.0.1:\(store.port)", "--timeout", "2", "--retries", "0"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("the answer was cut off"), "\(outcome.standardError)")
        #expect(!outcome.standardOutput.contains("published"))
    }

    @Test func credentialsNeverFollowARedirectToAnotherHost() throws {
        let other = try FaultStore(mode: "record", host: "127.0.0.2")
        defer { _ = other.stop() }
        let store = try FaultStore(mode: "redirect", argument: "http://127.0.0.2:\(other.port)/store?default")
        let outcome = try CommandLineTool.run([
            "publish", Self.dump, "--endpoint", "http://alice:s3cret@127.0.0.1:\(store.port)", "--retries", "0", "--timeout", "2",
        ], environment: ["COMMUNIQUE_STORE_TOKEN": "t0ken"])
        let log = store.stop()
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("HTTP 307"), "\(outcome.standardError)")
        #expect(!log.isEmpty, "the store was asked")
        #expect(other.stop().isEmpty, "nothing reaches the host the redirect names")
        #expect(!(outcome.standardError + outcome.standardOutput).contains("s3cret"))
        #expect(!(outcome.standardError + outcome.standardOutput).contains("t0ken"))
    }
}

/// `fault_store.py` on a free port.
private final class FaultStore {
    let process = Process()
    let output = Pipe()
    let port: Int
    private var log: [String]?

    init(mode: String, argument: String = "", host: String = "127.0.0.1") throws {
        port = try OxigraphServer.freePort()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", PublishFaultTests.fixtures.appendingPathComponent("fault_store.py").path, "\(port)", mode] + (argument.isEmpty ? [] : [argument])
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !FaultStore.canConnect(host: host, port: port) {
            guard Date() < deadline, process.isRunning else {
                _ = stop()
                throw FaultStoreError(description: "fault_store.py \(mode) did not listen on \(host):\(port)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Stops the store (once) and returns its log, one request per line.
    func stop() -> [String] {
        if let log { return log }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        log = lines
        return lines
    }

    static func canConnect(host: String, port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(host)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

private struct FaultStoreError: Error, CustomStringConvertible {
    let description: String
}
