/// A source credit: a dash, then the outlet's name, alone on a line at the end of a story
/// ("– SAnews.gov.za", "— Borneo Bulletin", "- Xinhua").
enum SourceCredit {
    /// The dashes a credit line may start with: hyphen-minus, en dash, em dash.
    private static let dashes: Set<Character> = ["-", "–", "—"]

    /// The outlet's name when `line` is a credit: a dash, a space, then one to four words that start
    /// with a capital letter or a digit and end without sentence punctuation; otherwise `nil`.
    static func parse(_ line: Substring) -> String? {
        guard let first = line.first, dashes.contains(first) else { return nil }
        let name = line.dropFirst().trimmingSpaces()
        guard name.count < line.count - 1, let initial = name.first, initial.isUppercase || initial.isNumber,
            let final = name.last, !".!?:;,\"\u{201D}\u{2019}".contains(final)
        else { return nil }
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count) else { return nil }
        return String(name)
    }
}
