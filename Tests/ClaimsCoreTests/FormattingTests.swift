import ClaimsCore
import Testing

/// The byte-level formatting that hashing and storage rely on.
@Suite struct FormattingTests {
    @Test(arguments: [
        ("2024-05-15", "2024-05-15"), ("0999-01-05", "0999-01-05"), ("2024-02-29T00:07", "2024-02-29T00:07"),
        ("2026-02-28 18:00", "2026-02-28T18:00"), ("2023-12-31T23:59:59Z", "2023-12-31T23:59"), ("2024-05", "2024-05"),
    ])
    func eventTimeDescriptionIsCanonical(input: String, expected: String) throws {
        let time = try #require(EventTime(input))
        #expect(time.description == expected)
        #expect(EventTime(time.description) == time)
    }

    @Test func calendarDateDescriptionPadsEveryPart() throws {
        #expect(try #require(CalendarDate(year: 7, month: 3, day: 9)).description == "0007-03-09")
        #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
    }

    @Test func hexOfDigestIsLowerCaseAndComplete() {
        #expect(Hashing.sha256Hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Hashing.sha256Hex(AnySequence([0x61, 0x62, 0x63] as [UInt8])) == Hashing.sha256Hex("abc"))
    }

    @Test func repeatedKeyInAClaimObjectKeepsTheFirst() throws {
        let json = try JSONParser.parse(#"{"kind":"intercept","system":"kalibr","system":"kinzhal","claimant":"ua-air-force","claimant_side":"ukraine","count":3}"#)
        let content = try ClaimContent(json: json)
        #expect(content.system == "kalibr")
        #expect(content.count == .exactly(3))
    }

    @Test func claimObjectErrorsNameTheFieldInTheirOrder() throws {
        let badCount = try JSONParser.parse(#"{"kind":"nope","count":"many"}"#)
        #expect(throws: ClaimsError.invalidField("count", "expected a whole number")) { try ClaimContent(json: badCount) }
        let badKind = try JSONParser.parse(#"{"kind":"nope","count":2.0}"#)
        #expect(throws: ClaimsError.invalidField("kind", "unknown value 'nope'")) { try ClaimContent(json: badKind) }
        let noSystem = try JSONParser.parse(#"{"kind":"strike","claimant_side":"russia"}"#)
        #expect(throws: ClaimsError.invalidField("system", "is required")) { try ClaimContent(json: noSystem) }
    }

    @Test func knownSystemsIncludeCompositesOfKnownIds() throws {
        let taxonomy = try Taxonomy.embedded()
        #expect(taxonomy.isKnownSystem("kalibr"))
        #expect(taxonomy.isKnownSystem("kalibr+kinzhal"))
        #expect(!taxonomy.isKnownSystem("kalibr+nonsense"))
        #expect(!taxonomy.isKnownSystem(""))
    }
}
