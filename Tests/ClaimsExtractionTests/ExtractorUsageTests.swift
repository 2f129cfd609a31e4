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
    ]

    @Test(arguments: cases)
    func findsTheUse(_ test: Case) {
        test.check()
    }
}
