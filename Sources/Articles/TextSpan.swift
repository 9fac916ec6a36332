/// A range of characters in an article's text, as Unicode scalar (code point) offsets:
/// `start` inclusive, `end` exclusive. This is the unit of NIF's `nif:beginIndex` and of
/// Web Annotation's `oa:TextPositionSelector`.
public struct TextSpan: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public var description: String { "\(start)..<\(end)" }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}
