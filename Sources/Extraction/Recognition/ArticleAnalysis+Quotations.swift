import Articles
import Foundation

/// A quotation and who said it, before entity keys are assigned.
struct QuotationCandidate {
    var text: String
    var span: TextSpan
    /// A person cluster or an organization entity.
    var speakerPerson: Int?
    var speakerOrganization: Int?
    var channelOrganization: Int?
}

let speechVerbs: WordSet = [
    "said", "says", "added", "stated", "noted", "remarked", "told", "observed", "stressed", "emphasised", "emphasized",
    "underlined", "maintained", "asserted", "declared", "affirmed", "reaffirmed", "hoped", "quoted", "read", "according",
    "wrote", "tweeted", "explained", "insisted", "announced", "commented", "continued", "concluded", "urged",
]

extension ArticleAnalysis {
    func findQuotations(refs: [Reference]) -> [QuotationCandidate] {
        var result: [QuotationCandidate] = []
        // Pair quotation marks within a paragraph.
        var byParagraph: [Int: [Int]] = [:]
        for (i, t) in tokens.enumerated() where t.kind == .punctuation && ["“", "”", "\"", "‘", "’", "„", "«", "»"].contains(t.text) {
            byParagraph[sentences[t.sentence].paragraph, default: []].append(i)
        }
        var lastClose: Int? = nil
        for paragraph in byParagraph.keys.sorted() {
            let marks = byParagraph[paragraph]!
            var k = 0
            while k < marks.count {
                let open = marks[k]
                let o = tokens[open].text
                guard o == "“" || o == "\"" || o == "‘" || o == "„" || o == "«" else { k += 1; continue }
                // German „…“ and French or Spanish «…» besides the English marks.
                let closers: Set<String> = o == "“" ? ["”"] : o == "\"" ? ["\"", "”"] : o == "„" ? ["“", "”"] : o == "«" ? ["»"] : ["’"]
                guard let c = marks[(k + 1)...].firstIndex(where: { closers.contains(tokens[$0].text) }) else { k += 1; continue }
                let close = marks[c]
                k = c + 1
                let inner = (open + 1)..<close
                let words = inner.filter { tokens[$0].kind == .word }.count
                guard words >= 4 else { continue }
                let start = tokens[open].span.end
                let end = tokens[close].span.start
                guard start < end else { continue }
                let quoted = trimmingWhitespace(article.text.unicodeScalars[tokenEnd[open]..<tokenStart[close]])
                var candidate = QuotationCandidate(text: quoted, span: TextSpan(start: start, end: end))
                // After the closing mark, to the end of its sentence.
                let afterRange = (close + 1)..<sentences[tokens[close].sentence].tokens.upperBound
                let afterRefs = refs.filter { afterRange.contains($0.tokens.lowerBound) }
                // "X told Y that “…”, according to a Pentagon readout": the readout is the channel, X the speaker.
                let firstAfter = afterRange.first { ![",", ".", "”", "\"", "’"].contains(keys[$0]) }
                let according = firstAfter.map { keys[$0] == "according" && key($0 + 1) == "to" } ?? false
                let beforeHasSpeaker = according && refs.contains { r in
                    r.tokens.lowerBound >= sentences[tokens[open].sentence].tokens.lowerBound && r.tokens.upperBound <= open && !r.persons.isEmpty && !r.possessive
                }
                if according, beforeHasSpeaker, let channel = afterRefs.first, case .organization(let oi) = channel.kind {
                    candidate.channelOrganization = oi
                }
                let afterHasVerb = !beforeHasSpeaker && afterRange.prefix(8).contains { speechVerbs.contains(keys[$0]) }
                if afterHasVerb, let first = afterRefs.first {
                    if let quotedIndex = afterRange.first(where: { keys[$0] == "quoted" }), first.tokens.upperBound <= quotedIndex,
                        ["was", "were", "is", "being"].contains(key(quotedIndex - 1))
                    {
                        // "“…,” Kim was quoted as saying by the JCS": the one quoted speaks, the one after "by" reports.
                        assign(first, to: &candidate)
                        if let by = afterRange.first(where: { keys[$0] == "by" && $0 > quotedIndex }),
                            let channel = afterRefs.first(where: { $0.tokens.lowerBound > by }), case .organization(let oi) = channel.kind
                        {
                            candidate.channelOrganization = oi
                        }
                    } else if let quotedIndex = afterRange.first(where: { keys[$0] == "quoted" }), first.tokens.upperBound <= quotedIndex,
                        let speaker = afterRefs.first(where: { $0.tokens.lowerBound > quotedIndex })
                    {
                        assign(speaker, to: &candidate)
                        if case .organization(let oi) = first.kind { candidate.channelOrganization = oi }
                    } else {
                        assign(first, to: &candidate)
                    }
                } else if let quotedIndex = (sentences[tokens[open].sentence].tokens.lowerBound..<open).last(where: { keys[$0] == "quoted" }),
                    let speaker = refs.first(where: { $0.tokens.lowerBound > quotedIndex && $0.tokens.upperBound <= open && (!$0.persons.isEmpty || { if case .organization = $0.kind { return true }; return false }($0)) })
                {
                    // "The ISPR quoted the COAS as saying that “…”": the speaker is the one quoted, the subject the channel.
                    assign(speaker, to: &candidate)
                    if let channel = refs.last(where: { $0.tokens.upperBound <= quotedIndex && $0.sentence == tokens[open].sentence }),
                        case .organization(let oi) = channel.kind
                    {
                        candidate.channelOrganization = oi
                    }
                } else {
                    // Before the opening mark, in its sentence: the first subject-like reference.
                    let beforeRange = sentences[tokens[open].sentence].tokens.lowerBound..<open
                    let prepositions: Set<String> = ["with", "to", "of", "on", "for", "from", "at", "in", "by", "about", "that"]
                    for r in refs where beforeRange.contains(r.tokens.lowerBound) {
                        if r.possessive { continue }
                        if case .pronoun(let p) = r.kind, p == "it" || p == "who" { continue }
                        if r.persons.isEmpty, case .organization = r.kind {} else if r.persons.isEmpty { continue }
                        // "According to Asif, “…”": the one it is according to speaks (not so for "according to the statement").
                        let accordingTo = r.tokens.lowerBound > 1 && keys[r.tokens.lowerBound - 1] == "to" && keys[r.tokens.lowerBound - 2] == "according" && !r.persons.isEmpty
                        if r.tokens.lowerBound > 0, prepositions.contains(keys[r.tokens.lowerBound - 1]), keys[r.tokens.lowerBound - 1] != "that", !accordingTo { continue }
                        assign(r, to: &candidate)
                        break
                    }
                    if candidate.speakerPerson == nil && candidate.speakerOrganization == nil, let first = afterRefs.first {
                        assign(first, to: &candidate)
                    }
                }
                // "Defence Secretary Ben Wallace said:" and the quotation as a paragraph of its own.
                if candidate.speakerPerson == nil && candidate.speakerOrganization == nil, open == sentences[tokens[open].sentence].tokens.lowerBound,
                    tokens[open].sentence > 0
                {
                    let previous = sentences[tokens[open].sentence - 1].tokens
                    if !previous.isEmpty, keys[previous.upperBound - 1] == ":", previous.contains(where: { speechVerbs.contains(keys[$0]) }),
                        let speaker = refs.first(where: { previous.contains($0.tokens.lowerBound) && !$0.persons.isEmpty && !$0.possessive })
                    {
                        assign(speaker, to: &candidate)
                    }
                }
                // '"…," Musah told reporters. "The D-Day is also decided."': a quotation that follows on from the last one
                // in the same paragraph, in the next sentence, continues the same speaker.
                if candidate.speakerPerson == nil && candidate.speakerOrganization == nil, open == sentences[tokens[open].sentence].tokens.lowerBound,
                    let last = result.last, let lastClose = lastClose, sentences[tokens[lastClose].sentence].paragraph == paragraph,
                    tokens[lastClose].sentence == tokens[open].sentence - 1
                {
                    candidate.speakerPerson = last.speakerPerson
                    candidate.speakerOrganization = last.speakerOrganization
                    candidate.channelOrganization = last.channelOrganization
                }
                if candidate.speakerPerson != nil || candidate.speakerOrganization != nil { result.append(candidate); lastClose = close }
            }
        }
        return result
    }

    /// The scalars as a string without leading and trailing `CharacterSet.whitespaces` (what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, without bridging to NSString).
    private func trimmingWhitespace(_ slice: Substring.UnicodeScalarView) -> String {
        @inline(__always) func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            s.value < 128 ? s.value == 0x20 || s.value == 0x09 : CharacterSet.whitespaces.contains(s)
        }
        var lower = slice.startIndex
        var upper = slice.endIndex
        while lower < upper, isWhitespace(slice[lower]) { slice.formIndex(after: &lower) }
        while upper > lower, isWhitespace(slice[slice.index(before: upper)]) { slice.formIndex(before: &upper) }
        return String(Substring(slice[lower..<upper]))
    }

    private func assign(_ r: Reference, to candidate: inout QuotationCandidate) {
        if let p = r.persons.first { candidate.speakerPerson = p; return }
        if case .organization(let oi) = r.kind { candidate.speakerOrganization = oi }
    }
}
