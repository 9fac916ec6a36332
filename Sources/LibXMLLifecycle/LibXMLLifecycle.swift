internal import CLibXML2
import Foundation

/// The one lifecycle of libxml2's process-wide state, shared by every library in the process that
/// uses libxml2: raptor (its RDF/XML parser, and its world teardown) and the HTML article reader.
///
/// libxml2 has global state (encoding handlers and their iconv descriptors, the dictionary lock,
/// error handlers) that `xmlInitParser` sets up and `xmlCleanupParser` tears down. raptor calls
/// `xmlCleanupParser` unconditionally whenever a world is freed (`raptor_libxml_finish`); done while
/// another thread parses an HTML page, it closes the iconv converters under that parse
/// (SIGSEGV in `__gconv_close`). So every user of libxml2 registers a *use* here, and clean-ups that
/// tear down libxml2 state are deferred until no use is alive.
///
/// ```swift
/// let use = LibXMLLifecycle.begin()
/// defer { LibXMLLifecycle.end(use) }
/// // … parse with libxml2 …
/// ```
public enum LibXMLLifecycle {
    /// One registered use of libxml2, returned by ``begin(setUp:)``.
    public struct Use: Sendable {
        /// The rank of the use in the order uses began: clean-ups run newest first.
        public let order: Int
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var liveUses = 0
    nonisolated(unsafe) private static var usesBegun = 0
    nonisolated(unsafe) private static var pendingCleanups: [(order: Int, cleanup: () -> Void)] = []

    /// Begins a use of libxml2. The first use (and the first one after a clean-up ran) initializes
    /// libxml2 (`xmlInitParser`) under the lock, so initialization never races another thread.
    /// - Parameter setUp: run under the lock once the use is counted, for set-up that touches libxml2's
    ///   global state (raptor's `raptor_world_open`); it must not begin or end another use.
    @discardableResult
    public static func begin(setUp: () -> Void = {}) -> Use {
        lock.lock()
        defer { lock.unlock() }
        if liveUses == 0 { xmlInitParser() }
        liveUses += 1
        usesBegun += 1
        setUp()
        return Use(order: usesBegun)
    }

    /// Ends a use. `cleanup`, if given, tears down what the use set up (raptor's `raptor_free_world`,
    /// which calls `xmlCleanupParser`): it runs now if no other use is alive, else once the last one
    /// ends; pending clean-ups run newest use first (each restores the libxml2 error handlers that
    /// were there when its use began).
    public static func end(_ use: Use, cleanup: (() -> Void)? = nil) {
        lock.lock()
        defer { lock.unlock() }
        endLocked(use, cleanup: cleanup)
    }

    /// Runs `body` as one use of libxml2.
    public static func withUse<T>(_ body: () throws -> T) rethrows -> T {
        let use = begin()
        defer { end(use) }
        return try body()
    }

    /// The number of uses alive now (for tests).
    public static var liveUseCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return liveUses
    }

    private static func endLocked(_ use: Use, cleanup: (() -> Void)?) {
        precondition(liveUses > 0, "LibXMLLifecycle.end without begin")
        liveUses -= 1
        if let cleanup { pendingCleanups.append((use.order, cleanup)) }
        guard liveUses == 0, !pendingCleanups.isEmpty else { return }
        let cleanups = pendingCleanups.sorted { $0.order > $1.order }
        pendingCleanups.removeAll()
        for item in cleanups { item.cleanup() }
    }
}
