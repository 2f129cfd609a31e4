import ClaimsCore
import ClaimsExtraction
import Testing

/// Rules that need more than one sentence or more than one claim per sentence. Texts written for
/// these tests.
@Suite struct ExtractorArticleTests {
    @Test func listOfWeaponsMakesOneClaimPerSystem() {
        let text = "The ministry said air defences shot down nine Ukrainian drones, two Vampire rockets, three HARM missiles and a JDAM guided bomb over the Kursk region on Tuesday."
        let candidates = ExtractionFixture.extract(text)
        #expect(candidates.map(\.system) == ["unspecified-drone", "vampire", "harm", "jdam-er"])
        #expect(candidates.map(\.count.exact) == [9, 2, 3, 1])
        #expect(candidates.allSatisfy { $0.place == "kursk-oblast" && $0.claimant == "ru-mod" })
        #expect(candidates.allSatisfy { $0.event?.day.description == "2024-06-11" })
    }

    @Test func ellipticalCountsTakeTheirOwnPlace() {
        let text = "Russia's Defence Ministry said 14 drones were destroyed over the Belgorod region and five over the Oryol region."
        let candidates = ExtractionFixture.extract(text)
        #expect(candidates.map(\.count.exact) == [14, 5])
        #expect(candidates.map(\.place) == ["belgorod-oblast", "oryol-oblast"])
        #expect(candidates.allSatisfy { $0.system == "unspecified-drone" })
    }

    @Test func genericMinistryIsResolvedFromEarlierSentences() {
        let text = """
            Russia's Defence Ministry said it had shot down 12 drones over the Bryansk region.
            The ministry later said another drone was downed over the Kaluga region.
            """
        let candidates = ExtractionFixture.extract(text)
        #expect(candidates.count == 2)
        #expect(candidates.allSatisfy { $0.claimant == "ru-mod" })
        #expect(candidates.last?.count.exact == 1)
    }

    @Test func pronounTakesThePreviousSpeaker() {
        let text = "Ukraine's air force said it destroyed 12 Kalibr missiles over the Odesa region. It added that 20 Shahed drones were downed over the Kyiv region."
        let candidates = ExtractionFixture.extract(text)
        #expect(candidates.map(\.system) == ["kalibr", "shahed-136"])
        #expect(candidates.allSatisfy { $0.claimant == "ua-air-force" })
    }

    @Test func unnamedAirForceSideComesFromThePlace() {
        let intercepted = ExtractionFixture.extract("The air force said it had downed 14 drones that were targeting Lviv.")
        #expect(intercepted.first?.claimant == "ua-air-force")
        let russian = ExtractionFixture.extract("The military said 22 drones were destroyed over the Rostov region.")
        #expect(russian.first?.claimant == "ru-mod")
    }

    @Test func countOfThemRefersBackAndSetsLaunched() {
        let text = "Russia launched 90 drones and three missiles overnight, the air force said. Of these, 76 drones were shot down."
        let candidates = ExtractionFixture.extract(text)
        let intercept = candidates.first { $0.kind == .intercept }
        #expect(intercept?.count.exact == 76)
        #expect(intercept?.launched == 90)
        #expect(intercept?.claimant == "ua-air-force")
        #expect(candidates.filter { $0.kind == .launch }.map(\.count.exact) == [90, 3])
    }

    @Test func bareCountInTheNextSentenceRefersBack() {
        let text = "Russia fired 40 missiles at Ukraine overnight. The air force said 35 were destroyed."
        let candidates = ExtractionFixture.extract(text)
        let intercept = candidates.first { $0.kind == .intercept }
        #expect(intercept?.count.exact == 35)
        #expect(intercept?.launched == 40)
        #expect(intercept?.claimant == "ua-air-force")
    }

    @Test func unattributedLeadIsTheSameClaimAsTheAttributedOne() {
        let text = """
            Russia used Kinzhal hypersonic missiles to destroy an ammunition depot in western Ukraine.
            "The Kinzhal missile system destroyed a large underground depot," the Russian defence ministry said on Saturday.
            """
        let candidates = ExtractionFixture.extract(text, published: "2024-06-15")
        #expect(candidates.count == 1)
        #expect(candidates.first?.claimant == "ru-mod")
    }

    @Test func genericMentionIsRefinedBySpecificSystemWithTheSameCount() {
        let text = "Russia said it shot down eight Ukrainian missiles over Crimea. The ministry said eight ATACMS were destroyed near Sevastopol."
        let candidates = ExtractionFixture.extract(text)
        #expect(candidates.map(\.system) == ["atacms"])
    }

    @Test func weaponOriginAndSideComeFromModifiers() throws {
        let candidate = try #require(ExtractionFixture.extract("The ministry said 10 US-supplied Ukrainian ATACMS missiles were shot down over Crimea.").first)
        #expect(candidate.weaponOrigin == "United States")
        #expect(candidate.weaponSide == .ukraine)
        #expect(candidate.claimantSide == .russia)
        let iranian = try #require(ExtractionFixture.extract("Ukraine's air force said it shot down 20 Iranian-made drones.").first)
        #expect(iranian.weaponOrigin == "Iran")
        #expect(iranian.weaponSide == .russia)
    }

    @Test func quoteAndOffsetsPointIntoTheText() throws {
        let text = "Kyiv — Вступ. Ukraine’s air force said it shot down 15 drones over the Sumy region."
        let candidate = try #require(ExtractionFixture.extract(text).first)
        let scalars = Array(text.unicodeScalars)
        let quoted = String(String.UnicodeScalarView(scalars[candidate.start..<candidate.end]))
        #expect(quoted == candidate.quote)
        #expect(candidate.quote.hasPrefix("Ukraine’s air force"))
    }

    @Test func relativeDatesCountFromThePublicationDay() {
        // 2024-06-12 is a Wednesday.
        #expect(ExtractionFixture.extract("The air force said 5 drones were shot down on Monday.").first?.event?.day.description == "2024-06-10")
        #expect(ExtractionFixture.extract("The air force said 5 drones were shot down on Wednesday.").first?.event?.day.description == "2024-06-12")
        #expect(ExtractionFixture.extract("The air force said 5 drones were shot down yesterday.").first?.event?.day.description == "2024-06-11")
        let overnight = ExtractionFixture.extract("The air force said 5 drones were shot down overnight.").first?.event
        #expect(overnight?.start.description == "2024-06-11")
        #expect(overnight?.end.description == "2024-06-12")
        #expect(ExtractionFixture.extract("The air force said 5 drones were shot down on June 9.").first?.event?.day.description == "2024-06-09")
        #expect(ExtractionFixture.extract("The air force said 5 drones were shot down on Monday.", published: nil).first?.event == nil)
    }

    @Test func confidenceRewardsNamedClaimantAndExactCount() throws {
        let strong = try #require(ExtractionFixture.extract("Ukraine's air force said it shot down 28 Shahed drones over the Kyiv region.").first)
        let weak = try #require(ExtractionFixture.extract("Twelve missiles were launched at the city.").first)
        #expect(strong.confidence > weak.confidence)
        #expect((0...1).contains(weak.confidence))
    }
}
