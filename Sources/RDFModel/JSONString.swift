import Foundation

/// JSON string literals (RFC 8259), for the JSON that Communique writes by hand (SPARQL JSON
/// results, `communique read --format json`).
public enum JSONString {
    /// The text as a JSON string literal, quotes included: `"`, `\` and control characters
    /// escaped, and U+2028/U+2029 too, so the line is also safe to embed in JavaScript.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
