import ArgumentParser
import Articles
import Foundation
import LinkedData
import RDFModel

/// `communique read`: what the reader took from each input, before any extraction.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show what Communique reads from articles (.txt, .html, .gz, WARC): metadata, body and paragraphs with their roles.",
        discussion: """
            Reads the files and folders given (folders recursively, as export does) and prints, for each article in \
            input order, its identifier, URL, headline, publication date, dateline, outlet, authors and language, its \
            body (the story's paragraphs and sub-headings, without the headline, captions, bylines and page furniture) \
            and every paragraph with its role (heading, body, caption, meta). The extractor reads this text.

            --format text is for people; --format json writes JSON Lines, one object per article: \
            {"path", "identifier", "url", "title", "datePublished", "dateline", "source", "authors", "language", \
            "body", "paragraphs": [{"role", "text"}]}.

            Inputs are found as export finds them: .txt and .html files, also gzip-compressed (.gz), WARC files \
            (.warc, .warc.gz: one article per HTML response record), folders walked with their links followed.

            Exit codes as in export: 1 when an input could not be read (it is reported and skipped), 2 when an \
            input path is missing or holds no article.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Article files and folders.")
    var paths: [String]

    @Option(name: .long, help: "text (for people) or json (JSON Lines, one object per article).")
    var format: OutputFormat = .text

    func run() throws {
        let documents: [InputDocument]
        let listing: ArticleInputs
        do {
            (documents, listing) = try InputDocument.collect(paths)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        // What is not read is named, as export names it.
        for problem in listing.problems { FileHandle.standardError.write(Data("\(problem.path): \(problem.description) (skipped)\n".utf8)) }
        for note in listing.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        guard !documents.isEmpty else {
            FileHandle.standardError.write(Data(
                "error: no article found in \(paths.joined(separator: ", ")): looked for \(InputFileType.expected) (hidden files skipped)\n".utf8))
            throw ExitCode(2)
        }
        let reader = ArticleReader()
        var skipped = listing.problems.count
        var output = Data()
        func emit(_ text: String) {
            output.append(contentsOf: text.utf8)
            if output.count >= 1 << 16 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        for document in documents {
            do {
                let article = try document.input.map { try reader.read($0) } ?? reader.read(path: document.path)
                emit(format == .json ? ArticleReport.jsonLine(article) : ArticleReport.text(article))
            } catch {
                skipped += 1
                FileHandle.standardError.write(Data("\(error) (skipped)\n".utf8))
            }
        }
        FileHandle.standardOutput.write(output)
        if skipped > 0 { throw ExitCode(1) }
    }
}

/// How `communique read` prints an article.
enum ArticleReport {
    /// One JSON object on one line, the keys in a fixed order.
    static func jsonLine(_ a: Article) -> String {
        var fields: [(String, String)] = [
            ("path", json(a.sourcePath)),
            ("identifier", json(a.identifier)),
            ("url", json(a.url)),
            ("title", json(a.title)),
            ("datePublished", json(a.datePublished?.description)),
            ("dateline", json(a.dateline.map { a.text(of: Paragraph(span: $0.span, role: .meta)) })),
            ("source", json(a.source)),
            ("authors", "[" + a.authors.map { json($0) }.joined(separator: ",") + "]"),
            ("language", json(a.language)),
            ("body", json(a.body)),
        ]
        let texts = a.paragraphTexts
        let paragraphs = zip(a.paragraphs, texts).map { p, text in
            "{\"role\":" + json(p.role.rawValue) + ",\"text\":" + json(text) + "}"
        }
        fields.append(("paragraphs", "[" + paragraphs.joined(separator: ",") + "]"))
        return "{" + fields.map { json($0.0) + ":" + $0.1 }.joined(separator: ",") + "}\n"
    }

    /// A block for people: the metadata that is known, the paragraphs with their roles.
    static func text(_ a: Article) -> String {
        var out = "== \(a.sourcePath)\n"
        out += "identifier: \(a.identifier)\n"
        if let url = a.url { out += "url: \(url)\n" }
        if let title = a.title { out += "title: \(title)\n" }
        if let date = a.datePublished { out += "published: \(date)\n" }
        if let dateline = a.dateline { out += "dateline: \(a.text(of: Paragraph(span: dateline.span, role: .meta)))\n" }
        if let source = a.source { out += "source: \(source)\n" }
        if !a.authors.isEmpty { out += "authors: \(a.authors.joined(separator: "; "))\n" }
        if let language = a.language { out += "language: \(language)\n" }
        out += "\n"
        for (p, text) in zip(a.paragraphs, a.paragraphTexts) {
            out += "[\(p.role.rawValue)] \(text)\n"
        }
        return out + "\n"
    }

    /// A JSON string (or null), escaped as RFC 8259 requires.
    static func json(_ value: String?) -> String { value.map(JSONString.quoted) ?? "null" }
}
