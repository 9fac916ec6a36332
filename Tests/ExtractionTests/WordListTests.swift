import Foundation
import Testing

@testable import Extraction

/// The recognizers' word lists and event triggers are data (`Sources/Extraction/Gazetteers/words/`): they load,
/// a malformed file is an error naming the file and line, and an edit to a file changes what is recognized.
@Suite struct WordListTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wordlists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test func bundledListsLoadAndAreComplete() throws {
        let lists = try WordLists.bundled.get()
        try lists.validate()
        #expect(lists.words("name-particles").contains("bin"))
        #expect(lists.words("non-name-words").contains("headquarters"))
        #expect(lists.triggers.contains { $0.words == ["called", "on"] && $0.kind == .meeting && $0.cameo == "042" && $0.shape == .relational })
        #expect(lists.triggers.contains { $0.words == ["telephone", "call", "with"] && $0.kind == .call })
    }

    @Test func commentsAndWhitespaceSeparateWords() throws {
        let url = try Self.folder([
            "demo.txt": "# a comment line\nalpha beta  # trailing comment\n\n\tgamma\n",
            "event-triggers.tsv": "# kind\tcameo\tshape\twords\nmeeting\t040\trelational\tsat down with\n",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let lists = try WordLists(directory: url.path)
        #expect(lists.words("demo") == ["alpha", "beta", "gamma"])
        #expect(lists.triggers.map(\.words) == [["sat", "down", "with"]])
    }

    @Test func malformedTriggerNamesFileAndLine() throws {
        for (line, expected) in [
            ("meeting\t040\trelational", "4 tab-separated fields"),
            ("greeting\t040\trelational\tmet", "unknown event kind 'greeting'"),
            ("meeting\t40\trelational\tmet", "CAMEO code '40'"),
            ("meeting\t040\tsideways\tmet", "unknown shape 'sideways'"),
            ("meeting\t040\trelational\t ", "without words"),
        ] {
            let url = try Self.folder(["event-triggers.tsv": "# header\n\n" + line + "\n"])
            defer { try? FileManager.default.removeItem(at: url) }
            do {
                _ = try WordLists(directory: url.path)
                Issue.record("accepted: \(line)")
            } catch {
                #expect("\(error)".contains("event-triggers.tsv:3:"), "\(error)")
                #expect("\(error)".contains(expected), "\(error)")
            }
        }
    }

    @Test func missingListIsReported() throws {
        let url = try Self.folder(["event-triggers.tsv": "meeting\t040\trelational\tmet\n", "name-particles.txt": "bin\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let lists = try WordLists(directory: url.path)
        #expect(throws: GazetteerError.self) { try lists.validate() }
        #expect(throws: (any Error).self) { try WordLists(directory: url.appendingPathComponent("absent").path) }
    }
}
