import Dispatch
import Foundation
import RDFModel

/// Validates data graphs against a shapes graph with SHACL Core (https://www.w3.org/TR/shacl/).
///
/// ```swift
/// import RDFSyntax
/// import SHACL
///
/// let shapes = try RDFParser.parse(file: "shapes.ttl")
/// let data = try RDFParser.parse(file: "data.ttl")
/// let report = try Validator(shapes: shapes).validate(data)
/// print(report.conforms, report.results.count)
/// ```
///
/// The shapes are read once (``init(shapes:)`` throws ``ShapesError`` for an ill-formed shapes
/// graph); ``validate(_:)`` can then run on any number of data graphs, from any thread. Work is
/// spread over the machine's cores: each worker takes chunks of focus nodes and keeps its own
/// memo of shape conformance, and results are merged in a deterministic order.
///
/// - Complexity: each focus node costs a few index lookups per constraint, O(log n) each; the
///   whole validation is close to linear in the number of focus nodes and their value nodes.
public struct Validator: Sendable {
    /// The shapes, as read from the shapes graph.
    public let shapesGraph: ShapesGraph
    /// The number of threads ``validate(_:)`` uses; the number of active cores by default.
    public var maximumConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Reads the shapes of a shapes graph.
    ///
    /// - Throws: ``ShapesError`` naming the shape and triple of the first ill-formed shape, or the
    ///   SHACL-SPARQL feature the graph uses.
    public init(shapes: Graph) throws {
        shapesGraph = try ShapesGraph(shapes)
    }

    /// Uses shapes already read.
    public init(shapesGraph: ShapesGraph) {
        self.shapesGraph = shapesGraph
    }

    /// Validates a data graph (https://www.w3.org/TR/shacl/#validation-definition).
    ///
    /// Every shape with a target is validated against each of its focus nodes; `sh:class` and
    /// `sh:targetClass` follow `rdfs:subClassOf` in the data graph. Non-conformance is a result,
    /// not an error: this method does not throw.
    ///
    /// - Returns: the report, with results sorted (violations first, then by shape and focus node).
    public func validate(_ dataGraph: Graph) -> ValidationReport {
        let data = DataGraph(dataGraph)
        let shapes = shapesGraph.shapes
        var bound: [BoundShape] = []
        bound.reserveCapacity(shapes.count)
        for shape in shapes {
            var constraints = shape.constraints
            for index in constraints.indices { constraints[index].bind(to: data) }
            bound.append(BoundShape(shape: shape, path: shape.path.map { BoundPath($0, in: data) }, constraints: constraints))
        }
        // Work items: chunks of (shape, focus nodes), in shape order then focus-node order.
        var chunks: [(shape: Int, focus: ArraySlice<TermID>)] = []
        let chunkSize = 512
        for (index, shape) in shapes.enumerated() where !shape.isDeactivated && !shape.targets.isEmpty {
            var focus: [TermID]
            if shape.targets.count == 1 {
                focus = shape.targets[0].focusNodes(in: data)
            } else {
                var seen: Set<TermID> = []
                focus = []
                for target in shape.targets {
                    for node in target.focusNodes(in: data) where seen.insert(node).inserted { focus.append(node) }
                }
            }
            var start = 0
            while start < focus.count {
                let end = min(start + chunkSize, focus.count)
                chunks.append((index, focus[start..<end]))
                start = end
            }
        }
        let frozen = data
        let boundShapes = bound
        let workers = max(1, min(maximumConcurrency, chunks.count))
        let slots = ResultSlots(count: chunks.count)
        let workList = chunks
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let evaluator = Evaluator(data: frozen, shapes: boundShapes)
            while let next = slots.claim() {
                let sink = ResultSink(collecting: true)
                let chunk = workList[next]
                for focus in chunk.focus { evaluator.validate(focus, against: chunk.shape, into: sink) }
                slots.store(sink.results, at: next)
            }
        }
        return ValidationReport(results: slots.all())
    }
}

/// Per-chunk result lists filled by the workers, read in chunk order.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[ValidationResult]]
    private var nextChunk = 0

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func claim() -> Int? {
        lock.withLock {
            guard nextChunk < slots.count else { return nil }
            defer { nextChunk += 1 }
            return nextChunk
        }
    }

    func store(_ results: [ValidationResult], at index: Int) {
        guard !results.isEmpty else { return }
        lock.withLock { slots[index] = results }
    }

    func all() -> [ValidationResult] { lock.withLock { slots.flatMap { $0 } } }
}
