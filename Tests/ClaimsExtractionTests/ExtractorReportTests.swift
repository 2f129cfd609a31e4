import ClaimsCore
import ClaimsExtraction
import Testing

/// Whole reports in the styles of daily air-defence statements and wire stories (written for
/// these tests): several sentences, paragraphs, lists and counts that refer back.
@Suite struct ExtractorReportTests {
    func summaries(_ text: String) -> [String] {
        ExtractionFixture.extract(text).map { candidate in
            "\(candidate.kind.rawValue) \(candidate.system) \(candidate.count.exact.map(String.init) ?? candidate.count.description)"
                + "\(candidate.launched.map { "/\($0)" } ?? "") \(candidate.claimant ?? "nil")"
        }
    }

    @Test func airForceNightlyReport() {
        let text = """
            On the night of 12 June, the enemy attacked with 35 Shahed-type strike UAVs and 4 Kh-101 cruise missiles launched from Tu-95MS bombers over the Caspian Sea, the Air Force of Ukraine said.

            As a result of air defence combat operations, 32 attack UAVs and all 4 missiles were shot down.
            """
        // "attacked with" says what was fired (a launch); the generic nouns of the second sentence
        // take the one specific system the same report names for them.
        #expect(summaries(text) == [
            "launch shahed-136 35 ua-air-force", "launch kh-101 4 ua-air-force",
            "intercept shahed-136 32/35 ua-air-force", "intercept kh-101 4/4 ua-air-force",
        ])
    }

    @Test func regionalCountsAfterAnAgentPhraseKeepTheVerb() {
        // "by electronic warfare", "with air defence systems" sit between the verb and the first
        // region: the counts after it still take the verb.
        #expect(summaries("The defence ministry said 14 drones were downed or suppressed by electronic warfare over the Oryol region, six over Tula and two over Lipetsk.") == [
            "intercept unspecified-drone 14 ru-mod", "intercept unspecified-drone 6 ru-mod", "intercept unspecified-drone 2 ru-mod",
        ])
        #expect(summaries("Ukraine's air force said 20 drones were destroyed with mobile fire groups in the Sumy region and four in the Poltava region.") == [
            "intercept unspecified-drone 20 ua-air-force", "intercept unspecified-drone 4 ua-air-force",
        ])
        // Near-miss: a count of people after the agent phrase is no count of drones.
        #expect(summaries("The defence ministry said 14 drones were downed by air defence units over the Oryol region, and two people were injured in Tula.") == [
            "intercept unspecified-drone 14 ru-mod",
        ])
    }

    @Test func itemsAfterACountedWholeAndADashOrColonTakeItsVerb() {
        // The parts of "N targets", not the whole again.
        #expect(summaries("Ukraine's air force said its units shot down 85 targets -- 60 drones and 25 missiles.") == [
            "intercept unspecified-drone 60 ua-air-force", "intercept unspecified-missile 25 ua-air-force",
        ])
        #expect(summaries("Air defences destroyed 31 aerial targets: 24 Shahed drones and seven Kh-101 missiles, the air force said.") == [
            "intercept shahed-136 24 ua-air-force", "intercept kh-101 7 ua-air-force",
        ])
        // Near-miss: after a dash, people are no weapons.
        #expect(summaries("The governor said a drone attack injured three people - two men and a woman.").allSatisfy { !$0.contains(" 2 ") })
    }

    @Test func anotherWeaponIsNoRepeat() {
        let text = "A missile hit an apartment block in Dnipro, the regional governor Serhiy Lysak said. He said another missile struck a warehouse in Pavlohrad."
        #expect(summaries(text) == ["strike unspecified-missile 1 ua-gov-dnipropetrovsk", "strike unspecified-missile 1 ua-gov-dnipropetrovsk"])
        // At the start of a sentence too.
        let opening = "A missile hit an apartment block in Dnipro, the regional governor Serhiy Lysak said. Another missile struck a warehouse in Pavlohrad, he added."
        #expect(summaries(opening) == ["strike unspecified-missile 1 ua-gov-dnipropetrovsk", "strike unspecified-missile 1 ua-gov-dnipropetrovsk"])
        // Near-miss: the same missile named again is one claim.
        let again = "A missile hit an apartment block in Dnipro, the regional governor Serhiy Lysak said. The missile hit the building's upper floors, he added."
        #expect(summaries(again) == ["strike unspecified-missile 1 ua-gov-dnipropetrovsk"])
    }

    @Test func ministryDailyStatementInQuotes() {
        let text = "\"Over the past day, air defence systems shot down 3 HIMARS rockets, a Hammer guided bomb and 29 unmanned aerial vehicles,\" the ministry said."
        #expect(summaries(text) == ["intercept himars 3 ru-mod", "intercept hammer 1 ru-mod", "intercept unspecified-drone 29 ru-mod"])
    }

    @Test func launchesThenInterceptsInTheNextSentence() {
        let text = "Russia launched 55 drones and five missiles at Ukraine overnight, Ukraine's Air Force reported. Air defence downed 39 drones, while 12 others were \"lost,\" likely due to electronic warfare."
        #expect(summaries(text) == [
            "launch unspecified-drone 55 ua-air-force", "launch unspecified-missile 5 ua-air-force",
            "intercept unspecified-drone 39/55 ua-air-force",
        ])
    }

    @Test func totalsThenInterceptsInOneSentence() {
        let text = "In total, Russia fired 9 cruise missiles and 77 drones; air defences destroyed 8 missiles and 60 drones, the air force said."
        #expect(summaries(text) == [
            "launch unspecified-cruise-missile 9 ua-air-force", "launch unspecified-drone 77 ua-air-force",
            // "8 missiles" are the cruise missiles of the same statement.
            "intercept unspecified-cruise-missile 8/9 ua-air-force", "intercept unspecified-drone 60/77 ua-air-force",
        ])
    }

    @Test func subCountAfterIncludingStaysWithItsTotal() throws {
        let candidate = try #require(ExtractionFixture.extract("Russia's defence ministry said its forces had destroyed 27 Ukrainian drones over Russian territory overnight, including 15 over the Belgorod region.").first)
        #expect(candidate.count.exact == 27)
        #expect(candidate.place == "russia")
    }

    @Test func sideHintPicksTheSidesOwnBody() {
        let text = "Ukraine's navy said it had hit a Russian landing ship off Crimea with Neptune missiles. The Ukrainian military said Russia had used North Korean KN-23 missiles in an attack on Zaporizhzhia."
        #expect(summaries(text) == ["strike neptune ? ua-navy", "launch kn-23 ? ua-armed-forces"])
    }

    @Test func strikeAndFollowUpInterceptByOneGovernor() {
        let text = "The Belgorod governor said a Ukrainian drone struck a minibus on Friday, and that two more were shot down over the city."
        #expect(summaries(text) == ["strike unspecified-drone 1 ru-gov-belgorod", "intercept unspecified-drone 2 ru-gov-belgorod"])
    }

    @Test func genericBallisticMissileInLowerCase() {
        #expect(summaries("A Russian ballistic missile hit a hospital in central Kyiv, officials said.") == ["strike unspecified-ballistic-missile 1 ua-kyiv-city"])
    }

    @Test func countsThatReferBackMakeInterceptsOfTheLaunch() {
        #expect(summaries("Moscow said Kyiv had fired 12 ATACMS missiles at Crimea overnight, all of which were destroyed.")
            == ["launch atacms 12 ru-mod", "intercept atacms 12/12 ru-mod"])
        #expect(summaries("Russia fired two Kinzhal hypersonic missiles at Kyiv on Thursday morning; both were intercepted, the city's military administration said.")
            == ["launch kinzhal 2 ua-kyiv-city", "intercept kinzhal 2/2 ua-kyiv-city"])
    }

    @Test func headlineInThePresentTense() {
        #expect(summaries("Ukraine shoots down 30 of 35 Russian drones, air force says") == ["intercept unspecified-drone 30/35 ua-air-force"])
    }

    @Test func monitorsAndChannelsAreTheirOwnClaimants() {
        let text = """
            The Institute for the Study of War said Russian forces had launched at least 90 glide bombs at Ukrainian positions near Pokrovsk over the past day.

            British intelligence said Russia had probably used about 120 Shahed drones in the attack.

            Rybar claimed that Russian Lancet drones hit two Ukrainian Patriot launchers near Pavlohrad.
            """
        #expect(summaries(text) == ["launch kab ≥ 90 isw", "launch shahed-136 about 120 uk-mod", "strike lancet ? rybar"])
    }

    @Test func reportedPastAndActionNouns() {
        #expect(summaries("Russia claims to have shot down a Ukrainian F-16 over the Zaporizhzhia region.") == ["intercept f-16 1 ru-mod"])
        #expect(summaries("The ministry reported the destruction of 15 Ukrainian drones over the Kursk region.") == ["intercept unspecified-drone 15 ru-mod"])
        #expect(summaries("The air force said it recorded the launch of 40 drones, of which 35 were shot down.")
            == ["launch unspecified-drone 40 ua-air-force", "intercept unspecified-drone 35/40 ua-air-force"])
    }

    @Test func russianAgencyStyle() throws {
        let text = """
            On the night of June 12, the Kyiv regime attempted to carry out terrorist attacks using aircraft-type UAVs against facilities on the territory of the Russian Federation, the Russian Defense Ministry said. Eleven UAVs were intercepted and destroyed by on-duty air defense systems over the territory of the Belgorod Region.

            "Russian air defense forces shot down two French-made AASM Hammer guided bombs and four US-made HIMARS rockets over the past day," the ministry said.

            According to the governor, a Ukrainian drone dropped an explosive device on a car in the village of Shebekino, wounding the driver.
            """
        #expect(summaries(text) == [
            "intercept unspecified-drone 11 ru-mod", "intercept hammer 2 ru-mod", "intercept himars 4 ru-mod",
            "strike unspecified-drone 1 ru-gov-belgorod",
        ])
        let candidates = ExtractionFixture.extract(text)
        #expect(candidates[0].place == "belgorod-oblast")
        #expect(candidates[1].weaponOrigin == "France")
        #expect(candidates[3].place == "shebekino")
    }
}
