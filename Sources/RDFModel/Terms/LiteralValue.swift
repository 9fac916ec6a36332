import Foundation

/// The value a literal denotes in its datatype's value space
/// (https://www.w3.org/TR/rdf11-concepts/#dfn-literal-value), for the XML Schema datatypes that
/// have an order or a value space worth checking (https://www.w3.org/TR/xmlschema11-2/).
///
/// A ``Literal`` keeps its exact lexical form; ``Literal/value`` maps it to a `LiteralValue`, and
/// ``Literal/compareValue(to:)`` orders two literals the way SPARQL's `<` operator does, which is
/// what SHACL's `sh:minInclusive`, `sh:lessThan` and friends use
/// (https://www.w3.org/TR/shacl/#MinInclusiveConstraintComponent):
///
/// ```swift
/// Literal("1", datatype: XSD.integer).compareValue(to: Literal("1.5", datatype: XSD.decimal))  // .less
/// Literal("abc", datatype: XSD.integer).isWellFormed                                          // false
/// ```
public enum LiteralValue: Hashable, Sendable {
    /// An `xsd:decimal`, `xsd:integer` or any type derived from them, held exactly.
    case decimal(Decimal)
    /// An `xsd:double` or `xsd:float`.
    case double(Double)
    /// An `xsd:boolean`.
    case boolean(Bool)
    /// An `xsd:dateTime` or `xsd:dateTimeStamp`.
    case dateTime(XSDDateTime)
    /// An `xsd:date` (held as the date's first instant).
    case date(XSDDateTime)
    /// An `xsd:time` (held on the date 1972-12-31, as XSD does).
    case time(XSDDateTime)
    /// An `xsd:string` or a string type derived from it.
    case string(String)
}

/// A point on the XSD time line: a date, a time of day and an optional time-zone offset
/// (https://www.w3.org/TR/xmlschema11-2/#dateTime).
public struct XSDDateTime: Hashable, Sendable {
    /// Seconds since 0001-01-01T00:00:00 in the value's own (local) clock, fraction included.
    public let localSeconds: Decimal
    /// The time-zone offset in minutes east of UTC, or `nil` when the lexical form has none.
    public let timezoneMinutes: Int?

    /// Seconds since 0001-01-01T00:00:00Z when a time zone is present, else the local seconds.
    public var normalizedSeconds: Decimal {
        guard let timezoneMinutes else { return localSeconds }
        return localSeconds - Decimal(timezoneMinutes * 60)
    }
}

/// The order of two literal values: what ``Literal/compareValue(to:)`` returns when they are comparable.
public enum ValueOrder: Sendable, Hashable {
    case less, equal, greater
}

extension Literal {
    /// The XSD datatypes whose lexical space ``isWellFormed`` checks; literals of other datatypes
    /// (and `rdf:langString`, `xsd:string`) are always well-formed.
    public static let checkedDatatypes: Set<String> = Set(XSDLexical.checkers.keys)

    /// Whether the lexical form is in the lexical space of the datatype
    /// (https://www.w3.org/TR/rdf11-concepts/#dfn-ill-typed): `"abc"^^xsd:integer` is ill-typed.
    ///
    /// Datatypes Communique does not know are taken as well-formed, as RDF 1.1 requires.
    public var isWellFormed: Bool {
        if let language { return !language.isEmpty && datatype == RDF.langString }
        if datatype == RDF.langString { return false }
        guard datatype.string.hasPrefix(XSD.namespace) else { return true }
        let local = String(datatype.string.dropFirst(XSD.namespace.count))
        guard let checker = XSDLexical.checkers[local] else { return true }
        return checker(lexicalForm)
    }

    /// The value the literal denotes, or `nil` when it is ill-typed or its datatype has no
    /// value space Communique orders (such literals compare only by identity).
    public var value: LiteralValue? {
        if language != nil { return nil }
        guard datatype.string.hasPrefix(XSD.namespace) else { return nil }
        let local = datatype.string.dropFirst(XSD.namespace.count)
        guard isWellFormed else { return nil }
        switch local {
        case "string", "normalizedString", "token", "language", "Name", "NCName", "NMTOKEN", "ENTITY", "ID", "IDREF":
            return .string(lexicalForm)
        case "boolean":
            return .boolean(lexicalForm == "true" || lexicalForm == "1")
        case "double", "float":
            return XSDLexical.doubleValue(lexicalForm).map(LiteralValue.double)
        case "dateTime", "dateTimeStamp":
            return XSDLexical.dateTime(lexicalForm).map(LiteralValue.dateTime)
        case "date":
            return XSDLexical.date(lexicalForm).map(LiteralValue.date)
        case "time":
            return XSDLexical.time(lexicalForm).map(LiteralValue.time)
        default:
            if XSDLexical.integerTypes[String(local)] != nil || local == "decimal" {
                return XSDLexical.decimalValue(lexicalForm).map(LiteralValue.decimal)
            }
            return nil
        }
    }

    /// Orders this literal's value against another's as SPARQL's `<` and `=` do
    /// (https://www.w3.org/TR/sparql11-query/#OperatorMapping): numbers of any numeric type
    /// against each other, strings by code point, booleans, dates, times and date-times
    /// (with XSD's ±14 hour rule when only one side has a time zone).
    ///
    /// - Returns: the order, or `nil` when the values are incomparable: different kinds of value,
    ///   an ill-typed literal, `NaN`, a language-tagged string, or a time-zone difference that
    ///   leaves the order indeterminate.
    public func compareValue(to other: Literal) -> ValueOrder? {
        // Fast path: two integers of at most 18 digits compare as machine integers.
        if let a = XSDLexical.smallInteger(self), let b = XSDLexical.smallInteger(other) {
            return a < b ? .less : (a > b ? .greater : .equal)
        }
        guard let left = value, let right = other.value else { return nil }
        return LiteralValue.compare(left, right)
    }
}

extension LiteralValue {
    /// The order of two values, or `nil` when they are incomparable.
    public static func compare(_ left: LiteralValue, _ right: LiteralValue) -> ValueOrder? {
        switch (left, right) {
        case (.decimal(let a), .decimal(let b)): return order(a, b)
        case (.double(let a), .double(let b)): return order(a, b)
        case (.decimal(let a), .double(let b)): return order(NSDecimalNumber(decimal: a).doubleValue, b)
        case (.double(let a), .decimal(let b)): return order(a, NSDecimalNumber(decimal: b).doubleValue)
        case (.boolean(let a), .boolean(let b)): return a == b ? .equal : (!a ? .less : .greater)
        case (.string(let a), .string(let b)):
            if a == b { return .equal }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? .less : .greater
        case (.dateTime(let a), .dateTime(let b)), (.date(let a), .date(let b)), (.time(let a), .time(let b)):
            return compareInstants(a, b)
        default:
            return nil
        }
    }

    private static func order<T: Comparable>(_ a: T, _ b: T) -> ValueOrder? {
        if a < b { return .less }
        if a > b { return .greater }
        if a == b { return .equal }
        return nil  // NaN
    }

    /// XSD 1.1 §3.3.7 (dateTime order): values with and without a time zone compare only when they
    /// are more than 14 hours apart.
    private static func compareInstants(_ a: XSDDateTime, _ b: XSDDateTime) -> ValueOrder? {
        switch (a.timezoneMinutes, b.timezoneMinutes) {
        case (nil, nil), (.some, .some):
            return order(a.normalizedSeconds, b.normalizedSeconds)
        case (.some, nil):
            let p = a.normalizedSeconds
            let q = b.localSeconds
            if p < q - 50_400 { return .less }
            if p > q + 50_400 { return .greater }
            return nil
        case (nil, .some):
            return compareInstants(b, a).map { $0 == .less ? .greater : ($0 == .greater ? .less : .equal) }
        }
    }
}

/// The lexical space of one datatype, looked up once: for checking many literals of the same
/// datatype quickly (`sh:datatype` on a large graph).
public struct LexicalSpace: Sendable {
    /// The datatype.
    public let datatype: IRI
    private let checker: (@Sendable (String) -> Bool)?

    /// The lexical space of `datatype` (everything, for datatypes Communique does not check).
    public init(_ datatype: IRI) {
        self.datatype = datatype
        if datatype.string.hasPrefix(XSD.namespace) {
            checker = XSDLexical.checkers[String(datatype.string.dropFirst(XSD.namespace.count))]
        } else {
            checker = nil
        }
    }

    /// Whether the literal has this datatype and a well-formed lexical form: what
    /// `sh:datatype` requires of a value node (https://www.w3.org/TR/shacl/#DatatypeConstraintComponent).
    public func admits(_ literal: Literal) -> Bool {
        guard literal.datatype == datatype else { return false }
        if datatype == RDF.langString { return literal.language.map { !$0.isEmpty } ?? false }
        if literal.language != nil { return false }
        return checker?(literal.lexicalForm) ?? true
    }
}

/// Hand-written recognisers for XSD lexical spaces (faster than regular expressions on the hot path).
enum XSDLexical {
    /// Inclusive bounds of the integer types derived from `xsd:integer`; `nil` is unbounded.
    static let integerTypes: [String: (min: Decimal?, max: Decimal?)] = [
        "integer": (nil, nil),
        "nonNegativeInteger": (0, nil), "positiveInteger": (1, nil),
        "nonPositiveInteger": (nil, 0), "negativeInteger": (nil, -1),
        "long": (Decimal(string: "-9223372036854775808"), Decimal(string: "9223372036854775807")),
        "int": (-2_147_483_648, 2_147_483_647), "short": (-32768, 32767), "byte": (-128, 127),
        "unsignedLong": (0, Decimal(string: "18446744073709551615")), "unsignedInt": (0, 4_294_967_295),
        "unsignedShort": (0, 65535), "unsignedByte": (0, 255),
    ]

    static let checkers: [String: @Sendable (String) -> Bool] = {
        var table: [String: @Sendable (String) -> Bool] = [
            "boolean": { $0 == "true" || $0 == "false" || $0 == "1" || $0 == "0" },
            "decimal": { isDecimal($0) },
            "double": { isDouble($0) },
            "float": { isDouble($0) },
            "dateTime": { dateTime($0) != nil },
            "dateTimeStamp": { s in dateTime(s).map { $0.timezoneMinutes != nil } ?? false },
            "date": { date($0) != nil },
            "time": { time($0) != nil },
            "gYear": { gregorian($0, year: true, month: false, day: false) },
            "gYearMonth": { gregorian($0, year: true, month: true, day: false) },
            "gMonth": { s in s.hasPrefix("--") && gregorian(String(s.dropFirst(2)), year: false, month: true, day: false) },
            "gMonthDay": { s in s.hasPrefix("--") && gregorian(String(s.dropFirst(2)), year: false, month: true, day: true) },
            "gDay": { s in s.hasPrefix("---") && gregorian(String(s.dropFirst(3)), year: false, month: false, day: true) },
            "duration": { isDuration($0) },
            "hexBinary": { s in s.utf8.count % 2 == 0 && s.utf8.allSatisfy { isHex($0) } },
            "base64Binary": { isBase64($0) },
            "normalizedString": { s in !s.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" } },
            "token": { isToken($0) },
            "language": { isLanguage($0) },
        ]
        for (name, bounds) in integerTypes {
            let small = integerDatatypes[IRI(unchecked: XSD.namespace + name)] ?? (nil, nil)
            table[name] = { s in
                guard isInteger(s) else { return false }
                // Up to 18 digits: machine integers, no Decimal.
                if s.utf8.count <= 18, let value = Int(s.hasPrefix("+") ? String(s.dropFirst()) : s) {
                    if let min = small.min, value < min { return false }
                    if let max = small.max, value > max { return false }
                    return true
                }
                guard let value = decimalValue(s) else { return false }
                if let min = bounds.min, value < min { return false }
                if let max = bounds.max, value > max { return false }
                return true
            }
        }
        return table
    }()

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// The integer datatypes by IRI, with their bounds as machine integers (`nil` when unbounded
    /// or beyond 18 digits, which ``smallInteger(_:)`` never reaches).
    static let integerDatatypes: [IRI: (min: Int?, max: Int?)] = Dictionary(
        uniqueKeysWithValues: integerTypes.map { name, bounds in
            func small(_ d: Decimal?) -> Int? {
                guard let d, d.magnitude < Decimal(1_000_000_000_000_000_000) else { return nil }
                return NSDecimalNumber(decimal: d).intValue
            }
            return (IRI(unchecked: XSD.namespace + name), (small(bounds.min), small(bounds.max)))
        })

    /// The value of an integer-typed literal of at most 18 digits (which cannot overflow), else `nil`.
    static func smallInteger(_ literal: Literal) -> Int? {
        let utf8 = literal.lexicalForm.utf8
        guard utf8.count <= 19, literal.language == nil, let bounds = integerDatatypes[literal.datatype] else { return nil }
        var value = 0
        var negative = false
        var digits = 0
        for (i, c) in utf8.enumerated() {
            if i == 0 && (c == 0x2D || c == 0x2B) {
                negative = c == 0x2D
                continue
            }
            guard isDigit(c) else { return nil }
            value = value * 10 + Int(c - 0x30)
            digits += 1
        }
        guard digits > 0, digits <= 18 else { return nil }
        // A value outside the datatype's range is ill-typed and must stay incomparable.
        let result = negative ? -value : value
        if let min = bounds.min, result < min { return nil }
        if let max = bounds.max, result > max { return nil }
        return result
    }
    @inline(__always) static func isHex(_ c: UInt8) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }

    static func isInteger(_ s: String) -> Bool {
        var bytes = Substring(s).utf8[...]
        if let first = bytes.first, first == 0x2B || first == 0x2D { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy(isDigit)
    }

    static func isDecimal(_ s: String) -> Bool {
        var bytes = Substring(s).utf8[...]
        if let first = bytes.first, first == 0x2B || first == 0x2D { bytes = bytes.dropFirst() }
        var digits = 0
        var dots = 0
        for c in bytes {
            if isDigit(c) { digits += 1 } else if c == 0x2E { dots += 1 } else { return false }
        }
        return digits > 0 && dots <= 1
    }

    static func isDouble(_ s: String) -> Bool {
        if s == "INF" || s == "+INF" || s == "-INF" || s == "NaN" { return true }
        let parts = s.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let split = parts.count == 2 ? parts : s.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false)
        guard isDecimal(String(split[0])) else { return false }
        if split.count == 2 { return isInteger(String(split[1])) }
        return true
    }

    static func decimalValue(_ s: String) -> Decimal? {
        guard isDecimal(s) else { return nil }
        var text = s
        if text.hasPrefix("+") { text.removeFirst() }
        if text.hasSuffix(".") { text.removeLast() }
        if text.hasPrefix(".") { text = "0" + text } else if text.hasPrefix("-.") { text = "-0" + text.dropFirst() }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    static func doubleValue(_ s: String) -> Double? {
        switch s {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        case "NaN": return .nan
        default: return isDouble(s) ? Double(s.hasSuffix(".") ? s + "0" : s) ?? Double(s.replacingOccurrences(of: ".e", with: ".0e")) : nil
        }
    }

    static func isToken(_ s: String) -> Bool {
        if s.hasPrefix(" ") || s.hasSuffix(" ") || s.contains("  ") { return false }
        return !s.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" }
    }

    static func isLanguage(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    static func isBase64(_ s: String) -> Bool {
        var count = 0
        for c in s.utf8 where c != 0x20 {
            let ok = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || isDigit(c) || c == 0x2B || c == 0x2F || c == 0x3D
            if !ok { return false }
            count += 1
        }
        return count % 4 == 0
    }

    static func isDuration(_ s: String) -> Bool {
        var bytes = Array(s.utf8)
        if bytes.first == 0x2D { bytes.removeFirst() }
        guard bytes.first == 0x50 else { return false }  // P
        var i = 1
        var inTime = false
        var sawComponent = false
        var sawComponentAfterT = false
        var lastRank = -1
        let dateDesignators: [UInt8: Int] = [0x59: 0, 0x4D: 1, 0x44: 2]  // Y M D
        let timeDesignators: [UInt8: Int] = [0x48: 3, 0x4D: 4, 0x53: 5]  // H M S
        while i < bytes.count {
            if bytes[i] == 0x54 {  // T
                if inTime { return false }
                inTime = true
                i += 1
                continue
            }
            var j = i
            var dot = false
            while j < bytes.count, isDigit(bytes[j]) || (bytes[j] == 0x2E && !dot) {
                if bytes[j] == 0x2E { dot = true }
                j += 1
            }
            guard j > i, j < bytes.count else { return false }
            guard let rank = (inTime ? timeDesignators : dateDesignators)[bytes[j]], rank > lastRank else { return false }
            if dot && rank != 5 { return false }
            lastRank = rank
            sawComponent = true
            if inTime { sawComponentAfterT = true }
            i = j + 1
        }
        return sawComponent && (!inTime || sawComponentAfterT)
    }

    // MARK: Dates and times

    private struct Cursor {
        let bytes: [UInt8]
        var index = 0
        var atEnd: Bool { index >= bytes.count }
        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for k in 0..<count {
                let c = bytes[index + k]
                guard XSDLexical.isDigit(c) else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            index += count
            return value
        }
        mutating func expect(_ c: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == c else { return false }
            index += 1
            return true
        }
        /// A year: at least four digits, an optional minus; more than four digits may not start with 0.
        mutating func year() -> Int? {
            let negative = expect(0x2D)
            let start = index
            while index < bytes.count, XSDLexical.isDigit(bytes[index]) { index += 1 }
            let count = index - start
            guard count >= 4, count <= 9, !(count > 4 && bytes[start] == 0x30) else { return nil }
            var value = 0
            for k in start..<index { value = value * 10 + Int(bytes[k] - 0x30) }
            if value == 0 && count == 4 && !negative { return 0 }  // year 0000 is allowed by XSD 1.1
            return negative ? -value : value
        }
        /// An optional time zone: `Z` or `(+|-)hh:mm` with |offset| ≤ 14:00.
        mutating func timezone() -> Int?? {
            if atEnd { return .some(nil) }
            if expect(0x5A) { return atEnd ? .some(0) : nil }
            let sign: Int
            if expect(0x2B) { sign = 1 } else if expect(0x2D) { sign = -1 } else { return nil }
            guard let h = digits(2), expect(0x3A), let m = digits(2), atEnd, m < 60, h < 14 || (h == 14 && m == 0) else { return nil }
            return .some(sign * (h * 60 + m))
        }
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 0001-01-01 in the proleptic Gregorian calendar.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 + 719_162  // days since 1970 shifted to 0001-01-01
    }

    private static func parseDate(_ cursor: inout Cursor) -> (Int, Int, Int)? {
        guard let year = cursor.year(), cursor.expect(0x2D), let month = cursor.digits(2), cursor.expect(0x2D),
            let day = cursor.digits(2), (1...12).contains(month), day >= 1, day <= daysInMonth(month, year: year)
        else { return nil }
        return (year, month, day)
    }

    /// hh:mm:ss(.s+)? with 24:00:00 allowed; returns seconds of the day.
    private static func parseTime(_ cursor: inout Cursor) -> Decimal? {
        guard let h = cursor.digits(2), cursor.expect(0x3A), let m = cursor.digits(2), cursor.expect(0x3A),
            let s = cursor.digits(2)
        else { return nil }
        var fraction = Decimal(0)
        var fractionIsZero = true
        if cursor.expect(0x2E) {
            var scale = Decimal(1)
            let start = cursor.index
            while !cursor.atEnd, isDigit(cursor.bytes[cursor.index]) {
                scale /= 10
                let digit = Int(cursor.bytes[cursor.index] - 0x30)
                if digit != 0 { fractionIsZero = false }
                fraction += Decimal(digit) * scale
                cursor.index += 1
            }
            if cursor.index == start { return nil }
        }
        if h == 24 { return (m == 0 && s == 0 && fractionIsZero) ? Decimal(86_400) : nil }
        guard h < 24, m < 60, s < 60 else { return nil }
        return Decimal(h * 3600 + m * 60 + s) + fraction
    }

    static func dateTime(_ s: String) -> XSDDateTime? {
        var cursor = Cursor(bytes: Array(s.utf8))
        guard let (y, mo, d) = parseDate(&cursor), cursor.expect(0x54), let seconds = parseTime(&cursor),
            let tz = cursor.timezone()
        else { return nil }
        let day = Decimal(dayNumber(year: y, month: mo, day: d))
        return XSDDateTime(localSeconds: day * 86_400 + seconds, timezoneMinutes: tz)
    }

    static func date(_ s: String) -> XSDDateTime? {
        var cursor = Cursor(bytes: Array(s.utf8))
        guard let (y, mo, d) = parseDate(&cursor), let tz = cursor.timezone() else { return nil }
        return XSDDateTime(localSeconds: Decimal(dayNumber(year: y, month: mo, day: d)) * 86_400, timezoneMinutes: tz)
    }

    static func time(_ s: String) -> XSDDateTime? {
        var cursor = Cursor(bytes: Array(s.utf8))
        guard let seconds = parseTime(&cursor), let tz = cursor.timezone() else { return nil }
        let day = Decimal(dayNumber(year: 1972, month: 12, day: 31))
        return XSDDateTime(localSeconds: day * 86_400 + seconds, timezoneMinutes: tz)
    }

    /// gYear, gYearMonth, gMonth, gMonthDay, gDay (the leading dashes of the last three removed).
    static func gregorian(_ s: String, year: Bool, month: Bool, day: Bool) -> Bool {
        var cursor = Cursor(bytes: Array(s.utf8))
        var y = 2000
        var mo = 1
        if year {
            guard let value = cursor.year() else { return false }
            y = value
            if month && !cursor.expect(0x2D) { return false }
        }
        if month {
            guard let value = cursor.digits(2), (1...12).contains(value) else { return false }
            mo = value
            if day && !cursor.expect(0x2D) { return false }
        }
        if day {
            guard let value = cursor.digits(2), value >= 1, value <= (year ? daysInMonth(mo, year: y) : (month ? daysInMonth(mo, year: 2000) : 31))
            else { return false }
        }
        guard let tz = cursor.timezone() else { return false }
        _ = tz
        return true
    }
}
