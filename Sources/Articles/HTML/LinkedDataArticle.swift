import Foundation

/// What a page says about itself in schema.org JSON-LD (`NewsArticle`, `Article`, `BlogPosting` …):
/// headline, publication date, authors, publisher, canonical URL and language.
struct LinkedDataArticle: Equatable {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    var language: String?
    /// The story's text as the page gives it (`articleBody`), when it does.
    var articleBody: String?

    /// The schema.org types read as an article.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "report", "webpage",
    ]

    /// The first article object in a JSON-LD script's text (top level, in an array, or in `@graph`),
    /// or nil when there is none or the JSON does not parse.
    static func parse(_ json: String) -> LinkedDataArticle? {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        var objects: [[String: Any]] = []
        func gather(_ v: Any) {
            if let array = v as? [Any] { array.forEach(gather) }
            if let object = v as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { gather(graph) }
            }
        }
        gather(value)
        // A news article first, then any article, then a web page.
        let ranked = objects.filter { !types($0).isDisjoint(with: articleTypes) }
            .sorted { rank($0) < rank($1) }
        guard let object = ranked.first else { return nil }
        var result = LinkedDataArticle()
        result.headline = string(object["headline"]) ?? string(object["name"])
        result.datePublished = string(object["datePublished"]) ?? string(object["dateCreated"])
        result.authors = names(object["author"]) + names(object["creator"]).filter { _ in object["author"] == nil }
        result.publisher = names(object["publisher"]).first
        result.url = string(object["url"]) ?? string((object["mainEntityOfPage"] as? [String: Any])?["@id"]) ?? string(object["mainEntityOfPage"])
        result.language = string(object["inLanguage"]) ?? names(object["inLanguage"]).first
        if let body = object["articleBody"] as? String, !body.isEmpty { result.articleBody = body }
        return result
    }

    private static func types(_ object: [String: Any]) -> Set<String> {
        if let t = object["@type"] as? String { return [t.lowercased()] }
        if let t = object["@type"] as? [Any] { return Set(t.compactMap { ($0 as? String)?.lowercased() }) }
        return []
    }

    private static func rank(_ object: [String: Any]) -> Int {
        let t = types(object)
        if t.contains(where: { $0.hasSuffix("newsarticle") }) { return 0 }
        if t.contains("webpage") { return 2 }
        return 1
    }

    private static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        let trimmed = TextNormalization.collapseWhitespace(s)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Names of persons or organizations: a string, an object with `name`, or an array of them.
    private static func names(_ value: Any?) -> [String] {
        if let s = string(value) { return [s] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
