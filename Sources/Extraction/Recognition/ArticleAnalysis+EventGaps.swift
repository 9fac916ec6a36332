import Articles

/// What may stand between a trigger, its subject and its objects.
extension ArticleAnalysis {
    /// The subject of a clause whose verb follows a relative clause: "X, who was accompanied by Y, also met Z" → X.
    func subjectBeforeRelativeClause(endingBefore trigger: Int, sentence: Range<Int>, refs: [Reference]) -> [Int]? {
        var k = trigger - 1
        while k > sentence.lowerBound, ["also", "later", "then", "subsequently", "separately", "further"].contains(keys[k]) { k -= 1 }
        guard k > sentence.lowerBound, keys[k] == "," else { return nil }
        guard let who = (sentence.lowerBound..<k).last(where: { (keys[$0] == "who" || keys[$0] == "whose") && $0 > sentence.lowerBound && keys[$0 - 1] == "," }) else { return nil }
        guard let r = refs.last(where: { $0.tokens.upperBound <= who - 1 && !$0.persons.isEmpty }) else { return nil }
        return r.persons
    }

    /// "received a high-level Turkish military delegation led by X": the delegation's head is the one received.
    func isDelegationGap(_ gap: Range<Int>) -> Bool {
        guard gap.count <= 10, gap.contains(where: { keys[$0] == "delegation" }),
            gap.contains(where: { keys[$0] == "led" || keys[$0] == "headed" }), key(gap.upperBound - 1) == "by" else { return false }
        return gap.allSatisfy { j in
            // "a delegation of the Burkina Faso Armed Forces led by": the delegation's body or country.
            Vocabulary.delegationWords.contains(keys[j]) || isGapToken(j) || ["of", "from"].contains(keys[j])
                || (matchOf[j] >= 0 && (matches[Int(matchOf[j])].isOrganization || matches[Int(matchOf[j])].isHead))
        }
    }

    /// Words that may stand between a trigger and its object, or between the objects of a list:
    /// "received yesterday in Riyadh X and Y", "met his Japanese counterpart X".
    func isGapToken(_ j: Int) -> Bool {
        let k = keys[j]
        if [",", "and", "with", "the", "as", "well", "also", "separately", "both", "on", "him", "her", "his", "their", "in", "at",
            "yesterday", "today", "here", "there", "counterpart", "counterparts", "respectively", "later", "then"].contains(k) { return true }
        if DateText.weekday(k) != nil && tokens[j].isCapitalized { return true }
        if matchOf[j] >= 0 {
            let m = matches[Int(matchOf[j])]
            if m.countryOrDemonym != nil || m.city != nil { return true }
        }
        return false
    }
}
