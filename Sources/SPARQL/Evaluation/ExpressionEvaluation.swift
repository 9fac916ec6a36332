import RDFModel

/// Expressions over one solution (§17.2–17.4): errors propagate, `||` and `&&` follow the
/// three-valued logic of §17.2, and EXISTS evaluates its pattern with the solution substituted.
extension Evaluator {
    /// Whether a FILTER condition holds: its effective boolean value, an error being false.
    func holds(_ expression: Expression, _ row: Solution, graph: Graph) throws -> Bool {
        do {
            return try FunctionLibrary.effectiveBooleanValue(try value(expression, row, graph: graph))
        } catch is ExpressionError {
            return false
        }
    }

    /// The expression's value, or `nil` when it has none (an ``ExpressionError``); a time-out or
    /// cancellation still stops the query.
    func valueIfAny(_ expression: Expression, _ row: Solution, graph: Graph) throws -> Term? {
        do {
            return try value(expression, row, graph: graph)
        } catch is ExpressionError {
            return nil
        }
    }

    /// The effective boolean value, or `nil` for an error.
    private func booleanIfAny(_ expression: Expression, _ row: Solution, graph: Graph) throws -> Bool? {
        guard let term = try valueIfAny(expression, row, graph: graph) else { return nil }
        return try? FunctionLibrary.effectiveBooleanValue(term)
    }

    func value(_ expression: Expression, _ row: Solution, graph: Graph) throws -> Term {
        switch expression {
        case .variable(let name):
            guard let term = row[name] else { throw ExpressionError("?\(name) is unbound") }
            return term
        case .term(let term):
            return term
        case .or(let a, let b):
            let left = try booleanIfAny(a, row, graph: graph)
            if left == true { return FunctionLibrary.boolean(true) }
            let right = try booleanIfAny(b, row, graph: graph)
            if right == true { return FunctionLibrary.boolean(true) }
            guard left != nil, right != nil else { throw ExpressionError("error in ||") }
            return FunctionLibrary.boolean(false)
        case .and(let a, let b):
            let left = try booleanIfAny(a, row, graph: graph)
            if left == false { return FunctionLibrary.boolean(false) }
            let right = try booleanIfAny(b, row, graph: graph)
            if right == false { return FunctionLibrary.boolean(false) }
            guard left != nil, right != nil else { throw ExpressionError("error in &&") }
            return FunctionLibrary.boolean(true)
        case .binary(let op, let a, let b):
            return try FunctionLibrary.binary(op, try value(a, row, graph: graph), try value(b, row, graph: graph))
        case .unary(let op, let a):
            return try FunctionLibrary.unary(op, try value(a, row, graph: graph))
        case .isIn(let a, let list, let negated):
            let left = try value(a, row, graph: graph)
            var sawError = false
            for candidate in list {
                do {
                    if try FunctionLibrary.equals(left, try value(candidate, row, graph: graph)) {
                        return FunctionLibrary.boolean(!negated)
                    }
                } catch is ExpressionError {
                    sawError = true
                }
            }
            if sawError { throw ExpressionError("error in IN") }
            return FunctionLibrary.boolean(negated)
        case .bound(let name):
            return FunctionLibrary.boolean(row[name] != nil)
        case .ifThenElse(let condition, let then, let otherwise):
            let test = try FunctionLibrary.effectiveBooleanValue(try value(condition, row, graph: graph))
            return try value(test ? then : otherwise, row, graph: graph)
        case .coalesce(let list):
            for candidate in list {
                if let term = try valueIfAny(candidate, row, graph: graph) { return term }
            }
            throw ExpressionError("COALESCE found no value")
        case .exists(let pattern, let negated):
            let found = !(try evaluate(pattern, graph: graph, seed: row).isEmpty)
            return FunctionLibrary.boolean(found != negated)
        case .function(let name, let arguments):
            let values = try arguments.map { try value($0, row, graph: graph) }
            return try FunctionLibrary.call(name, values, context: &functions)
        }
    }
}
