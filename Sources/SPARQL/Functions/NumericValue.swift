import Foundation
import RDFModel

/// A numeric value with its place in XSD's type promotion (§17.3, XPath's numeric promotion):
/// integer → decimal → float → double.
enum NumericValue: Sendable {
    case integer(Decimal)
    case decimal(Decimal)
    case float(Double)
    case double(Double)

    /// The datatypes derived from `xsd:integer`, which operate as `xsd:integer`.
    static let integerTypes: Set<String> = [
        "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long",
        "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    ].reduce(into: Set<String>()) { $0.insert(XSD.namespace + $1) }

    /// Whether the datatype is numeric.
    static func isNumericDatatype(_ datatype: IRI) -> Bool {
        integerTypes.contains(datatype.string) || datatype == XSD.decimal || datatype == XSD.double
            || datatype == XSD.float
    }

    /// The numeric value of a term: a well-formed literal of a numeric datatype.
    init?(_ term: Term) {
        guard case .literal(let literal) = term, literal.language == nil, NumericValue.isNumericDatatype(literal.datatype),
            let value = literal.value
        else { return nil }
        switch value {
        case .decimal(let d):
            self = literal.datatype == XSD.decimal ? .decimal(d) : .integer(d)
        case .double(let d):
            self = literal.datatype == XSD.float ? .float(d) : .double(d)
        default:
            return nil
        }
    }

    var rank: Int {
        switch self {
        case .integer: 0
        case .decimal: 1
        case .float: 2
        case .double: 3
        }
    }

    var doubleValue: Double {
        switch self {
        case .integer(let d), .decimal(let d): NSDecimalNumber(decimal: d).doubleValue
        case .float(let d), .double(let d): d
        }
    }

    var decimalValue: Decimal? {
        switch self {
        case .integer(let d), .decimal(let d): d
        case .float(let d), .double(let d): d.isFinite ? Decimal(d) : nil
        }
    }

    /// The value promoted to rank `rank`.
    func promoted(to rank: Int) -> NumericValue {
        switch rank {
        case 0: self
        case 1: .decimal(decimalValue ?? 0)
        case 2: .float(doubleValue)
        default: .double(doubleValue)
        }
    }

    /// Applies `+ - * /` with promotion; integer division gives a decimal; a zero decimal divisor is an error.
    static func arithmetic(_ op: BinaryOperator, _ a: NumericValue, _ b: NumericValue) throws -> NumericValue {
        var rank = max(a.rank, b.rank)
        if op == .divide && rank == 0 { rank = 1 }
        let x = a.promoted(to: rank)
        let y = b.promoted(to: rank)
        switch (x, y) {
        case (.integer(let p), .integer(let q)), (.decimal(let p), .decimal(let q)):
            let result: Decimal
            switch op {
            case .add: result = p + q
            case .subtract: result = p - q
            case .multiply: result = p * q
            case .divide:
                if q == 0 { throw ExpressionError("division by zero") }
                result = p / q
            default: throw ExpressionError("not an arithmetic operator")
            }
            return rank == 0 ? .integer(result) : .decimal(result)
        default:
            let p = x.doubleValue
            let q = y.doubleValue
            let result: Double
            switch op {
            case .add: result = p + q
            case .subtract: result = p - q
            case .multiply: result = p * q
            case .divide: result = p / q
            default: throw ExpressionError("not an arithmetic operator")
            }
            return rank == 2 ? .float(Double(Float(result))) : .double(result)
        }
    }

    /// The value as a literal in canonical form.
    var term: Term {
        switch self {
        case .integer(let d): .literal(Literal(NumericValue.integerForm(d), datatype: XSD.integer))
        case .decimal(let d): .literal(Literal(NumericValue.decimalForm(d), datatype: XSD.decimal))
        case .float(let d): .literal(Literal(NumericValue.doubleForm(d, float: true), datatype: XSD.float))
        case .double(let d): .literal(Literal(NumericValue.doubleForm(d), datatype: XSD.double))
        }
    }

    static func integerForm(_ d: Decimal) -> String {
        var value = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, d < 0 ? .up : .down)
        return "\(rounded)"
    }

    /// The string XPath's cast to `xsd:string` gives (§17.5, XPath 2.0 §17.1.2): integers and
    /// decimals without trailing zeros, doubles in plain notation between 10⁻⁶ and 10⁶.
    var stringForm: String {
        switch self {
        case .integer(let d): return NumericValue.integerForm(d)
        case .decimal(let d): return "\(d)"
        case .float(let d), .double(let d):
            if d.isFinite && d != 0 && abs(d) >= 1e-6 && abs(d) < 1e6 {
                if d == d.rounded() { return String(Int(d)) }
                return "\(d)"
            }
            if d == 0 { return d.sign == .minus ? "-0" : "0" }
            return NumericValue.doubleForm(d)
        }
    }

    /// XSD's canonical decimal: at least one digit after the point, no trailing zeros.
    static func decimalForm(_ d: Decimal) -> String {
        var text = "\(d)"
        if !text.contains(".") { text += ".0" }
        return text
    }

    /// XSD's canonical double: a mantissa with one digit before the point and an `E` exponent.
    static func doubleForm(_ d: Double, float: Bool = false) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-INF" : "INF" }
        if d == 0 { return d.sign == .minus ? "-0.0E0" : "0.0E0" }
        var candidate = String(format: "%.16E", d)
        // The shortest digits that read back as the same double.
        for precision in 1...17 {
            let shorter = String(format: "%.\(precision - 1)E", d)
            if float ? Float(shorter) == Float(d) : Double(shorter) == d {
                candidate = shorter
                break
            }
        }
        guard let e = candidate.firstIndex(of: "E") else { return candidate }
        var mantissa = String(candidate[..<e])
        let exponent = Int(candidate[candidate.index(after: e)...].replacingOccurrences(of: "+", with: "")) ?? 0
        if !mantissa.contains(".") { mantissa += ".0" }
        while mantissa.hasSuffix("0") && !mantissa.hasSuffix(".0") { mantissa.removeLast() }
        return "\(mantissa)E\(exponent)"
    }
}
