import ClaimsCore
import ClaimsExtraction
import Testing

/// Clause shapes of news English: a participle between commas, a headline's passive, the scope of
/// a denial, a press service as speaker, lists told in the next sentence or "each" over several
/// places, and words between a count and its weapon. Sentences written for these tests, each
/// with a near miss that must not match.
@Suite struct ExtractorClauseTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        // A participle between commas tells where the weapons came from; the clause's verb follows.
        Case(text: "Nine Shahed drones, launched from the Bryansk region, were shot down over Chernihiv, the Ukrainian Air Force said.",
             expected: [Expected("", .intercept, "shahed-136", 9, by: "ua-air-force")],
             absent: [("shahed-136", nil)]),
        Case(text: "One more attack drone, fired from occupied Crimea, was also destroyed, the air force said.",
             expected: [Expected("", .intercept, "unspecified-strike-drone", 1, by: "ua-air-force")]),
        Case(text: "Two Kalibr missiles, fired from a submarine in the Black Sea, hit a grain terminal in Odesa, the regional governor said.",
             expected: [Expected("", .strike, "kalibr", 2, by: "ua-gov-odesa")]),
        // Near miss: with no verb of its own after the second comma, the participle is the verb.
        Case(text: "Russia launched nine drones, fired from the Kursk region, the air force said.",
             expected: [Expected("", .launch, "unspecified-drone", 9, by: "ua-air-force")]),
        // A headline's passive has no auxiliary and no object.
        Case(text: "Air force says 16 Russian cruise missiles destroyed amid strikes on power plants",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 16, by: "ua-air-force")],
             absent: [("unspecified-cruise-missile", nil)]),
        Case(text: "Seven Ukrainian drones downed over Belgorod, Russian Defence Ministry says",
             expected: [Expected("", .intercept, "unspecified-drone", 7, by: "ru-mod")]),
        // Near miss: an active verb with an object is a strike.
        Case(text: "Ukrainian missiles destroyed three Russian radar stations, the General Staff said.",
             expected: [Expected("", .strike, "unspecified-missile", nil, by: "ua-general-staff")]),
        // A denial or a refusal to comment ends with its clause ...
        Case(text: "Moscow did not comment on the fire, but the Russian Defence Ministry said 35 Ukrainian drones were shot down overnight.",
             expected: [Expected("", .intercept, "unspecified-drone", 35, by: "ru-mod")]),
        // ... and still covers the claim it rejects.
        Case(text: "Kyiv denied that 35 of its drones were shot down over Crimea.",
             expected: [], absent: [("unspecified-drone", 35)]),
        // A press service speaks for its body.
        Case(text: "Air defences shot down 12 attack drones overnight, the Ukrainian Air Force press service reported.",
             expected: [Expected("", .intercept, "unspecified-strike-drone", 12, by: "ua-air-force")]),
        Case(text: "Eleven drones were destroyed over the Kursk region, the Russian Defence Ministry's press office said.",
             expected: [Expected("", .intercept, "unspecified-drone", 11, by: "ru-mod")]),
        // A launch site "from the airspace over X" ends before the next item of the list.
        Case(text: "The Ukrainian Air Force said Russia launched three Kh-59 missiles from the airspace over the Kursk region and 25 Shahed drones from Primorsko-Akhtarsk.",
             expected: [Expected("", .launch, "kh-59", 3, by: "ua-air-force"),
                        Expected("", .launch, "shahed-136", 25, by: "ua-air-force")]),
        // "A total of N launches" after an uncounted launch is its count ...
        Case(text: "\"The enemy also attacked from the Black Sea with Kalibr cruise missiles. A total of 9 launches,\" the Ukrainian Air Force said.",
             expected: [Expected("", .launch, "kalibr", 9, by: "ua-air-force")],
             absent: [("kalibr", nil)]),
        // ... but not after an interception.
        Case(text: "\"Air defences destroyed Kalibr cruise missiles over Odesa. A total of 9 launches were recorded on radar,\" the Ukrainian Air Force said.",
             expected: [Expected("", .intercept, "kalibr", nil, by: "ua-air-force")],
             absent: [("kalibr", 9)]),
        // "most of the N" is a part, uncounted, of N launched; "five of the N" is counted.
        Case(text: "Most of the 30 drones launched by Ukraine were shot down, Belgorod governor Vyacheslav Gladkov said.",
             expected: [Expected("", .intercept, "unspecified-drone", nil, of: 30, by: "ru-gov-belgorod")],
             absent: [("unspecified-drone", 30)]),
        Case(text: "Five of the 30 drones launched by Ukraine were shot down, Belgorod governor Vyacheslav Gladkov said.",
             expected: [Expected("", .intercept, "unspecified-drone", 5, of: 30, by: "ru-gov-belgorod")]),
        // Weapons aimed at a target struck it when the statement calls the hits precise ...
        Case(text: "The Houthis said they targeted the USS Laboon with two ballistic missiles. Saree said the hits were precise and direct.",
             expected: [Expected("", .strike, "unspecified-ballistic-missile", 2, by: "houthis")],
             absent: [("unspecified-ballistic-missile", nil)]),
        // ... not when it says nothing of hits, or denies them.
        Case(text: "The Houthis said they targeted the USS Laboon with two ballistic missiles. Saree said the hits were not precise.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", 2, by: "houthis")]),
        // An operation with weapons says what was fired; it struck when the statement says it
        // achieved its goals, or a later sentence calls the hits precise.
        Case(text: "\"Our forces carried out a military operation targeting the destroyer with three ballistic missiles, and the operation achieved its goals,\" Houthi spokesman Yahya Saree said.",
             expected: [Expected("", .strike, "unspecified-ballistic-missile", 3, by: "houthis")],
             absent: [("unspecified-ballistic-missile", nil)]),
        Case(text: "Houthi spokesman Yahya Saree said the group carried out a military operation targeting a tanker with two drones.",
             expected: [Expected("", .launch, "unspecified-drone", 2, by: "houthis")]),
        Case(text: "Houthi spokesman Yahya Saree said the group carried out a military operation targeting a tanker with two drones. He said the hits were accurate.",
             expected: [Expected("", .strike, "unspecified-drone", 2, by: "houthis")]),
        // "M of which it managed to shoot down": the object of a relative clause with its own subject.
        Case(text: "The Ukrainian Air Force said Russia launched 44 drones overnight, 39 of which it managed to shoot down.",
             expected: [Expected("", .launch, "unspecified-drone", 44, by: "ua-air-force"),
                        Expected("", .intercept, "unspecified-drone", 39, of: 44, by: "ua-air-force")]),
        Case(text: "The Ukrainian Air Force said Russia launched 44 drones overnight, 39 of which air defences destroyed.",
             expected: [Expected("", .intercept, "unspecified-drone", 39, of: 44, by: "ua-air-force")]),
        // Near miss: a relative clause that claims no action.
        Case(text: "The Ukrainian Air Force said Russia launched 44 drones overnight, 39 of which it tracked on radar.",
             expected: [Expected("", .launch, "unspecified-drone", 44, by: "ua-air-force")],
             absent: [("unspecified-drone", 39)]),
        // Weapons "sent" overnight or toward a target were launched; weapons sent to a country were delivered.
        Case(text: "The Ukrainian Air Force said Russia sent 61 attack drones overnight.",
             expected: [Expected("", .launch, "unspecified-strike-drone", 61, by: "ua-air-force")]),
        Case(text: "Hezbollah sent three drones towards the Galilee, the IDF said.",
             expected: [Expected("", .launch, "unspecified-drone", 3, by: "idf")]),
        Case(text: "The Pentagon said the United States sent over 30 ATACMS missiles to Ukraine in the spring.",
             expected: [], absent: [("atacms", 30), ("atacms", nil)]),
        // "..., deploying two drones and a missile" after a clause that tells an attack: the weapons it used.
        Case(text: "The Houthis said they launched a coordinated assault on a tanker in the Gulf of Aden, deploying three drones and a missile.",
             expected: [Expected("", .launch, "unspecified-drone", 3, by: "houthis"),
                        Expected("", .launch, "unspecified-missile", 1, by: "houthis")]),
        // Near miss: units deployed are no weapons fired.
        Case(text: "The ministry said Russia is deploying two new drone units near the border, after an attack on Belgorod.",
             expected: [], absent: [("unspecified-drone", 2)]),
        // An office of a country no claimant stands for is nobody's claimant, not the last one named.
        Case(text: "The Houthis said they fired ballistic missiles at a tanker, after the British navy said a projectile had hit a vessel nearby.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", nil, by: "houthis")],
             absent: [("unspecified-rocket", 1)]),
        // A statement "quoted by" an outlet is still its speaker's.
        Case(text: "Houthi spokesman Yahya Saree said in a statement quoted by the Saba news agency that the group fired two ballistic missiles at a tanker.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", 2, by: "houthis")]),
        // "Another drone strike" after a strike is one more, not the same one told again.
        Case(text: "A drone hit a car in Belgorod, Governor Vyacheslav Gladkov said. Another drone strike damaged a shop.",
             expected: [Expected("", .strike, "unspecified-drone", 1, by: "ru-gov-belgorod"),
                        Expected("", .strike, "unspecified-drone", nil, by: "ru-gov-belgorod")]),
        // Words between a count and its weapon: a kind of drone, an ordinal after "a".
        Case(text: "The Israeli military said it intercepted a suspicious aerial target over the Galilee.",
             expected: [Expected("", .intercept, "unspecified-aerial-target", 1, by: "idf")]),
        Case(text: "CENTCOM said four suicide drones were shot down over the Red Sea.",
             expected: [Expected("", .intercept, "unspecified-drone", 4, by: "us-centcom")]),
        Case(text: "CENTCOM said the destroyer intercepted a second anti-ship ballistic missile fired by the Houthis.",
             expected: [Expected("", .intercept, "unspecified-anti-ship-ballistic-missile", 1, by: "us-centcom")],
             absent: [("unspecified-anti-ship-ballistic-missile", nil)]),
        // A list told in the next sentence after "These included" takes the whole's verb, and its
        // parts replace the whole they add up to ...
        Case(text: "The Russian Defence Ministry said air defences destroyed 20 drones over four regions. These included 10 drones over Bryansk, six over Kaluga and two each over Tula and Oryol.",
             expected: [Expected("", .intercept, "unspecified-drone", 10, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 6, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 2, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 2, by: "ru-mod")],
             absent: [("unspecified-drone", 20)]),
        // ... while "across N regions" before "including" is where, not a count of weapons.
        Case(text: "The Russian Defence Ministry said air defences destroyed 20 drones across four regions, including 10 over Bryansk and six over Kaluga.",
             expected: [Expected("", .intercept, "unspecified-drone", 20, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 10, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 6, by: "ru-mod")],
             absent: [("unspecified-drone", 4)]),
        // "each" over several places: one part for each place.
        Case(text: "The Russian Defence Ministry said air defences shot down 12 drones over Bryansk and four each over Kaluga and Tula.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod")]),
        // Near miss: "each" over one place is one claim.
        Case(text: "The Russian Defence Ministry said air defences destroyed two drones each over Kaluga.",
             expected: [Expected("", .intercept, "unspecified-drone", 2, by: "ru-mod")]),
    ]

    @Test(arguments: cases)
    func readsTheClause(_ test: Case) {
        test.check()
    }

    /// "two each over A and B" gives exactly two parts, one placed in each region.
    @Test func eachOverSeveralPlacesGivesOnePartPerPlace() {
        let candidates = ExtractionFixture.extract("The Russian Defence Ministry said air defences destroyed two drones each over Kaluga and Lipetsk.")
        #expect(candidates.count == 2, "\(candidates.map(\.summary))")
        #expect(Set(candidates.compactMap(\.place)).count == 2, "\(candidates.map(\.place))")
    }
}
