import Foundation
import TestSupport

/// One gold annotation file (Fixtures/gold/README.md describes the format).
struct GoldArticle {
    struct Post { var title: String; var aliases: [String]; var optional: Bool }
    struct Person { var id: String; var name: String; var aliases: [String]; var optional: Bool; var posts: [Post] }
    struct Organization { var id: String; var name: String; var aliases: [String]; var optional: Bool }
    struct Country { var name: String; var optional: Bool }
    struct Event { var attendees: [String]; var alsoPresent: [String]; var dates: Set<String?>; var optional: Bool }
    struct Quote { var speaker: String; var text: String }

    var article: String
    var datePublished: String?
    var persons: [Person]
    var organizations: [Organization]
    var countries: [Country]
    var events: [Event]
    var quotes: [Quote]

    static func id(_ e: [String: Any]) -> String {
        (e["id"] as? String) ?? "name:" + NameKeys.norm(e["name"] as? String ?? "")
    }

    init(json: [String: Any]) {
        article = json["article"] as? String ?? ""
        datePublished = json["datePublished"] as? String
        persons = (json["persons"] as? [[String: Any]] ?? []).map { p in
            Person(id: Self.id(p), name: p["name"] as? String ?? "", aliases: p["aliases"] as? [String] ?? [],
                   optional: p["optional"] as? Bool ?? false,
                   posts: (p["posts"] as? [[String: Any]] ?? []).map {
                       Post(title: $0["title"] as? String ?? "", aliases: $0["aliases"] as? [String] ?? [],
                            optional: $0["optional"] as? Bool ?? false)
                   })
        }
        organizations = (json["organizations"] as? [[String: Any]] ?? []).map { o in
            Organization(id: Self.id(o), name: o["name"] as? String ?? "", aliases: o["aliases"] as? [String] ?? [],
                         optional: o["optional"] as? Bool ?? false)
        }
        countries = (json["countries"] as? [Any] ?? []).map { c in
            if let name = c as? String { return Country(name: name, optional: false) }
            let o = c as? [String: Any] ?? [:]
            return Country(name: o["name"] as? String ?? "", optional: o["optional"] as? Bool ?? false)
        }
        events = (json["events"] as? [[String: Any]] ?? []).map { e in
            var dates: Set<String?> = [e["date"] as? String]
            for alt in e["dateAlternatives"] as? [Any] ?? [] { dates.insert(alt as? String) }
            return Event(attendees: e["attendees"] as? [String] ?? [], alsoPresent: e["alsoPresent"] as? [String] ?? [],
                         dates: dates, optional: e["optional"] as? Bool ?? false)
        }
        quotes = (json["quotes"] as? [[String: Any]] ?? []).map {
            Quote(speaker: $0["speaker"] as? String ?? "", text: $0["text"] as? String ?? "")
        }
    }

    static func load(_ folder: String) throws -> [GoldArticle] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            return GoldArticle(json: try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:])
        }
    }
}
