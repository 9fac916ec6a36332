/// Month names and absolute dates as news pages write them ("2024-01-23", "January 23, 2024",
/// "23rd Jan 2024", "Published in Dawn, February 19th, 2022").
public enum DateText {
    /// The month (1–12) named by an English month name or abbreviation ("Sept", "Oct.", "October").
    public static func month(_ word: some StringProtocol) -> Int? {
        lookup(word, monthFilter, monthNames)
    }

    /// The month named by `word` (the same as the generic form, compiled for `String`: the
    /// extractor asks for every token).
    public static func month(_ word: String) -> Int? {
        lookup(word, monthFilter, monthNames)
    }

    /// The ISO weekday (1 = Monday … 7 = Sunday) named by an English weekday name or abbreviation.
    public static func weekday(_ word: some StringProtocol) -> Int? {
        lookup(word, weekdayFilter, weekdayNames)
    }

    /// The weekday named by `word` (the same as the generic form, compiled for `String`).
    public static func weekday(_ word: String) -> Int? {
        lookup(word, weekdayFilter, weekdayNames)
    }

    /// `table[word.lowercased()]` without a final ".", after the filter ruled out what it can.
    @inline(__always) private static func lookup(_ word: some StringProtocol, _ filter: ASCIIKeyFilter, _ table: [String: Int]) -> Int? {
        if !filter.admits(word) { return nil }
        var lower = word.lowercased()
        if lower.hasSuffix(".") { lower.removeLast() }
        return table[lower]
    }

    static let monthFilter = ASCIIKeyFilter(monthNames.keys)
    static let weekdayFilter = ASCIIKeyFilter(weekdayNames.keys)

    static let monthNames: [String: Int] = {
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in full.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    static let weekdayNames: [String: Int] = {
        let full = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var table: [String: Int] = [:]
        for (index, name) in full.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["tues"] = 2
        table["thur"] = 4
        table["thurs"] = 4
        return table
    }()

    /// The first complete date (with year) in `text`, as ISO `YYYY-MM-DD`, `Month D, YYYY`,
    /// `D Month YYYY` (ordinals and weekday prefixes allowed), or `YYYY/MM/DD`.
    public static func firstDate(in text: some StringProtocol) -> CalendarDate? {
        let words = wordsOf(String(text))
        var i = 0
        while i < words.count {
            let w = words[i]
            // ISO forms.
            if w.count == 10, let d = CalendarDate(iso: w) { return d }
            if w.count == 10, w.utf8.contains(UInt8(ascii: "/")) {
                let parts = w.split(separator: "/")
                if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                    let date = CalendarDate(year: y, month: m, day: d)
                {
                    return date
                }
            }
            if w.count > 10, w.prefix(10).count == 10, let d = CalendarDate(iso: w.prefix(10)), w.dropFirst(10).first == "T" {
                return d
            }
            // Month D, YYYY
            if let m = month(w), i + 2 < words.count, let d = dayNumber(words[i + 1]), let y = yearNumber(words[i + 2]),
                let date = CalendarDate(year: y, month: m, day: d)
            {
                return date
            }
            // D Month YYYY
            if let d = dayNumber(w), i + 2 < words.count, let m = month(words[i + 1]), let y = yearNumber(words[i + 2]),
                let date = CalendarDate(year: y, month: m, day: d)
            {
                return date
            }
            i += 1
        }
        return nil
    }

    /// A day of the month written as "5", "05", "5th", "23rd".
    public static func dayNumber(_ word: some StringProtocol) -> Int? {
        dayNumberOf(word)
    }

    /// A day of the month (the same as the generic form, compiled for `String`).
    public static func dayNumber(_ word: String) -> Int? {
        dayNumberOf(word)
    }

    @inline(__always) private static func dayNumberOf(_ word: some StringProtocol) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCII), let d = Int(digits), (1...31).contains(d)
        else { return nil }
        return d
    }

    /// A four-digit year between 1900 and 2199.
    public static func yearNumber(_ word: String) -> Int? {
        yearNumberOf(word)
    }

    /// A four-digit year between 1900 and 2199.
    public static func yearNumber(_ word: some StringProtocol) -> Int? {
        yearNumberOf(word)
    }

    @inline(__always) private static func yearNumberOf(_ word: some StringProtocol) -> Int? {
        // Four ASCII digits exactly (a sign would leave three digits: below 1900): on the bytes.
        let bytes = word.utf8
        guard bytes.count == 4 else {
            if bytes.allSatisfy({ $0 < 0x80 }) { return nil }
            return slowYearNumber(word)
        }
        var y = 0
        for b in bytes {
            guard b >= 48 && b <= 57 else { return slowYearNumber(word) }
            y = y * 10 + Int(b - 48)
        }
        return (1900...2199).contains(y) ? y : nil
    }

    private static func slowYearNumber(_ word: some StringProtocol) -> Int? {
        guard word.count == 4, word.allSatisfy(\.isASCII), let y = Int(word), (1900...2199).contains(y) else { return nil }
        return y
    }

    /// Words of `text` split at spaces and punctuation other than `-`, `/`, `:` inside ISO dates.
    static func wordsOf(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in text {
            if ch.isLetter || ch.isNumber || ((ch == "-" || ch == "/" || ch == ":" || ch == "+") && !current.isEmpty && current.last!.isNumber) {
                current.append(ch)
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { w in
            var w = w
            while let last = w.last, last == "-" || last == "/" || last == ":" { w.removeLast() }
            return w
        }
    }
}
