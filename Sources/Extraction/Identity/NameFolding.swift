/// Folds a name into the words its keys are made of: lower case, diacritics removed, apostrophes
/// and dots dropped ("O'Brien" → "obrien", "H. W." → "h w"), every other character that is not
/// a letter or a digit a word break. The words joined by "-" are the extractor's entity keys,
/// so a name without variants keeps the IRI it always had.
public enum NameFolding {
    /// The folded words of `name`.
    public static func words(_ name: String) -> [String] {
        var words: [String] = []
        if name.utf8.allSatisfy({ $0 < 128 }) {
            var word: [UInt8] = []
            for byte in name.utf8 {
                switch byte {
                case 39, 46: continue  // ' .
                case 48...57, 97...122: word.append(byte)
                case 65...90: word.append(byte + 32)
                default:
                    if !word.isEmpty {
                        words.append(String(decoding: word, as: UTF8.self))
                        word.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
        var word = ""
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "'" || scalar == "’" || scalar == "." { continue }
            if scalar.properties.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) {
                word += String(scalar).lowercased()
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The folded form of a label as one string of words separated by single spaces.
    public static func phrase(_ name: String) -> String { words(name).joined(separator: " ") }
}
