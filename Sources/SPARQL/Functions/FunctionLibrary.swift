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
    /// The builtin keywords (§17.4) and how many arguments each takes; IF, COALESCE, BOUND, EXISTS
    /// and the aggregates are parsed apart.
    static let arities: [String: ClosedRange<Int>] = [
        "STR": 1...1, "LANG": 1...1, "LANGMATCHES": 2...2, "DATATYPE": 1...1, "IRI": 1...1, "URI": 1...1,
        "BNODE": 0...1, "RAND": 0...0, "ABS": 1...1, "CEIL": 1...1, "FLOOR": 1...1, "ROUND": 1...1,
        "CONCAT": 0...Int.max, "SUBSTR": 2...3, "STRLEN": 1...1, "REPLACE": 3...4, "UCASE": 1...1, "LCASE": 1...1,
        "ENCODE_FOR_URI": 1...1, "CONTAINS": 2...2, "STRSTARTS": 2...2, "STRENDS": 2...2, "STRBEFORE": 2...2,
        "STRAFTER": 2...2, "YEAR": 1...1, "MONTH": 1...1, "DAY": 1...1, "HOURS": 1...1, "MINUTES": 1...1,
        "SECONDS": 1...1, "TIMEZONE": 1...1, "TZ": 1...1, "NOW": 0...0, "UUID": 0...0, "STRUUID": 0...0,
        "MD5": 1...1, "SHA1": 1...1, "SHA256": 1...1, "SHA384": 1...1, "SHA512": 1...1, "IF": 3...3,
        "COALESCE": 0...Int.max, "STRLANG": 2...2, "STRDT": 2...2, "SAMETERM": 2...2, "ISIRI": 1...1,
        "ISURI": 1...1, "ISBLANK": 1...1, "ISLITERAL": 1...1, "ISNUMERIC": 1...1, "REGEX": 2...3,
    ]

    /// Whether `keyword` (upper case) names a builtin function.
    static func isBuiltinName(_ keyword: String) -> Bool { arities[keyword] != nil }

    /// Calls the builtin named `name` (the SPARQL keyword in upper case, such as `"STRLEN"`, or a
    /// function IRI such as the XSD constructor casts `http://www.w3.org/2001/XMLSchema#integer`)
    /// with its evaluated arguments.
    /// - Throws: ``ExpressionError`` for a type error or an unknown function.
    public static func call(_ name: String, _ arguments: [Term], context: inout FunctionContext) throws -> Term {
        if name.hasPrefix(XSD.namespace) {
            guard arguments.count == 1 else { throw ExpressionError("a cast takes one argument") }
            return try cast(arguments[0], to: IRI(unchecked: name))
        }
        if let term = try termFunction(name, arguments, context: &context) { return term }
        if let term = try stringFunction(name, arguments) { return term }
        if let term = try numericFunction(name, arguments) { return term }
        if let term = try dateFunction(name, arguments, context: context) { return term }
        if let term = try hashFunction(name, arguments) { return term }
        throw ExpressionError("unknown function \(name)")
    }

    /// Whether `name` is a builtin this library implements for `arity` arguments
    /// (the parser uses it to refuse unknown keywords and wrong arities).
    public static func isKnown(_ name: String, arity: Int) -> Bool {
        arities[name.uppercased()]?.contains(arity) ?? false
    }

    /// The effective boolean value of a term (§17.2.2).
    public static func effectiveBooleanValue(_ term: Term) throws -> Bool {
        guard case .literal(let literal) = term else { throw ExpressionError("\(term) has no boolean value") }
        if literal.datatype == XSD.boolean {
            guard literal.isWellFormed else { return false }
            return literal.lexicalForm == "true" || literal.lexicalForm == "1"
        }
        if literal.language == nil && literal.datatype == XSD.string { return !literal.lexicalForm.isEmpty }
        if NumericValue.isNumericDatatype(literal.datatype) {
            guard let number = NumericValue(term) else { return false }
            switch number {
            case .integer(let d), .decimal(let d): return d != 0
            case .float(let d), .double(let d): return d != 0 && !d.isNaN
            }
        }
        throw ExpressionError("\(term) has no boolean value")
    }

    /// A binary operator on two values, with XSD numeric type promotion (§17.3).
    public static func binary(_ op: BinaryOperator, _ left: Term, _ right: Term) throws -> Term {
        switch op {
        case .add, .subtract, .multiply, .divide:
            guard let a = NumericValue(left), let b = NumericValue(right) else {
                throw ExpressionError("\(op.rawValue) needs two numbers")
            }
            return try NumericValue.arithmetic(op, a, b).term
        case .equal: return boolean(try equals(left, right))
        case .notEqual: return boolean(!(try equals(left, right)))
        case .less, .greater, .lessOrEqual, .greaterOrEqual:
            let order = try compare(left, right)
            switch op {
            case .less: return boolean(order == .less)
            case .greater: return boolean(order == .greater)
            case .lessOrEqual: return boolean(order != .greater)
            default: return boolean(order != .less)
            }
        }
    }

    /// A unary operator on a value.
    public static func unary(_ op: UnaryOperator, _ operand: Term) throws -> Term {
        switch op {
        case .not: return boolean(!(try effectiveBooleanValue(operand)))
        case .plus:
            guard let value = NumericValue(operand) else { throw ExpressionError("unary + needs a number") }
            return value.term
        case .minus:
            guard let value = NumericValue(operand) else { throw ExpressionError("unary - needs a number") }
            return try NumericValue.arithmetic(.subtract, .integer(0), value).term
        }
    }

    /// The order ORDER BY puts two values in (§15.1): unbound first, then blank nodes, IRIs and
    /// literals, literals by value where `<` is defined. Negative, zero or positive.
    public static func orderCompare(_ left: Term?, _ right: Term?) -> Int {
        guard let left else { return right == nil ? 0 : -1 }
        guard let right else { return 1 }
        func rank(_ t: Term) -> Int {
            switch t {
            case .blankNode: 0
            case .iri: 1
            case .literal: 2
            }
        }
        if rank(left) != rank(right) { return rank(left) - rank(right) }
        switch (left, right) {
        case (.literal(let a), .literal(let b)):
            if let order = try? compare(left, right), order != .equal || a == b {
                return order == .less ? -1 : (order == .greater ? 1 : 0)
            }
            // Incomparable: simple literals before typed ones, then by characters.
            if a.lexicalForm != b.lexicalForm { return a.lexicalForm.unicodeScalars.lexicographicallyPrecedes(b.lexicalForm.unicodeScalars) ? -1 : 1 }
            if a.datatype != b.datatype { return a.datatype < b.datatype ? -1 : 1 }
            if a.language != b.language { return (a.language ?? "") < (b.language ?? "") ? -1 : 1 }
            return 0
        default:
            return left == right ? 0 : (left < right ? -1 : 1)
        }
    }

    static func boolean(_ value: Bool) -> Term { .literal(Literal(value ? "true" : "false", datatype: XSD.boolean)) }

    /// Whether a datatype has a value space this library compares (numbers, strings, booleans, dates).
    static func isComparableDatatype(_ datatype: IRI) -> Bool {
        NumericValue.isNumericDatatype(datatype) || datatype == XSD.string || datatype == XSD.boolean
            || datatype == XSD.dateTime || datatype == XSD.date || datatype.string == XSD.namespace + "time"
    }

    /// `=` (§17.3, RDFterm-equal and the value comparisons): values of the datatypes SPARQL
    /// knows compare by value; literals of different known kinds (a string and a number, a
    /// simple and a language-tagged string) are unequal; an unknown datatype or an ill-typed
    /// literal is an error (the open-world tests).
    static func equals(_ left: Term, _ right: Term) throws -> Bool {
        guard case .literal(let a) = left, case .literal(let b) = right else { return left == right }
        if a == b { return true }
        if a.language != nil || b.language != nil {
            guard let p = a.language, let q = b.language else { return false }
            return a.lexicalForm == b.lexicalForm && p.lowercased() == q.lowercased()
        }
        guard isComparableDatatype(a.datatype), isComparableDatatype(b.datatype) else {
            throw ExpressionError("cannot compare \(left) and \(right)")
        }
        guard a.isWellFormed && b.isWellFormed else { throw ExpressionError("cannot compare \(left) and \(right)") }
        if let order = a.compareValue(to: b) { return order == .equal }
        if kind(a.datatype) != kind(b.datatype) { return false }
        throw ExpressionError("cannot compare \(left) and \(right)")
    }

    private static func kind(_ datatype: IRI) -> Int {
        if NumericValue.isNumericDatatype(datatype) { return 0 }
        if datatype == XSD.string { return 1 }
        if datatype == XSD.boolean { return 2 }
        if datatype == XSD.dateTime { return 3 }
        if datatype == XSD.date { return 4 }
        return 5
    }

    /// `<` and friends: the order of two comparable values, else an error.
    static func compare(_ left: Term, _ right: Term) throws -> ValueOrder {
        guard case .literal(let a) = left, case .literal(let b) = right else {
            throw ExpressionError("cannot order \(left) and \(right)")
        }
        if a.language != nil || b.language != nil {
            throw ExpressionError("cannot order \(left) and \(right)")
        }
        guard isComparableDatatype(a.datatype), isComparableDatatype(b.datatype), let order = a.compareValue(to: b) else {
            throw ExpressionError("cannot order \(left) and \(right)")
        }
        return order
    }
}
