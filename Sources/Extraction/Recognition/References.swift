import Articles

/// A person found in an article, with every form the text uses for them.
struct PersonCluster {
    var name: String
    var words: [String]
    var forms: [String] = []
    var honorific: String?
    var country: Int?
    var mentions: [Range<Int>] = []
    var posts: [PostPhrase] = []
    var isTitled = false
}

/// Something in the text that can refer to a person or organization: the input of coreference.
struct Reference {
    enum Kind {
        case person(Int)          // cluster index, resolved
        case description(DescriptionPhrase)
        case pronoun(String)
        case organization(Int)    // index into organization entities
    }
    var kind: Kind
    var tokens: Range<Int>
    var sentence: Int
    var possessive: Bool
    /// Resolved persons (clusters).
    var persons: [Int] = []
}

/// Normalizes names into keys: folded case and diacritics, punctuation dropped, words joined by "-".
func entityKey(_ name: String) -> String {
    var out = ""
    out.reserveCapacity(name.utf8.count)
    var pendingDash = false
    if name.utf8.allSatisfy({ $0 < 128 }) {
        // Into a byte buffer, made a string once.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case 39, 46: continue  // ' .
            case 48...57, 97...122:
                if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingDash = false
                bytes.append(byte)
            case 65...90:
                if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingDash = false
                bytes.append(byte + 32)
            default:
                pendingDash = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
    let folded = name.decomposedStringWithCanonicalMapping
    for scalar in folded.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        if scalar == "'" || scalar == "’" || scalar == "." { continue }
        if scalar.properties.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) {
            if pendingDash && !out.isEmpty { out += "-" }
            pendingDash = false
            out += String(scalar).lowercased()
        } else {
            pendingDash = true
        }
    }
    return out
}

/// "Sham-shad" → "Shamshad": a hyphen inside a name followed by a lower-case letter is a line-break artifact.
func dehyphenatedName(_ word: String) -> String {
    guard word.utf8.contains(UInt8(ascii: "-")) else { return word }
    var result = ""
    let chars = Array(word)
    for (i, c) in chars.enumerated() {
        if c == "-", i + 1 < chars.count, chars[i + 1].isLowercase, i > 0, chars[i - 1].isLowercase { continue }
        result.append(c)
    }
    return result
}
