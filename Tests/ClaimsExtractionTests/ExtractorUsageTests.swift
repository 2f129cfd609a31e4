import ClaimsCore
import ClaimsExtraction
import Testing

/// How weapons are said to have been used without a plain action verb: impacts, a system named
/// in an aside, weapons deployed against a target. Sentences written for these tests, each with
/// a near miss that must not match.
@Suite struct ExtractorUsageTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        // An impact is one weapon that hit ...
        Case(text: "The regional governor said a drone impact in the centre of Sumy wounded three people.",
             expected: [Expected("", .strike, "unspecified-drone", 1, by: "ua-gov-sumy", at: "sumy")]),
        // (A regional office's title in lower case: "the governor of Odesa region".)
        Case(text: "Three missile impacts were recorded in the port of Izmail overnight, the governor of Odesa region said.",
             expected: [Expected("", .strike, "unspecified-missile", 3, by: "ua-gov-odesa", at: "izmail")]),
        // ... the impact of a weapon on a war is none.
        Case(text: "The ministry said the impact of drones on modern warfare keeps growing.",
             expected: [], absent: [("unspecified-drone", nil)]),
        Case(text: "Officials said there were no missile impacts in the city overnight.",
             expected: [], absent: [("unspecified-missile", nil)]),
        // A system named in an aside between commas is the subject of the verb after it ...
        Case(text: "\"Long-range weapons, including the Kinzhal hypersonic missile system, struck energy facilities,\" the ministry said.",
             expected: [Expected("", .strike, "kinzhal", nil, by: "ru-mod")]),
        // ... while systems that are the object of a verb are launchers, not missiles.
        Case(text: "Ukraine's General Staff said its forces destroyed two Iskander-M systems, the statement said.",
             expected: [], absent: [("iskander-m", 2)]),
        // Weapons deployed against a target, or across a region, were used ...
        Case(text: "CENTCOM said it deployed one-way attack drones against radar sites in Yemen.",
             expected: [Expected("", .launch, "unspecified-strike-drone", nil, by: "us-centcom")]),
        Case(text: "Pakistan's army said India deployed Harop drones across several cities overnight.",
             expected: [Expected("", .launch, "harop", nil, by: "pk-army")]),
        // ... weapons deployed to a country or kept in a region were not.
        Case(text: "Russia's defence ministry said it had deployed Iskander-M missiles to Belarus.",
             expected: [], absent: [("iskander-m", nil)]),
        Case(text: "Officials said Russia deployed Kinzhal missiles in Kaliningrad last year.",
             expected: [], absent: [("kinzhal", nil)]),
        // Bombs dropped on a place were launched ...
        Case(text: "Russian jets dropped 25 glide bombs on the Sumy region on Friday, the regional governor said.",
             expected: [Expected("", .launch, "kab", 25, by: "ua-gov-sumy")]),
        Case(text: "Eight guided aerial bombs were dropped on Kharkiv overnight, the mayor said.",
             expected: [Expected("", .launch, "kab", 8, by: "ua-gov-kharkiv")]),
        // ... a drone that dropped explosives struck ...
        Case(text: "A drone dropped a grenade on a car in the Belgorod region, governor Vyacheslav Gladkov said.",
             expected: [Expected("", .strike, "unspecified-drone", 1, by: "ru-gov-belgorod")]),
        // A vague part of weapons told before is an uncounted claim about them ...
        Case(text: "Hezbollah fired 40 rockets at northern Israel, the IDF said. Most of them were intercepted.",
             expected: [Expected("", .launch, "unspecified-rocket", 40, by: "idf"),
                        Expected("", .intercept, "unspecified-rocket", nil, of: 40, by: "idf")]),
        Case(text: "Iran fired dozens of ballistic missiles at Israel overnight. The IDF said some of the missiles were intercepted.",
             expected: [Expected("", .intercept, "unspecified-ballistic-missile", nil, by: "idf")]),
        // "bomb-laden drones" are drones; "Kinjal" is a Kinzhal.
        Case(text: "The Houthis said they fired several bomb-laden drones toward Eilat.",
             expected: [Expected("", .launch, "unspecified-strike-drone", nil, by: "houthis")], absent: [("unspecified-bomb", nil)]),
        Case(text: "The air force said Russia fired three Kinjal missiles at Kyiv.",
             expected: [Expected("", .launch, "kinzhal", 3, by: "ua-air-force")]),
        // "launched" before a bare plural is the verb, though "air-launched" modifies weapons ...
        Case(text: "The Houthis launched drones at Eilat, the group's spokesman said.",
             expected: [Expected("", .launch, "unspecified-drone", nil, by: "houthis")]),
        Case(text: "Russia's defence ministry said its forces fired 12 air-launched cruise missiles at the port.",
             expected: [Expected("", .launch, "unspecified-cruise-missile", 12, by: "ru-mod")]),
        // ... and a launch told with no count, beside the same speaker's count of those weapons,
        // restates it; weapons of another family are a claim of their own.
        Case(text: "Russia launched missiles at Odesa overnight, the air force said. It said Russia launched four Kalibr missiles from the Black Sea.",
             expected: [Expected("", .launch, "kalibr", 4, by: "ua-air-force")],
             absent: [("unspecified-missile", nil)]),
        Case(text: "The air force said Russia launched 40 missiles overnight. It said Russia also launched drones at Kyiv.",
             expected: [Expected("", .launch, "unspecified-missile", 40, by: "ua-air-force"),
                        Expected("", .launch, "unspecified-drone", nil, by: "ua-air-force")]),
        // A bare "all" as the subject of a passive interception takes every weapon told before ...
        Case(text: "The air force said it tracked 14 Shahed drones overnight. All were shot down over the central regions.",
             expected: [Expected("", .intercept, "shahed-136", 14, of: 14, by: "ua-air-force")]),
        // ... and says nothing when what was done with them is no interception.
        Case(text: "The air force said it tracked 14 Shahed drones overnight. All were launched from the Kursk region.",
             expected: [], absent: [("shahed-136", 14)]),
        // Weapons destroyed by a missile or a drone, launchers, and weapons destroyed on the ground
        // are targets: the claim is the striking weapon's ...
        Case(text: "Iskander-M missiles destroyed two HIMARS launchers near Kramatorsk, Russia's defence ministry said.",
             expected: [Expected("", .strike, "iskander-m", nil, by: "ru-mod")], absent: [("himars", 2)]),
        Case(text: "Russia's defence ministry said a Lancet drone destroyed two Su-25 aircraft at an airfield.",
             expected: [Expected("", .strike, "lancet", 1, by: "ru-mod")], absent: [("su-25", 2)]),
        Case(text: "The ministry said its forces destroyed four Bayraktar TB2 drones on the ground.",
             expected: [], absent: [("bayraktar-tb2", 4)]),
        // ... while fighter jets that destroyed missiles shot them down.
        Case(text: "Ukrainian F-16 jets destroyed six cruise missiles over the Kyiv region, the air force said.",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 6, by: "ua-air-force", at: "kyiv-oblast")]),
        // A question claims nothing; the answer after it does ...
        Case(text: "Can Ukraine shoot down a Zircon missile? The air force said it shot down two Zircon missiles on Monday.",
             expected: [Expected("", .intercept, "zircon", 2, by: "ua-air-force")], absent: [("zircon", 1)]),
        // ... weapons of counted attack episodes are none, a counted weapon still is.
        Case(text: "Russian forces shelled the Sumy region 61 times over the past day, including with mortars and drones, the regional administration said.",
             expected: [], absent: [("unspecified-drone", nil)]),
        Case(text: "Russian forces struck the region 12 times and launched 30 drones, the regional governor said.",
             expected: [Expected("", .launch, "unspecified-drone", 30, by: nil)]),
        // A country in a hyphenated compound is a modifier of the weapons ...
        Case(text: "Ukraine downed all nine Russia-launched drones overnight, the air force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 9, of: 9, by: "ua-air-force")]),
        // ... weapons destroyed "before they reached their targets" did not reach them ...
        Case(text: "Russia launched 12 drones overnight. The air force said it destroyed 10 of them before they reached their targets.",
             expected: [Expected("", .intercept, "unspecified-drone", 10, of: 12, by: "ua-air-force")], absent: [("unspecified-drone", nil)]),
        Case(text: "Russia launched 12 drones overnight. The air force said two of them reached their targets.",
             expected: [Expected("", .strike, "unspecified-drone", 2, by: "ua-air-force")]),
        // ... and an attack repelled was intercepted, an attack on a place struck.
        Case(text: "Air defence units repelled a drone attack on Moscow overnight, Mayor Sergei Sobyanin said.",
             expected: [Expected("", .intercept, "unspecified-drone", nil, by: "ru-mayor-moscow")]),
        Case(text: "A drone attack on Moscow damaged two buildings overnight, Mayor Sergei Sobyanin said.",
             expected: [Expected("", .strike, "unspecified-drone", nil, by: "ru-mayor-moscow")]),
        // A figure after "a record", "an unprecedented" is the count; a name in single quotes is the weapon ...
        Case(text: "Russia launched a record 140 'Shaheds' at Ukrainian cities overnight, President Zelensky said.",
             expected: [Expected("", .launch, "shahed-136", 140, by: "ua-president")]),
        Case(text: "Russia fired an unprecedented 90 missiles at Ukraine, the air force said.",
             expected: [Expected("", .launch, "unspecified-missile", 90, by: "ua-air-force")]),
        // An attack on a named place struck it; attacks on places named by no name are no claim.
        Case(text: "Governor Vyacheslav Gladkov reported a drone attack on the Shebekino district overnight.",
             expected: [Expected("", .strike, "unspecified-drone", nil, by: "ru-gov-belgorod")]),
        Case(text: "President Zelensky condemned a wave of drone attacks on Ukrainian cities.",
             expected: [], absent: [("unspecified-drone", nil)]),
        // ... and a figure that dropped is no weapon used.
        Case(text: "The ministry said the number of drones dropped by half last month.",
             expected: [], absent: [("unspecified-drone", nil)]),
    ]

    @Test(arguments: cases)
    func findsTheUse(_ test: Case) {
        test.check()
    }

    /// Another office telling the same action ("the drone") makes a claim of its own; the same
    /// speaker telling it again does not.
    @Test(arguments: [
        ("Governor Vyacheslav Gladkov said air defences destroyed one drone over Belgorod. The Russian Defence Ministry said the Ukrainian drone was shot down over the Belgorod region.", ["ru-gov-belgorod", "ru-mod"]),
        ("Air defences destroyed one drone over Belgorod, Governor Vyacheslav Gladkov said. The drone was shot down over the city's outskirts, he added.", ["ru-gov-belgorod"]),
    ])
    func restatementsByAnotherOffice(_ text: String, _ claimants: [String]) {
        let candidates = ExtractionFixture.extract(text)
        #expect(candidates.compactMap(\.claimant) == claimants)
        #expect(candidates.allSatisfy { $0.count.exact == 1 && $0.kind == .intercept })
    }

    /// "according to the Telegram channel of X" is X; "he said" is an actor of a sentence before,
    /// not the army this sentence names as the subject of its action.
    @Test(arguments: [
        ("Over seven days Russia used about 600 guided bombs against Ukraine, according to the Telegram channel of President Volodymyr Zelensky.", "ua-president"),
        ("President Volodymyr Zelensky spoke on Sunday evening. \"This week alone, the Russian army used about 600 guided bombs,\" he said.", "ua-president"),
    ])
    func speakersBehindChannelsAndPronouns(_ text: String, _ claimant: String) throws {
        let candidate = try #require(ExtractionFixture.extract(text).first)
        #expect(candidate.claimant == claimant)
    }

    /// Another country's ministry ("Jordan's Ministry of Defence") is never Ukraine's or Russia's;
    /// Britain's is the UK's; Russia's and Ukraine's stay theirs.
    @Test(arguments: [
        ("Jordan's Ministry of Defence said its jets shot down 7 Iranian drones.", nil as String?),
        ("Britain's Ministry of Defence said RAF Typhoon jets shot down 4 drones over Iraq.", "uk-mod"),
        ("Russia's Ministry of Defence said its air defences shot down 12 drones over the Belgorod region.", "ru-mod"),
        ("Ukraine's Ministry of Defence said 12 drones were shot down over the Kyiv region.", "ua-mod"),
    ])
    func ministriesOfOtherCountries(_ text: String, _ claimant: String?) throws {
        let candidate = try #require(ExtractionFixture.extract(text).first)
        #expect(candidate.claimant == claimant)
    }
}

/// A total told with its parts by place in the same sentence ("including 17 over the Bryansk
/// region", "overnight: 17 over ..."): parts that add up replace the total, a partial breakdown
/// keeps it. Sentences written for these tests, with near misses.
@Suite struct ExtractorPlacedBreakdownTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "Russia's defence ministry said its air defences destroyed 30 Ukrainian drones overnight, including 12 over the Kursk region, 10 over the Belgorod region and 8 over the Voronezh region.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ru-mod", at: "kursk-oblast"),
                        Expected("", .intercept, "unspecified-drone", 10, by: "ru-mod", at: "belgorod-oblast"),
                        Expected("", .intercept, "unspecified-drone", 8, by: "ru-mod", at: "voronezh-oblast")],
             absent: [("unspecified-drone", 30)]),
        Case(text: "The ministry said 25 drones were shot down on Monday: 15 over the Bryansk region and 10 over the Oryol region.",
             expected: [Expected("", .intercept, "unspecified-drone", 15, by: "ru-mod", at: "bryansk-oblast"),
                        Expected("", .intercept, "unspecified-drone", 10, by: "ru-mod", at: "oryol-oblast")],
             absent: [("unspecified-drone", 25)]),
        // A partial breakdown keeps the total and the part ...
        Case(text: "Russia's defence ministry said it downed 50 drones, including 21 over the Moscow region.",
             expected: [Expected("", .intercept, "unspecified-drone", 50, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 21, by: "ru-mod", at: "moscow-oblast")]),
        // ... a subset told otherwise than by place is no claim of its own ...
        Case(text: "The air force said it shot down 40 missiles, including 9 that were aimed at the capital.",
             expected: [Expected("", .intercept, "unspecified-missile", 40, by: "ua-air-force")],
             absent: [("unspecified-missile", 9)]),
        // ... and a list of places with no total is all parts.
        Case(text: "The ministry said seven drones were downed over the Tula region, four over the Kaluga region and two over the Moscow region.",
             expected: [Expected("", .intercept, "unspecified-drone", 7, by: "ru-mod", at: "tula-oblast"),
                        Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod", at: "kaluga-oblast"),
                        Expected("", .intercept, "unspecified-drone", 2, by: "ru-mod", at: "moscow-oblast")]),
        // "Out of N X ..., air defences destroyed M": M of the N (the object, as well as a linked part).
        Case(text: "Out of 20 Shahed drones fired at Kharkiv, air defences destroyed 17, the air force said.",
             expected: [Expected("", .intercept, "shahed-136", 17, of: 20, by: "ua-air-force")]),
        // "another five over ...": one more part of the list, after "and" or a comma.
        Case(text: "The Defence Ministry said 24 drones were shot down: 12 over the Kursk Region, 8 over the Oryol Region, another four over the Tula Region.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ru-mod", at: "kursk-oblast"),
                        Expected("", .intercept, "unspecified-drone", 8, by: "ru-mod", at: "oryol-oblast"),
                        Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod", at: "tula-oblast")],
             absent: [("unspecified-drone", 24)]),
        Case(text: "The Defence Ministry said 11 drones were shot down over the Bryansk Region and another three over the Kaluga Region.",
             expected: [Expected("", .intercept, "unspecified-drone", 11, by: "ru-mod", at: "bryansk-oblast"),
                        Expected("", .intercept, "unspecified-drone", 3, by: "ru-mod", at: "kaluga-oblast")]),
        // Items by towns the taxonomy does not know, after a preposition of position ...
        Case(text: "Governor Alexander Bogomaz said four drones were destroyed near Starodub and another one near Surazh.",
             expected: [Expected("", .intercept, "unspecified-drone", 4, by: "ru-gov-bryansk"),
                        Expected("", .intercept, "unspecified-drone", 1, by: "ru-gov-bryansk")]),
        Case(text: "The governor said two drones were shot down over Novaya Kakhovka and another three over Kherson.",
             expected: [Expected("", .intercept, "unspecified-drone", 2, by: "ua-gov-kherson"),
                        Expected("", .intercept, "unspecified-drone", 3, by: "ua-gov-kherson")]),
        // ... not after "in" or "on", which also take months, channels and offices.
        Case(text: "Governor Alexander Bogomaz said four drones were destroyed near Starodub, and another one in Telegram videos looked burnt.",
             expected: [Expected("", .intercept, "unspecified-drone", 4, by: "ru-gov-bryansk")],
             absent: [("unspecified-drone", 1)]),
        // "over the territory of the X region" (the MoD's wording in translation) in every item;
        // items that name the weapon again still replace the total they add up to.
        Case(text: "Russia's Defence Ministry said air defences destroyed 17 Ukrainian drones: 8 UAVs over the territory of the Bryansk region, 5 UAVs over the territory of the Oryol region and 4 UAVs over the territory of the Tula region.",
             expected: [Expected("", .intercept, "unspecified-drone", 8, by: "ru-mod", at: "bryansk-oblast"),
                        Expected("", .intercept, "unspecified-drone", 5, by: "ru-mod", at: "oryol-oblast"),
                        Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod", at: "tula-oblast")],
             absent: [("unspecified-drone", 17)]),
        // A passive whole with "including" parts by place, and a compass adjective before the region.
        Case(text: "The ministry said 60 Ukrainian drones were shot down overnight, including 31 in the southern Rostov region and 12 in the Belgorod region.",
             expected: [Expected("", .intercept, "unspecified-drone", 60, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 31, by: "ru-mod", at: "rostov-oblast"),
                        Expected("", .intercept, "unspecified-drone", 12, by: "ru-mod", at: "belgorod-oblast")]),
        // Near miss: a count of people after the parts is no part.
        Case(text: "The ministry said 20 drones were shot down, including 9 over the Kursk region, where three people were injured.",
             expected: [Expected("", .intercept, "unspecified-drone", 20, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 9, by: "ru-mod", at: "kursk-oblast")],
             absent: [("unspecified-drone", 3)]),
    ]

    @Test(arguments: cases)
    func findsTheParts(_ test: Case) {
        test.check()
    }
}
