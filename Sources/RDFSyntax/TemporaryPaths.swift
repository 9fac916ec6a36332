import Dispatch
import Foundation

/// The temporary files and folders a process has open, so that SIGINT and SIGTERM remove every
/// one of them before the process exits (130 and 143).
///
/// Writers ``register(_:)`` a temporary path while they fill it and ``unregister(_:)`` it once it
/// is renamed into place or removed. ``removeOnSignal()`` (called once by the command line) turns
/// SIGINT and SIGTERM into Dispatch signal sources: the signal no longer kills the process at an
/// arbitrary instruction; the source's handler, on its own thread, takes the registry's lock,
/// removes every registered path and ends the process. A writer that must not be interrupted
/// half-way (the swap of an export folder) holds the same lock with ``withoutInterruption(_:)``,
/// so an interruption waits for it to finish.
public enum TemporaryPaths {
    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var paths: [Int: String] = [:]
        var next = 0
        var sources: [DispatchSourceSignal] = []
    }

    private static let registry = Registry()

    /// Registers `path` (a file or a folder, removed with everything in it); returns the token to unregister it.
    @discardableResult
    public static func register(_ path: String) -> Int {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        registry.next += 1
        registry.paths[registry.next] = path
        return registry.next
    }

    /// Forgets a path registered by ``register(_:)`` (it was renamed into place or removed).
    public static func unregister(_ token: Int) {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        registry.paths[token] = nil
    }

    /// Replaces the path registered under `token` (the folder was renamed).
    public static func update(_ token: Int, to path: String) {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        registry.paths[token] = path
    }

    /// The paths registered now (for tests and messages).
    public static var registered: [String] {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return registry.paths.keys.sorted().compactMap { registry.paths[$0] }
    }

    /// Runs `body` with interruptions held back: a SIGINT or SIGTERM arriving meanwhile is
    /// handled (temporary paths removed, process ended) only once `body` has returned.
    public static func withoutInterruption<T>(_ body: () throws -> T) rethrows -> T {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return try body()
    }

    /// Makes SIGINT and SIGTERM remove every registered path, say so on standard error and end
    /// the process with 128 + the signal's number. Call once, early (the command line does).
    public static func removeOnSignal() {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        guard registry.sources.isEmpty else { return }
        let queue = DispatchQueue(label: "communique.signals")
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { interrupted(by: signalNumber) }
            source.resume()
            registry.sources.append(source)
        }
    }

    /// Removes every registered path and ends the process; never returns.
    private static func interrupted(by signalNumber: Int32) -> Never {
        registry.lock.lock()  // kept: nothing may register or commit after this
        let paths = registry.paths.values.sorted()
        for path in paths {
            // A folder is first renamed away, so that a writer still running cannot add to it by its path.
            let doomed = path + ".removing"
            removeTree(rename(path, doomed) == 0 ? doomed : path)
        }
        let name = signalNumber == SIGINT ? "SIGINT" : "SIGTERM"
        let message = paths.isEmpty
            ? "communique: interrupted (\(name))\n"
            : "communique: interrupted (\(name)); removed \(paths.count) temporary file(s) and folder(s)\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        _exit(128 + signalNumber)
    }

    /// Removes a file, or a folder with everything in it (symbolic links themselves, never their targets);
    /// ignores what is already gone.
    public static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            if let entries = try? FileManager.default.contentsOfDirectory(atPath: path) {
                for entry in entries { removeTree(path + "/" + entry) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
