import Foundation
import RDFModel

/// The operators of SPARQL 1.1 (§17.3) that act on values alone.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/"
}

/// The unary operators of SPARQL 1.1 that act on values alone (`!`, unary `+` and `-`).
public enum UnaryOperator: String, Sendable, Hashable, CaseIterable {
    case not = "!", plus = "+", minus = "-"
}

/// What a function call may depend on besides its arguments: one `NOW()` per query, the query's
/// base IRI for `IRI()`, and the blank nodes `BNODE(str)` made for the current solution.
public struct FunctionContext: Sendable {
    /// The instant `NOW()` returns throughout one query.
    public var now: Date
    /// The base IRI `IRI()`/`URI()` resolve relative references against.
    public var baseIRI: String?
    /// `BNODE("x")` returns the same blank node for the same string within one solution;
    /// the evaluator empties this between solutions.
    public var blankNodesOfSolution: [String: BlankNode] = [:]
    /// A counter for fresh blank-node labels.
    public var blankNodeCounter = 0

    public init(now: Date = Date(), baseIRI: String? = nil) {
        self.now = now
        self.baseIRI = baseIRI
    }
}

/// The SPARQL 1.1 function and operator library (§17): everything that maps argument values to a
/// value without looking at the data. Forms that need the evaluator (BOUND, IF, COALESCE, EXISTS,
/// `&&`, `||`, IN) are the evaluator's; they use ``effectiveBooleanValue(_:)`` and ``binary(_:_:_:)``.
public enum FunctionLibrary {
    /// Calls the builtin named `name` (the SPARQL keyword in upper case, such as `"STRLEN"`, or a
    /// function IRI such as the XSD constructor casts `http://www.w3.org/2001/XMLSchema#integer`)
    /// with its evaluated arguments.
    /// - Throws: ``ExpressionError`` for a type error or an unknown function.
    public static func call(_ name: String, _ arguments: [Term], context: inout FunctionContext) throws -> Term {
        throw ExpressionError("function \(name) is not implemented")
    }

    /// Whether `name` is a builtin this library implements for `arity` arguments
    /// (the parser uses it to refuse unknown keywords and wrong arities).
    public static func isKnown(_ name: String, arity: Int) -> Bool { false }

    /// The effective boolean value of a term (§17.2.2).
    public static func effectiveBooleanValue(_ term: Term) throws -> Bool {
        throw ExpressionError("effective boolean value is not implemented")
    }

    /// A binary operator on two values, with XSD numeric type promotion (§17.3).
    public static func binary(_ op: BinaryOperator, _ left: Term, _ right: Term) throws -> Term {
        throw ExpressionError("operator \(op.rawValue) is not implemented")
    }

    /// A unary operator on a value.
    public static func unary(_ op: UnaryOperator, _ operand: Term) throws -> Term {
        throw ExpressionError("operator \(op.rawValue) is not implemented")
    }

    /// The order ORDER BY puts two values in (§15.1): unbound first, then blank nodes, IRIs and
    /// literals, literals by value where `<` is defined. Negative, zero or positive.
    public static func orderCompare(_ left: Term?, _ right: Term?) -> Int { 0 }
}
