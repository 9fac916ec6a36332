import Testing

@testable import Extraction

/// The name keys give one key to the spellings of one person or body, and two to two.
@Suite struct IdentityKeyTests {
    static let keys = try! IdentityKeys.bundled()

    static func person(_ name: String) -> String { keys.person(name).key }

    @Test(arguments: [
        ("Sergei Shoigu", "Sergey Shoygu"),  // transliteration, in every word
        ("Sobhi Sedki", "Sobhy Sedki"),
        ("Mohammed bin Salman", "Muhammad bin Salman"),
        ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"),  // particles
        ("Nick Carter", "Nicholas Carter"),  // short given names
        ("Jim Mattis", "James Mattis"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Ludivine Dedonder", "Ludivine DEDONDER"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),  // diacritics
    ])
    func spellingsOfOneNameGiveOneKey(_ a: String, _ b: String) {
        #expect(Self.person(a) == Self.person(b))
    }

    @Test(arguments: [
        ("George W. Bush", "George H. W. Bush"),
        ("Martin Luther King Jr.", "Martin Luther King Sr."),
        ("Hun Sen", "Hun Manet"),
        ("Bill Nelson", "Nelson Bill"),  // a short form only as the given name
        ("Khalid bin Salman", "Khalid bin Salman Al Saud"),  // decided by the linkset, not by the key
        ("Qamar Bajwa", "Qamar Javed Bajwa"),
    ])
    func differentNamesKeepTwoKeys(_ a: String, _ b: String) {
        #expect(Self.person(a) != Self.person(b))
    }

    @Test func plainNamesKeepTheKeysTheyHad() {
        #expect(Self.person("Qamar Javed Bajwa") == "qamar-javed-bajwa")
        #expect(Self.person("Lloyd J. Austin III") == "lloyd-j-austin-iii")
        #expect(Self.person("Al Gore") == "al-gore", "a particle as the first word is the name")
    }

    @Test func longerNamesExtendShorterOnes() {
        func extends(_ short: String, _ long: String) -> Bool { Self.keys.person(short).isExtended(by: Self.keys.person(long)) }
        #expect(extends("Qamar Bajwa", "Qamar Javed Bajwa"))  // a middle name
        #expect(extends("Khalid bin Salman", "Khalid bin Salman Al Saud"))  // a dynastic part
        #expect(extends("Lloyd Austin", "Lloyd J. Austin III"))  // an initial and a suffix
        #expect(extends("Michael Kurilla", "Michael Erik Kurilla"))
        #expect(!extends("George W. Bush", "George H. W. Bush"), "an initial added to a name with a middle part")
        #expect(!extends("George H. W. Bush", "George W. Bush"))
        #expect(!extends("John Smith Jr", "John Henry Smith Sr"), "two generational suffixes: father and son")
        #expect(!extends("Qamar Javed Bajwa", "Qamar Bajwa"))
        #expect(!extends("Bajwa", "Qamar Javed Bajwa"), "a surname alone extends to anyone of that name")
        #expect(!extends("Khalid Salman", "Khalid Mahmood Salman Saud"), "neither the same last word nor a tail after a particle")
    }

    static func organization(_ key: String, _ name: String) -> String { keys.organization(key: key, name: name) }

    @Test func spellingsOfOneBodyGiveOneKey() {
        #expect(Self.organization("nepal-army", "Nepal Army") == Self.organization("np/nepali-army", "Nepali Army"))
        #expect(Self.organization("nepal-army", "Nepal Army") == "nepal-army")
        #expect(Self.organization("gb/uk-army", "UK Army") == "british-army", "the gazetteer's British Army, by its country")
        #expect(Self.organization("inter-service-public-relation", "Inter Service Public Relation") == "inter-services-public-relations")
        #expect(Self.organization("pk/inter-service-public-relations", "Inter-Service Public Relations") == "inter-services-public-relations")
        #expect(Self.organization("jp/defense-ministry", "Defense Ministry") == Self.organization("jp/ministry-of-defense", "Ministry of Defense"))
        #expect(Self.organization("jp/defense-ministry", "Defense Ministry").hasPrefix("jp/"), "a generic name keeps its country")
    }

    @Test func differentBodiesKeepTwoKeys() {
        #expect(Self.organization("indian-army", "Indian Army") != Self.organization("indian-navy", "Indian Navy"))
        #expect(Self.organization("pk/ministry-of-defence", "Ministry of Defence") != Self.organization("in/ministry-of-defence", "Ministry of Defence"))
        #expect(Self.organization("pakistan-army", "Pakistan Army") != Self.organization("british-army", "British Army"))
        #expect(Self.organization("pakistan-army", "Pakistan Army") == "pakistan-army", "a plain name keeps its key")
    }

    @Test func namesWithoutVariantsAreFoldedOnly() {
        let plain = IdentityKeys(gazetteer: Gazetteer(), variants: NameVariants())
        #expect(plain.person("Sergey Shoygu").key == "sergey-shoygu")
        #expect(plain.person("Abdel Fattah el-Sisi").key == "abdel-fattah-el-sisi")
        #expect(plain.organization(key: "np/nepali-army", name: "Nepali Army") == "np/nepali-army")
    }
}
