import Articles
import Extraction
import Foundation
import Testing

/// Recognizer rules of other outlets of the genre: readouts, wire datelines, ministries' releases.
@Suite struct GenreRecognizerTests {
    func extract(_ text: String) throws -> ExtractedArticle {
        let extractor = try #require(RecognizerTests.extractor)
        return extractor.extract(Article(identifier: "t", plainText: text))
    }

    func pairs(_ x: ExtractedArticle, kind: EventKind? = nil) -> Set<[String]> {
        var result = Set<[String]>()
        for e in x.events where e.kind != .visit && (kind == nil || e.kind == kind) {
            let a = e.attendeeKeys.sorted()
            for i in a.indices { for j in a.indices where j > i { result.insert([a[i], a[j]]) } }
        }
        return result
    }

    @Test func speakerOfToldThatIsTheSubjectNotTheReadout() throws {
        let x = try extract(" date 2023-08-23\nAustin told Singh that the United States would \"continue to stand with India as a key partner\", according to a Pentagon readout. Secretary of Defense Lloyd J. Austin III spoke by phone today with Indian Minister of Defence Rajnath Singh.")
        let q = try #require(x.quotations.first)
        #expect(q.speaker == .person("lloyd-j-austin-iii"))
        #expect(pairs(x, kind: .call) == [["lloyd-j-austin-iii", "rajnath-singh"]])
        #expect(x.events.first { $0.kind == .call }?.date == CalendarDate(year: 2023, month: 8, day: 23))
    }

    @Test func quotedAsSayingBeforeTheQuote() throws {
        let x = try extract("General Syed Asim Munir, Chief of Army Staff (COAS), met the envoy. The ISPR quoted the COAS as saying that \"Pakistan values its brotherly relations with the Kingdom\".")
        let q = try #require(x.quotations.first)
        #expect(q.speaker == .person("syed-asim-munir"))
        #expect(q.reportedBy == .organization("inter-services-public-relations"))
    }

    @Test func capitalsDatelineTakesTheGazetteerSpelling() throws {
        let x = try extract(" date 2023-10-12\nANKARA (AA) - Turkish National Defense Minister Yasar Guler on Wednesday received Libyan Chief of General Staff Lt. Gen. Mohammed al-Haddad in Ankara.")
        #expect(x.places.contains { $0.name == "Ankara" })
        #expect(!x.places.contains { $0.name == "ANKARA" })
        #expect(x.persons.contains { $0.name == "Mohammed al-Haddad" })
        #expect(x.organizations.contains { $0.name == "Anadolu Agency" })
        #expect(pairs(x) == [["mohammed-al-haddad", "yasar-guler"]])
    }

    @Test func leadAgencyAcronymIsTheAgencyNotTheParty() throws {
        let x = try extract(" date 2022-11-15\nCOLOMBO, Nov 14 (PTI) Indian Navy chief Admiral R. Hari Kumar on Monday called on Sri Lankan President Ranil Wickremesinghe.")
        #expect(x.organizations.contains { $0.name == "Press Trust of India" })
        #expect(!x.organizations.contains { $0.name == "Pakistan Tehreek-e-Insaf" })
        let kumar = try #require(x.persons.first { $0.name == "R. Hari Kumar" })
        let post = try #require(x.posts.first { $0.holderKey == kumar.key })
        #expect(post.organizationKey == "indian-navy")
    }

    @Test func coordinatedVerbsAndRelativeClausesShareTheSubject() throws {
        let x = try extract(" date 2023-09-08\nDefence Cabinet Secretary Aden Duale hosted his Somali counterpart Abdulkadir Mohamed Nur. The Somali minister, who was accompanied by Somalia's Chief of Defence Forces Brigadier General Ibrahim Sheikh Muhyadin, also paid a courtesy call on General Francis Ogolla and met President William Ruto.")
        #expect(x.persons.contains { $0.name == "Aden Duale" })
        #expect(x.persons.contains { $0.name == "Ibrahim Sheikh Muhyadin" })
        let p = pairs(x)
        #expect(p.contains(["abdulkadir-mohamed-nur", "aden-duale"]))
        #expect(p.contains(["abdulkadir-mohamed-nur", "francis-ogolla"]))
        #expect(p.contains(["abdulkadir-mohamed-nur", "william-ruto"]))
        #expect(!p.contains(["francis-ogolla", "william-ruto"]))
    }

    @Test func signingsAreOneEventOfAllSignatories() throws {
        let x = try extract("The Defence Secretary, Grant Shapps, today signed a treaty with his Italian and Japanese counterparts, Guido Crosetto and Minoru Kihara, in Tokyo. The MoU was signed by Defence Secretary Giridhar Aramane and Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien.")
        let signings = x.events.filter { $0.kind == .agreement }
        #expect(signings.contains { Set($0.attendeeKeys) == ["grant-shapps", "guido-crosetto", "minoru-kihara"] })
        #expect(signings.contains { Set($0.attendeeKeys) == ["giridhar-aramane", "hoang-xuan-chien"] })
        #expect(x.posts.contains { $0.holderKey == "hoang-xuan-chien" && $0.title == "Deputy Minister of National Defence" })
        #expect(!x.organizations.contains { $0.name.hasPrefix("Memorandum") })
    }

    @Test func placesAndDocumentsAreNotPersons() throws {
        let x = try extract("The meeting was held at Qasr Al Shati in Abu Dhabi and in São José dos Campos, under the Global Combat Air Programme, at Ulinzi House, on Mutual Logistics Support. King Charles III sent greetings.")
        #expect(x.persons.map(\.name) == ["Charles III"])
    }

    @Test func surnameInsideAThreeWordName() throws {
        let x = try extract(" date 2024-07-10\nBrazil's Minister of Defence José Múcio Monteiro met on Tuesday with Chile's Minister of National Defence Maya Fernández Allende. \"Chile and Brazil share a common vision,\" Fernández told reporters.")
        let q = try #require(x.quotations.first)
        #expect(q.speaker == .person("maya-fernandez-allende"))
        #expect(!x.countries.contains { $0.code == "US" })
        #expect(x.events.first?.date == CalendarDate(year: 2024, month: 7, day: 9))
    }

    @Test func vagueWeekIsNoDayAndDatelineDateIsToday() throws {
        let x = try extract(" date 2024-02-14\nABU DHABI, 13th February, 2024 (WAM) -- President Mohamed bin Zayed Al Nahyan today received Admiral Sir Ben Key, First Sea Lord and Chief of the Naval Staff of the United Kingdom. Earlier this week, Key held a phone call with General John Smith.")
        let meeting = try #require(x.events.first { $0.kind == .meeting })
        #expect(meeting.date == CalendarDate(year: 2024, month: 2, day: 13))
        #expect(x.events.first { $0.kind == .call }.map { $0.date == nil } == true)
        #expect(Set(x.posts.filter { $0.holderKey == "ben-key" }.map(\.title)) == ["First Sea Lord", "Chief of the Naval Staff"])
    }

    @Test func groupDescriptionsAndLowerCasePosts() throws {
        let x = try extract(" date 2024-06-05\nSEOUL, June 5 (Yonhap) -- Defense Minister Shin Won-sik held talks with Lloyd Austin on Sunday. The two ministers also held a trilateral meeting with Japanese Defense Minister Minoru Kihara. Argentine Defense Minister Luis Petri met with the head of U.S. Southern Command, General Laura Richardson, in Buenos Aires. The ministry's spokesperson Edwin Adrian Sumantha said so.")
        let p = pairs(x)
        #expect(p.contains(["lloyd-austin", "minoru-kihara"]))
        #expect(p.contains(["minoru-kihara", "shin-wonsik"]))
        #expect(p.contains(["laura-richardson", "luis-petri"]))
        #expect(x.posts.contains { $0.holderKey == "laura-richardson" && $0.title == "head of U.S. Southern Command" })
        #expect(x.posts.contains { $0.holderKey == "edwin-adrian-sumantha" && $0.title == "Spokesperson" })
    }

    @Test func quotationInItsOwnParagraphAfterSaid() throws {
        let x = try extract(" date 2023-02-15\nLONDON, Feb 14 - Defence Secretary Ben Wallace met troops.\n\nDefence Secretary Ben Wallace said:\n\n\"The UK and Poland stand shoulder to shoulder in support of Ukraine.\"\n")
        let q = try #require(x.quotations.first)
        #expect(q.speaker == .person("ben-wallace"))
    }

    @Test func qualifierAfterRankAndThingsNamedAfterNames() throws {
        let x = try extract("The meeting was attended by Chief of Staff of Qatar Armed Forces Lieutenant General (Pilot) Salem bin Hamad Al Nabet, who visited NATO's enhanced Forward Presence and a new exercise named Freedom Edge.")
        #expect(x.persons.map(\.name) == ["Salem bin Hamad Al Nabet"])
        #expect(x.posts.contains { $0.title == "Chief of Staff" })
    }

    @Test func coordinatedTalksLeadersAndCommaSuffixes() throws {
        let x = try extract(" date 2023-11-07\nIndian Defence Minister Rajnath Singh and his Australian counterpart Richard Marles held talks in New Delhi on Tuesday. Russian Defence Minister Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang. Chairman of the Joint Chiefs of Staff Gen. Charles Q. Brown, Jr., met with Lt. Gen. Herzi Halevi.")
        let p = pairs(x)
        #expect(p.contains(["rajnath-singh", "richard-marles"]))
        #expect(p.contains(["kim-jong-un", "sergei-shoigu"]))
        #expect(x.persons.contains { $0.name == "Charles Q. Brown, Jr." })
        #expect(p.contains(["charles-q-brown-jr", "herzi-halevi"]))
    }

    @Test func receivingADelegationMeetsItsHead() throws {
        let x = try extract(" date 2023-09-20\nRAWALPINDI, Sep 19 (APP): Chief of Army Staff General Syed Asim Munir received a high-level Turkish military delegation led by Chief of General Staff General Metin Gurak at GHQ on Tuesday.")
        #expect(pairs(x) == [["metin-gurak", "syed-asim-munir"]])
        #expect(x.events.first?.date == CalendarDate(year: 2023, month: 9, day: 19))
    }

    @Test func accordingToAPersonBeforeAQuote() throws {
        let x = try extract("Defence Minister Khawaja Muhammad Asif met the envoy. According to Asif, \"the corridor is a game changer for the entire region.\" According to the statement, \"the two sides agreed to meet again soon.\"")
        #expect(x.quotations.count == 1)
        #expect(x.quotations.first?.speaker == .person("khawaja-muhammad-asif"))
    }
}
