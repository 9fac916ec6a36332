import RDFModel

/// A shape with its path and constraints bound to one data graph (a class, shared by reference
/// in the hot loops).
final class BoundShape: Sendable {
    let shape: Shape
    let path: BoundPath?
    let constraints: [any ConstraintComponent]

    init(shape: Shape, path: BoundPath?, constraints: [any ConstraintComponent]) {
        self.shape = shape
        self.path = path
        self.constraints = constraints
    }
}

/// Validates focus nodes against shapes on one thread (https://www.w3.org/TR/shacl/#validation-definition).
///
/// Conformance checks (`sh:node`, `sh:not`, `sh:and`, `sh:or`, `sh:xone`, qualified value shapes)
/// are memoised per (shape, node). A check that re-enters itself through recursive shapes
/// assumes conformance for the inner occurrence, so recursion always terminates (SHACL leaves
/// recursive shapes' meaning open; this is the greatest-fixpoint reading pySHACL and rudof share).
final class Evaluator {
    let data: DataGraph
    let shapes: [BoundShape]
    private var memo: [UInt64: Bool] = [:]
    private var inProgress: Set<UInt64> = []

    init(data: DataGraph, shapes: [BoundShape]) {
        self.data = data
        self.shapes = shapes
    }

    /// Validates `focus` against the shape at `index`, adding results to `sink`.
    func validate(_ focus: TermID, against index: Int, into sink: ResultSink) {
        let bound = shapes[index]
        if bound.shape.isDeactivated { return }
        let values = bound.path.map { $0.values(from: focus, in: data) } ?? [focus]
        var context = EvaluationContext(evaluator: self, shapeIndex: index, focus: focus, values: values, sink: sink)
        for constraint in bound.constraints {
            constraint.evaluate(&context)
            if context.isDone { return }
        }
    }

    /// Whether `node` conforms to the shape at `index`: validating it produces no result.
    func conforms(_ node: TermID, to index: Int) -> Bool {
        let key = UInt64(index) << 32 | UInt64(node)
        if let known = memo[key] { return known }
        if inProgress.contains(key) { return true }
        inProgress.insert(key)
        let sink = ResultSink(collecting: false)
        validate(node, against: index, into: sink)
        inProgress.remove(key)
        memo[key] = !sink.failed
        return !sink.failed
    }
}
