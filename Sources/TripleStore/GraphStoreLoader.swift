import Foundation
import RDFModel

/// Loads a stream of statements into a Graph Store in batches, so a dump of any size is sent
/// with bounded memory.
///
/// Statements are written as N-Triples into one buffer per target graph. A buffer is sent when
/// it holds ``Options/batchSize`` statements, when all buffers together pass
/// ``Options/bufferLimit`` bytes, and at ``finish()``. When replacing, the first request for a
/// graph is a `PUT` (which replaces it) and later ones are `POST`s (which merge); when merging,
/// every request is a `POST`. While one request is with the store, the next batch is read.
///
/// Blank nodes are scoped to one request by the protocol, so a blank node label that would
/// reach the store in two different requests is refused
/// (``TripleStoreError/blankNodeSpansRequests(label:graph:)``) rather than silently split.
///
/// - Complexity: memory is O(``Options/bufferLimit`` + two batches + graphs + blank nodes).
public final class GraphStoreLoader {
    /// Where each statement goes.
    public enum Assignment: Sendable, Hashable {
        /// Every statement into this graph; quads' graph names are dropped.
        case single(GraphTarget)
        /// Each statement into the graph its quad names; default-graph statements into the default graph.
        case perQuadGraph
    }

    /// Whether graphs are replaced or merged into.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// The first request for a graph is a `PUT`, which replaces its content.
        case replace
        /// Every request is a `POST`, which adds to the graph's content.
        case merge
    }

    /// Tunables of a load.
    public struct Options: Sendable, Hashable {
        /// Replace or merge.
        public var mode: Mode
        /// Statements per request at most.
        public var batchSize: Int
        /// Bytes held in all graph buffers together before they are sent.
        public var bufferLimit: Int
        /// Extra query parameters for each Graph Store request (such as Oxigraph's `no_transaction`).
        public var parameters: [String]

        public init(mode: Mode = .replace, batchSize: Int = 100_000, bufferLimit: Int = 64 << 20, parameters: [String] = []) {
            self.mode = mode
            self.batchSize = max(1, batchSize)
            self.bufferLimit = max(1, bufferLimit)
            self.parameters = parameters
        }
    }

    /// One graph's state: whether its first request went out, and the statements waiting.
    private struct GraphState {
        var graph: GraphTarget
        var started = false
        var data = Data()
        var count = 0
        /// Identifies the request the buffered statements will go in (for the blank-node check).
        var serial = 0
    }

    private struct Pending {
        let group: DispatchGroup
        let box: ErrorBox
        let index: Int
        let count: Int
    }

    private let client: GraphStoreClient
    private let assignment: Assignment
    private let options: Options
    private let progress: ((LoadReport) -> Void)?
    private let queue = DispatchQueue(label: "communique.publish.upload")
    /// Graph states, in the order graphs were first met (the same order as `report.graphs`);
    /// mutated in place so a buffer is never copied.
    private var states: [GraphState] = []
    private var index: [GraphTarget: Int] = [:]
    private var bufferedBytes = 0
    private var nextSerial = 1
    private var blankNodes: [String: Int] = [:]
    private var pending: Pending?
    private var failed: (Error & Sendable)?
    /// What has been read and acknowledged so far.
    public private(set) var report = LoadReport()

    /// Creates a loader.
    ///
    /// - Parameters:
    ///   - client: the Graph Store to load into.
    ///   - assignment: where each statement goes.
    ///   - options: replace or merge, batch size, buffer limit.
    ///   - progress: called on the caller's thread after each acknowledged request.
    public init(
        client: GraphStoreClient, assignment: Assignment, options: Options = Options(),
        progress: ((LoadReport) -> Void)? = nil
    ) {
        self.client = client
        self.assignment = assignment
        self.options = options
        self.progress = progress
    }

    /// Adds one statement, sending a batch when one is full.
    ///
    /// - Throws: ``LoadFailure`` when a request failed (this one or an earlier one); the load
    ///   cannot go on after that.
    public func add(_ quad: Quad) throws {
        if let failed { throw LoadFailure(cause: failed, report: report) }
        let target: GraphTarget
        switch assignment {
        case .single(let graph):
            target = graph
        case .perQuadGraph:
            switch quad.graph {
            case nil: target = .defaultGraph
            case .iri(let iri)?: target = .named(iri)
            case .blankNode(let node)?:
                // The protocol names graphs by IRI only; a blank graph name is given a stable IRI.
                target = .named(IRI(unchecked: "urn:communique:blank-graph:\(node.id)"))
            case .literal?: target = .defaultGraph
            }
        }
        let i = index[target] ?? makeState(target)
        if states[i].serial == 0 {
            states[i].serial = nextSerial
            nextSerial += 1
        }
        try checkBlankNodes(quad.triple, graph: target, serial: states[i].serial)
        let before = states[i].data.count
        var line = quad.triple.description
        line.append("\n")
        line.withUTF8 { bytes in
            if let base = bytes.baseAddress { states[i].data.append(base, count: bytes.count) }
        }
        states[i].count += 1
        bufferedBytes += states[i].data.count - before
        report.statementsRead += 1
        report.graphs[i].pending += 1
        if states[i].count >= options.batchSize { try send(i) }
        if bufferedBytes > options.bufferLimit { try flushAll() }
    }

    /// Sends what is buffered, waits for every request, and returns the report.
    ///
    /// With a ``Assignment/single(_:)`` target in ``Mode/replace`` mode, a graph that received no
    /// statement is still replaced (by an empty graph), so the store matches the input.
    ///
    /// - Throws: ``LoadFailure`` if any request failed.
    @discardableResult
    public func finish() throws -> LoadReport {
        if let failed { throw LoadFailure(cause: failed, report: report) }
        if case .single(let graph) = assignment, options.mode == .replace, index[graph] == nil {
            try send(makeState(graph), force: true)
        }
        try flushAll()
        try wait()
        return report
    }

    private func makeState(_ target: GraphTarget) -> Int {
        report.graphs.append(LoadReport.GraphLoad(graph: target, statements: 0, requests: 0, pending: 0))
        states.append(GraphState(graph: target))
        index[target] = states.count - 1
        return states.count - 1
    }

    private func checkBlankNodes(_ triple: Triple, graph: GraphTarget, serial: Int) throws {
        for term in [triple.subject, triple.object] {
            guard case .blankNode(let node) = term else { continue }
            if let seen = blankNodes[node.id] {
                if seen != serial {
                    let error = TripleStoreError.blankNodeSpansRequests(label: node.id, graph: graph.description)
                    failed = error
                    throw LoadFailure(cause: error, report: report)
                }
            } else {
                blankNodes[node.id] = serial
            }
        }
    }

    private func flushAll() throws {
        // Largest first, so the memory comes back soonest.
        let waiting = states.indices.filter { states[$0].count > 0 }.sorted { states[$0].data.count > states[$1].data.count }
        for i in waiting { try send(i) }
    }

    /// Sends graph `i`'s buffer (also when empty if `force`), after the request in flight.
    private func send(_ i: Int, force: Bool = false) throws {
        guard force || states[i].count > 0 else { return }
        let target = states[i].graph
        let body = states[i].data
        let count = states[i].count
        let replace = options.mode == .replace && !states[i].started
        states[i].started = true
        states[i].data = Data()
        states[i].count = 0
        states[i].serial = 0
        bufferedBytes -= body.count
        // One request at a time: wait for the one in flight before starting the next, so the
        // store sees a graph's PUT before its POSTs.
        try wait()
        let group = DispatchGroup()
        let box = ErrorBox()
        let client = self.client
        let parameters = options.parameters
        group.enter()
        queue.async {
            do {
                if replace {
                    try client.put(body, into: target, parameters: parameters)
                } else {
                    try client.post(body, into: target, parameters: parameters)
                }
            } catch {
                box.error = error as? TripleStoreError
                    ?? TripleStoreError.connection(method: replace ? "PUT" : "POST", url: "\(target)", reason: "\(error)")
            }
            group.leave()
        }
        pending = Pending(group: group, box: box, index: i, count: count)
    }

    private func wait() throws {
        guard let current = pending else { return }
        current.group.wait()
        pending = nil
        if let error = current.box.error {
            failed = error
            throw LoadFailure(cause: error, report: report)
        }
        report.graphs[current.index].statements += current.count
        report.graphs[current.index].requests += 1
        report.graphs[current.index].pending -= current.count
        progress?(report)
    }
}

/// Carries an upload's error back to the loader's thread.
private final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: TripleStoreError?
    var error: TripleStoreError? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); defer { lock.unlock() }; stored = newValue }
    }
}
