import RDFModel

/// Everything one constraint needs to validate one focus node: the value nodes, the data graph,
/// the shape it belongs to, a way to check conformance to other shapes, and where results go.
struct EvaluationContext {
    /// The engine (for the data graph and conformance checks of shape-based components).
    unowned let evaluator: Evaluator
    /// The index of the shape being validated.
    let shapeIndex: Int
    /// The focus node.
    let focus: TermID
    /// The value nodes: the focus node for a node shape, the path's values for a property shape.
    let values: [TermID]
    /// Where results go.
    let sink: ResultSink

    /// The data graph.
    var data: DataGraph { evaluator.data }
    /// The shape being validated.
    var shape: BoundShape { evaluator.shapes[shapeIndex] }
    /// Whether the evaluation may stop: a conformance check has already failed.
    var isDone: Bool { !sink.collecting && sink.failed }

    /// Whether `node` conforms to the shape at `index` (recursion-safe, memoised).
    func conforms(_ node: TermID, to index: Int) -> Bool { evaluator.conforms(node, to: index) }

    /// Reports a result of `component` for this focus node.
    ///
    /// - Parameters:
    ///   - value: the value node, when the result is about one.
    ///   - path: a path that replaces the shape's (a closed shape's unexpected predicate).
    ///   - message: the default message, used when the shape has no `sh:message`; built only when kept.
    func report(_ component: IRI, value: TermID?, path: IRI? = nil, message: @autoclosure () -> String) {
        sink.failed = true
        guard sink.collecting else { return }
        let shape = self.shape.shape
        let result = ValidationResult(
            focusNode: data.term(focus),
            resultPath: path.map(PropertyPath.predicate) ?? shape.path,
            value: value.map(data.term),
            sourceShape: shape.node,
            sourceConstraintComponent: component,
            severity: shape.severity,
            messages: shape.messages.isEmpty ? [Literal(message())] : shape.messages)
        sink.results.append(result)
    }

    /// The node in N-Triples form, for messages.
    func show(_ id: TermID) -> String { data.term(id).description }
}
