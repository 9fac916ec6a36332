import Foundation

/// What a load sent, graph by graph, and how far it got.
public struct LoadReport: Sendable {
    /// One graph's share of a load.
    public struct GraphLoad: Sendable, Hashable {
        /// The graph.
        public var graph: GraphTarget
        /// Statements the store has acknowledged.
        public var statements: Int
        /// Requests the store has acknowledged (the first a `PUT` when replacing).
        public var requests: Int
        /// Statements read but not acknowledged when the load stopped (0 after a full load).
        public var pending: Int
    }

    /// The graphs, in the order they were first met in the input.
    public var graphs: [GraphLoad] = []
    /// Statements read from the input.
    public var statementsRead = 0
    /// Statements the store acknowledged.
    public var statementsLoaded: Int { graphs.reduce(0) { $0 + $1.statements } }
    /// Requests the store acknowledged.
    public var requests: Int { graphs.reduce(0) { $0 + $1.requests } }

    /// The graphs whose every statement read so far was acknowledged.
    public var loadedGraphs: [GraphTarget] { graphs.filter { $0.pending == 0 && $0.requests > 0 }.map(\.graph) }
    /// The graphs with statements that were read but not acknowledged.
    public var incompleteGraphs: [GraphTarget] { graphs.filter { $0.pending > 0 }.map(\.graph) }
}

/// A load that stopped part way: the cause and what had been loaded by then.
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    /// Why it stopped.
    public let cause: Error & Sendable
    /// What had been acknowledged.
    public let report: LoadReport

    public var description: String { "\(cause)\n" + report.failureSummary }
}

extension LoadReport {
    /// For a load that stopped part way: how much was acknowledged, which graphs were loaded and
    /// which were not (or only partly).
    public var failureSummary: String {
        var lines: [String] = []
        let loaded = loadedGraphs
        let incomplete = incompleteGraphs
        lines.append(
            "the load did not complete: \(statementsLoaded) of \(statementsRead) statements read so far "
                + "were acknowledged in \(requests) requests")
        lines.append(
            "graphs loaded before the failure (\(loaded.count)): "
                + (loaded.isEmpty ? "none" : loaded.map(\.description).joined(separator: ", ")))
        if !incomplete.isEmpty {
            lines.append(
                "graphs not or only partly loaded (\(incomplete.count)): "
                    + incomplete.map(\.description).joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
