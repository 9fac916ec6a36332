import Foundation

/// Name normalization exactly as `shared/tools/score.py` does it: Unicode NFKD, diacritics
/// dropped, case folded, punctuation and symbols either deleted or read as spaces, whitespace
/// collapsed; leading ranks and titles removed from predicted names. Shared by the test
/// targets' gold scorers (ExtractionTests scores `ExtractedArticle`s, LinkedDataTests the RDF).
public enum NameKeys {
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass == .notReordered {
            out.append(scalar)
        }
        // Python's casefold: lower case, and ß → ss.
        return String(out).lowercased().replacingOccurrences(of: "ß", with: "ss")
    }

    public static func isPunctuationOrSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }

    public static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }).joined(separator: " ")
    }

    /// Normalized forms of s: punctuation/symbols deleted, and read as spaces.
    public static func variants(_ s: String) -> Set<String> {
        var deleted = String.UnicodeScalarView()
        var spaced = String.UnicodeScalarView()
        for scalar in fold(s).unicodeScalars {
            if isPunctuationOrSymbol(scalar) {
                spaced.append(" ")
            } else {
                deleted.append(scalar)
                spaced.append(scalar)
            }
        }
        return Set([collapse(String(deleted)), collapse(String(spaced))].filter { !$0.isEmpty })
    }

    /// One canonical normalized form (punctuation read as space).
    public static func norm(_ s: String) -> String {
        var spaced = String.UnicodeScalarView()
        for scalar in fold(s).unicodeScalars { spaced.append(isPunctuationOrSymbol(scalar) ? " " : scalar) }
        return collapse(String(spaced))
    }

    public static let titles = [
        "his excellency", "her excellency", "his royal highness", "her royal highness", "his highness",
        "royal highness", "hrh", "field marshal", "air chief marshal", "air marshal", "air vice marshal",
        "air commodore", "army general", "general", "gen", "lieutenant general", "lieutenant-general",
        "lt general", "lt gen", "lt-gen", "lieutenant", "lt", "major general", "major-general", "maj gen",
        "major", "maj", "brigadier general", "brig gen", "brigadier", "brig", "lieutenant colonel", "lt col",
        "colonel", "col", "captain", "capt", "commander", "cdr", "commodore", "admiral", "adm",
        "vice admiral", "vadm", "rear admiral", "radm", "marshal", "retired", "retd", "sir", "dame", "dr",
        "mr", "mrs", "ms", "miss", "prof", "professor", "engineer", "engr", "eng", "prince", "princess",
        "crown prince", "king", "queen", "sheikh", "shaikh", "sheikha", "emir", "president",
        "vice president", "prime minister", "premier", "pm", "minister", "senator", "ambassador",
        "secretary", "chairman", "chief", "makhdoom", "syed", "sayyid", "hon", "honourable", "honorable",
        "rt hon", "the", "coas", "cjcsc", "cgs", "cds", "cns", "cas", "vfm", "dg",
    ]

    public static let titleSequences: [[String]] = {
        var set = Set<[String]>()
        for t in titles { for v in variants(t) { set.insert(v.split(separator: " ").map(String.init)) } }
        return set.sorted { $0.count != $1.count ? $0.count > $1.count : $0.joined(separator: " ") < $1.joined(separator: " ") }
    }()

    public static func stripTitles(_ tokens: [String]) -> [String] {
        var toks = tokens
        var changed = true
        while changed {
            changed = false
            for t in titleSequences where toks.count > t.count && Array(toks.prefix(t.count)) == t {
                toks.removeFirst(t.count)
                changed = true
                break
            }
        }
        while toks.count > 1, ["retired", "retd", "r"].contains(toks.last!) { toks.removeLast() }
        return toks
    }

    /// Keys of predicted names: normalized forms, also with leading titles removed.
    public static func predicted(_ names: some Sequence<String>) -> Set<String> {
        var keys = Set<String>()
        for n in names {
            for v in variants(n) {
                keys.insert(v)
                let stripped = stripTitles(v.split(separator: " ").map(String.init))
                if !stripped.isEmpty { keys.insert(stripped.joined(separator: " ")) }
            }
        }
        return keys
    }

    public static func gold(_ forms: some Sequence<String>) -> Set<String> {
        var keys = Set<String>()
        for f in forms where !f.isEmpty { keys.formUnion(variants(f)) }
        return keys
    }

    public static func titleKeys(_ titles: some Sequence<String>) -> Set<String> {
        var keys = Set<String>()
        for t in titles {
            for v in variants(t) {
                let toks = v.split(separator: " ").map(String.init).filter { !["the", "a", "an"].contains($0) }
                    .map { $0 == "defense" ? "defence" : $0 == "adviser" ? "advisor" : $0 }
                if !toks.isEmpty { keys.insert(toks.joined(separator: " ")) }
            }
        }
        return keys
    }

    public static func tokens(_ s: String) -> [String] { norm(s).split(separator: " ").map(String.init) }

    /// Token Dice overlap of two texts.
    public static func dice(_ a: String, _ b: String) -> Double {
        let ta = tokens(a)
        let tb = tokens(b)
        guard !ta.isEmpty, !tb.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for t in ta { counts[t, default: 0] += 1 }
        var inter = 0
        for t in tb where (counts[t] ?? 0) > 0 {
            counts[t]! -= 1
            inter += 1
        }
        return 2.0 * Double(inter) / Double(ta.count + tb.count)
    }

    public static let countryAliases: [(String, [String])] = [
        ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"]),
        ("United States", ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"]),
        ("Turkey", ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"]),
        ("Russia", ["Russian Federation"]),
        ("China", ["People's Republic of China", "PRC"]),
        ("Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"]),
        ("Iran", ["Islamic Republic of Iran"]),
        ("Iraq", ["Republic of Iraq"]),
        ("Egypt", ["Arab Republic of Egypt"]),
        ("Afghanistan", ["Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"]),
        ("Pakistan", ["Islamic Republic of Pakistan"]),
        ("India", ["Republic of India", "Bharat"]),
        ("Bangladesh", ["People's Republic of Bangladesh"]),
        ("Nepal", ["Federal Democratic Republic of Nepal"]),
        ("Indonesia", ["Republic of Indonesia"]),
        ("Greece", ["Hellenic Republic"]),
        ("Cyprus", ["Republic of Cyprus"]),
        ("Belgium", ["Kingdom of Belgium"]),
        ("South Korea", ["Republic of Korea", "ROK"]),
        ("North Korea", ["DPRK", "Democratic People's Republic of Korea"]),
        ("United Arab Emirates", ["UAE", "U.A.E."]),
        ("Vietnam", ["Viet Nam"]),
        ("Czech Republic", ["Czechia"]),
        ("Netherlands", ["The Netherlands", "Holland"]),
    ]

    public static func countryForms(_ name: String) -> [String] {
        let k = variants(name)
        for (canon, aliases) in countryAliases where ([canon] + aliases).contains(where: { !variants($0).isDisjoint(with: k) }) {
            return [canon] + aliases
        }
        return [name]
    }
}
