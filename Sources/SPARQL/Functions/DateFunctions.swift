import Foundation
import RDFModel

/// The functions on dates and times (§17.4.5): NOW, YEAR, MONTH, DAY, HOURS, MINUTES, SECONDS,
/// TIMEZONE, TZ, read from the lexical form so that nothing written is lost.
extension FunctionLibrary {
    /// The parts of an `xsd:dateTime` or `xsd:date` lexical form.
    struct DateTimeParts {
        var year: String
        var month: Int
        var day: Int
        var hours = 0
        var minutes = 0
        var seconds = "0"
        /// `Z`, `+hh:mm` or `-hh:mm`, or `nil`.
        var timezone: String?
    }

    static func dateTimeParts(_ term: Term) throws -> DateTimeParts {
        guard case .literal(let literal) = term, literal.datatype == XSD.dateTime || literal.datatype == XSD.date,
            literal.isWellFormed
        else { throw ExpressionError("\(term) is not a date-time") }
        var text = Substring(literal.lexicalForm)
        var timezone: String?
        if text.hasSuffix("Z") {
            timezone = "Z"
            text = text.dropLast()
        } else if text.count >= 6, let sign = text.dropLast(5).last, sign == "+" || sign == "-",
            text.suffix(6).dropFirst(3).first == ":"
        {
            timezone = String(text.suffix(6))
            text = text.dropLast(6)
        }
        let dateAndTime = text.split(separator: "T", maxSplits: 1)
        let date = dateAndTime[0]
        let negative = date.hasPrefix("-")
        let fields = (negative ? date.dropFirst() : date).split(separator: "-")
        guard fields.count == 3, let month = Int(fields[1]), let day = Int(fields[2]) else {
            throw ExpressionError("\(term) is not a date-time")
        }
        var parts = DateTimeParts(year: (negative ? "-" : "") + fields[0], month: month, day: day, timezone: timezone)
        if dateAndTime.count == 2 {
            let time = dateAndTime[1].split(separator: ":")
            guard time.count == 3, let hours = Int(time[0]), let minutes = Int(time[1]) else {
                throw ExpressionError("\(term) is not a date-time")
            }
            parts.hours = hours
            parts.minutes = minutes
            parts.seconds = String(time[2])
        }
        return parts
    }

    static func dateFunction(_ name: String, _ arguments: [Term], context: FunctionContext) throws -> Term? {
        func integer(_ value: Int) -> Term { .literal(Literal(String(value), datatype: XSD.integer)) }
        switch name {
        case "NOW":
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return .literal(Literal(formatter.string(from: context.now), datatype: XSD.dateTime))
        case "YEAR":
            let year = try dateTimeParts(arguments[0]).year
            return .literal(Literal(String(Int(year) ?? 0), datatype: XSD.integer))
        case "MONTH": return integer(try dateTimeParts(arguments[0]).month)
        case "DAY": return integer(try dateTimeParts(arguments[0]).day)
        case "HOURS": return integer(try dateTimeParts(arguments[0]).hours)
        case "MINUTES": return integer(try dateTimeParts(arguments[0]).minutes)
        case "SECONDS":
            let seconds = try dateTimeParts(arguments[0]).seconds
            guard let value = Decimal(string: seconds) else { throw ExpressionError("bad seconds") }
            return .literal(Literal(NumericValue.decimalForm(value), datatype: XSD.decimal))
        case "TIMEZONE":
            guard let timezone = try dateTimeParts(arguments[0]).timezone else {
                throw ExpressionError("\(arguments[0]) has no time zone")
            }
            return .literal(Literal(durationForm(timezone), datatype: IRI(unchecked: XSD.namespace + "dayTimeDuration")))
        case "TZ":
            return .string(try dateTimeParts(arguments[0]).timezone ?? "")
        default:
            return nil
        }
    }

    /// A time-zone offset as an `xsd:dayTimeDuration`: `Z` → `PT0S`, `-05:30` → `-PT5H30M`.
    private static func durationForm(_ timezone: String) -> String {
        if timezone == "Z" { return "PT0S" }
        let negative = timezone.hasPrefix("-")
        let digits = timezone.dropFirst().split(separator: ":")
        let hours = Int(digits[0]) ?? 0
        let minutes = digits.count > 1 ? Int(digits[1]) ?? 0 : 0
        if hours == 0 && minutes == 0 { return "PT0S" }
        var out = (negative ? "-" : "") + "PT"
        if hours > 0 { out += "\(hours)H" }
        if minutes > 0 { out += "\(minutes)M" }
        return out
    }
}
