import Foundation
import RDFModel

/// The list of articles a shard exported, in its order, beside its N-Quads
/// (`name.shard-K-of-N.articles.tsv`): per article its named graph, its number of quads, its
/// relative path and its path, tab-separated (tabs, newlines and backslashes in paths escaped
/// as `\t`, `\n`, `\\`). ``ShardMerge`` needs it to put the shards' articles back in the order
/// one run over all the inputs takes them (the merged graph's names depend on that order).
enum ShardManifest {
    static let fileExtension = "articles.tsv"

    /// One article of a shard.
    struct Entry {
        var graph: String
        var quads: Int
        var document: InputDocument
    }

    static func append(_ document: InputDocument, _ mapped: MappedArticle, to out: inout [UInt8]) {
        out.append(contentsOf: mapped.graphName.string.utf8)
        out.append(0x09)
        out.append(contentsOf: String(mapped.lineArena.count).utf8)
        out.append(0x09)
        escape(document.relativePath, to: &out)
        out.append(0x09)
        escape(document.path, to: &out)
        out.append(0x0A)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ExportError.cannotWrite(path: path, reason: "\(error.localizedDescription)")
        }
    }

    /// Reads a manifest. - Throws: ``ExportError/cannotWrite(path:reason:)`` naming the line at fault.
    static func read(_ path: String) throws -> [Entry] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ExportError.missingInput(path: path, reason: "cannot read the shard's article list (written beside its N-Quads): \(error.localizedDescription)")
        }
        var entries: [Entry] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let quads = Int(fields[1]), quads >= 0, !fields[0].isEmpty else {
                throw ExportError.missingInput(path: "\(path):\(number + 1):1", reason: "not an article line (graph, quads, relative path, path)")
            }
            entries.append(Entry(
                graph: String(fields[0]), quads: quads,
                document: InputDocument(path: unescape(fields[3]), relativePath: unescape(fields[2]))))
        }
        return entries
    }

    private static func escape(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x5C: out += [0x5C, 0x5C]
            default: out.append(byte)
            }
        }
    }

    private static func unescape(_ text: Substring) -> String {
        var out: [UInt8] = []
        var escaped = false
        for byte in text.utf8 {
            if escaped {
                out.append(byte == UInt8(ascii: "t") ? 0x09 : byte == UInt8(ascii: "n") ? 0x0A : byte)
                escaped = false
            } else if byte == 0x5C {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
