import Foundation
import RDFModel

/// The XSD constructor functions (§17.5): casts between strings, numbers, booleans and date-times.
extension FunctionLibrary {
    static func cast(_ term: Term, to datatype: IRI) throws -> Term {
        let local = String(datatype.string.dropFirst(XSD.namespace.count))
        func fail() -> ExpressionError { ExpressionError("cannot cast \(term) to xsd:\(local)") }
        if case .blankNode = term { throw fail() }
        if case .iri(let iri) = term {
            guard local == "string" else { throw fail() }
            return .string(iri.string)
        }
        guard case .literal(let literal) = term, literal.language == nil else { throw fail() }
        let isString = literal.datatype == XSD.string
        let number = NumericValue(term)
        if !isString && number == nil && NumericValue.isNumericDatatype(literal.datatype) { throw fail() }
        if literal.datatype == XSD.boolean && !literal.isWellFormed { throw fail() }
        let lexical = literal.lexicalForm.trimmingCharacters(in: .whitespaces)
        switch local {
        case "string":
            if let number { return .string(number.stringForm) }
            if literal.datatype == XSD.boolean { return .string(literal.lexicalForm == "true" || literal.lexicalForm == "1" ? "true" : "false") }
            return .string(literal.lexicalForm)
        case "boolean":
            if isString {
                guard ["true", "false", "1", "0"].contains(lexical) else { throw fail() }
                return boolean(lexical == "true" || lexical == "1")
            }
            if literal.datatype == XSD.boolean { return boolean(literal.lexicalForm == "true" || literal.lexicalForm == "1") }
            guard let number else { throw fail() }
            return boolean(number.doubleValue != 0 && !number.doubleValue.isNaN)
        case "integer", "decimal":
            if literal.datatype == XSD.boolean {
                let one = literal.lexicalForm == "true" || literal.lexicalForm == "1"
                return local == "integer" ? NumericValue.integer(one ? 1 : 0).term : NumericValue.decimal(one ? 1 : 0).term
            }
            if isString {
                guard Literal(lexical, datatype: datatype).isWellFormed, let value = Decimal(string: lexical) else { throw fail() }
                return local == "integer" ? .literal(Literal(lexical, datatype: XSD.integer)) : NumericValue.decimal(value).term
            }
            guard let number, let value = number.decimalValue else { throw fail() }
            return local == "integer" ? NumericValue.integer(value).term : NumericValue.decimal(value).term
        case "double", "float":
            var value: Double
            if literal.datatype == XSD.boolean {
                value = literal.lexicalForm == "true" || literal.lexicalForm == "1" ? 1 : 0
            } else if isString {
                guard Literal(lexical, datatype: XSD.double).isWellFormed else { throw fail() }
                value = lexical == "INF" ? .infinity : lexical == "-INF" ? -.infinity : Double(lexical) ?? .nan
            } else {
                guard let number else { throw fail() }
                value = number.doubleValue
            }
            return local == "double" ? NumericValue.double(value).term : NumericValue.float(Double(Float(value))).term
        case "dateTime", "date", "time":
            guard isString || literal.datatype == datatype || (local == "date" && literal.datatype == XSD.dateTime)
                || (local == "dateTime" && literal.datatype == XSD.date)
            else { throw fail() }
            var text = lexical
            if local == "date" && literal.datatype == XSD.dateTime, let t = text.firstIndex(of: "T") {
                text = String(text[..<t])
            }
            if local == "dateTime" && literal.datatype == XSD.date { text += "T00:00:00" }
            guard Literal(text, datatype: datatype).isWellFormed else { throw fail() }
            return .literal(Literal(text, datatype: datatype))
        default:
            guard isString, Literal(lexical, datatype: datatype).isWellFormed else { throw fail() }
            return .literal(Literal(lexical, datatype: datatype))
        }
    }
}
