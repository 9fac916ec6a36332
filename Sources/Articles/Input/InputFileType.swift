/// The kinds of file the article readers take, told by the file name's extensions (compared
/// without case): articles (`.txt`, `.text`, `.html`, `.htm`, `.xhtml`, each also with `.gz`
/// after it) and WARC files (`.warc`, `.warc.gz`).
public enum InputFileType: Hashable, Sendable {
    /// One article.
    case article(ArticleFormat, gzipped: Bool)
    /// A WARC file: its HTML response records are the articles.
    case warc(gzipped: Bool)

    /// Article extensions and their format.
    public static let articleExtensions: [String: ArticleFormat] = [
        "txt": .text, "text": .text, "html": .html, "htm": .html, "xhtml": .html,
    ]

    /// What is looked for, for messages: `.txt, .text, .html, .htm, .xhtml (each also .gz), .warc, .warc.gz`.
    public static let expected = ".txt, .text, .html, .htm, .xhtml (each also gzip-compressed, .gz), .warc, .warc.gz"

    /// The type a file name says, `nil` when it names none of them.
    public init?(name: String) {
        var (stem, ext) = ArticleReader.nameParts(name)
        var gzipped = false
        if ext == "gz" {
            gzipped = true
            (stem, ext) = ArticleReader.nameParts(Self.dropLastExtension(name))
            guard !stem.isEmpty else { return nil }
        }
        if ext == "warc" {
            self = .warc(gzipped: gzipped)
        } else if let format = Self.articleExtensions[ext] {
            self = .article(format, gzipped: gzipped)
        } else {
            return nil
        }
    }

    /// The file name without the extensions that gave its type: `page` for `dir/page.html.gz`.
    public static func stem(_ name: String) -> String {
        let (stem, ext) = ArticleReader.nameParts(name)
        return ext == "gz" ? ArticleReader.nameParts(dropLastExtension(name)).stem : stem
    }

    /// The lower-cased extension(s) of a name that is of no supported type, for messages (`md`, `html.bak`).
    public static func shownExtension(_ name: String) -> String {
        let (_, ext) = ArticleReader.nameParts(name)
        return ext
    }

    private static func dropLastExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
