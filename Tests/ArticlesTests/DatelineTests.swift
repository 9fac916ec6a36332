import Articles
import Testing

/// Datelines opening a story.
@Suite struct DatelineTests {
    func dateline(_ line: String, published: CalendarDate? = nil) -> Dateline? {
        Dateline.recognize(in: Substring(line), offset: 0, published: published)
    }

    @Test func agencyDatelineWithoutYear() {
        let d = dateline("RAWALPINDI, Oct 13 (APP): Army chief met …", published: CalendarDate(year: 2021, month: 10, day: 14))
        #expect(d?.placeName == "Rawalpindi")
        #expect(d?.date == CalendarDate(year: 2021, month: 10, day: 13))
        #expect(d?.agency == "APP")
        #expect(d?.hasYear == false)
    }

    @Test func fullDateAndDoubleHyphen() {
        let d = dateline("RIYADH, Nov 14, 2022 (SPA) -- His Royal Highness …")
        #expect(d?.date == CalendarDate(year: 2022, month: 11, day: 14))
        #expect(d?.hasYear == true)
        #expect(d?.agency == "SPA")
    }

    @Test func cityColonAndAgencyDash() {
        #expect(dateline("Islamabad: Pakistan and Iraq officials agreed …")?.place == "Islamabad")
        #expect(dateline("ANKARA (AA) - Turkish National Defense Minister …")?.agency == "AA")
        #expect(dateline("WASHINGTON (Reuters) — The Pentagon said …")?.placeName == "Washington")
    }

    @Test func ordinarySentencesAreNoDatelines() {
        #expect(dateline("Belgium and Pakistan agreed Friday to strengthen ties.") == nil)
        #expect(dateline("Chief of Army Staff (COAS) General Qamar Javed Bajwa said on Friday") == nil)
        #expect(dateline("During the meeting: matters of mutual interest were discussed.") == nil)
    }

    @Test func headerDates() {
        #expect(DateText.firstDate(in: "Published: Tuesday, January 23rd, 2024 10:30 PKT") == CalendarDate(year: 2024, month: 1, day: 23))
        #expect(DateText.firstDate(in: "23 Jan 2024") == CalendarDate(year: 2024, month: 1, day: 23))
        #expect(DateText.firstDate(in: "2023-06-09T18:30:00Z") == CalendarDate(year: 2023, month: 6, day: 9))
        #expect(DateText.firstDate(in: "no date here") == nil)
        #expect(DateText.firstDate(in: "February 30, 2021") == nil)
    }
}
