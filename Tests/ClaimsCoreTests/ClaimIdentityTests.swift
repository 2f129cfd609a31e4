import ClaimsCore
import ClaimsTestSupport
import Testing

/// Claim identity: two claims are the same when they assert the same thing, whatever the words.
@Suite struct ClaimIdentityTests {
    static let identity = ClaimIdentity(taxonomy: try! TestLedger.taxonomy())

    /// The Russian ministry's intercept of 12 Ukrainian drones over the Belgorod region on 14 March.
    static func claim(
        kind: ClaimKind = .intercept, system: String = "unspecified-drone", claimant: String = "ru-mod", count: ClaimCount = .exactly(12),
        launched: Int? = nil, day: String? = "2024-03-14", to end: String? = nil, place: String? = "belgorod-oblast",
        status: VerificationStatus = .unverified
    ) -> ClaimContent {
        let window = day.map { EventWindow(start: EventTime($0)!, end: end.flatMap { EventTime($0) }) }
        return ClaimContent(
            kind: kind, system: system, claimant: claimant, claimantSide: claimant.hasPrefix("ru") ? .russia : .ukraine,
            count: count, launched: launched, event: window, place: place, status: status
        )
    }

    func verdict(_ new: ClaimContent, _ stored: ClaimContent) -> ClaimIdentity.Verdict {
        Self.identity.compare(new, with: stored)
    }

    func isPossible(_ verdict: ClaimIdentity.Verdict) -> Bool {
        if case .possiblySame = verdict { return true }
        return false
    }

    func isConflict(_ verdict: ClaimIdentity.Verdict) -> Bool {
        if case .conflicting = verdict { return true }
        return false
    }

    @Test func theSameAssertionIsTheSameClaim() {
        #expect(verdict(Self.claim(), Self.claim()) == .same)
    }

    @Test func theCountsWordingDoesNotMatter() {
        let words = Self.claim(count: .exactly(12, text: "дванадцять"))
        #expect(verdict(words, Self.claim(count: .exactly(12, text: "12"))) == .same)
    }

    @Test func aGenericNounStandsForTheSpecificTypeOfItsKind() {
        let ukrainian = Self.claim(system: "shahed-136", claimant: "ua-air-force", count: .exactly(17), launched: 22, place: nil)
        let relayed = Self.claim(system: "unspecified-drone", claimant: "ua-air-force", count: .exactly(17), launched: 22, place: nil)
        #expect(verdict(relayed, ukrainian) == .same)
        #expect(verdict(ukrainian, relayed) == .same)
        // "missiles" may be Kalibr; "drones" may not.
        #expect(verdict(Self.claim(system: "unspecified-missile"), Self.claim(system: "kalibr")) == .same)
        #expect(verdict(Self.claim(system: "unspecified-drone"), Self.claim(system: "kalibr")) == .different)
    }

    @Test func aFamilyAndItsMemberAreCompatible() {
        #expect(verdict(Self.claim(system: "iskander"), Self.claim(system: "iskander-m")) == .same)
    }

    @Test func twoSpecificSystemsAreDifferentClaims() {
        #expect(verdict(Self.claim(system: "kalibr"), Self.claim(system: "kh-101")) == .different)
    }

    @Test func anotherClaimantOrKindIsAnotherClaim() {
        #expect(verdict(Self.claim(claimant: "ru-gov-belgorod"), Self.claim()) == .different)
        #expect(verdict(Self.claim(kind: .strike), Self.claim()) == .different)
    }

    @Test func anotherCountFromTheSameClaimantForTheSameEventIsAConflictNotAMatch() {
        let verdict = verdict(Self.claim(count: .exactly(14)), Self.claim())
        #expect(isConflict(verdict))
        if case let .conflicting(why) = verdict {
            #expect(why.contains("14") && why.contains("12"))
        }
        #expect(isConflict(self.verdict(Self.claim(count: .exactly(17), launched: 23, place: nil), Self.claim(count: .exactly(17), launched: 22, place: nil))))
    }

    @Test func regionalPartsOfOneStatementAreDifferentClaims() {
        #expect(verdict(Self.claim(count: .exactly(8), place: "kursk-oblast"), Self.claim()) == .different)
        // Equal figures over two regions are still two claims.
        #expect(verdict(Self.claim(place: "kursk-oblast"), Self.claim()) == .different)
        // The statement's total and one region's part.
        #expect(verdict(Self.claim(count: .exactly(25), place: nil), Self.claim()) == .different)
    }

    @Test func aRelayThatDropsThePlaceStillCitesTheClaim() {
        #expect(verdict(Self.claim(place: nil), Self.claim()) == .same)
    }

    @Test func aCityInsideTheRegionIsTheSameOnlyWithTheSameExactFigure() {
        #expect(verdict(Self.claim(place: "belgorod"), Self.claim()) == .same)
        let about = ClaimCount(exact: nil, minimum: 10, maximum: 14, text: "10 to 14", qualifier: .range)
        #expect(isPossible(verdict(Self.claim(count: about, place: "belgorod"), Self.claim())))
        // A sea borders every place: "over the Black Sea" and "over Crimea".
        #expect(verdict(Self.claim(system: "atacms", count: .exactly(10), place: "black-sea"), Self.claim(system: "atacms", count: .exactly(10), place: "crimea")) == .same)
        // Two regions are never one place, whatever the figure.
        #expect(verdict(Self.claim(place: "kursk-oblast"), Self.claim()) == .different)
    }

    @Test func aVaguerCountThatAdmitsTheOtherIsOnlyPossiblyTheSame() {
        let atLeast = ClaimCount(exact: nil, minimum: 10, maximum: nil, text: "at least 10", qualifier: .atLeast)
        #expect(isPossible(verdict(Self.claim(count: atLeast), Self.claim())))
        #expect(isPossible(verdict(Self.claim(count: .unknown(text: "dozens")), Self.claim())))
        // "at least 20" cannot be 12.
        let atLeast20 = ClaimCount(exact: nil, minimum: 20, maximum: nil, text: "at least 20", qualifier: .atLeast)
        #expect(isConflict(verdict(Self.claim(count: atLeast20), Self.claim())))
    }

    @Test func anOvernightWindowOverlapsBothItsDates() {
        let overnight = Self.claim(day: "2024-03-13T18:00", to: "2024-03-14T08:00")
        #expect(verdict(overnight, Self.claim(day: "2024-03-14")) == .same)
        #expect(verdict(overnight, Self.claim(day: "2024-03-13")) == .same)
    }

    @Test func aDayApartIsPossiblyTheSameUnlessTheFigureIsSmall() {
        // A relay dated by the statement, the original by the night: a person decides.
        #expect(isPossible(verdict(Self.claim(day: "2024-03-15"), Self.claim())))
        let atLeast = ClaimCount(exact: nil, minimum: 10, maximum: nil, text: "at least 10", qualifier: .atLeast)
        #expect(isPossible(verdict(Self.claim(count: atLeast, day: "2024-03-13"), Self.claim())))
        // Another figure a day apart is another night, not a conflict.
        #expect(verdict(Self.claim(count: .exactly(20), day: "2024-03-15"), Self.claim()) == .different)
        #expect(verdict(Self.claim(count: .exactly(20), day: nil), Self.claim()) == .different)
        // "One drone over the region" two days running is two reports.
        #expect(verdict(Self.claim(count: .exactly(1), day: "2024-03-15"), Self.claim(count: .exactly(1))) == .different)
    }

    @Test func anotherDayIsAnotherEvent() {
        #expect(verdict(Self.claim(day: "2024-03-16"), Self.claim()) == .different)
        // Morning and afternoon reports of one day, both known to the minute.
        let morning = Self.claim(day: "2024-03-14T00:00", to: "2024-03-14T08:00")
        let afternoon = Self.claim(day: "2024-03-14T10:00", to: "2024-03-14T16:00")
        #expect(verdict(afternoon, morning) == .different)
    }

    @Test func aClaimWithoutADateIsOnlyPossiblyTheSame() {
        #expect(isPossible(verdict(Self.claim(day: nil), Self.claim())))
    }

    @Test func aCompositeAndItsMemberAreNeverConfidentlyTheSame() {
        #expect(isPossible(verdict(Self.claim(system: "kh-101"), Self.claim(system: "kh-101+kalibr"))))
        #expect(verdict(Self.claim(system: "kalibr+kh-101"), Self.claim(system: "kh-101+kalibr")) == .same)
    }

    @Test func retractedClaimsAreNotMatched() {
        #expect(verdict(Self.claim(), Self.claim(status: .retracted)) == .different)
    }

    @Test func theBestMatchPrefersTheSameClaimThenTheLowestID() {
        let stored: [(id: Int64, content: ClaimContent)] = [
            (3, Self.claim(day: nil)), (5, Self.claim()), (4, Self.claim()), (9, Self.claim(place: "kursk-oblast")),
        ]
        let best = Self.identity.bestMatch(for: Self.claim(), among: stored)
        #expect(best?.id == 4)
        #expect(best?.verdict == .same)
        #expect(Self.identity.bestMatch(for: Self.claim(system: "kalibr"), among: stored)?.id == nil)
    }
}
