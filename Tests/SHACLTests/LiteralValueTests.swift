import RDFModel
import Testing

/// XSD lexical spaces and SPARQL-style value order (Sources/RDFModel/Terms/LiteralValue.swift).
@Suite struct LiteralValueTests {
    func typed(_ lexical: String, _ local: String) -> Literal {
        Literal(lexical, datatype: IRI(unchecked: XSD.namespace + local))
    }

    @Test(arguments: [
        ("1", "integer", true), ("-0", "integer", true), ("+12", "integer", true), ("abc", "integer", false),
        ("1.5", "integer", false), (" 1", "integer", false), ("", "integer", false),
        ("127", "byte", true), ("128", "byte", false), ("-1", "nonNegativeInteger", false), ("0", "positiveInteger", false),
        ("1.", "decimal", true), (".5", "decimal", true), ("1.2.3", "decimal", false),
        ("1e10", "double", true), ("INF", "double", true), ("NaN", "float", true), ("1e", "double", false),
        ("true", "boolean", true), ("0", "boolean", true), ("yes", "boolean", false),
        ("2024-02-29", "date", true), ("2023-02-29", "date", false), ("2022-13-45", "date", false), ("2022-01-01Z", "date", true),
        ("2011-01-01T10:00:00", "dateTime", true), ("2011-01-01", "dateTime", false), ("2011-01-01T24:00:00", "dateTime", true),
        ("2011-01-01T10:00:00+14:01", "dateTime", false), ("2011-01-01T10:00:00", "dateTimeStamp", false),
        ("10:00:00.5", "time", true), ("2020", "gYear", true), ("20", "gYear", false), ("--12-25", "gMonthDay", true),
        ("P1Y2M3DT4H5M6.7S", "duration", true), ("P", "duration", false), ("PT", "duration", false),
        ("0FB7", "hexBinary", true), ("0FB", "hexBinary", false), ("en-GB", "language", true), ("english!", "language", false),
    ])
    func wellFormedness(_ lexical: String, _ datatype: String, _ expected: Bool) {
        #expect(typed(lexical, datatype).isWellFormed == expected)
        #expect(LexicalSpace(IRI(unchecked: XSD.namespace + datatype)).admits(typed(lexical, datatype)) == expected)
    }

    @Test func unknownDatatypesAndLanguageStrings() {
        #expect(Literal("anything", datatype: IRI(unchecked: "http://example.org/dt")).isWellFormed)
        #expect(Literal("hello", language: "en").isWellFormed)
        #expect(Literal("hello", datatype: RDF.langString).isWellFormed == false)
    }

    @Test func numbersCompareAcrossTypes() {
        #expect(typed("1", "integer").compareValue(to: typed("1.5", "decimal")) == .less)
        #expect(typed("2", "int").compareValue(to: typed("2.0", "decimal")) == .equal)
        #expect(typed("1e1", "double").compareValue(to: typed("9", "integer")) == .greater)
        #expect(typed("10", "byte").compareValue(to: typed("9", "long")) == .greater)
        #expect(typed("123456789012345678901234", "integer").compareValue(to: typed("1", "integer")) == .greater)
        #expect(typed("NaN", "double").compareValue(to: typed("1", "integer")) == nil)
        #expect(typed("abc", "integer").compareValue(to: typed("1", "integer")) == nil)
        #expect(typed("300", "byte").compareValue(to: typed("1", "integer")) == nil)
    }

    @Test func datesAndTimesCompareWithTheTimeZoneRule() {
        // Both with or both without a time zone: plain order.
        #expect(typed("2002-10-10T12:00:00-05:00", "dateTime").compareValue(to: typed("2002-10-10T17:00:00Z", "dateTime")) == .equal)
        #expect(typed("2002-10-10T12:00:00", "dateTime").compareValue(to: typed("2002-10-10T12:00:01", "dateTime")) == .less)
        // One side without a time zone: indeterminate within 14 hours, ordered beyond.
        #expect(typed("2002-10-10T12:00:00-05:00", "dateTime").compareValue(to: typed("2002-10-10T12:00:00", "dateTime")) == nil)
        #expect(typed("2002-10-09T12:00:00-05:00", "dateTime").compareValue(to: typed("2002-10-10T12:00:00", "dateTime")) == .less)
        #expect(typed("2022-01-02", "date").compareValue(to: typed("2022-01-01", "date")) == .greater)
        // A date and a date-time are different kinds of value.
        #expect(typed("2022-01-01", "date").compareValue(to: typed("2022-01-01T00:00:00", "dateTime")) == nil)
    }

    @Test func stringsAndBooleans() {
        #expect(Literal("a").compareValue(to: Literal("b")) == .less)
        #expect(Literal("a", language: "en").compareValue(to: Literal("b", language: "en")) == nil)
        #expect(typed("false", "boolean").compareValue(to: typed("1", "boolean")) == .less)
        #expect(Literal("1").compareValue(to: typed("1", "integer")) == nil)
    }
}
