import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsTestSupport
import Testing

/// The counting rules of SPEC §4, each checked on the fixture ledger through the store's SQL
/// tally and the reference engine (which must agree).
@Suite struct CountingRulesTests {
    /// Both tallies; fails when they differ.
    func tally(by dimensions: [TallyDimension], _ filter: ClaimFilter = ClaimFilter()) throws -> [TallyRow] {
        let ledger = try ReportFixture.makeLedger()
        let sql = try ledger.tally(by: dimensions, matching: filter, regionOf: try ReportFixture.regionOf())
        let engine = try ReportFixture.engineTally(ledger, by: dimensions, matching: filter)
        #expect(sql == engine)
        return sql
    }

    func row(_ rows: [TallyRow], _ keys: String?...) throws -> TallyRow {
        try #require(rows.first { $0.keys == keys }, "no row \(keys)")
    }

    @Test func syndicatedCopiesAddSourcesNotClaims() throws {
        // Given claim 1 cited by three outlets, and claim 2 by one of them
        let rows = try tally(by: [.system])
        // Then Kalibr has two claims, three sources and 12 + 8 intercepted, not 12 × 3 + 8
        let kalibr = try row(rows, "kalibr")
        #expect(kalibr.figures.claims == 2)
        #expect(kalibr.sources == 3)
        #expect(kalibr.figures.count == 20)
    }

    @Test func engineCountsAClaimRepeatedPerCitationOnce() {
        // Given one claim fed as one row per citation
        let rows = (1...3).map { source in
            TallyInput(keys: ["kalibr"], kind: .intercept, count: .exactly(12), launched: 14, claimID: 1, sourceIDs: [Int64(source)])
        }
        // When tallied
        let result = Tally.aggregate(rows, dimensions: [.system])
        // Then it is one claim of 12 with three sources
        #expect(result == [TallyRow(keys: ["kalibr"], figures: {
            var figures = TallyFigures()
            figures.add(kind: .intercept, count: .exactly(12), launched: 14)
            return figures
        }(), sources: 3)])
    }

    @Test func vagueCountsAreCountedNeverSummed() throws {
        let rows = try tally(by: [.system])
        let kinzhal = try row(rows, "kinzhal")
        #expect(kinzhal.figures.claims == 1)
        #expect(kinzhal.figures.unknownCountClaims == 1)
        #expect(kinzhal.figures.count == nil)
        #expect(kinzhal.figures.countMin == 0)
        #expect(kinzhal.figures.countMax == nil)
        // "about 40" is vague too
        let shahed = try row(rows, "shahed-136")
        #expect(shahed.figures.unknownCountClaims == 1)
        #expect(shahed.figures.count == nil)
    }

    @Test func boundedCountsAreCarriedAsAnInterval() throws {
        let rows = try tally(by: [.system])
        // "at least 20" + "10-12": no exact count, at least 30, open maximum
        let atacms = try row(rows, "atacms")
        #expect(atacms.figures.count == nil)
        #expect(atacms.figures.countMin == 30)
        #expect(atacms.figures.countMax == nil)
        #expect(atacms.figures.maximumSum == 12)
        // "up to 17": between 0 and 17
        let stormShadow = try row(rows, "storm-shadow")
        #expect(stormShadow.figures.countMin == 0)
        #expect(stormShadow.figures.countMax == 17)
        // Only the range in June: closed
        var june = ClaimFilter()
        june.from = CalendarDate("2024-06-01")
        june.to = CalendarDate("2024-06-30")
        let closed = try row(try tally(by: [.system], june), "atacms")
        #expect(closed.figures.countMin == 10)
        #expect(closed.figures.countMax == 12)
    }

    @Test func exactAndBoundedCountsCombineIntoOneInterval() throws {
        // All of Russia's claims: 5 exact, at least 20, 10-12, up to 17
        let rows = try tally(by: [.side])
        let russia = try row(rows, "russia")
        #expect(russia.figures.count == 5)
        #expect(russia.figures.countMin == 35)
        #expect(russia.figures.countMax == nil)
        #expect(russia.figures.maximumSum == 5 + 12 + 17)
        #expect(russia.figures.boundsText == "≥ 35")
    }

    @Test func compositeGroupsAreNeverSplitOrAddedToMembers() throws {
        let rows = try tally(by: [.system])
        #expect(try row(rows, "kalibr+kh-101").figures.count == 30)
        #expect(try row(rows, "kalibr").figures.count == 20)
        #expect(try row(rows, "kh-101").figures.count == 20)
        #expect(rows.allSatisfy { $0.keys != ["kh-101-or-kh-555"] })
    }

    @Test func retractedAndMergedClaimsAreExcluded() throws {
        // Claim 8 (100 Kalibr) is retracted and claim 9 (8 Kalibr) merged into claim 2
        let total = try #require(try tally(by: []).first)
        #expect(total.figures.claims == 11)
        #expect(try row(try tally(by: [.system]), "kalibr").figures.count == 20)
        // Asking for a status does not bring them back
        var unverified = ClaimFilter()
        unverified.statuses = [.unverified, .retracted]
        #expect(try tally(by: [], unverified).first?.figures.claims == 10)
    }

    @Test func everyOtherStatusCounts() throws {
        var disputed = ClaimFilter()
        disputed.statuses = [.disputed]
        let rows = try tally(by: [.system], disputed)
        #expect(rows.map(\.keys) == [["kh-101"]])
    }

    @Test func daysWithoutReportsAreGapsNotZeros() throws {
        let days = try tally(by: [.day]).map(\.keys)
        #expect(days == [["2024-05-15"], ["2024-05-16"], ["2024-05-17"], ["2024-05-20"], ["2024-06-02"], ["2024-08-01"], [nil]])
        let months = try tally(by: [.month]).map { $0.keys[0] }
        #expect(months == ["2024-05", "2024-06", "2024-08", nil])
    }

    @Test func weeksAreISOWeeks() throws {
        let weeks = try tally(by: [.week]).map { $0.keys[0] }
        #expect(weeks == ["2024-W20", "2024-W21", "2024-W22", "2024-W31", nil])
    }

    @Test func placesCountUnderTheirRegion() throws {
        // Claim 1 is in Odesa (the city), claim 2 in the Odesa region
        let rows = try tally(by: [.region])
        #expect(try row(rows, "odesa-oblast").figures.claims == 2)
        #expect(try row(rows, "crimea").figures.claims == 2)
        #expect(try row(rows, nil).figures.claims == 5)
    }

    @Test func launchedAndInterceptRateUseOnlyClaimsThatStateThem() throws {
        let rows = try tally(by: [.system])
        let kalibr = try row(rows, "kalibr")
        #expect(kalibr.figures.launched == 24)
        #expect(kalibr.figures.interceptRate == 0.8333)
        // No launched figure: no rate, not 0 %
        #expect(try row(rows, "atacms").figures.interceptRate == nil)
        #expect(try row(rows, "atacms").figures.launched == nil)
    }

    @Test func groupsByTwoDimensionsInKeyOrder() throws {
        let rows = try tally(by: [.claimant, .month])
        #expect(rows.map(\.keys) == [
            ["ru-mod", "2024-05"], ["ru-mod", "2024-06"], ["ru-mod", "2024-08"], ["ru-mod", nil], ["ua-air-force", "2024-05"],
        ])
    }
}
