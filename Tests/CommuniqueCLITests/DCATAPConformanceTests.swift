import Foundation
import Testing
import TestSupport

/// The DCAT description of an export conforms to DCAT-AP 3.0.0, the profile European data portals
/// harvest, checked with the official shapes (Fixtures/dcat-ap, CC-BY 4.0) by `communique validate`
/// and by pySHACL; of the High-Value Datasets shapes only the two statements that would claim the
/// dataset is an HVD fail (README, "DCAT-AP").
@Suite struct DCATAPConformanceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/dcat-ap")
    static let root = repositoryRoot()

    /// A fresh export of the seeds with every format, the gzip-compressed N-Quads among them.
    static func export() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let run = try CommandLineTool.run(["export", "seeds", "--out", folder.url.path], in: root)
        try #require(run.status == 0, "export failed: \(run.standardError)")
        return (folder, folder.url.appendingPathComponent("communique.dcat.ttl").path)
    }

    @Test func communiqueFindsNoViolation() throws {
        let (folder, dcat) = try Self.export()
        defer { folder.remove() }
        let text = try String(contentsOfFile: dcat, encoding: .utf8)
        #expect(text.contains("dcat:compressFormat"), "the export should describe a compressed file")
        let outcome = try CommandLineTool.run(
            ["validate", dcat, "--shapes", Self.fixtures.appendingPathComponent("dcat-ap-SHACL.ttl").path], in: Self.root)
        #expect(outcome.status == 0, "DCAT-AP violations:\n\(outcome.standardOutput)\(outcome.standardError)")
    }

    @Test func pySHACLFindsNoViolation() throws {
        let (folder, dcat) = try Self.export()
        defer { folder.remove() }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-m", "pyshacl", "-s", Self.fixtures.appendingPathComponent("dcat-ap-SHACL.ttl").path, dcat]
        let pipe = Pipe()
        python.standardOutput = pipe
        python.standardError = pipe
        try python.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        // pySHACL exits 0 when the data conforms, 1 when it does not, other codes when it cannot run.
        try #require(python.terminationStatus <= 1, "pySHACL is needed (pip install pyshacl, see .ci/setup): \(report)")
        #expect(python.terminationStatus == 0, "pySHACL: DCAT-AP violations:\n\(report)")
    }

    /// HVD asks for the legislation that makes a dataset high-value and its HVD category; news about
    /// defence diplomacy is in none of the regulation's six categories, so those stay absent, and
    /// nothing else fails.
    @Test func onlyTheHighValueClaimsAreMissingForHVD() throws {
        let (folder, dcat) = try Self.export()
        defer { folder.remove() }
        let outcome = try CommandLineTool.run(
            ["validate", dcat, "--shapes", Self.fixtures.appendingPathComponent("hvd-SHACL.ttl").path, "--format", "json"], in: Self.root)
        #expect(outcome.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let results = try #require(report?["results"] as? [[String: Any]])
        let paths = Set(results.map { $0["resultPath"] as? String ?? "(no path)" })
        #expect(paths == ["<http://data.europa.eu/r5r/applicableLegislation>", "<http://data.europa.eu/r5r/hvdCategory>"])
    }
}
