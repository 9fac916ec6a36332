import Articles
import Extraction
import Foundation
import Testing

/// The extractor on articles of other outlets, countries and years than the seeds
/// (`Fixtures/generality`: 87 articles of wires, ministries and armed forces of six continents; see its README).
@Suite struct GeneralityTests {
    static let folder = SeedGoldTests.fixtures.appendingPathComponent("generality")

    @Test func otherOutletsAgainstTheirGold() throws {
        let report = try SeedGoldTests.run(gold: Self.folder.appendingPathComponent("gold"), articles: Self.folder.appendingPathComponent("articles"))
        print(report.summary)
        for p in report.problems { print("  " + p) }
        // Session 3 left these at 0.98-1.00 on all batches; the margins allow for a different reading of one or two items.
        #expect(report.persons.f1 >= 0.97)
        #expect(report.organizations.f1 >= 0.95)
        #expect(report.countries.f1 >= 0.97)
        #expect(report.meetings.f1 >= 0.95)
        #expect(report.dates >= 0.95)
        #expect(report.posts.f1 >= 0.95)
        #expect(report.quotes.f1 >= 0.95)
        #expect(report.problems.filter { $0.contains("datePublished") }.isEmpty)
    }
}
