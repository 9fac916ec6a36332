import Articles

/// Everything the recognizers found in one article, before entities are merged.
struct ArticleAnalysis {
    let lexicon: Lexicon
    let article: Article
    let tokens: [Tokenization.Token]
    let keys: [String]
    let sentences: [Tokenization.Sentence]
    /// The paragraph role of each sentence.
    var sentenceRoles: [Paragraph.Role] = []
    /// The lexical match covering each token, as an index into `matches`, or -1.
    var matchOf: [Int32]
    var matches: [LexicalMatch] = []
    /// Whether a token can be part of a person's name.
    var nameable: [Bool]

    var persons: [PersonPhrase] = []
    var descriptions: [DescriptionPhrase] = []
    var organizations: [OrganizationPhrase] = []
    /// Countries named: (country index, token range).
    var countryMentions: [(country: Int, tokens: Range<Int>)] = []
    /// Places named: (gazetteer place or city, token range, country).
    var placeMentions: [(name: String, kind: PlaceKind, country: Int?, tokens: Range<Int>)] = []
    /// The first sentence of the article's body (where a wire's dateline credit stands).
    var firstBodySentence: Int? = nil
    /// Tokens already claimed by a phrase.
    var claimed: [Bool]
    /// The string index of each token's first scalar and of the scalar after its last.
    let tokenStart: [String.UnicodeScalarView.Index]
    let tokenEnd: [String.UnicodeScalarView.Index]

    init(article: Article, lexicon: Lexicon) {
        self.lexicon = lexicon
        self.article = article
        let tokenization = Tokenization(article.text)
        tokens = tokenization.tokens
        sentences = tokenization.sentences
        keys = tokens.map { tokenKey($0.text) }
        matchOf = Array(repeating: -1, count: tokens.count)
        nameable = Array(repeating: false, count: tokens.count)
        claimed = Array(repeating: false, count: tokens.count)
        var starts: [String.UnicodeScalarView.Index] = []
        var ends: [String.UnicodeScalarView.Index] = []
        starts.reserveCapacity(tokens.count)
        ends.reserveCapacity(tokens.count)
        let view = article.text.unicodeScalars
        var index = view.startIndex
        var offset = 0
        for t in tokens {
            while offset < t.span.start { view.formIndex(after: &index); offset += 1 }
            starts.append(index)
            while offset < t.span.end { view.formIndex(after: &index); offset += 1 }
            ends.append(index)
        }
        tokenStart = starts
        tokenEnd = ends
        sentenceRoles = sentences.map { sentence in
            article.paragraphs.first(where: { $0.span.start <= sentence.span.start && sentence.span.start < max($0.span.end, $0.span.start + 1) })?.role ?? .body
        }
        firstBodySentence = sentenceRoles.firstIndex(of: .body)
        for sentence in sentences {
            for m in lexicon.scan(tokens, keys: keys, range: sentence.tokens) {
                matches.append(m)
                for t in m.tokens { matchOf[t] = Int32(matches.count - 1) }
            }
        }
        // A one-word country before an initial is a first name: "Chad J. McNeeley", "Jordan B. Peterson".
        for (index, m) in matches.enumerated() where m.tokens.count == 1 && m.countryOrDemonym != nil {
            let n = m.tokens.upperBound
            if n + 1 < tokens.count, tokens[n].text.count == 1, tokens[n].isCapitalized, tokens[n + 1].text == "." {
                matchOf[m.tokens.lowerBound] = -1
                matches[index].entries = []
            }
        }
        // A sentence in another language inside an English page (a Spanish caption: "con la participación de los
        // Cancilleres y Ministros de Defensa de Perú y Chile; Ricardo Luna, …"): no names are read from it.
        var foreign = Array(repeating: false, count: sentences.count)
        for (s, sentence) in sentences.enumerated() {
            var other = 0
            var english = 0
            for i in sentence.tokens where tokens[i].kind == .word && !tokens[i].isCapitalized {
                if Vocabulary.foreignFunctionWords.contains(keys[i]) { other += 1 } else if Vocabulary.englishFunctionWords.contains(keys[i]) { english += 1 }
            }
            foreign[s] = other >= 3 && other > english
        }
        for i in tokens.indices {
            let t = tokens[i]
            if foreign[t.sentence] { continue }
            // "Gen Mbadi Roots for Stronger …": a headline's capitalized verbs and nouns are not names there.
            if sentenceRoles[t.sentence] == .heading, t.isCapitalized, Vocabulary.headlineWords.contains(keys[i]) { continue }
            // "al-Haddad", "el-Sisi": a lower-case Arabic article joined to a capitalized name.
            if t.kind == .word, !t.isCapitalized, matchOf[i] < 0, isArticlePrefixedName(t.text) {
                nameable[i] = true
                continue
            }
            guard t.kind == .word, t.isCapitalized, matchOf[i] < 0 else { continue }
            // "Shihab bin Tariq Al Said": after "Al" or "bin" a capitalized word is a name even if it is also an English word.
            if Vocabulary.nonNameWords.contains(keys[i]), !(i > 0 && ["al", "bin", "ibn", "bint", "abu"].contains(keys[i - 1]) && tokens[i - 1].sentence == t.sentence) { continue }
            // "March 3", "3 May", "Jun 12": months used as dates (but "Dong Jun", "Theresa May" are names).
            if DateText.month(keys[i]) != nil {
                let nextIsNumber = i + 1 < tokens.count && tokens[i + 1].kind == .number
                let previousIsNumber = i > 0 && tokens[i - 1].kind == .number
                let afterDot = i + 2 < tokens.count && tokens[i + 1].text == "." && tokens[i + 2].kind == .number
                if nextIsNumber || previousIsNumber || afterDot { continue }
            }
            let letters = letterShape(t.text)
            if letters.count >= 2 && letters.allUppercase && !t.text.utf8.contains(UInt8(ascii: "-")) {
                // An acronym, unless it is a name's initials before a name ("Dr AK Abdul Momen").
                let initials = letters.count <= 3 && i + 1 < tokens.count && tokens[i + 1].isCapitalized && tokens[i + 1].kind == .word
                    && matchOf[i + 1] < 0 && !isAllUppercase(tokens[i + 1].text) && i > 0 && matchOf[i - 1] >= 0
                // "Lt Gen Ahmed Fathi IBRAHIM KHALIFA": a family name in capitals after a given name written in
                // lower case (four letters or more, not a known body: those are matched already).
                let capitalSurname = letters.count >= 4 && i > 0 && nameable[i - 1] && tokens[i - 1].sentence == t.sentence
                    && (!isAllUppercase(tokens[i - 1].text) || (i > 1 && nameable[i - 2] && !isAllUppercase(tokens[i - 2].text)))
                if !initials && !capitalSurname { continue }
            }
            if t.text.hasSuffix("s") && lexicon.dictionaryWords.contains(String(keys[i].dropLast())) { continue }
            nameable[i] = true
        }
    }

    /// "Defence Cabinet Secretary Aden Duale", "President Chad Smith": a one-word city or country right after a post
    /// or rank and before a name is a given name; so is one before a word the article also uses alone as a name
    /// ("the talks with Aden Duale. … Nur said he was honoured to meet Duale").
    mutating func releaseGivenNames() {
        for (index, m) in matches.enumerated() where m.tokens.count == 1 && (m.city != nil || m.countryOrDemonym != nil) && m.post == nil && m.title == nil && !m.isOrganization {
            let i = m.tokens.lowerBound
            guard i + 1 < tokens.count, nameable[i + 1], tokens[i].isCapitalized, tokens[i + 1].sentence == tokens[i].sentence else { continue }
            // "Defense Minister of Kazakhstan Saken Zhasuzakov": after "of", "in" … the word is the place.
            guard i == 0 || !Vocabulary.placePrepositions.contains(keys[i - 1]) else { continue }
            let afterPostOrRank = i > 0 && matchOf[i - 1] >= 0 && (matches[Int(matchOf[i - 1])].post != nil || matches[Int(matchOf[i - 1])].title != nil)
            if !afterPostOrRank {
                let surname = keys[i + 1]
                let usedAlone = tokens.indices.contains { j in
                    j != i + 1 && keys[j] == surname && nameable[j] && (j == 0 || !nameable[j - 1] && matchOf[j - 1] < 0)
                        && (j + 1 >= tokens.count || !nameable[j + 1])
                }
                guard usedAlone else { continue }
            }
            matchOf[i] = -1
            matches[index].entries = []
            nameable[i] = true
        }
        for (index, m) in matches.enumerated() where m.tokens.count == 1 && !m.entries.isEmpty {
            let i = m.tokens.lowerBound
            guard i > 0, i + 1 < tokens.count, nameable[i + 1], tokens[i].isCapitalized, tokens[i + 1].sentence == tokens[i].sentence else { continue }
            // "Air Chief Marshal Shaikh Abdul Hannan", "General Syed Asim Munir": after a rank, "Shaikh" or "Syed" is part of the name.
            let afterRank = matchOf[i - 1] >= 0 && matches[Int(matchOf[i - 1])].title.map { lexicon.gazetteer.titles[$0].kind == .rank } == true
            let innerHonorific = m.title != nil && Vocabulary.innerNameHonorifics.contains(keys[i])
            // "José Rafael Ojeda Durán": a one-word company or agency between two parts of a name is a given name.
            let insideName = nameable[i - 1] && m.isOrganization && !m.isHead && m.post == nil && m.title == nil && m.countryOrDemonym == nil
            guard (afterRank && innerHonorific) || insideName else { continue }
            matchOf[i] = -1
            matches[index].entries = []
            nameable[i] = true
        }
    }

    /// "chief of the Joint Staff Department": a multi-word post match that runs into a body's name ("Joint Staff" +
    /// "Department") is dropped and its words are matched again without it.
    mutating func splitTitlesBeforeBodies() {
        for index in matches.indices {
            let m = matches[index]
            guard m.post != nil, m.tokens.count >= 3, m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].isCapitalized,
                tokens[m.tokens.upperBound].sentence == tokens[m.tokens.lowerBound].sentence,
                let n = lexicon.child(0, keys[m.tokens.upperBound]), lexicon.entries(n).contains(where: { $0.category == .organizationHead })
            else { continue }
            for t in m.tokens { matchOf[t] = -1 }
            matches[index].entries = []
            let inner = (m.tokens.lowerBound + 1)..<m.tokens.upperBound
            for sub in lexicon.scan(tokens, keys: keys, range: inner) {
                matches.append(sub)
                for t in sub.tokens { matchOf[t] = Int32(matches.count - 1) }
            }
        }
        // "TNI Commander General Agus Subiyanto": "Commander General" right before a name is the post and the holder's rank.
        for index in matches.indices {
            let m = matches[index]
            guard m.post != nil, m.tokens.count >= 2, keys[m.tokens.lowerBound] == "commander", ["general", "admiral"].contains(keys[m.tokens.upperBound - 1]),
                m.tokens.upperBound < tokens.count, nameable[m.tokens.upperBound] else { continue }
            for t in m.tokens { matchOf[t] = -1 }
            matches[index].entries = []
            for part in [m.tokens.lowerBound..<(m.tokens.upperBound - 1), (m.tokens.upperBound - 1)..<m.tokens.upperBound] {
                for sub in lexicon.scan(tokens, keys: keys, range: part) {
                    matches.append(sub)
                    for t in sub.tokens { matchOf[t] = Int32(matches.count - 1) }
                }
            }
        }
    }

    // MARK: - Token helpers

    func match(at i: Int) -> LexicalMatch? {
        guard i >= 0, i < tokens.count, matchOf[i] >= 0 else { return nil }
        let m = matches[Int(matchOf[i])]
        return m.tokens.lowerBound == i ? m : nil
    }

    func key(_ i: Int) -> String { i >= 0 && i < keys.count ? keys[i] : "" }

    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        // The text as written, with any run of spaces or line breaks read as one space.
        let lower = tokenStart[range.lowerBound], upper = tokenEnd[range.upperBound - 1]
        // Checked on the bytes ("\n", "\t" and " " are single bytes no other scalar contains).
        var plain = true
        var previousSpace = false
        for byte in article.text.utf8[lower..<upper] {
            if byte == 0x0A || byte == 0x09 || (byte == 0x20 && previousSpace) { plain = false; break }
            previousSpace = byte == 0x20
        }
        if plain { return String(article.text.unicodeScalars[lower..<upper]) }
        var result = ""
        var lastEnd = -1
        for i in range {
            let t = tokens[i]
            if lastEnd >= 0 && t.span.start > lastEnd { result += " " }
            result += t.text
            lastEnd = t.span.end
        }
        return result
    }

    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }

    func sentenceEnd(_ i: Int) -> Int { sentences[tokens[i].sentence].tokens.upperBound }

    /// Skips "." tokens.
    func next(_ i: Int) -> Int {
        var j = i
        while j < tokens.count, tokens[j].text == ".", j > 0, tokens[j - 1].kind == .word, tokens[j].sentence == tokens[i].sentence { j += 1 }
        return j
    }

    /// The end of the name run starting at `i`, or nil.
    func nameRun(at i: Int, limit: Int) -> Range<Int>? {
        guard i < limit, nameable[i] else { return nil }
        var j = i
        var end = i
        var count = 0
        while j < limit {
            if nameable[j] {
                j += 1
                end = j
                count += 1
                // Initial: "F."
                if tokens[j - 1].text.count == 1, j < limit, tokens[j].text == "." { j += 1 }
                continue
            }
            if Vocabulary.nameParticles.contains(keys[j]), !tokens[j].isCapitalized || keys[j] == "al" || keys[j] == "bin",
                j + 1 < limit,
                nameable[j + 1] || (j + 2 < limit && nameable[j + 2] && Vocabulary.innerNameHonorifics.contains(keys[j + 1]))
                    // "Ursula von der Leyen", "Juan de la Cruz": particles in a row.
                    || (j + 2 < limit && nameable[j + 2] && Vocabulary.nameParticles.contains(keys[j + 1]) && !tokens[j + 1].isCapitalized),
                count > 0,
                // "Jorge Nieto y José Antonio Gómez": "y" before a second full name is "and".
                !(Vocabulary.conjunctionParticles.contains(keys[j]) && j + 2 < limit && nameable[j + 2])
            {
                j += 1
                continue
            }
            // "Ibrahim Sheikh Muhyadin", "Ali Syed Shah": an honorific between two parts of one name.
            if count > 0, j + 1 < limit, nameable[j + 1], Vocabulary.innerNameHonorifics.contains(keys[j]), tokens[j].isCapitalized {
                j += 1
                continue
            }
            break
        }
        guard count > 0, count <= 5 else { return nil }
        // Regnal numbers: "Charles III", "Mohammed VI", "Abdullah II".
        if end < limit, count == 1, Vocabulary.regnalNumbers.contains(tokens[end].text) {
            return i..<(end + 1)
        }
        // Generational suffixes: "Lloyd J. Austin III", "Martin Luther King Jr.", "Charles Q. Brown, Jr."
        if end + 1 < limit, count >= 2, tokens[end].text == ",", ["Jr", "Sr"].contains(tokens[end + 1].text) {
            end += 2
            if end < limit, tokens[end].text == "." { end += 1 }
        } else if end < limit, ["II", "III", "IV", "Jr", "Sr"].contains(tokens[end].text), count >= 2 {
            end += 1
            if end < limit, tokens[end].text == ".", tokens[end - 1].text.hasSuffix("r") { end += 1 }
        }
        return i..<end
    }
}

/// Whether a lower-case word is an Arabic article joined to a capitalized name ("al-Haddad", "el-Sisi", "bin-Salman").
func isArticlePrefixedName(_ word: String) -> Bool {
    guard word.utf8.contains(UInt8(ascii: "-")), let dash = word.firstIndex(of: "-") else { return false }
    let prefix = word[..<dash]
    guard Vocabulary.arabicArticles.contains(String(prefix)) else { return false }
    let rest = word[word.index(after: dash)...]
    guard let first = rest.unicodeScalars.first, rest.count >= 2 else { return false }
    return first.properties.isUppercase
}
