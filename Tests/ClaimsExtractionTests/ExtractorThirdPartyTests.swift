import ClaimsCore
import ClaimsExtraction
import Testing

/// Claimants outside Russia and Ukraine (US Central Command, the IDF, the Houthis, Pakistan's
/// army...) and weapons that real copy names beyond the war in Ukraine. Sentences written for
/// these tests.
@Suite struct ExtractorThirdPartyTests {
    static let cases: [Expected] = [
        // "U.S." is one word, as "US": the count before it still counts the drone.
        Expected("The Houthis shot down a U.S. MQ-9 Reaper drone off the coast of Yemen, the Pentagon confirmed.",
                 .intercept, "mq-9", 1, by: "us-dod"),
        // "Projectiles" fired across a border are rockets.
        Expected("The Israeli military said 25 projectiles were fired from southern Lebanon on Sunday.",
                 .launch, "unspecified-rocket", 25, by: "idf"),
        Expected("The Israeli army said its jets intercepted two drones fired from Yemen on Monday.",
                 .intercept, "unspecified-drone", 2, by: "idf"),
        Expected("CENTCOM said US forces destroyed three anti-ship ballistic missiles over the Red Sea.",
                 .intercept, "unspecified-anti-ship-ballistic-missile", 3, by: "us-centcom"),
        Expected("The Houthis launched a ballistic missile at a tanker, the group's military spokesman Yahya Saree said.",
                 .launch, "unspecified-ballistic-missile", 1, by: "houthis"),
        Expected("Pakistan's army said it had brought down 14 Harop drones near the border.",
                 .intercept, "harop", 14, by: "pk-army"),
        Expected("Hezbollah said it fired a salvo of Katyusha rockets at an army base.",
                 .launch, "katyusha", nil, by: "hezbollah"),
        Expected("The Pentagon confirmed that an MQ-9 Reaper was shot down off the coast of Yemen.",
                 .intercept, "mq-9", 1, by: "us-dod"),
        Expected("The Saudi-led coalition said it intercepted four drones launched toward Jazan.",
                 .intercept, "unspecified-drone", 4, by: "arab-coalition"),
        // An armed group's name as an adjective does not hide the weapon.
        Expected("US Central Command said American warships have shot down five Houthi attack drones over the Gulf of Aden.",
                 .intercept, "unspecified-strike-drone", 5, by: "us-centcom"),
        Expected("The IDF said its Arrow system intercepted a surface-to-surface missile fired from Yemen.",
                 .intercept, "unspecified-missile", 1, by: "idf"),
    ]

    @Test(arguments: cases)
    func findsTheClaim(_ expected: Expected) {
        let candidates = ExtractionFixture.extract(expected.text)
        #expect(candidates.contains(where: expected.isMatched(by:)), "\(candidates.map { "\($0.kind) \($0.system) \($0.count) \($0.claimant ?? "?")" })")
    }

    /// Names real copy uses for systems, matched to their entries.
    @Test(arguments: [
        ("Iskander-M or KN-23", "iskander-m-or-kn-23"), ("Kh-22/Kh-32", "kh-22-or-kh-32"), ("Hrim-2", "hrim-2"),
        ("Vampir", "vampire"), ("aerial targets", "unspecified-aerial-target"), ("decoy drones", "unspecified-decoy-drone"),
        ("anti-ship missiles", "unspecified-anti-ship-missile"), ("IAI Harop", "harop"), ("MQ-9 Reaper", "mq-9"),
    ])
    func realCopyNamesResolve(name: String, id: String) throws {
        #expect(try ExtractionFixture.taxonomy.resolveSystem(name) == id)
    }
}
