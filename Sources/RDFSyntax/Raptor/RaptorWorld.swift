internal import CRaptor2
import Foundation
internal import LibXMLLifecycle

/// raptor_world_open initializes libxml2 (and would initialize libcurl), and raptor_free_world calls
/// libxml2's xmlCleanupParser unconditionally, which tears down libxml2's global state (its locks,
/// its encoding handlers and their iconv converters) under any libxml2 parse running on another
/// thread: an RDF/XML parse of another world, or an HTML page read by `Articles` (that crashed in
/// `__gconv_close`). So a world is one use of ``LibXMLLifecycle``: it is opened under the
/// lifecycle's lock and freed only once no use of libxml2 is alive, in the process.
private func freeWorld(_ world: OpaquePointer) {
    raptor_free_world(world)
}

/// One message raptor logged: an error or a warning, with where it was found.
struct RaptorMessage: Sendable {
    enum Level: Sendable { case warning, error }
    var level: Level
    var text: String
    var line: Int?
    var column: Int?
}

/// A raptor world: the context every raptor object lives in. Owns the C handle and collects
/// the messages raptor logs through `raptor_world_set_log_handler`.
///
/// Not thread-safe: each parse or serialization creates its own world.
final class RaptorWorld {
    let pointer: OpaquePointer
    /// The world's use of libxml2 (its rank orders the deferred frees: newest first).
    private var use: LibXMLLifecycle.Use?
    private(set) var messages: [RaptorMessage] = []
    /// Called on every error raptor logs (a parser uses it to abort at the first error).
    var onError: (() -> Void)?
    /// The labels raptor makes for anonymous blank nodes (`[]`, collections, RDF/XML nodes
    /// without `rdf:nodeID`) are this prefix and a number; see ``label(forInput:)``.
    var generatedLabelPrefix = "genid"
    private var generatedCount = 0

    /// - Parameter uriInterning: whether raptor keeps one shared `raptor_uri` per distinct
    ///   string (its default). Off, a large parse skips raptor's tree of every URI seen, about a
    ///   fifth of its time; pointers then no longer identify strings.
    init(uriInterning: Bool = true) throws {
        guard let world = craptor_new_world() else {
            throw RDFSyntaxError(.io, "cannot start raptor (out of memory?)")
        }
        pointer = world
        // Communique never fetches anything: leave libcurl's global state alone, so worlds on
        // different threads cannot race in curl_global_init/cleanup.
        raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_WWW_SKIP_INIT_FINISH, 1)
        if !uriInterning { raptor_world_set_flag(world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0) }
        raptor_world_set_log_handler(world, Unmanaged.passUnretained(self).toOpaque(), raptorLogHandler)
        raptor_world_set_generate_bnodeid_handler(world, Unmanaged.passUnretained(self).toOpaque(), raptorBlankLabelHandler)
        var opened = false
        // From here on, deinit (which also runs when this init throws) ends the use and frees the world.
        use = LibXMLLifecycle.begin { opened = raptor_world_open(world) == 0 }
        guard opened else {
            throw RDFSyntaxError(.io, "cannot start raptor (raptor_world_open failed)")
        }
    }

    deinit {
        let world = pointer
        raptor_world_set_log_handler(world, nil, nil)
        raptor_world_set_generate_bnodeid_handler(world, nil, nil)
        // raptor_free_world calls xmlCleanupParser even for a world that was never opened.
        LibXMLLifecycle.end(use ?? LibXMLLifecycle.begin(), cleanup: { freeWorld(world) })
    }

    fileprivate func log(_ message: UnsafeMutablePointer<raptor_log_message>) {
        let level = message.pointee.level
        guard level.rawValue >= RAPTOR_LOG_LEVEL_WARN.rawValue else { return }
        let text = message.pointee.text.map { String(cString: $0) } ?? "unknown raptor error"
        var line: Int?
        var column: Int?
        if let locator = message.pointee.locator {
            if locator.pointee.line > 0 { line = Int(locator.pointee.line) }
            if locator.pointee.column >= 0 { column = Int(locator.pointee.column) }
        }
        let isError = level.rawValue >= RAPTOR_LOG_LEVEL_ERROR.rawValue
        if messages.count < 100 {
            messages.append(RaptorMessage(level: isError ? .error : .warning, text: text, line: line, column: column))
        }
        if isError { onError?() }
    }

    /// The label a blank node labelled `label` in the input gets: the label itself, unless it
    /// could be one raptor generates (it starts with `genid` after any number of `u`s): then
    /// `u` is put before it. So `_:genid1` in the input and `[]` beside it stay two blank nodes
    /// (raptor alone would give both `genid1`), the mapping is one-to-one, and what comes out is
    /// still a valid label in every syntax (an XML name for `rdf:nodeID`).
    static func label(forInput label: String) -> String {
        label.drop { $0 == "u" }.hasPrefix("genid") ? "u" + label : label
    }

    /// A label for an anonymous blank node, or the label for one labelled in the input.
    fileprivate func blankLabel(_ input: UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>? {
        let label: String
        if let input {
            let given = String(cString: input)
            label = Self.label(forInput: given)
            guard label != given else { return input }  // raptor keeps the input's string
            free(input)
        } else {
            generatedCount += 1
            label = generatedLabelPrefix + String(generatedCount)
        }
        // raptor frees the label with free().
        let bytes = Array(label.utf8)
        guard let copy = malloc(bytes.count + 1)?.assumingMemoryBound(to: UInt8.self) else { return nil }
        copy.initialize(from: bytes, count: bytes.count)
        copy[bytes.count] = 0
        return copy
    }

    /// The first error message, if raptor logged one.
    var firstError: RaptorMessage? { messages.first { $0.level == .error } }

    /// The warnings raptor logged.
    var warnings: [RaptorMessage] { messages.filter { $0.level == .warning } }

    func clearMessages() { messages.removeAll() }

    /// Makes a raptor URI; the caller frees it with `raptor_free_uri`.
    func uri(_ string: String) -> OpaquePointer? {
        var string = string
        return string.withUTF8 { raptor_new_uri_from_counted_string(pointer, $0.baseAddress, $0.count) }
    }
}

private let raptorLogHandler: raptor_log_handler = { userData, message in
    guard let userData, let message else { return }
    Unmanaged<RaptorWorld>.fromOpaque(userData).takeUnretainedValue().log(message)
}

/// raptor asks for every blank node's label: anonymous ones (no label given) and labelled ones.
private let raptorBlankLabelHandler: raptor_generate_bnodeid_handler = { userData, label in
    guard let userData else { return label }
    return Unmanaged<RaptorWorld>.fromOpaque(userData).takeUnretainedValue().blankLabel(label)
}
