import Foundation

/// Why an export could not be done, or why one input was skipped. Each case says what and where.
public enum ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The `--base` IRI cannot be used.
    case invalidBaseIRI(String, reason: String)
    /// The `--shard` value is not `K/N` with 1 ≤ K ≤ N.
    case invalidShard(String)
    /// An input path does not exist or cannot be listed.
    case missingInput(path: String, reason: String)
    /// Two inputs have the same identifier (file stem), which would give them the same IRI.
    case duplicateIdentifier(path: String, identifier: String, firstPath: String)
    /// An article could not be read or extracted (the reason comes from the reader or extractor).
    case badArticle(path: String, reason: String)
    /// A dump could not be written.
    case cannotWrite(path: String, reason: String)
    /// A written dump did not re-parse to what was written.
    case verificationFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidBaseIRI(let base, let reason):
            "invalid --base IRI <\(base)>: \(reason); give an absolute IRI such as \(IRIMinter.defaultBase)"
        case .invalidShard(let value):
            "invalid --shard \"\(value)\": expected K/N with whole numbers 1 ≤ K ≤ N, such as 1/4"
        case .missingInput(let path, let reason):
            "\(path): \(reason)"
        case .duplicateIdentifier(let path, let identifier, let firstPath):
            "\(path): skipped: its identifier \"\(identifier)\" is also the identifier of \(firstPath); rename one of them"
        case .badArticle(let path, let reason):
            reason.hasPrefix(path) ? "\(reason) (skipped)" : "\(path): \(reason) (skipped)"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write: \(reason)"
        case .verificationFailed(let path, let reason):
            "\(path): the written file does not read back as written: \(reason); nothing was kept"
        }
    }

    /// The same error with paths under `staging` shown under `folder` (where the file is published).
    func relocated(from staging: String, to folder: String) -> ExportError {
        func move(_ path: String) -> String {
            guard path.hasPrefix(staging + "/") else { return path }
            return URL(fileURLWithPath: folder).appendingPathComponent(String(path.dropFirst(staging.count + 1))).path
        }
        func moveText(_ text: String) -> String { text.replacingOccurrences(of: staging + "/", with: folder.hasSuffix("/") ? folder : folder + "/") }
        switch self {
        case .cannotWrite(let path, let reason): return .cannotWrite(path: move(path), reason: moveText(reason))
        case .verificationFailed(let path, let reason): return .verificationFailed(path: move(path), reason: moveText(reason))
        default: return self
        }
    }
}
