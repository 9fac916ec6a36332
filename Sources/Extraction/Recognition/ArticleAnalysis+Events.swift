import Articles

/// Events: the triggers of each sentence with their subject, objects, date and place.
extension ArticleAnalysis {
    /// Finds the events of every sentence.
    func findEvents(refs: [Reference], publication: CalendarDate?, organizationEntities: [OrganizationPhrase]) -> [EventCandidate] {
        var events: [EventCandidate] = []
        var narrativeDate: CalendarDate? = nil
        var yearHint: Int? = nil
        // "today" is the dateline's day; weekdays count back from it too.
        let anchor = datelineDay(publication: publication) ?? publication
        var lastTwo: [Int] = []
        var namedMeetingHost: (persons: [Int], sentence: Int)? = nil
        let refsBySentence = Dictionary(grouping: refs, by: \.sentence)
        for (s, sentence) in sentences.enumerated() {
            let role = sentenceRoles[s]
            let expressions = temporalExpressions(in: s, anchor: anchor, yearHint: yearHint)
            var sentenceDate: CalendarDate? = nil
            var sentenceRange: (CalendarDate, CalendarDate)? = nil
            var unknownTime = false
            for e in expressions {
                switch e.value {
                case .day(let d): if sentenceDate == nil { sentenceDate = d }; yearHint = d.year
                case .range(let a, let b): sentenceRange = sentenceRange ?? (a, b); yearHint = a.year
                case .unknown, .unresolved: unknownTime = true
                }
            }
            let sentenceRefs = refsBySentence[s] ?? []
            var sentenceEventsForNarrative: [EventCandidate] = []
            let personRefs = sentenceRefs.filter { !$0.persons.isEmpty }
            defer {
                if role == .body || role == .caption {
                    // An arrival or visit date does not date the meetings of the visit that follow.
                    let onlyVisit = !sentenceEventsForNarrative.isEmpty && sentenceEventsForNarrative.allSatisfy { $0.kind == .visit }
                    if onlyVisit { narrativeDate = nil } else if let d = sentenceDate { narrativeDate = d } else if sentenceRange != nil || unknownTime { narrativeDate = nil }
                    for r in personRefs { for p in r.persons { lastTwo.append(p) } }
                }
            }
            guard role == .body else { continue }
            let eventDate: CalendarDate? = sentenceDate ?? (sentenceRange == nil && !unknownTime ? narrativeDate : nil)
            var i = sentence.tokens.lowerBound
            var sentenceEvents: [EventCandidate] = []
            var sentenceSubject: [Int]? = nil
            var subjectlessVerb = false
            let separate = sentence.tokens.contains { keys[$0] == "separate" || keys[$0] == "separately" }
            while i < sentence.tokens.upperBound {
                guard triggerFirstWordFilter.admits(keys[i]), let candidates = triggersByFirstWord[keys[i]], let trigger = candidates.first(where: { t in
                    t.words.indices.allSatisfy { i + $0 < sentence.tokens.upperBound && keys[i + $0] == t.words[$0] }
                }) else { i += 1; continue }
                let triggerRange = i..<(i + trigger.words.count)
                i = triggerRange.upperBound
                // Planned meetings are not coded.
                let before = (max(sentence.tokens.lowerBound, triggerRange.lowerBound - 3)..<triggerRange.lowerBound).map { keys[$0] }
                if before.contains("will") || before.contains("would") || before.contains("shall") || before.last == "to"
                    || before.contains("next") || before.contains("upcoming") || before.contains("future")
                {
                    continue
                }
                // "after the meeting": a reference to an encounter already told.
                if trigger.shape == .nominal, before.count >= 2, ["the", "this", "that"].contains(before.last!),
                    ["after", "before", "following", "since", "ahead", "of"].contains(before[before.count - 2])
                {
                    continue
                }
                // "in separate meetings", "the visit": the encounters the sentence already names.
                if trigger.shape == .nominal, sentenceEvents.contains(where: { $0.kind == trigger.kind }) || before.last == "separate" && !sentenceEvents.isEmpty {
                    continue
                }
                if trigger.shape == .visit, ["the", "this", "that"].contains(before.last ?? ""), key(triggerRange.upperBound) != "of", key(triggerRange.upperBound) != "to" {
                    continue
                }
                // "received in his office at Bait Al Falaj today Admiral X": a place phrase may stand between.
                func isPlaceGap(_ gap: Range<Int>) -> Bool {
                    var inPlace = false
                    return gap.count <= 10 && gap.allSatisfy { j in
                        if ["in", "at"].contains(keys[j]) { inPlace = true; return true }
                        if isGapToken(j) { return true }
                        return inPlace && (tokens[j].isCapitalized || ["office", "residence", "headquarters"].contains(keys[j]))
                    }
                }
                if trigger.words == ["received"] || trigger.words == ["receives"] || trigger.words == ["hosted"] || trigger.words == ["hosts"] || trigger.words == ["welcomed"] {
                    // Only "received X": a person right after.
                    guard let r = personRefs.first(where: { $0.tokens.lowerBound >= triggerRange.upperBound }),
                        (triggerRange.upperBound..<r.tokens.lowerBound).allSatisfy({ isGapToken($0) }) || isDelegationGap(triggerRange.upperBound..<r.tokens.lowerBound)
                            || isPlaceGap(triggerRange.upperBound..<r.tokens.lowerBound)
                    else {
                        // "X hosted the South Pacific Defence Ministers' Meeting": X attends the meeting the next sentence tells.
                        if trigger.words == ["hosted"] || trigger.words == ["hosts"], key(triggerRange.upperBound) == "the",
                            let last = personRefs.last(where: { $0.tokens.upperBound <= triggerRange.lowerBound }),
                            (triggerRange.upperBound..<min(sentence.tokens.upperBound, triggerRange.upperBound + 10)).contains(where: {
                                tokens[$0].isCapitalized && ["meeting", "summit", "conference", "dialogue", "forum", "session"].contains(keys[$0]) })
                        {
                            namedMeetingHost = (last.persons, s)
                        }
                        continue
                    }
                }
                let leftRefs = personRefs.filter { $0.tokens.upperBound <= triggerRange.lowerBound }
                let rightRefs = personRefs.filter { $0.tokens.lowerBound >= triggerRange.upperBound }
                // Objects: a list right after the trigger.
                func objectList(from start: Int) -> [Int] {
                    var objects: [Int] = []
                    var position = start
                    for r in rightRefs where r.tokens.lowerBound >= start {
                        if case .pronoun(let p) = r.kind, p == "his" || p == "her" || p == "their" { continue }
                        let gap = position..<r.tokens.lowerBound
                        // "met the head of the Chinese contingent, Major General Wang Jian": a description in apposition before the name.
                        let appositive = gap.count >= 3 && gap.count <= 8 && ["the", "his", "her"].contains(keys[gap.lowerBound]) && keys[gap.upperBound - 1] == ","
                            && !gap.contains(where: { ["and", ".", ";", "said", "told"].contains(keys[$0]) })
                        if (gap.count > 6 || !gap.allSatisfy({ isGapToken($0) })) && !(objects.isEmpty && (isDelegationGap(gap) || isPlaceGap(gap) || appositive)) { break }
                        // "held talks with X in Beijing on Thursday, Senior Colonel Y said": a place or time ends the list.
                        if !objects.isEmpty, gap.contains(where: { ["in", "at", "on"].contains(keys[$0]) }), key(gap.upperBound - 1) != "and" { break }
                        for p in r.persons where !objects.contains(p) { objects.append(p) }
                        position = r.tokens.upperBound
                        if r.possessive { break }
                    }
                    return objects
                }
                var objects: [Int] = []
                var passiveAgreement = false
                if trigger.shape == .relational || trigger.shape == .agreement {
                    objects = objectList(from: triggerRange.upperBound)
                }
                if trigger.shape == .agreement, objects.isEmpty {
                    if key(triggerRange.upperBound) == "by" {
                        // "The MoU was signed by A and B": the signatories.
                        objects = objectList(from: triggerRange.upperBound + 1)
                        passiveAgreement = true
                    } else if let with = (triggerRange.upperBound..<min(sentence.tokens.upperBound, triggerRange.upperBound + 8)).first(where: { keys[$0] == "with" || keys[$0] == "between" || keys[$0] == "." || keys[$0] == ";" }),
                        keys[with] == "with" || keys[with] == "between"
                    {
                        // "signed an agreement with his counterparts, A and B"
                        objects = objectList(from: with + 1)
                    }
                }
                // Subject: the nearest person before the trigger (and a coordinated one: "A and B, in a separate session").
                var subject: [Int] = []
                // "X paid a call on A and met B": a second verb shares the first one's subject.
                var beforeVerb = triggerRange.lowerBound - 1
                while ["later", "then", "subsequently", "separately"].contains(key(beforeVerb)), beforeVerb > sentence.tokens.lowerBound { beforeVerb -= 1 }
                if ["and", "also"].contains(key(beforeVerb)), let shared = sentenceSubject {
                    // "X met A at …, and later held talks with B"
                    subject = shared
                } else if ["and", "also"].contains(key(triggerRange.lowerBound - 1)), subjectlessVerb {
                    // "The President received A and met B": the unnamed subject met B, not A.
                    continue
                } else if let relative = subjectBeforeRelativeClause(endingBefore: triggerRange.lowerBound, sentence: sentence.tokens, refs: leftRefs) {
                    // "The Somali minister, who was accompanied by X, also paid a courtesy call on Y"
                    subject = relative
                } else
                if let last = leftRefs.last {
                    subject = last.persons
                    if let idx = leftRefs.lastIndex(where: { $0.tokens == last.tokens }), idx > 0 {
                        let previous = leftRefs[idx - 1]
                        let gap = (previous.tokens.upperBound..<last.tokens.lowerBound).map { keys[$0] }
                        // "A and B", "The Minister …, A, and her counterpart, B,"
                        if gap.filter({ $0 != "," }) == ["and"] { subject = previous.persons + subject }
                    }
                    if case .pronoun(let k) = last.kind, Vocabulary.pluralPronouns.contains(k) { subject = [] }
                }
                // "the ministers signed", "both sides signed", "the two sides then met": the two parties of the article's
                // encounter (one told in this sentence, else the first one told), unless the sentence names them.
                var b = triggerRange.lowerBound - 1
                while b > sentence.tokens.lowerBound, ["also", "then", "have", "has", "had", "jointly", "later", "subsequently", "formally"].contains(keys[b]) { b -= 1 }
                if b >= sentence.tokens.lowerBound, ["sides", "ministers", "leaders", "chiefs", "both", "they", "delegations", "parties", "commanders", "generals"].contains(tokens[b].text.lowercased()),
                    !leftRefs.contains(where: { $0.tokens.upperBound > b && !$0.persons.isEmpty && { if case .pronoun = $0.kind { return false }; if case .description = $0.kind { return false }; return true }($0) }),
                    subject.count < 2, let previous = sentenceEvents.last ?? events.first(where: { $0.persons.count >= 2 }), previous.persons.count >= 2
                {
                    subject = previous.persons
                }
                let pluralPossessive = (max(sentence.tokens.lowerBound, triggerRange.lowerBound - 3)..<triggerRange.lowerBound).contains { keys[$0] == "their" || keys[$0] == "two" }
                switch trigger.shape {
                case .relational, .agreement:
                    if passiveAgreement {
                        if objects.count >= 2 {
                            sentenceEvents.append(EventCandidate(kind: trigger.kind, cameo: trigger.cameo, persons: objects, sentence: s, trigger: triggerRange, separate: false))
                        }
                        continue
                    }
                    if objects.isEmpty {
                        if trigger.shape == .agreement, subject.count >= 2 {
                            sentenceEvents.append(EventCandidate(kind: trigger.kind, cameo: trigger.cameo, persons: subject, sentence: s, trigger: triggerRange, separate: false))
                        } else if subject.count >= 2, trigger.words == ["met"] {
                            sentenceEvents.append(EventCandidate(kind: trigger.kind, cameo: trigger.cameo, persons: subject, sentence: s, trigger: triggerRange, separate: false))
                        }
                        continue
                    }
                    var subj = subject.filter { !objects.contains($0) }
                    if subj.isEmpty && trigger.shape == .relational && leftRefs.isEmpty { subjectlessVerb = true }
                    if subj.isEmpty, let previous = events.last(where: { $0.kind == .visit }) ?? events.last, let p = previous.persons.first, !objects.contains(p) {
                        // "During the visit … meetings with X": the visitor.
                        if trigger.words.first == "meeting" || trigger.words.first == "meetings" { subj = [p] }
                    }
                    guard !subj.isEmpty else { continue }
                    if sentenceSubject == nil { sentenceSubject = subj }
                    if trigger.shape == .agreement {
                        // One signing, whoever signs it.
                        sentenceEvents.append(EventCandidate(kind: trigger.kind, cameo: trigger.cameo, persons: subj + objects, sentence: s, trigger: triggerRange, separate: separate))
                        continue
                    }
                    for o in objects {
                        sentenceEvents.append(EventCandidate(kind: trigger.kind, cameo: trigger.cameo, persons: subj + [o], sentence: s, trigger: triggerRange, separate: separate))
                    }
                case .nominal:
                    var persons: [Int] = []
                    if subject.count >= 2 { persons = subject } else {
                        for r in personRefs where !r.possessive || r.tokens.upperBound <= triggerRange.lowerBound {
                            // "…, TNI spokesperson Y said in a statement": the one reporting did not attend.
                            if r.tokens.lowerBound > triggerRange.upperBound, key(r.tokens.lowerBound - 1) == ",", speechVerbs.contains(key(r.tokens.upperBound)) { continue }
                            for p in r.persons where !persons.contains(p) { persons.append(p) }
                        }
                    }
                    // "During their talks in Tokyo": the encounter already told, not another one.
                    if trigger.words.first == "their", sentenceEvents.isEmpty, let idx = events.lastIndex(where: { $0.persons.count >= 2 && $0.kind != .visit }) {
                        if events[idx].location == nil { events[idx].location = location(after: triggerRange.upperBound, in: s, organizations: organizationEntities, visit: false) }
                        continue
                    }
                    if persons.count < 2 && (pluralPossessive || trigger.kind == .talks || trigger.words.last == "format") {
                        if let previous = sentenceEvents.last ?? events.last, previous.persons.count >= 2 { persons = previous.persons }
                    }
                    // "During their talks": the two persons named last, when no encounter was told before.
                    if persons.count < 2, trigger.words.first == "their", events.isEmpty, sentenceEvents.isEmpty {
                        var distinct: [Int] = []
                        for p in lastTwo.reversed() where !distinct.contains(p) { distinct.append(p); if distinct.count == 2 { break } }
                        if distinct.count == 2 { persons = distinct.reversed() }
                    }
                    // "… hosted the Defence Ministers' Meeting. The meeting brought together A, B and C": the host attends too.
                    if let host = namedMeetingHost, host.sentence == s - 1, ["the", "this"].contains(before.last ?? ""), !persons.isEmpty {
                        for p in host.persons.reversed() where !persons.contains(p) { persons.insert(p, at: 0) }
                    }
                    // "X was present at the meeting", "Y also joined the talks": another attendee of the encounter just told.
                    if before.suffix(3) == ["present", "at", "the"] || before.suffix(2) == ["joined", "the"] || before.suffix(2) == ["attended", "the"],
                        let last = events.indices.last(where: { events[$0].kind != .visit }), events[last].sentence < s
                    {
                        let extra = leftRefs.flatMap(\.persons)
                        if !extra.isEmpty {
                            for p in extra where !events[last].persons.contains(p) { events[last].persons.append(p) }
                            continue
                        }
                    }
                    // "The meeting was attended by X and Y", "During the meeting, attended by X,": more attendees of the last encounter.
                    let attendedAt = key(triggerRange.upperBound) == "," ? triggerRange.upperBound + 1 : triggerRange.upperBound
                    if key(attendedAt) == "attended" || (["was", "were"].contains(key(attendedAt)) && key(attendedAt + 1) == "attended") {
                        let extra = rightRefs.filter { $0.tokens.lowerBound > attendedAt }.flatMap(\.persons)
                        if let last = events.indices.last(where: { events[$0].kind != .visit }), !extra.isEmpty {
                            for p in extra where !events[last].persons.contains(p) { events[last].persons.append(p) }
                            continue
                        }
                    }
                    if persons.count == 1, trigger.kind != .talks, trigger.words != ["session"], let visitor = (events.last(where: { $0.kind == .visit }) ?? events.last)?.persons.first,
                        !persons.contains(visitor)
                    {
                        persons.append(visitor)
                    }
                    guard persons.count >= 2 else { continue }
                    // "the meeting" again: the same encounter as the last one with these persons.
                    sentenceEvents.append(EventCandidate(kind: trigger.kind, cameo: trigger.cameo, persons: persons, sentence: s, trigger: triggerRange, separate: false))
                case .visit:
                    var visitor: [Int] = []
                    if keys[triggerRange.lowerBound] == "visiting" {
                        continue
                    }
                    if key(triggerRange.upperBound) == "of", let r = rightRefs.first, r.tokens.lowerBound <= triggerRange.upperBound + 2 {
                        visitor = r.persons
                    } else if ["his", "her"].contains(key(triggerRange.lowerBound - 1)), let first = (sentenceSubject ?? sentenceEvents.first?.persons)?.first {
                        // "A called on B and C during his visit": the visit is the subject's.
                        visitor = [first]
                    } else if let last = leftRefs.last {
                        visitor = [last.persons[0]]
                    }
                    guard let v = visitor.first else { continue }
                    var e = EventCandidate(kind: .visit, cameo: "042", persons: [v], sentence: s, trigger: triggerRange, separate: false)
                    if let range = sentenceRange { e.date = range.0; e.endDate = range.1 }
                    e.location = location(after: triggerRange.upperBound, in: s, organizations: organizationEntities, visit: true)
                    if e.location == nil {
                        // "is in Belgium on an official visit"
                        let lower = sentence.tokens.lowerBound
                        for j in stride(from: triggerRange.lowerBound - 1, through: lower, by: -1) where keys[j] == "in" {
                            if let c = countryMentions.first(where: { $0.tokens.lowerBound == j + 1 }), match(at: j + 1)?.demonym == nil { e.location = .country(c.country); break }
                            if let p = placeMentions.first(where: { $0.tokens.lowerBound == j + 1 }) { e.location = .place(p.name, p.kind, p.country); break }
                        }
                    }
                    sentenceEvents.append(e)
                }
            }
            // "X and his Mongolian counterpart Y agreed Tuesday to …", "A and B discussed …": two coordinated persons as the
            // subject of a verb of agreement or discussion met, unless the article already told an encounter of theirs.
            if sentenceEvents.isEmpty, role == .body {
                for (ri, r) in personRefs.enumerated() where ri + 1 < personRefs.count && !r.possessive {
                    let next = personRefs[ri + 1]
                    let gap = (r.tokens.upperBound..<next.tokens.lowerBound).map { keys[$0] }.filter { $0 != "," }
                    guard gap == ["and"] || gap == ["and", "his"] || gap == ["and", "her"], !next.possessive,
                        let a = r.persons.first, let b = next.persons.first, a != b else { continue }
                    var v = next.tokens.upperBound
                    if key(v) == "," { v += 1 }
                    while ["also", "jointly", "today", "yesterday"].contains(key(v)) || (DateText.weekday(key(v)) != nil && tokens[v].isCapitalized) { v += 1 }
                    guard ["agreed", "discussed", "reviewed", "pledged", "vowed", "exchanged", "decided"].contains(key(v)),
                        r.tokens.lowerBound == sentence.tokens.lowerBound || !["with", "to", "of", "by", "for"].contains(key(r.tokens.lowerBound - 1)),
                        !events.contains(where: { Set($0.persons).isSuperset(of: [a, b]) })
                    else { continue }
                    sentenceEvents.append(EventCandidate(kind: .meeting, cameo: "040", persons: [a, b], sentence: s, trigger: v..<(v + 1), separate: false))
                    break
                }
            }
            // "The Emirati delegation was led by X, while the French side was headed by Y": the two heads met.
            if sentenceEvents.isEmpty {
                var heads: [Int] = []
                for j in sentence.tokens where ["led", "headed"].contains(keys[j]) && key(j + 1) == "by" {
                    if let r = personRefs.first(where: { $0.tokens.lowerBound == j + 2 || ($0.tokens.lowerBound == j + 3 && key(j + 2) == "the") }) {
                        for p in r.persons where !heads.contains(p) { heads.append(p) }
                    }
                }
                if heads.count >= 2 {
                    let t = sentence.tokens.first { keys[$0] == "led" || keys[$0] == "headed" }!
                    sentenceEvents.append(EventCandidate(kind: .talks, cameo: "046", persons: heads, sentence: s, trigger: t..<(t + 2), separate: false))
                }
            }
            // "The signing took place at the Armscor Building on Thursday", "The meeting was held on Monday": the date
            // (and place) of the encounter just told.
            if sentenceEvents.isEmpty, let d = sentenceDate, key(sentence.tokens.lowerBound) == "the",
                let kinds = (["signing": [.agreement], "ceremony": [.agreement], "meeting": [.meeting, .talks], "talks": [.talks, .meeting],
                              "call": [.call], "conversation": [.call]] as [String: [EventKind]])[key(sentence.tokens.lowerBound + 1)],
                ["took", "was", "were"].contains(key(sentence.tokens.lowerBound + 2)),
                let idx = events.lastIndex(where: { kinds.contains($0.kind) }), events[idx].date == nil
            {
                events[idx].date = d
                if events[idx].location == nil {
                    events[idx].location = location(after: sentence.tokens.lowerBound + 2, in: s, organizations: organizationEntities, visit: false)
                }
            }
            for idx in sentenceEvents.indices {
                if sentenceEvents[idx].kind != .visit {
                    sentenceEvents[idx].date = eventDate
                    if sentenceEvents[idx].location == nil {
                        sentenceEvents[idx].location = location(after: sentenceEvents[idx].trigger.upperBound, in: s, organizations: organizationEntities, visit: false)
                    }
                } else if sentenceEvents[idx].date == nil && sentenceRange == nil {
                    sentenceEvents[idx].date = eventDate
                }
            }
            events += sentenceEvents
            sentenceEventsForNarrative = sentenceEvents
        }
        _ = lastTwo
        return merge(events)
    }
}
