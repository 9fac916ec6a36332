import Articles
import Extraction
import Foundation
import Testing

/// One short test per kind of failure seen on real pages (`Fixtures/real`), each on text as real pages write it.
@Suite struct RealTextTests {
    static let extractor: Extractor? = try? Extractor()

    func extract(_ text: String) throws -> ExtractedArticle {
        let extractor = try #require(Self.extractor)
        return extractor.extract(Article(identifier: "t", plainText: text))
    }

    func names(_ x: ExtractedArticle) -> Set<String> { Set(x.persons.map(\.name)) }

    func met(_ x: ExtractedArticle, _ a: String, _ b: String) -> Bool {
        let keys = Set(x.persons.filter { $0.name == a || $0.name == b }.map(\.key))
        return keys.count == 2 && x.events.contains { Set($0.attendeeKeys).isSuperset(of: keys) }
    }

    // MARK: Page text

    /// A sentence broken by a blank line, the next part in lower case (EU Morning Post).
    @Test func blankLineInsideASentenceIsJoined() throws {
        let text = "Polish Defence Minister Władysław Kosiniak-Kamysz and German Defence Minister Boris Pistorius met in Warsaw on Tuesday, July 2, 2024, to discuss European security\n\nissues, bilateral defence ties and border protection."
        #expect(TextNormalization.normalize(text).contains("European security issues, bilateral"))
        let x = try extract(text)
        #expect(met(x, "Władysław Kosiniak-Kamysz", "Boris Pistorius"))
    }

    /// A hard-wrapped page: a name broken across a line end ("General V K\nSingh", Zee News).
    @Test func hardWrappedNameIsJoined() throws {
        let text = "Lucknow: The Chief of Army Staff, General V K\nSingh, on Saturday discussed with senior officers of the\nCentral\nCommand various operational and administrative issues.\nGen Singh, on a day`s visit to the headquarters of the\nCentral Command, met Gen V K Ahluwalia, General Officer\nCommanding-in Chief, and other\narmy senior officers."
        let normalized = TextNormalization.normalize(text)
        #expect(normalized.contains("General V K Singh, on Saturday"))
        #expect(normalized.contains("headquarters of the Central Command, met"))
        // A headline in capitals and a dateline line stay lines of their own.
        let page = "GENERAL BIKRAM SINGH VISITS CENTRAL COMMAND\nNew Delhi\nThe Chief of the Army Staff arrived in Lucknow on a two day\nvisit to Headquarters Central Command and met the\nofficers of the station there."
        #expect(TextNormalization.normalize(page).hasPrefix("GENERAL BIKRAM SINGH VISITS CENTRAL COMMAND\nNew Delhi\n"))
        #expect(TextNormalization.normalize("Talks in Accra\n\nThe minister met his counterpart.") == "Talks in Accra\n\nThe minister met his counterpart.")
    }

    /// A caption in Spanish inside an English page (Andina): its credits are not persons, its "y" is "and".
    @Test func captionInAnotherLanguageGivesNoPersons() throws {
        let x = try extract("""
            LIMA-PERÚ, JUNIO 29. V Reunión del Comite de Consulta y Coordinación Política (2+2) Perú - Chile, con la participación de los Cancilleres y Ministros de Defensa de Perú y Chile; Ricardo Luna, Heraldo Muñoz, Jorge Nieto y José Antonio Gómez. Foto: ANDINA

            The meeting began with Peru's Defense Minister Jorge Nieto and his Chilean counterpart Jose Antonio Gomez Urrutia.
            """)
        let found = names(x)
        #expect(!found.contains { $0.contains(" y ") || $0.contains("Cancilleres") || $0.contains("Ministros") })
        #expect(found.contains("Jorge Nieto"))
        #expect(met(x, "Jorge Nieto", "Jose Antonio Gomez Urrutia"))
    }

    // MARK: Names and words

    /// Capitalized headline verbs are not a name's part (Kyaggwe TV, MENAFN).
    @Test func headlineVerbsAreNotNames() throws {
        let x = try extract("Gen Mbadi Roots for Stronger Collaborative Relationships\n\nThe Chief of Defence Forces (CDF) Gen Wilson Mbadi on Tuesday met Vice Admiral Seth Amoama.")
        #expect(!names(x).contains("Mbadi Roots"))
        #expect(met(x, "Wilson Mbadi", "Seth Amoama"))
        let y = try extract("Jordan's King, Egyptian Military Chief Discuss Boosting Defense Ties\n\nKing Abdullah II met Egyptian Chief of Staff Lt. Gen. Ahmed Khalifa.")
        #expect(!names(y).contains { $0.contains("Discuss") || $0.contains("Boosting") })
    }

    /// Common nouns written with capitals are not persons ("Officers Mess", "Naval Leadership", "White Paper").
    @Test func capitalizedCommonNounsAreNotPersons() throws {
        let x = try extract("The meeting was held at the Command Officers Mess in Burma Camp and involved Deputy Minister of Defence Kofi Amankwa-Manu and Acting Secretary for Defence Dr Thobekile Gamede. Admiral Muhammad Amjad Khan Niazi called-on Naval Leadership of Royal Malaysian Navy. He presented the 2019 White Paper.")
        let found = names(x)
        #expect(!found.contains("Officers Mess") && !found.contains("Naval Leadership") && !found.contains("White Paper"))
        // "Burma Camp" is a camp in Accra, not Myanmar.
        #expect(!x.countries.contains { $0.name == "Myanmar" })
        #expect(met(x, "Kofi Amankwa-Manu", "Thobekile Gamede"))
    }

    /// A given name that is also a city ("Aden Duale") when the article uses the surname alone (FTL Somalia).
    @Test func cityAsGivenNameWhenTheSurnameStandsAlone() throws {
        let x = try extract("Abdulkadir Mohamed Nur was in Nairobi for the meeting and talks with Aden Duale.\nNur said he was honoured to meet Duale.")
        #expect(names(x).contains("Aden Duale"))
        #expect(met(x, "Abdulkadir Mohamed Nur", "Aden Duale"))
        // A city after "in" stays the place.
        let y = try extract("Abdulkadir Mohamed Nur met officials in Aden Duale said.")
        #expect(!names(y).contains("Aden Duale"))
    }

    /// Several particles in a row ("von der Leyen") before a post (Polish Ministry of National Defence).
    @Test func particlesInARow() throws {
        let x = try extract("On Friday Minister Mariusz Blaszczak met with Minister Ursula von der Leyen in the Ministry of National Defense in Warsaw.")
        #expect(names(x).contains("Ursula von der Leyen"))
        #expect(met(x, "Mariusz Blaszczak", "Ursula von der Leyen"))
    }

    // MARK: Posts and meetings

    /// Hyphenated titles ("Chief-of-Staff", "Joint Chiefs-of-Staff", The Jordan Times).
    @Test func hyphenatedTitles() throws {
        let x = try extract("AMMAN — Chairman of the Joint Chiefs-of-Staff Gen. Mashal Al Zaben on Tuesday received Chief-of-Staff of the UAE Armed Forces Lt. Gen. Hamad Mohammad Thani Al Rumaithi.")
        #expect(met(x, "Mashal Al Zaben", "Hamad Mohammad Thani Al Rumaithi"))
        let rumaithi = try #require(x.persons.first { $0.name == "Hamad Mohammad Thani Al Rumaithi" })
        #expect(x.posts.contains { $0.holderKey == rumaithi.key && $0.title.hasPrefix("Chief of Staff") })
    }

    /// Encounters told as a reception or as "had talks with" (VNA).
    @Test func receptionsAndHadTalks() throws {
        let x = try extract("Hanoi (VNA) – Deputy Minister of Defence, Sen. Lt. Gen. Hoang Xuan Chien hosted a reception for Japanese Ambassador to Vietnam Yamada Takio in Hanoi on December 4.")
        #expect(met(x, "Hoang Xuan Chien", "Yamada Takio"))
        let y = try extract("The same day, Deputy Defence Minister Nguyen Chi Vinh had talks with his Japanese counterpart Nishida Yasunori.")
        #expect(met(y, "Nguyen Chi Vinh", "Nishida Yasunori"))
        #expect(y.events.contains { $0.kind == .talks })
    }
}

extension RealTextTests {
    /// Abbreviated and country-specific titles ("Amb. Jean Manes", Oman's "Minister Responsible for Foreign Affairs").
    @Test func abbreviatedAndLocalTitles() throws {
        let x = try extract("SOUTHCOM’s Civilian Deputy to the Commander, Amb. Jean Manes, accompanied Richardson during the visit.")
        #expect(!names(x).contains("Amb"))
        #expect(names(x).contains("Jean Manes"))
        let y = try extract("The Sultanate’s side was chaired by Sayyid Badr bin Saud bin Harib al Busaidi, Minister Responsible for Foreign Affairs.")
        #expect(!names(y).contains("Responsible"))
        let busaidi = try #require(y.persons.first { $0.name.hasSuffix("al Busaidi") })
        #expect(y.posts.contains { $0.holderKey == busaidi.key && $0.title == "Minister Responsible for Foreign Affairs" })
    }
}

extension RealTextTests {
    /// A country after "of" in a post is the post's country, not a given name (Trend).
    @Test func countryAfterOfIsNotAGivenName() throws {
        let x = try extract("Uzbekistan’s President Shavkat Mirziyoyev today received Defense Minister of Kazakhstan Saken Zhasuzakov, who is on a visit in Tashkent.")
        #expect(names(x).contains("Saken Zhasuzakov"))
        #expect(!names(x).contains { $0.hasPrefix("Kazakhstan") })
    }
}

extension RealTextTests {
    /// A Greek capital Mu inside an English word ("National Defense Μinister", Naftemporiki); Greek words stay Greek.
    @Test func lookalikeLettersInsideLatinWords() throws {
        #expect(TextNormalization.normalize("National Defense \u{039C}inister Nikos Dendias") == "National Defense Minister Nikos Dendias")
        #expect(TextNormalization.normalize("υπουργός Εθνικής Άμυνας") == "υπουργός Εθνικής Άμυνας")
        let x = try extract("National Defense \u{039C}inister Nikos Dendias met with United Kingdom’s Minister of State for the Armed Forces, James Heappey.")
        #expect(met(x, "Nikos Dendias", "James Heappey"))
    }

    /// A family name written in capitals after the given names (Africa-Press).
    @Test func familyNameInCapitals() throws {
        let x = try extract("The Chief of Staff of the Egyptian Armed Forces, Lt Gen Ahmed Fathi IBRAHIM KHALIFA, was received by the RDF Chief of Defence Staff, Gen Mubarakh Muganga.")
        #expect(names(x).contains("Ahmed Fathi IBRAHIM KHALIFA"))
        #expect(met(x, "Ahmed Fathi IBRAHIM KHALIFA", "Mubarakh Muganga"))
    }

    /// Posts of a national-security portfolio ("Solomon Islands National Security Minister Anthony Veke").
    @Test func nationalSecurityMinister() throws {
        let x = try extract("New Zealand Defence Minister Peeni Henare met Solomon Islands National Security Minister Anthony Veke on the sidelines of the Shangri-La Dialogue in Singapore.")
        let veke = try #require(x.persons.first { $0.name == "Anthony Veke" })
        #expect(x.posts.contains { $0.holderKey == veke.key && ["Minister of National Security", "National Security Minister"].contains($0.title) })
        #expect(met(x, "Peeni Henare", "Anthony Veke"))
    }
}
