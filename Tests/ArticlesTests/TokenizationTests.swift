import Articles
import Testing

/// Sentence and token boundaries in Unicode scalar offsets.
@Suite struct TokenizationTests {
    @Test func abbreviationsDoNotEndSentences() {
        let t = Tokenization("Pakistan Army chief Gen. Qamar Javed Bajwa told Maj. Gen. Mohammad Bagheri. He agreed.")
        #expect(t.sentences.count == 2)
    }

    @Test func possessivesAndHyphens() {
        let t = Tokenization("Iran’s armed forces and Inter-Services Public Relations (ISPR) met Sham-shad.")
        let texts = t.tokens.map(\.text)
        #expect(texts.prefix(2) == ["Iran", "’s"])
        #expect(texts.contains("Inter-Services"))
        #expect(texts.contains("Sham-shad"))
        #expect(texts.contains("("))
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "Türkiye’s minister met “Hasanov”."
        let t = Tokenization(text)
        let scalars = Array(text.unicodeScalars)
        for token in t.tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.span.start..<token.span.end])) == token.text)
        }
    }

    @Test func quotesCloseSentences() {
        let t = Tokenization("He said: “We agree.” Then they left.\nNew paragraph")
        #expect(t.sentences.count == 3)
        #expect(t.sentences[2].paragraph == 1)
    }

    @Test func dottedAcronyms() {
        let t = Tokenization("The U.S. Navy and U.A.E. officials met.")
        #expect(t.tokens.map(\.text).contains("U.S."))
        #expect(t.tokens.map(\.text).contains("U.A.E."))
        #expect(t.sentences.count == 1)
    }
}
