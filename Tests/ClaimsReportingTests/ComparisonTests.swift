import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsTestSupport
import Testing

/// A comparison sets opposing claims side by side only when they are about the same weapons, and
/// derives figures only where both sides' claims are about them.
@Suite struct ComparisonTests {
    static let russia = Comparison.Party(side: .russia, name: "Russia")
    static let ukraine = Comparison.Party(side: .ukraine, name: "Ukraine")

    /// What `claims compare --between A,B --by grouping` computes.
    func compare(
        _ ledger: Ledger, by grouping: Comparison.Grouping, kind: ClaimKind? = nil,
        a: Comparison.Party = russia, b: Comparison.Party = ukraine
    ) throws -> Comparison {
        var filter = ClaimFilter()
        if let kind { filter.kinds = [kind] }
        let parties = [a, b]
        let claims = try ledger.comparedClaims(
            matching: filter, sides: Set(parties.filter(\.isSide).compactMap(\.side)),
            claimants: Set(parties.filter { !$0.isSide }.map(\.id))
        )
        return Comparison(grouping: grouping, a: a, b: b, claims: claims, families: SystemFamilies(taxonomy: try TestLedger.taxonomy()))
    }

    /// Adds a claim with an event window `start..end` (or one day).
    @discardableResult
    func add(
        _ ledger: Ledger, _ kind: ClaimKind, _ system: String, by claimant: String, _ side: Side, count: ClaimCount,
        launched: Int? = nil, from start: String, to end: String? = nil, weaponSide: Side? = nil
    ) throws -> Int64 {
        var content = TestLedger.content(kind: kind, system: system, claimant: claimant, claimantSide: side, count: count, launched: launched)
        content.weaponSide = weaponSide
        content.event = EventWindow(start: EventTime(start)!, end: end.map { EventTime($0)! })
        return try TestLedger.addClaim(content, to: ledger, url: "https://example.org/\(claimant)/\(start)/\(system)/\(kind)")
    }

    /// The issue's first case: 20 Ukrainian drones downed (Russia) and 30 Russian drones downed (Ukraine).
    func dronesDownedByBothSides() throws -> Ledger {
        let ledger = try TestLedger.make()
        try add(ledger, .intercept, "unspecified-drone", by: "ru-mod", .russia, count: .exactly(20), from: "2024-05-15")
        try add(ledger, .intercept, "unspecified-drone", by: "ua-air-force", .ukraine, count: .exactly(30), from: "2024-05-15")
        return ledger
    }

    /// The issue's second case: Russia's Kinzhal strike (the 16th) and Ukraine's 6 of 6 Kinzhals
    /// intercepted overnight (15th 19:00 → 16th 07:00).
    func kinzhalNight() throws -> Ledger {
        let ledger = try TestLedger.make()
        try add(ledger, .strike, "kinzhal", by: "ru-mod", .russia, count: .unknown(text: "several"), from: "2024-05-16")
        try add(ledger, .intercept, "kinzhal", by: "ua-air-force", .ukraine, count: .exactly(6), launched: 6, from: "2024-05-15T19:00", to: "2024-05-16T07:00")
        return ledger
    }

    // MARK: - Weapon sides

    @Test func eachSidesDronesDownedByTheOtherAreTwoRowsNeverSubtracted() throws {
        // Given Russia's count of Ukrainian drones downed and Ukraine's count of Russian drones downed on one day
        let ledger = try dronesDownedByBothSides()

        // When the sides are compared by system
        let comparison = try compare(ledger, by: .system)

        // Then there is one row per weapon side, each with one party's claim and nothing derived
        #expect(comparison.rows.map(\.weaponSide) == [.russia, .ukraine])
        #expect(comparison.rows.map(\.key) == ["unspecified-drone", "unspecified-drone"])
        #expect(comparison.rows[0].parties.map(\.intercepted) == [nil, 30])
        #expect(comparison.rows[1].parties.map(\.intercepted) == [20, nil])
        #expect(comparison.rows.allSatisfy { $0.unaccounted == nil && $0.shareIntercepted == nil && !$0.isPaired })
        // And the party without claims in a row is there, with zero claims
        #expect(String(decoding: comparison.json(), as: UTF8.self) == """
            [{"launched":null,"russia":{"claim_ids":[],"claims":0,"count_max":0,"count_min":0,"intercepted":null,"intercepted_max":0,"intercepted_min":0,"launched":null,"struck":null,"struck_max":0,"struck_min":0,"unknown_count_claims":0},\
            "share_intercepted":null,"system":"unspecified-drone",\
            "ukraine":{"claim_ids":[2],"claims":1,"count_max":30,"count_min":30,"intercepted":30,"intercepted_max":30,"intercepted_min":30,"launched":null,"struck":null,"struck_max":0,"struck_min":0,"unknown_count_claims":0},\
            "unaccounted":null,"weapon_side":"russia"},\
            {"launched":null,"russia":{"claim_ids":[1],"claims":1,"count_max":20,"count_min":20,"intercepted":20,"intercepted_max":20,"intercepted_min":20,"launched":null,"struck":null,"struck_max":0,"struck_min":0,"unknown_count_claims":0},\
            "share_intercepted":null,"system":"unspecified-drone",\
            "ukraine":{"claim_ids":[],"claims":0,"count_max":0,"count_min":0,"intercepted":null,"intercepted_max":0,"intercepted_min":0,"launched":null,"struck":null,"struck_max":0,"struck_min":0,"unknown_count_claims":0},\
            "unaccounted":null,"weapon_side":"ukraine"}]

            """)
    }

    @Test func differentWeaponSidesNeverShareAnEvent() throws {
        // Given the same drones-downed claims, on the same day
        let ledger = try dronesDownedByBothSides()

        // When paired by event
        let comparison = try compare(ledger, by: .event)

        // Then they are two unpaired events, one per weapon side
        #expect(comparison.rows.map(\.weaponSide) == [.russia, .ukraine])
        #expect(comparison.rows.map { $0.parties.map(\.claimIDs) } == [[[], [2]], [[1], []]])
        #expect(comparison.rows.allSatisfy { !$0.isPaired })
    }

    @Test func aStrikeAndTheInterceptsOfTheSameWeaponsShareOneRow() throws {
        // Given Russia's Kinzhal strike and Ukraine's 6 of 6 Kinzhals intercepted on one night
        let ledger = try kinzhalNight()

        // When the sides are compared by system
        let comparison = try compare(ledger, by: .system)

        // Then both are in one row, about Russia's weapons
        #expect(comparison.rows.count == 1)
        let row = try #require(comparison.rows.first)
        #expect(row.weaponSide == .russia && row.key == "kinzhal")
        #expect(row.parties.map(\.claims) == [1, 1])
        #expect(row.parties[1].launched == 6 && row.parties[1].intercepted == 6)
        // And the strike's vague count is neither summed nor subtracted
        #expect(row.parties[0].struck == nil && row.parties[0].unknownCountClaims == 1 && row.parties[0].outcomes.countMax == nil)
        #expect(row.launched == 6 && row.unaccounted == nil && row.shareIntercepted == 1)
    }

    @Test func aStrikeAndTheInterceptsOfOneNightAreOneEvent() throws {
        // Given Russia's Kinzhal strike (dated the 16th) and Ukraine's overnight intercepts (15th 19:00 → 16th 07:00)
        let ledger = try kinzhalNight()

        // When paired by event
        let comparison = try compare(ledger, by: .event)

        // Then one row lists both claim ids, over the whole window
        #expect(comparison.rows.count == 1)
        let row = try #require(comparison.rows.first)
        #expect(row.weaponSide == .russia && row.key == "kinzhal" && row.isPaired)
        #expect(row.parties.map(\.claimIDs) == [[1], [2]])
        #expect(row.eventStart?.description == "2024-05-15T19:00" && row.eventEnd?.description == "2024-05-16")
        let json = String(decoding: comparison.json(), as: UTF8.self)
        #expect(json.hasPrefix(#"[{"event_end":"2024-05-16","event_start":"2024-05-15T19:00","launched":6,"paired":true,"russia":{"claim_ids":[1],"claims":1,"#))
    }

    // MARK: - Events

    @Test func windowsThatDoNotOverlapAreTwoEvents() throws {
        // Given Ukraine's intercepts on the night to the 15th and Russia's strike on the 16th
        let ledger = try TestLedger.make()
        try add(ledger, .intercept, "kinzhal", by: "ua-air-force", .ukraine, count: .exactly(6), launched: 6, from: "2024-05-14T19:00", to: "2024-05-15T07:00")
        try add(ledger, .strike, "kinzhal", by: "ru-mod", .russia, count: .exactly(4), from: "2024-05-16")

        // When paired by event
        let comparison = try compare(ledger, by: .event)

        // Then each is an event of its own, in time order, listed rather than dropped
        #expect(comparison.rows.map { $0.parties.map(\.claimIDs) } == [[[], [1]], [[2], []]])
        #expect(comparison.rows.map { $0.eventStart?.description } == ["2024-05-14T19:00", "2024-05-16"])
    }

    @Test func twoNightsOfOneOfficeDoNotChainThroughAClaimOfTheWholeDay() throws {
        // Given the Air Force's reports of two nights and a Russian claim dated to the day between them
        let ledger = try TestLedger.make()
        try add(ledger, .intercept, "shahed-136", by: "ua-air-force", .ukraine, count: .exactly(20), launched: 25, from: "2024-05-14T19:00", to: "2024-05-15T07:00")
        try add(ledger, .intercept, "shahed-136", by: "ua-air-force", .ukraine, count: .exactly(30), launched: 31, from: "2024-05-15T19:00", to: "2024-05-16T07:00")
        try add(ledger, .strike, "shahed-136", by: "ru-mod", .russia, count: .exactly(3), from: "2024-05-15")

        // When paired by event
        let comparison = try compare(ledger, by: .event)

        // Then the day's claim pairs with the night that ended on it, and the next night stands alone
        #expect(comparison.rows.map { $0.parties.map(\.claimIDs) } == [[[3], [1]], [[], [2]]])
        // And the first night's figures are derived: 25 launched − 20 intercepted − 3 hits
        #expect(comparison.rows[0].unaccounted == 2)
        #expect(comparison.rows[0].shareIntercepted == 0.8)
    }

    @Test func genericDronesPairWithATypeOfDroneAndCompositesWithTheirMembers() throws {
        // Given Russia's strike "with drones", Ukraine's Shahed intercepts the same night, and a
        // dataset row for "Kh-101/Kh-555 and Kalibr" with Russia's Kalibr strike
        let ledger = try TestLedger.make()
        try add(ledger, .strike, "unspecified-drone", by: "ru-mod", .russia, count: .exactly(10), from: "2024-05-15")
        try add(ledger, .intercept, "shahed-136", by: "ua-air-force", .ukraine, count: .exactly(40), launched: 50, from: "2024-05-14T19:00", to: "2024-05-15T07:00")
        try add(ledger, .intercept, "kalibr+kh-101-or-kh-555", by: "ua-air-force", .ukraine, count: .exactly(8), launched: 10, from: "2024-05-14T19:00", to: "2024-05-15T07:00")
        try add(ledger, .strike, "kalibr", by: "ru-mod", .russia, count: .exactly(2), from: "2024-05-15")

        // When paired by event
        let comparison = try compare(ledger, by: .event)

        // Then the missiles make one event under every family the row may be, the drones one under
        // the Shahed family (both start the same evening: in order of their system key)
        #expect(comparison.rows.map(\.key) == ["kalibr+kh-101+kh-555", "shahed-136"])
        #expect(comparison.rows.map { $0.parties.map(\.claimIDs) } == [[[4], [3]], [[1], [2]]])
        #expect(comparison.rows.map(\.unaccounted) == [0, 0])
        // And drones are never paired with missiles
        #expect(comparison.rows.allSatisfy { $0.isPaired })
    }

    @Test func twoOfficesOfOneSideArePairedWithoutDerivedFigures() throws {
        // Given the Air Force and its southern command reporting the same night's Shaheds
        let ledger = try TestLedger.make()
        try add(ledger, .intercept, "shahed-136", by: "ua-air-force", .ukraine, count: .exactly(20), launched: 25, from: "2024-05-14T19:00", to: "2024-05-15T07:00")
        try add(ledger, .intercept, "shahed-131", by: "ua-air-command-south", .ukraine, count: .exactly(8), from: "2024-05-15")

        // When the offices are compared by event
        let comparison = try compare(
            ledger, by: .event, a: .init(actor: "ua-air-force", name: "Air Force", side: .ukraine),
            b: .init(actor: "ua-air-command-south", name: "Air Command South", side: .ukraine)
        )

        // Then they are one event (Shahed-131 is a Shahed-136), with nothing subtracted between two defenders
        #expect(comparison.rows.count == 1)
        #expect(comparison.rows[0].parties.map(\.claimIDs) == [[1], [2]])
        #expect(comparison.rows[0].launched == nil && comparison.rows[0].unaccounted == nil)
    }

    // MARK: - Counting

    @Test func boundsAreIntervalsAndVagueCountsAreNeverSummed() throws {
        // Given Ukraine's exact, "at least" and vague intercepts of Russian drones, with launched figures
        let ledger = try TestLedger.make()
        let atLeast = ClaimCount(exact: nil, minimum: 5, maximum: nil, text: "at least 5", qualifier: .atLeast)
        try add(ledger, .intercept, "unspecified-drone", by: "ua-air-force", .ukraine, count: .exactly(10), launched: 12, from: "2024-05-15")
        try add(ledger, .intercept, "unspecified-drone", by: "ua-air-force", .ukraine, count: atLeast, launched: 9, from: "2024-05-16")
        try add(ledger, .intercept, "unspecified-drone", by: "ua-air-force", .ukraine, count: .unknown(text: "several"), launched: 4, from: "2024-05-17")

        // When compared by system
        let row = try #require(try compare(ledger, by: .system).rows.first)

        // Then only the exact count is summed, the bounds make an open interval, the vague one is counted apart
        let ukraine = row.parties[1]
        #expect(ukraine.intercepted == 10 && ukraine.outcomes.countMin == 15 && ukraine.outcomes.countMax == nil)
        #expect(ukraine.unknownCountClaims == 1 && ukraine.launched == 25)
        // And nothing is derived from counts that are not exact
        #expect(row.unaccounted == nil && row.shareIntercepted == nil)
    }

    @Test func oneRaidsLaunchedFigureIsNotCountedTwice() throws {
        // Given a launch report and an "X of Y" report of the same raid, and another day's intercepts
        let ledger = try TestLedger.make()
        try add(ledger, .launch, "shahed-136", by: "ua-air-force", .ukraine, count: .exactly(30), from: "2024-05-15", weaponSide: .russia)
        try add(ledger, .intercept, "shahed-136", by: "ua-air-force", .ukraine, count: .exactly(25), launched: 28, from: "2024-05-15")
        try add(ledger, .intercept, "shahed-136", by: "ua-air-force", .ukraine, count: .exactly(9), launched: 10, from: "2024-05-20")

        // When compared by system
        let row = try #require(try compare(ledger, by: .system).rows.first)

        // Then launched is the larger figure of the first raid plus the second raid's
        #expect(row.parties[1].launched == 40)
        #expect(row.unaccounted == 6 && row.shareIntercepted == 0.85)
    }

    @Test func theKindFilterNarrowsTheClaims() throws {
        // Given the Kinzhal night
        let ledger = try kinzhalNight()

        // When only intercepts are compared
        let comparison = try compare(ledger, by: .event, kind: .intercept)

        // Then Russia's strike is left out
        #expect(comparison.rows.map { $0.parties.map(\.claimIDs) } == [[[], [2]]])
    }

    @Test func aClaimWithoutAWeaponSideGetsTheOneItsKindImplies() throws {
        // Given an intercept and a strike that do not say whose weapons they are about
        let ledger = try TestLedger.make()
        try add(ledger, .intercept, "unspecified-drone", by: "ru-mod", .russia, count: .exactly(7), from: "2024-05-15")
        try add(ledger, .strike, "unspecified-drone", by: "ru-mod", .russia, count: .exactly(2), from: "2024-05-15")

        // Then the tally (in SQL) and the comparison both put the intercept under Ukraine's weapons
        let tally = try ledger.tally(by: [.weaponSide], matching: ClaimFilter())
        #expect(tally.map(\.keys) == [["russia"], ["ukraine"]])
        #expect(tally.map(\.figures.count) == [2, 7])
        let comparison = try compare(ledger, by: .system)
        #expect(comparison.rows.map(\.weaponSide) == [.russia, .ukraine])
        #expect(comparison.rows.map { $0.parties[0].claimIDs } == [[2], [1]])
    }
}
