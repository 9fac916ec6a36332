import Articles

/// A date expression of one sentence, resolved against the publication date.
struct TemporalExpression: Sendable {
    enum Value: Sendable {
        /// One day.
        case day(CalendarDate)
        /// A range of days ("24-27 February 2021").
        case range(CalendarDate, CalendarDate)
        /// A time the text places relative to something unknown ("last month", "earlier"): no day.
        case unknown
        /// A weekday or relative day that cannot be resolved without a publication date.
        case unresolved
    }
    var value: Value
    var tokens: Range<Int>
}

let temporalWords: WordSet = ["yesterday", "today", "earlier", "previously", "recently", "formerly", "last", "next", "past", "ago", "this"]

/// A quick pre-test for ``temporalWords``.
let temporalWordFilter = KeyFilter(temporalWords)

extension ArticleAnalysis {
    /// Date expressions in a sentence.
    /// - Parameters:
    ///   - anchor: the publication (or dateline) date that weekdays and "yesterday" resolve against.
    ///   - yearHint: the year of the latest explicit date before this sentence.
    /// The dateline's day: the reader's, else a date written inside the dateline ("ABU DHABI, 13th February, 2024 (WAM)").
    func datelineDay(publication: CalendarDate?) -> CalendarDate? {
        guard let dateline = article.dateline else {
            // A readout's own date line ("March 12, 2024") among the first lines.
            for s in sentences.indices.prefix(4) {
                let range = sentences[s].tokens
                let expressions = temporalExpressions(in: s, anchor: publication, yearHint: nil)
                if expressions.count == 1, case .day(let d) = expressions[0].value, expressions[0].tokens.lowerBound == range.lowerBound,
                    (expressions[0].tokens.upperBound..<range.upperBound).allSatisfy({ tokens[$0].kind == .punctuation })
                {
                    return d
                }
                // "May 8, 2024 - Ottawa, Ontario - National Defence / Canadian Armed Forces": a release's date, place and issuer.
                if expressions.count == 1, case .day(let d) = expressions[0].value, expressions[0].tokens.lowerBound == range.lowerBound,
                    ["-", "–", "—", "|"].contains(key(expressions[0].tokens.upperBound)), range.count <= 20,
                    !range.contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized && !["and", "of", "the"].contains(keys[$0]) })
                {
                    return d
                }
            }
            return nil
        }
        if let d = dateline.date { return d }
        guard let first = tokens.firstIndex(where: { $0.span.start >= dateline.span.start }), tokens[first].span.end <= dateline.span.end else { return nil }
        for e in temporalExpressions(in: tokens[first].sentence, anchor: publication, yearHint: nil, insideDateline: true) {
            if case .day(let d) = e.value { return d }
        }
        return nil
    }

    func temporalExpressions(in sentence: Int, anchor: CalendarDate?, yearHint: Int?, insideDateline: Bool = false) -> [TemporalExpression] {
        let range = sentences[sentence].tokens
        var result: [TemporalExpression] = []
        var i = range.lowerBound
        func year(at j: Int) -> Int? { j < range.upperBound ? DateText.yearNumber(tokens[j].text) : nil }
        func resolveYear(month: Int, day: Int) -> CalendarDate? {
            if let y = yearHint { return CalendarDate(year: y, month: month, day: day) }
            guard let anchor else { return nil }
            if let d = CalendarDate(year: anchor.year, month: month, day: day) {
                return d > anchor ? CalendarDate(year: anchor.year - 1, month: month, day: day) : d
            }
            return nil
        }
        let datelineEnd = article.dateline?.span.end ?? -1
        while i < range.upperBound {
            let k = keys[i]
            let t = tokens[i]
            if insideDateline {
                if t.span.end > datelineEnd { break }
            } else if t.span.end <= datelineEnd { i += 1; continue }
            // Only numbers, capitalized words and a few lower-case words can open a date expression.
            let startsWithDigit = t.text.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? false
            if t.kind == .punctuation || (t.kind == .word && !t.isCapitalized && !startsWithDigit && !(temporalWordFilter.admits(k) && temporalWords.contains(k))) { i += 1; continue }
            // ISO date
            if t.kind == .number, t.text.count == 10, let d = CalendarDate(iso: t.text) {
                result.append(TemporalExpression(value: .day(d), tokens: i..<(i + 1)))
                i += 1
                continue
            }
            // "24-27 February 2021", "24 February 2021", "24th February"
            if t.kind == .number || (t.text.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? false && DateText.dayNumber(t.text) != nil) {
                let parts = t.text.split(whereSeparator: { $0 == "-" || $0 == "–" })
                if parts.count == 2, let d1 = DateText.dayNumber(parts[0]), let d2 = DateText.dayNumber(parts[1]),
                    let m = DateText.month(key(i + 1))
                {
                    let y = year(at: i + 2)
                    let start = y.flatMap { CalendarDate(year: $0, month: m, day: d1) } ?? resolveYear(month: m, day: d1)
                    let end = start.flatMap { CalendarDate(year: $0.year, month: m, day: d2) }
                    let upper = y != nil ? i + 3 : i + 2
                    if let start, let end { result.append(TemporalExpression(value: .range(start, end), tokens: i..<upper)) } else {
                        result.append(TemporalExpression(value: .unresolved, tokens: i..<upper))
                    }
                    i = upper
                    continue
                }
                if let d = DateText.dayNumber(t.text), let m = DateText.month(key(next(i + 1))), tokens[i + 1].isCapitalized {
                    let j = next(i + 1) + 1
                    let y = year(at: j) ?? (key(j) == "," ? year(at: j + 1) : nil)
                    let upper = y == nil ? j : (key(j) == "," ? j + 2 : j + 1)
                    if let date = y.flatMap({ CalendarDate(year: $0, month: m, day: d) }) ?? resolveYear(month: m, day: d) {
                        result.append(TemporalExpression(value: .day(date), tokens: i..<upper))
                    } else {
                        result.append(TemporalExpression(value: .unresolved, tokens: i..<upper))
                    }
                    i = upper
                    continue
                }
            }
            // "February 26", "Feb. 26, 2021", "February 24-27"
            if t.isCapitalized, let m = DateText.month(k), k != "may" || tokens[i].text == "May" {
                let j = next(i + 1)
                if j < range.upperBound {
                    let parts = tokens[j].text.split(whereSeparator: { $0 == "-" || $0 == "–" })
                    if let d = DateText.dayNumber(parts.first ?? ""), tokens[j].kind == .number || DateText.dayNumber(tokens[j].text) != nil {
                        var upper = j + 1
                        var y: Int? = nil
                        if key(upper) == ",", let yy = year(at: upper + 1) { y = yy; upper += 2 } else if let yy = year(at: upper) { y = yy; upper += 1 }
                        let start = y.flatMap { CalendarDate(year: $0, month: m, day: d) } ?? resolveYear(month: m, day: d)
                        // "July 10 to 13", "July 10 and 13", "July 10 until 13"
                        if parts.count == 1, y == nil, ["to", "until", "till", "and", "-", "–", "through"].contains(key(upper)),
                            let d2 = DateText.dayNumber(tokens[min(upper + 1, range.upperBound - 1)].text), upper + 1 < range.upperBound, let start,
                            let end = CalendarDate(year: start.year, month: m, day: d2), end > start
                        {
                            var u = upper + 2
                            if key(u) == ",", year(at: u + 1) != nil { u += 2 } else if year(at: u) != nil { u += 1 }
                            result.append(TemporalExpression(value: .range(start, end), tokens: i..<u))
                            i = u
                            continue
                        }
                        if parts.count == 2, let d2 = DateText.dayNumber(parts[1]), let start, let end = CalendarDate(year: start.year, month: m, day: d2) {
                            result.append(TemporalExpression(value: .range(start, end), tokens: i..<upper))
                        } else if let start {
                            result.append(TemporalExpression(value: .day(start), tokens: i..<upper))
                        } else {
                            result.append(TemporalExpression(value: .unresolved, tokens: i..<upper))
                        }
                        i = upper
                        continue
                    }
                }
            }
            // Weekdays
            if t.isCapitalized, let w = DateText.weekday(k), k.count > 3 {
                // "last Friday" or "on Friday" or "Friday": the most recent such day on or before the anchor.
                let last = key(i - 1) == "last"
                if let anchor {
                    var back = (anchor.isoWeekday - w + 7) % 7
                    if last && back == 0 { back = 7 }
                    result.append(TemporalExpression(value: .day(anchor.adding(days: -back)), tokens: i..<(i + 1)))
                } else {
                    result.append(TemporalExpression(value: .unresolved, tokens: i..<(i + 1)))
                }
                i += 1
                continue
            }
            switch k {
            case "yesterday":
                result.append(TemporalExpression(value: anchor.map { .day($0.adding(days: -1)) } ?? .unresolved, tokens: i..<(i + 1)))
            case "today":
                result.append(TemporalExpression(value: anchor.map { .day($0) } ?? .unresolved, tokens: i..<(i + 1)))
            case "earlier", "previously", "recently", "formerly":
                if key(i + 1) != "this" && key(i + 1) != "today" && key(i + 1) != "in" {
                    result.append(TemporalExpression(value: .unknown, tokens: i..<(i + 1)))
                }
            case "this":
                // "earlier this week", "this month": no day.
                if ["week", "month", "year", "weekend", "fortnight"].contains(key(i + 1)) {
                    result.append(TemporalExpression(value: .unknown, tokens: i..<(i + 2)))
                }
            case "last", "next", "past":
                if ["week", "month", "year", "weekend", "fortnight", "weeks", "months", "years"].contains(key(i + 1)) {
                    result.append(TemporalExpression(value: .unknown, tokens: i..<(i + 2)))
                }
            case "ago":
                result.append(TemporalExpression(value: .unknown, tokens: i..<(i + 1)))
            default:
                break
            }
            i += 1
        }
        return result
    }
}
