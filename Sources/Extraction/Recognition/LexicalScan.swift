import Articles

/// A dictionary phrase found in the text.
struct LexicalMatch: Sendable {
    /// Token indices (end exclusive).
    var tokens: Range<Int>
    var entries: [LexicalEntry]

    func first(where predicate: (LexicalCategory) -> Bool) -> LexicalEntry? {
        entries.first { predicate($0.category) }
    }
    var isOrganization: Bool { entries.contains { if case .organization = $0.category { true } else { false } } }
    var country: Int? {
        for e in entries { if case .country(let i) = e.category { return i } }
        return nil
    }
    var demonym: Int? {
        for e in entries { if case .demonym(let i) = e.category { return i } }
        return nil
    }
    var countryOrDemonym: Int? { country ?? demonym }
    var post: Int? {
        for e in entries { if case .post(let i) = e.category { return i } }
        return nil
    }
    var title: Int? {
        for e in entries { if case .title(let i) = e.category { return i } }
        return nil
    }
    var organization: Int? {
        for e in entries { if case .organization(let i) = e.category { return i } }
        return nil
    }
    var place: Int? {
        for e in entries { if case .place(let i) = e.category { return i } }
        return nil
    }
    var city: Int? {
        for e in entries { if case .city(let i) = e.category { return i } }
        return nil
    }
    var isHead: Bool { entries.contains { $0.category == .organizationHead } }
    var isOpener: Bool { entries.contains { $0.category == .organizationOpener } }
}

extension Lexicon {
    /// Finds dictionary phrases in one sentence, longest first, left to right; dots inside phrases are skipped.
    /// - Returns: matches in order, not overlapping.
    func scan(_ tokens: [Tokenization.Token], keys: [String], range: Range<Int>) -> [LexicalMatch] {
        var result: [LexicalMatch] = []
        // Each token's word id, looked up once (-2: not yet, -1: no trie word).
        var ids = [Int32](repeating: -2, count: range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].kind == .punctuation && tokens[i].text != "(" && tokens[i].text != "&" && tokens[i].text != "," {
                i += 1
                continue
            }
            var node = 0
            var j = i
            var best: (end: Int, entries: [LexicalEntry])? = nil
            while j < range.upperBound {
                if tokens[j].text == "." && j > i { j += 1; continue }
                var id = ids[j - range.lowerBound]
                if id == -2 {
                    id = wordIDs.id(keys[j]) ?? -1
                    ids[j - range.lowerBound] = id
                }
                // The root's children have the first ids: a later id is not one (no probe).
                guard id >= 0, node != 0 || id < rootWordCount, let next = edges.child(node, id) else { break }
                node = next
                j += 1
                guard nodeHasEntries[node] else { continue }
                let all = entries(node)
                if all.isEmpty { continue }
                // Most nodes' entries are all accepted or none: no new array then.
                var accepted = 0
                for e in all where accepts(e, tokens: tokens, from: i, to: j) { accepted += 1 }
                if accepted == all.count {
                    best = (j, all)
                } else if accepted > 0 {
                    best = (j, all.filter { accepts($0, tokens: tokens, from: i, to: j) })
                }
            }
            if let best {
                let sorted = best.entries.sorted { $0.category.priority < $1.category.priority }
                result.append(LexicalMatch(tokens: i..<best.end, entries: sorted))
                i = best.end
                continue
            }
            // Hyphenated compounds: "China-Pakistan", "Pak-Afghan", "Pakistan-Iran".
            if tokens[i].kind == .word, tokens[i].text.utf8.contains(UInt8(ascii: "-")) {
                let parts = tokens[i].text.split(separator: "-")
                var found: [LexicalEntry] = []
                for part in parts where part.first?.isUppercase == true {
                    if let n = child(0, tokenKey(String(part))) {
                        for e in entries(n) {
                            switch e.category {
                            case .country, .demonym: found.append(e)
                            default: break
                            }
                        }
                    }
                }
                if !found.isEmpty {
                    result.append(LexicalMatch(tokens: i..<(i + 1), entries: found))
                }
            }
            i += 1
        }
        return result
    }

    private func accepts(_ entry: LexicalEntry, tokens: [Tokenization.Token], from: Int, to: Int) -> Bool {
        if entry.caseSensitive {
            var compact = ""
            for t in tokens[from..<to] { for ch in t.text where ch != "." && ch != " " { compact.append(ch) } }
            if compact != entry.compactLabel { return false }
        }
        if entry.requiresCapital && !tokens[from].isCapitalized { return false }
        // A phrase ending in a lone "(" is never a match.
        if tokens[to - 1].text == "(" || tokens[to - 1].text == "," { return false }
        return true
    }
}
