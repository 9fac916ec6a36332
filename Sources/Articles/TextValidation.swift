/// Checks that bytes are UTF-8 text before they are decoded.
enum TextValidation {
    /// Throws when the bytes are empty, not UTF-8, binary or mostly not text.
    static func check(_ bytes: ArraySlice<UInt8>, path: String) throws {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw ArticleError.empty(path: path)
        }
        var index = bytes.startIndex
        var line = 1
        var controls = 0
        var characters = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 { throw ArticleError.binary(path: path, byteOffset: index - bytes.startIndex) }
                if byte == 0x0A { line += 1 }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
                if byte == 0x7F { controls += 1 }
                characters += 1
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(byte & 0x07)
            default:
                throw ArticleError.notUTF8(path: path, byteOffset: index - bytes.startIndex, line: line)
            }
            guard index + length <= bytes.endIndex else {
                throw ArticleError.notUTF8(path: path, byteOffset: index - bytes.startIndex, line: line)
            }
            for k in 1..<length {
                let continuation = bytes[index + k]
                guard continuation & 0xC0 == 0x80 else {
                    throw ArticleError.notUTF8(path: path, byteOffset: index - bytes.startIndex, line: line)
                }
                value = (value << 6) | UInt32(continuation & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
                throw ArticleError.notUTF8(path: path, byteOffset: index - bytes.startIndex, line: line)
            }
            if (0x80...0x9F).contains(value) || value == 0xFFFD || (0xE000...0xF8FF).contains(value) { controls += 1 }
            characters += 1
            index += length
        }
        if characters >= 64 {
            let share = Double(controls) / Double(characters)
            if share > 0.05 {
                // Enough controls to be binary, though valid UTF-8: report as noise.
                throw ArticleError.mostlyNonText(path: path, share: share)
            }
        }
        try checkLetters(bytes, path: path, characters: characters)
    }

    /// Rejects text where letters are rare (random symbols, base64 blobs without spaces, …).
    private static func checkLetters(_ bytes: ArraySlice<UInt8>, path: String, characters: Int) throws {
        guard characters >= 256 else { return }
        var letters = 0
        var spaces = 0
        var total = 0
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII: every byte is a scalar.
            for v in bytes {
                total += 1
                if (v | 32) >= 97 && (v | 32) <= 122 { letters += 1 }
                if v == 32 || (v >= 9 && v <= 13) { spaces += 1 }
            }
        } else {
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                total += 1
                let v = scalar.value
                if v < 128 ? ((v | 32) >= 97 && (v | 32) <= 122) : scalar.properties.isAlphabetic { letters += 1 }
                if v < 128 ? (v == 32 || (v >= 9 && v <= 13)) : scalar.properties.isWhitespace { spaces += 1 }
            }
        }
        let nonText = 1 - Double(letters + spaces) / Double(total)
        if nonText > 0.5 || spaces * 200 < total {
            throw ArticleError.mostlyNonText(path: path, share: max(nonText, 1 - Double(spaces * 10) / Double(total)))
        }
    }
}
