import ClaimsCore
import Testing

@Suite struct DateTests {
    @Test(arguments: ["2024-05-15", "2000-02-29", "1970-01-01"])
    func validDatesRoundTrip(text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
        #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-00-10", "24-05-15", "2024/05/15", "yesterday", ""])
    func invalidDatesAreRejected(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func weekdaysAndISOWeeks() throws {
        let date = try #require(CalendarDate("2024-05-15"))  // a Wednesday
        #expect(date.isoWeekday == 3)
        #expect(date.isoWeek == "2024-W20")
        #expect(try #require(CalendarDate("2021-01-03")).isoWeek == "2020-W53")
        #expect(date.adding(days: -3).description == "2024-05-12")
    }

    @Test(arguments: [
        ("2026-02-28 18:00", "2026-02-28T18:00"), ("2024-05-15T08:30:00Z", "2024-05-15T08:30"),
        ("2024-05-15", "2024-05-15"), ("2024-05", "2024-05"), ("2024-05-15T08:30+03:00", "2024-05-15T08:30"),
    ])
    func eventTimesParseToCanonicalText(text: String, canonical: String) throws {
        #expect(try #require(EventTime(text)).description == canonical)
    }

    @Test(arguments: ["2024-05-15 25:00", "2024-05-15T08", "2024-05-15 08:30 Kyiv", "15.05.2024"])
    func malformedEventTimesAreRejected(text: String) {
        #expect(EventTime(text) == nil)
    }

    @Test func clockFormatsUTC() {
        #expect(LedgerClock.timestamp(1_717_243_200) == "2024-06-01T12:00:00Z")
        #expect(LedgerClock.constant(86_399).today().description == "1970-01-01")
    }
}

@Suite struct CountWordsTests {
    @Test(arguments: [
        ("10", 10), ("ten", 10), ("a dozen", 12), ("both", 2), ("twenty-one", 21), ("1,200", 1200),
    ])
    func exactCounts(text: String, value: Int) throws {
        let count = try #require(CountWords.parse(text))
        #expect(count.qualifier == .exact)
        #expect(count.exact == value)
    }

    @Test func boundsAndVagueWords() throws {
        let atLeast = try #require(CountWords.parse("at least 20"))
        #expect(atLeast.qualifier == .atLeast && atLeast.minimum == 20 && atLeast.maximum == nil && atLeast.exact == nil)
        let moreThan = try #require(CountWords.parse("more than 40"))
        #expect(moreThan.minimum == 40)
        let upTo = try #require(CountWords.parse("up to 17"))
        #expect(upTo.qualifier == .upTo && upTo.maximum == 17 && upTo.minimum == 0)
        let range = try #require(CountWords.parse("20-25"))
        #expect(range.qualifier == .range && range.minimum == 20 && range.maximum == 25)
        let several = try #require(CountWords.parse("several"))
        #expect(several.qualifier == .unknown && several.exact == nil && several.text == "several")
        let about = try #require(CountWords.parse("about 30"))
        #expect(about.qualifier == .about && about.exact == nil && about.minimum == 30 && about.maximum == 30)
        #expect(CountWords.parse("Kalibr") == nil)
    }
}
