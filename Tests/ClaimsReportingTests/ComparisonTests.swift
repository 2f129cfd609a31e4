import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsTestSupport
import Testing

/// A comparison sets opposing claims side by side only when they are about the same weapons.
@Suite struct ComparisonTests {
    func compareSides(_ ledger: Ledger, kind: ClaimKind? = nil) throws -> Comparison {
        func rows(_ side: Side) throws -> [TallyRow] {
            var filter = ClaimFilter()
            filter.sides = [side]
            if let kind { filter.kinds = [kind] }
            return try ledger.tally(by: Comparison.tallyDimensions(.system), matching: filter)
        }
        return Comparison(
            dimension: .system, a: .init(id: "russia", name: "Russia"), aRows: try rows(.russia),
            b: .init(id: "ukraine", name: "Ukraine"), bRows: try rows(.ukraine))
    }

    @Test func eachSidesDronesDownedByTheOtherAreTwoRowsNeverSubtracted() throws {
        // Given Russia's count of Ukrainian drones downed and Ukraine's count of Russian drones
        // downed on the same day
        let ledger = try Ledger.inMemory()
        _ = try TestLedger.addClaim(TestLedger.content(
            system: "unspecified-drone", claimant: "ru-mod", claimantSide: .russia, count: .exactly(20)), to: ledger, url: "https://example.org/ru")
        _ = try TestLedger.addClaim(TestLedger.content(
            system: "unspecified-drone", claimant: "ua-air-force", claimantSide: .ukraine, count: .exactly(30)), to: ledger, url: "https://example.org/ua")

        // When the sides are compared by system
        let comparison = try compareSides(ledger, kind: .intercept)

        // Then there is one row per weapon side, each with one party, and no difference
        #expect(comparison.rows.map(\.weaponSide) == ["russia", "ukraine"])
        #expect(comparison.rows.allSatisfy { $0.key == "unspecified-drone" && $0.difference == nil })
        #expect(comparison.rows[0].b?.figures.count == 30 && comparison.rows[0].a == nil)
        #expect(comparison.rows[1].a?.figures.count == 20 && comparison.rows[1].b == nil)
        let json = String(decoding: comparison.json(), as: UTF8.self)
        #expect(json.contains(#""weapon_side":"russia""#) && json.contains(#""weapon_side":"ukraine""#))
    }

    @Test func aStrikeAndTheInterceptsOfTheSameWeaponsShareOneRow() throws {
        // Given Russia's Kinzhal strike and Ukraine's 6 of 6 Kinzhals intercepted on one night
        let ledger = try Ledger.inMemory()
        var strike = TestLedger.content(kind: .strike, system: "kinzhal", claimant: "ru-mod", claimantSide: .russia, count: .exactly(6))
        strike.weaponSide = .russia
        _ = try TestLedger.addClaim(strike, to: ledger, url: "https://example.org/ru-strike")
        _ = try TestLedger.addClaim(TestLedger.content(
            system: "kinzhal", claimant: "ua-air-force", claimantSide: .ukraine, count: .exactly(6), launched: 6), to: ledger, url: "https://example.org/ua")

        // When the sides are compared
        let comparison = try compareSides(ledger)

        // Then both are in one row, about Russia's weapons
        #expect(comparison.rows.count == 1)
        let row = try #require(comparison.rows.first)
        #expect(row.weaponSide == "russia" && row.key == "kinzhal")
        #expect(row.a?.figures.claims == 1 && row.b?.figures.claims == 1)
        #expect(row.b?.figures.launched == 6)
    }
}
