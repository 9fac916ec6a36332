import Articles
import Extraction
import Foundation
import Testing

/// The extractor on the seed articles, compared with `Fixtures/gold` (a copy of `shared/gold`) by the rules of score.py.
@Suite struct SeedGoldTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    static func goldFiles(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }

    static func run(gold folder: URL, articles: URL) throws -> GoldScorer.Report {
        let extractor = try Extractor()
        let reader = ArticleReader()
        let golds = try goldFiles(in: folder).map { try JSONSerialization.jsonObject(with: Data(contentsOf: $0)) as! [String: Any] }
        var total = GoldScorer.Report()
        for g in golds {
            let id = g["article"] as! String
            let candidates = ["txt", "html"].map { articles.appendingPathComponent(id + "." + $0) }
            guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                Issue.record("no article for gold \(id)")
                continue
            }
            let article = try reader.read(path: path.path)
            let extracted = extractor.extract(article)
            let published = g["datePublished"] as? String
            if article.datePublished?.description != published {
                total.problems.append("\(id): datePublished \(article.datePublished?.description ?? "nil") expected \(published ?? "nil")")
            }
            total.add(GoldScorer.score(extracted, gold: g, allGold: golds))
        }
        return total
    }

    @Test func seedsAgainstGold() throws {
        let report = try Self.run(gold: Self.fixtures.appendingPathComponent("gold"), articles: Self.seeds)
        print(report.summary)
        for p in report.problems { print("  " + p) }
        #expect(report.persons.f1 >= 0.999)
        #expect(report.organizations.f1 >= 0.999)
        #expect(report.countries.f1 >= 0.999)
        #expect(report.meetings.f1 >= 0.95)
        #expect(report.dates >= 0.9)
        #expect(report.posts.f1 >= 0.9)
        #expect(report.quotes.f1 >= 0.9)
    }
}
