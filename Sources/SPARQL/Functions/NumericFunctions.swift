import Foundation
import RDFModel

/// The functions on numbers (§17.4.4): ABS, ROUND, CEIL, FLOOR, RAND.
extension FunctionLibrary {
    static func numericFunction(_ name: String, _ arguments: [Term]) throws -> Term? {
        if name == "RAND" { return NumericValue.double(Double.random(in: 0..<1)).term }
        guard ["ABS", "ROUND", "CEIL", "FLOOR"].contains(name) else { return nil }
        guard let value = NumericValue(arguments[0]) else { throw ExpressionError("\(name) needs a number") }
        func decimal(_ d: Decimal) -> Decimal {
            var input = d
            var output = Decimal()
            switch name {
            case "ABS": return d < 0 ? -d : d
            case "ROUND":
                var shifted = d + Decimal(string: "0.5")!
                NSDecimalRound(&output, &shifted, 0, .down)
            case "CEIL": NSDecimalRound(&output, &input, 0, .up)
            default: NSDecimalRound(&output, &input, 0, .down)
            }
            return output
        }
        func double(_ d: Double) -> Double {
            switch name {
            case "ABS": abs(d)
            case "ROUND": (d + 0.5).rounded(.down)
            case "CEIL": d.rounded(.up)
            default: d.rounded(.down)
            }
        }
        switch value {
        case .integer(let d): return NumericValue.integer(decimal(d)).term
        case .decimal(let d): return NumericValue.decimal(decimal(d)).term
        case .float(let d): return NumericValue.float(double(d)).term
        case .double(let d): return NumericValue.double(double(d)).term
        }
    }
}
