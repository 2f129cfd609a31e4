import Foundation
import ClaimsCore
import ClaimsExtraction
import Testing

/// How a statement words its figures: an editor's bracketed noun, hedges that name no speaker,
/// a type named in apposition, an attack's weapons counted by the interception. Sentences
/// written for these tests, each with a near miss that must not match.
@Suite struct ExtractorStatementTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        // "41 out of 45 (drones)": the bracketed noun is what was counted ...
        Case(text: "The air force said that 41 out of 45 (drones) were downed over the Kharkiv region.",
             expected: [Expected("", .intercept, "unspecified-drone", 41, of: 45, by: "ua-air-force", at: "kharkiv-oblast")]),
        // ... a bracket after a year is an aside, no count.
        Case(text: "The ministry said that in 2023 (drones were still rare) the army relied on shells.",
             expected: [], absent: [("unspecified-drone", 2023)]),
        // "according to updated information" is a hedge; the speaker is named elsewhere ...
        Case(text: "According to preliminary data, 14 drones were shot down over the Bryansk region, Russia's Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 14, by: "ru-mod", at: "bryansk-oblast")]),
        Case(text: "Ukraine's air force said that, according to updated information, 33 of 36 drones were destroyed.",
             expected: [Expected("", .intercept, "unspecified-drone", 33, of: 36, by: "ua-air-force")]),
        // ... while "the data of the air force" names it.
        Case(text: "According to the data of the air force, 20 drones were shot down.",
             expected: [Expected("", .intercept, "unspecified-drone", 20, by: "ua-air-force")]),
        // A type named right after the generic noun is the system ...
        Case(text: "The air force said it destroyed nine cruise missiles “Kalibr” over the Black Sea.",
             expected: [Expected("", .intercept, "kalibr", 9, by: "ua-air-force")]),
        // ... but not a name that starts another clause.
        Case(text: "The air force said it shot down 12 drones, Shahed attacks went on until dawn.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ua-air-force")],
             absent: [("shahed-136", 12)]),
        // The weapons of an uncounted attack that the same sentence counts as launched are recorded
        // on the interception, with no launch claim of their own ...
        Case(text: "Ukraine's General Staff said Russia carried out another attack using Shahed drones, adding that 30 of 32 were shot down.",
             expected: [Expected("", .intercept, "shahed-136", 30, of: 32, by: "ua-general-staff")],
             absent: [("shahed-136", nil)]),
        // An aside between dashes does not part a subject from its verb ...
        Case(text: "The air force said 14 Kalibr missiles — fired from a submarine for the first time — were shot down over Odesa.",
             expected: [Expected("", .intercept, "kalibr", 14, by: "ua-air-force", at: "odesa")]),
        Case(text: "The air force said that six Kinzhal missiles -- Russia's fastest weapons -- were among the missiles fired overnight.",
             expected: [Expected("", .launch, "kinzhal", 6, by: "ua-air-force")]),
        // "So too were ...": the previous sentence's predicate for other weapons ...
        Case(text: "The air force said four Kinzhal missiles were among the weapons used in the attack. So too were two Zircon missiles and 30 Kalibr missiles.",
             expected: [Expected("", .launch, "kinzhal", 4, by: "ua-air-force"),
                        Expected("", .launch, "zircon", 2, by: "ua-air-force"),
                        Expected("", .launch, "kalibr", 30, by: "ua-air-force")]),
        // ... which an opening "So" alone does not repeat.
        Case(text: "The air force said four Kinzhal missiles were among the weapons used in the attack. So the 30 Kalibr missiles were a surprise.",
             expected: [Expected("", .launch, "kinzhal", 4, by: "ua-air-force")],
             absent: [("kalibr", 30)]),
        // A participle's complement may join names and end in "systems": the verb after it governs.
        Case(text: "Seven rockets fired from HIMARS and Olkha systems were destroyed in midair, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-rocket", 7, by: "ru-mod")],
             absent: [("unspecified-rocket", nil)]),
        // "since ..." in a trailing "-ing" clause dates the comparison, not the claim ...
        Case(text: "Odesa's governor said two people were injured in a drone attack on a warehouse, marking the fifth such attack since the start of the month.",
             expected: [Expected("", .strike, "unspecified-drone", nil, by: "ua-gov-odesa")]),
        // ... while a total since a start is background.
        Case(text: "Odesa's governor said 300 drones had been shot down over the region since the start of the war.",
             expected: [], absent: [("unspecified-drone", 300)]),
        // "used X to intercept Y" reports the interception; "will use X to intercept" plans one ...
        Case(text: "The Israeli military said it used the David's Sling system for the first time since the Oct. 7 attack to intercept a cruise missile fired from Lebanon.",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 1, by: "idf")]),
        Case(text: "The Israeli military said it will use the David's Sling system to intercept cruise missiles.",
             expected: [], absent: [("unspecified-cruise-missile", nil)]),
        // A pronoun as the subject of an interception stands for the weapons just named ...
        Case(text: "An army spokesman confirmed the launch of a ballistic missile towards Eilat, adding that it was intercepted by the Arrow system, the Israel Defense Forces said.",
             expected: [Expected("", .intercept, "unspecified-ballistic-missile", 1, of: 1, by: "idf")]),
        // ... not when it is the interceptor ("it shot down 20 drones" counts the drones).
        Case(text: "The Russian Defence Ministry said it shot down 20 drones over the Kursk region.",
             expected: [Expected("", .intercept, "unspecified-drone", 20, by: "ru-mod", at: "kursk-oblast")],
             absent: [("unspecified-drone", 1)]),
        // ... but another office's interception elsewhere leaves the attack a launch.
        Case(text: "Ukraine's General Staff said Russia carried out another attack using Shahed drones. Ukraine's air force said 30 of 32 drones were shot down.",
             expected: [Expected("", .launch, "shahed-136", nil, by: "ua-general-staff"),
                        Expected("", .intercept, "unspecified-drone", 30, of: 32, by: "ua-air-force")]),
    ]

    @Test(arguments: cases)
    func findsTheClaims(_ test: Case) {
        test.check()
    }

    /// A country that is the subject of an action is the attacker, not the place of the claim.
    /// A claim that refers back ("Of the two drones deployed, one ...") continues the report of
    /// the last speaker a few sentences back; a fresh count there is the outlet's own narrative.
    @Test func aReferenceBackContinuesTheReport() {
        let report = """
            US Central Command said the Houthis launched two drones at a tanker in the Gulf of Aden.

            No ships were damaged.

            Of the two drones deployed, one was intercepted.
            """
        let candidates = ExtractionFixture.extract(report)
        #expect(candidates.contains { $0.kind == .intercept && $0.count.exact == 1 && $0.launched == 2 && $0.claimant == "us-centcom" },
                "\(candidates.map(\.summary))")
        let fresh = ExtractionFixture.extract(report.replacingOccurrences(of: "Of the two drones deployed, one was intercepted.", with: "Later, 16 drones were shot down near Aden."))
        #expect(!fresh.contains { $0.count.exact == 16 && $0.claimant != nil }, "\(fresh.map(\.summary))")
    }

    /// A habit ("every day") is no event; a dated count is.
    @Test func aHabitIsNoClaim() {
        #expect(ExtractionFixture.extract("Zelensky said Russians also attack with guided aerial bombs every day.").isEmpty)
        let dated = ExtractionFixture.extract("Zelensky said Russians launched 40 guided aerial bombs on Monday.")
        #expect(dated.contains { $0.kind == .launch && $0.count.exact == 40 }, "\(dated.map(\.summary))")
    }

    @Test func aCountryActingIsNoPlace() throws {
        let candidate = try #require(ExtractionFixture.extract("Ukraine's General Staff said Russia carried out another attack using Shahed drones.").first)
        #expect(candidate.place == nil, "\(candidate.summary)")
    }
}

/// Who speaks: an office before a person's titles and name, a second speech verb sharing the
/// first one's subject, and strikes on two places apart.
@Suite struct ExtractorSpeakerTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        // "<office> spokesman <titles> <name> said": the office speaks ...
        Case(text: "Russian Defence Ministry spokesman Maj Gen Pavel Ostrov said 11 drones were shot down over the Belgorod region.",
             expected: [Expected("", .intercept, "unspecified-drone", 11, by: "ru-mod", at: "belgorod-oblast")]),
        // ... a name alone names no office (the claim waits for a person to attribute it).
        Case(text: "Pavel Ostrov said 11 drones were shot down over the Belgorod region.",
             expected: [Expected("", .intercept, "unspecified-drone", 11, by: nil, at: "belgorod-oblast")]),
        // "<city>'s governor": the official of that city's region; the possessive is no part of the name.
        Case(text: "Kharkiv's governor said 10 drones were shot down over the city.",
             expected: [Expected("", .intercept, "unspecified-drone", 10, by: "ua-gov-kharkiv")]),
        Case(text: "The Belgorod region's governor said 10 drones were shot down.",
             expected: [Expected("", .intercept, "unspecified-drone", 10, by: "ru-gov-belgorod")]),
        // A time between the subject and its speech verb ("earlier this week") leaves the subject speaking.
        Case(text: "The Pentagon earlier this week confirmed that the Houthis shot down a US MQ-9 Reaper drone off Yemen.",
             expected: [Expected("", .intercept, "mq-9", 1, by: "us-dod")]),
        // "The coalition said": the body named before by a name that ends in that noun ...
        Case(text: "The Arab Coalition said talks would resume in April. The coalition also said that Saudi air defences had intercepted nine drones launched by the Houthis.",
             expected: [Expected("", .intercept, "unspecified-drone", 9, by: "arab-coalition")]),
        // ... and nobody when no such body was named.
        Case(text: "The coalition also said that air defences had intercepted nine drones launched by the Houthis.",
             expected: [Expected("", .intercept, "unspecified-drone", 9, by: nil)]),
        // "the air force" reporting hits speaks for the country hit, not the attacker's ministry.
        Case(text: "Russian missiles hit a power plant in Kyiv, the air force said.",
             expected: [Expected("", .strike, "unspecified-missile", nil, by: "ua-air-force", at: "kyiv")]),
        // Foreign ministries and their ministers are claimants too ...
        Case(text: "Russian missiles hit a power plant in Kyiv, Ukraine's foreign minister said.",
             expected: [Expected("", .strike, "unspecified-missile", nil, by: "ua-mfa", at: "kyiv")]),
        // ... and a credit line (a name and title, no verb) says who "he" was.
        Case(text: "“Russian missiles hit our power plants again,” he said. Andrii Sybiha, Minister of Foreign Affairs of Ukraine.",
             expected: [Expected("", .strike, "unspecified-missile", nil, by: "ua-mfa")]),
        // "X said ... and claimed that ...": one subject for both.
        Case(text: "The Russian Defence Ministry said a depot was hit by a drone attack and claimed that air defences downed 12 drones.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ru-mod")]),
        // Missiles that hit a named place are not the Kalibr strike the same speaker placed elsewhere ...
        Case(text: "Russia's defence ministry said Kalibr missiles destroyed a weapons depot in the Zhytomyr region. The ministry said missiles also struck fuel tanks near Odesa.",
             expected: [Expected("", .strike, "kalibr", nil, by: "ru-mod", at: "zhytomyr-oblast"),
                        Expected("", .strike, "unspecified-missile", nil, by: "ru-mod", at: "odesa")]),
        // ... but are when the place is the same.
        Case(text: "Russia's defence ministry said Kalibr missiles destroyed a weapons depot near Odesa. The ministry said missiles also struck fuel tanks near Odesa.",
             expected: [Expected("", .strike, "kalibr", nil, by: "ru-mod", at: "odesa")],
             absent: [("unspecified-missile", nil)]),
        // "The governor of the (western) X region said": the official of the place, compass word or not.
        Case(text: "The governor of the western Volyn region said that air defences shot down three drones there.",
             expected: [Expected("", .intercept, "unspecified-drone", 3, by: "ua-gov-volyn")]),
        // "according to City Mayor X": the person the capitalised title names, not the title's office ...
        Case(text: "According to City Mayor Ihor Terekhov, two missiles hit an industrial site in Kharkiv.",
             expected: [Expected("", .strike, "unspecified-missile", 2, by: "ua-mayor-kharkiv")]),
        // ... and the region's head when no person is named.
        Case(text: "According to the regional governor, two missiles hit an industrial site in Kharkiv.",
             expected: [Expected("", .strike, "unspecified-missile", 2, by: "ua-gov-kharkiv")]),
        // A bracketed acronym after the office's name.
        Case(text: "US Central Command (CENTCOM) said on Monday its forces had destroyed four drones over the Red Sea.",
             expected: [Expected("", .intercept, "unspecified-drone", 4, by: "us-centcom")]),
        // "a short time ago", "minutes ago": the day's news, not history ...
        Case(text: "A short time ago, the Air Force intercepted two drones over the Golan Heights, the IDF said.",
             expected: [Expected("", .intercept, "unspecified-drone", 2, by: "idf")]),
        // ... while "two years ago" is history.
        Case(text: "Two years ago, the Air Force intercepted two drones over the Golan Heights, the IDF said.",
             expected: [], absent: [("unspecified-drone", 2)]),
        // "according to statements by X" names X, like "according to data from X" ...
        Case(text: "Nine drones were shot down over the north overnight, according to statements by the Israel Defense Forces.",
             expected: [Expected("", .intercept, "unspecified-drone", 9, by: "idf")]),
        // ... while statements by nobody named are a hedge, not a speaker.
        Case(text: "Nine drones were shot down over the north overnight, according to statements circulating online.",
             expected: [Expected("", .intercept, "unspecified-drone", 9, by: nil)]),
        // "the local governor", "the regional governor": the governor of the region the sentence names ...
        Case(text: "Air defences downed six drones near Rzhev in the Tver region, according to the local governor.",
             expected: [Expected("", .intercept, "unspecified-drone", 6, by: "ru-gov-tver", at: "tver-oblast")]),
        // ... but city officials are not the region's head.
        Case(text: "Air defences downed six drones near Rzhev in the Tver region, according to city officials.",
             expected: [Expected("", .intercept, "unspecified-drone", 6, by: nil, at: "tver-oblast")]),
        // A city's mayor, named with the city and by name, is that city's office, not the region's governor.
        Case(text: "Dnipro Mayor Borys Filatov said two drones were shot down over the city.",
             expected: [Expected("", .intercept, "unspecified-drone", 2, by: "ua-mayor-dnipro")]),
    ]

    @Test(arguments: cases)
    func findsTheSpeaker(_ test: Case) {
        test.check()
    }

    /// The mayor of a city the taxonomy has no mayor for is no mayor of another city.
    @Test func aMayorOfAnotherCityIsNoCityMayor() {
        let candidates = ExtractionFixture.extract("Uman Mayor Iryna Pletniova said two drones were shot down over the city.")
        #expect(candidates.contains { $0.kind == .intercept && $0.count.exact == 2 }, "\(candidates.map(\.summary))")
        #expect(!candidates.contains { $0.claimant?.contains("-mayor-") ?? false }, "\(candidates.map(\.summary))")
    }
}

/// One claim told twice: a lead without a date and the body's dated statement; a total whose
/// parts come several sentences later.
@Suite struct ExtractorRestatementTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        // A lead that states no date is no evidence of another day than the body's ...
        Case(text: "US Central Command said coalition forces destroyed three drone boats launched by the Houthis in the Red Sea. Centcom added in a statement: “On June 10, coalition aircraft destroyed three drone boats launched by the Houthis.”",
             expected: [Expected("", .intercept, "unspecified-naval-drone", 3, by: "us-centcom")]),
        // ... but two stated days are two claims.
        Case(text: "US Central Command said on June 8 that coalition forces destroyed three drone boats launched by the Houthis in the Red Sea. Centcom added in a statement: “On June 10, coalition aircraft destroyed three drone boats launched by the Houthis.”",
             expected: [Expected("", .intercept, "unspecified-naval-drone", 3, by: "us-centcom"),
                        Expected("", .intercept, "unspecified-naval-drone", 3, by: "us-centcom")]),
        // A country as the place is too coarse to make a restatement another claim ...
        Case(text: "Russian air defences destroyed a Neptune missile over the Black Sea, the Russian Defence Ministry said. “An attempt to strike facilities on the territory of the Russian Federation with a Neptune missile was stopped,” the ministry said.",
             expected: [Expected("", .intercept, "neptune", 1, by: "ru-mod", at: "black-sea")],
             absent: [("neptune", 2)]),
        // ... two regions apart are two claims.
        Case(text: "Russian air defences destroyed five drones over the Belgorod region, the Russian Defence Ministry said. Air defences also destroyed five drones over the Kursk region, the ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 5, by: "ru-mod", at: "belgorod-oblast"),
                        Expected("", .intercept, "unspecified-drone", 5, by: "ru-mod", at: "kursk-oblast")]),
        // A total whose parts follow after the attack is described (six sentences on) ...
        Case(text: """
            Twenty Russian cruise missiles were shot down on Tuesday morning, the Air Force of Ukraine reported.

            The attack began at 5 a.m. Power plants were hit in three regions. According to the air force, Russia attacked from two directions. Bombers fired 14 Kh-101 missiles from the Caspian Sea. Ships fired 9 Kalibr missiles from the Black Sea.

            The air force said that 12 of the Kh-101 missiles and eight of the Kalibr missiles were shot down.
            """,
             expected: [Expected("", .intercept, "kh-101", 12, of: 14, by: "ua-air-force"),
                        Expected("", .intercept, "kalibr", 8, of: 9, by: "ua-air-force")],
             absent: [("unspecified-cruise-missile", 20)]),
        // ... while parts that do not add up leave the total standing.
        Case(text: """
            Twenty Russian cruise missiles were shot down on Tuesday morning, the Air Force of Ukraine reported.

            The attack began at 5 a.m. Power plants were hit in three regions. According to the air force, Russia attacked from two directions. Bombers fired 14 Kh-101 missiles from the Caspian Sea. Ships fired 9 Kalibr missiles from the Black Sea.

            The air force said that 12 of the Kh-101 missiles and six of the Kalibr missiles were shot down.
            """,
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 20, by: "ua-air-force")]),
        // The commander of Ukraine's armed forces is its commander-in-chief.
        Case(text: "Air defences destroyed 40 Shahed drones overnight, the commander of Ukraine's Armed Forces said.",
             expected: [Expected("", .intercept, "shahed-136", 40, by: "ua-commander-in-chief")]),
    ]

    @Test(arguments: cases)
    func countsOneClaimOnce(_ test: Case) {
        test.check()
    }

    /// The restatement with a country as its place is dropped, not listed twice.
    @Test func aCountryPlaceDoesNotKeepARestatement() {
        let candidates = ExtractionFixture.extract(Self.cases[2].text)
        #expect(candidates.count { $0.system == "neptune" } == 1, "\(candidates.map(\.summary))")
    }
}

/// An attacker's launches that its next sentences say hit their targets were strikes.
@Suite struct ExtractorConfirmedHitTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "Russia's defence ministry said the overnight operation involved sea-launched missiles fired from the Black Sea, as well as attack drones. The ministry said all designated targets were hit.",
             expected: [Expected("", .strike, "unspecified-missile", nil, by: "ru-mod"),
                        Expected("", .strike, "unspecified-strike-drone", nil, by: "ru-mod")]),
        Case(text: "The Houthis said they fired ballistic missiles at a ship in the Red Sea. “The operation successfully achieved its goals,” the group said.",
             expected: [Expected("", .strike, "unspecified-ballistic-missile", nil, by: "houthis")]),
        // Near misses: a denial of success, and a count (what was fired, told as such) stay launches.
        Case(text: "Russia's defence ministry said the overnight operation involved missiles and drones. The ministry did not say whether all targets were hit.",
             expected: [Expected("", .launch, "unspecified-missile", nil, by: "ru-mod"),
                        Expected("", .launch, "unspecified-drone", nil, by: "ru-mod")]),
        Case(text: "Russia's defence ministry said it fired 12 Kalibr missiles at military targets. It said all targets were hit.",
             expected: [Expected("", .launch, "kalibr", 12, by: "ru-mod")]),
        // A weapon aimed at a target ("targeted X with a missile") is a strike once the statement
        // says the operation achieved its goal, in the next sentence ...
        Case(text: "The Houthi spokesman said the group targeted a port near Haifa with a Palestine-2 missile. He said the operation achieved its goal.",
             expected: [Expected("", .strike, "palestine-2", 1, by: "houthis")]),
        // ... and stays a launch when it says nothing of the kind.
        Case(text: "The Houthi spokesman said the group targeted a port near Haifa with a Palestine-2 missile. He gave no further details.",
             expected: [Expected("", .launch, "palestine-2", 1, by: "houthis")]),
    ]

    @Test(arguments: cases)
    func findsTheStrikes(_ test: Case) {
        test.check()
    }
}

/// "This was reported by X": a passive verb of speech names its speaker after "by", and the
/// sentences before it are that speaker's. Sentences written for these tests; near misses name
/// nobody after "by".
@Suite struct ExtractorPassiveSpeakerTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "Russia sent 25 attack drones against Ukraine overnight, and 19 of them were brought down. This was reported by the Ukrainian Air Force.",
             expected: [Expected("", .launch, "unspecified-strike-drone", 25, by: "ua-air-force"),
                        Expected("", .intercept, "unspecified-strike-drone", 19, of: 25, by: "ua-air-force")]),
        Case(text: "Air defences destroyed 14 drones over the Belgorod region. This is stated by the Russian Defence Ministry.",
             expected: [Expected("", .intercept, "unspecified-drone", 14, by: "ru-mod")]),
        Case(text: "Two Kalibr missiles were shot down over the Black Sea, as was announced by the Ukrainian Navy.",
             expected: [Expected("", .intercept, "kalibr", 2, by: "ua-navy")]),
        // A deputy head of the Presidential Office speaks for the office.
        Case(text: "The army fired 90 missiles at Ukraine, of which 73 were shot down. This was announced by Kyrylo Tymoshenko, deputy head of the Presidential Office.",
             expected: [Expected("", .launch, "unspecified-missile", 90, by: "ua-presidential-office"),
                        Expected("", .intercept, "unspecified-missile", 73, of: 90, by: "ua-presidential-office")]),
        // Near misses: nobody to claim after "by" (residents; a time), so no claimant ...
        Case(text: "Air defences destroyed 14 drones over the Belgorod region. This was reported by residents.",
             expected: [Expected("", .intercept, "unspecified-drone", 14, by: nil)]),
        Case(text: "Air defences destroyed 14 drones over the Belgorod region. The damage was reported by the morning.",
             expected: [Expected("", .intercept, "unspecified-drone", 14, by: nil)]),
        // ... and a report by residents after a named speaker does not take the claim from it.
        Case(text: "Air defences destroyed 14 drones over the Belgorod region, the Russian Defence Ministry said. Fires were reported by residents.",
             expected: [Expected("", .intercept, "unspecified-drone", 14, by: "ru-mod")]),
    ]

    @Test(arguments: cases)
    func findsTheSpeakerAfterBy(_ test: Case) {
        test.check()
    }
}
