import Foundation

/// Why a query stopped before its answer.
public enum QueryInterruption: Error, Sendable, CustomStringConvertible {
    case timedOut
    case cancelled

    public var description: String {
        switch self {
        case .timedOut: "the query ran past its time limit"
        case .cancelled: "the query was cancelled"
        }
    }
}

/// A flag another thread sets to stop a running query.
public final class QueryCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    /// Asks the query to stop; it throws ``QueryInterruption/cancelled`` soon after.
    public func cancel() { lock.withLock { cancelled = true } }

    public var isCancelled: Bool { lock.withLock { cancelled } }
}
