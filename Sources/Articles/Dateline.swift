/// The dateline that opens a news story: "RAWALPINDI, Oct 13 (APP):", "Islamabad:",
/// "WASHINGTON, March 3, 2023 (Reuters) -", "NEW DELHI (PTI) —".
public struct Dateline: Hashable, Sendable {
    /// The place as written ("RAWALPINDI", "Islamabad").
    public var place: String?
    /// The place in title case ("Rawalpindi").
    public var placeName: String? { place.map(Dateline.titleCased) }
    /// The day, when the dateline gives it and the year is known (from the dateline or the publication date).
    public var date: CalendarDate?
    /// Whether the dateline writes the year ("WASHINGTON, March 3, 2023"): then its day is the publication date.
    public var hasYear: Bool = false
    /// The news agency credited ("APP", "Reuters").
    public var agency: String?
    /// Where the dateline stands in the article text.
    public var span: TextSpan

    public init(place: String?, date: CalendarDate?, agency: String?, span: TextSpan) {
        self.place = place
        self.date = date
        self.agency = agency
        self.span = span
    }

    static func titleCased(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII (every character one byte): the same on bytes.
            let words = s.utf8.split(separator: 0x20).map { word -> [UInt8] in
                var letters = 0
                var upper = true
                for byte in word where (byte | 32) >= 97 && (byte | 32) <= 122 {
                    letters += 1
                    if byte > 90 { upper = false }
                }
                guard letters > 1, upper else { return Array(word) }
                return [word.first!] + word.dropFirst().map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            }
            return String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
        }
        return s.split(separator: " ").map { word -> String in
            let letters = word.filter(\.isLetter)
            if letters.count > 1, letters.allSatisfy(\.isUppercase) {
                return word.prefix(1) + word.dropFirst().lowercased()
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// Recognizes a dateline at the start of `line`.
    /// - Parameters:
    ///   - line: a paragraph's text.
    ///   - offset: the paragraph's scalar offset in the article text.
    ///   - published: the publication date, to give a year to "Oct 13".
    /// - Returns: the dateline, or nil when the line does not open with one.
    public static func recognize(in line: Substring, offset: Int, published: CalendarDate?) -> Dateline? {
        let scalars = Array(line.unicodeScalars)
        // Unicode properties answered for ASCII without the property tables (same answers).
        @inline(__always) func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
            s.value < 128 ? (s.value | 32) >= 97 && (s.value | 32) <= 122 : s.properties.isAlphabetic
        }
        @inline(__always) func isUppercase(_ s: Unicode.Scalar) -> Bool {
            s.value < 128 ? s.value >= 65 && s.value <= 90 : s.properties.isUppercase
        }
        @inline(__always) func isNumeric(_ s: Unicode.Scalar) -> Bool {
            s.value < 128 ? s.value >= 48 && s.value <= 57 : s.properties.numericType != nil
        }
        var i = 0
        // Place: 1–4 capitalized words (letters, dots, hyphens, apostrophes).
        var placeWords: [String] = []
        while i < scalars.count, placeWords.count < 5 {
            var j = i
            while j < scalars.count, isAlphabetic(scalars[j]) || scalars[j] == "." || scalars[j] == "-" || scalars[j] == "'" || scalars[j] == "’" {
                j += 1
            }
            guard j > i else { break }
            let word = String(String.UnicodeScalarView(scalars[i..<j]))
            guard let first = word.unicodeScalars.first, isUppercase(first) else { break }
            placeWords.append(word)
            i = j
            if i < scalars.count, scalars[i] == " ", i + 1 < scalars.count, isUppercase(scalars[i + 1]) { i += 1; continue }
            break
        }
        guard !placeWords.isEmpty, placeWords.count <= 4 else { return nil }
        let place = placeWords.joined(separator: " ")
        var date: CalendarDate? = nil
        var agency: String? = nil
        var explicitYear = false
        func skipSpaces() { while i < scalars.count, scalars[i] == " " { i += 1 } }
        func word() -> String? {
            var j = i
            while j < scalars.count, isAlphabetic(scalars[j]) || isNumeric(scalars[j]) || scalars[j] == "." { j += 1 }
            guard j > i else { return nil }
            defer { i = j }
            return String(String.UnicodeScalarView(scalars[i..<j]))
        }
        skipSpaces()
        if i < scalars.count, scalars[i] == "," {
            // ", Oct 13" or ", March 3, 2023"
            i += 1
            skipSpaces()
            let save = i
            // "14 March 2023"
            if let d = word().flatMap({ DateText.dayNumber($0) }) {
                skipSpaces()
                if let m = word().flatMap({ DateText.month($0) }) {
                    skipSpaces()
                    if let y = word().flatMap({ DateText.yearNumber($0) }) {
                        date = CalendarDate(year: y, month: m, day: d)
                        explicitYear = true
                    } else if let published {
                        date = CalendarDate(year: published.year, month: m, day: d)
                    }
                    skipSpaces()
                } else {
                    return nil
                }
            } else {
            i = save
            if let m = word().flatMap({ DateText.month($0) }) {
                skipSpaces()
                if let d = word().flatMap({ DateText.dayNumber($0) }) {
                    var year: Int? = nil
                    let afterDay = i
                    if i < scalars.count, scalars[i] == "," {
                        i += 1
                        skipSpaces()
                        year = word().flatMap { DateText.yearNumber($0) }
                        if year == nil { i = afterDay }
                    }
                    if let y = year {
                        date = CalendarDate(year: y, month: m, day: d)
                        explicitYear = true
                    } else if let published {
                        // The most recent such day on or before publication.
                        date = CalendarDate(year: published.year, month: m, day: d)
                        if let d0 = date, d0 > published { date = CalendarDate(year: published.year - 1, month: m, day: d) }
                    }
                } else {
                    return nil
                }
            } else {
                i = save
                return nil
            }
            }
            skipSpaces()
        }
        if i < scalars.count, scalars[i] == "(" {
            var j = i + 1
            while j < scalars.count, scalars[j] != ")", j - i < 40 { j += 1 }
            guard j < scalars.count, scalars[j] == ")" else { return nil }
            agency = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
            i = j + 1
            skipSpaces()
        }
        guard i < scalars.count else { return nil }
        var separator = scalars[i]
        if separator == "-", i + 1 < scalars.count, scalars[i + 1] == "-" { i += 1; separator = "—" }
        if separator == ":" || separator == "—" || separator == "–" || (separator == "-" && (date != nil || agency != nil || placeWords.allSatisfy { $0 == $0.uppercased() })) {
            i += 1
            guard i < scalars.count, scalars[i] == " " else { return nil }
            // A place that is all upper case, or followed by a date or agency, or a short "City:" opener.
            let isUpper = place == place.uppercased() && place.count > 1
            guard isUpper || date != nil || agency != nil || separator == ":" else { return nil }
            if separator == ":" && !isUpper && date == nil && agency == nil && placeWords.count > 2 { return nil }
            var dateline = Dateline(place: place, date: date, agency: agency, span: TextSpan(start: offset, end: offset + i))
            dateline.hasYear = explicitYear
            return dateline
        }
        return nil
    }
}
