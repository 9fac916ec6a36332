/// Escapes text for XML character data and attribute values.
func xmlEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\n": out += "&#10;"
        case "\t", "\r": out.unicodeScalars.append(scalar)
        default:
            // XML 1.0 cannot hold most C0 controls, even escaped.
            if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                out += "?"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out
}
