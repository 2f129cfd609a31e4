import ClaimsCore
import ClaimsExtraction
import Testing

/// One count or one noun for weapons of several classes (SPEC §4: composites are never split by
/// guess). Sentences written for these tests, each with a near miss that must not match.
@Suite struct ExtractorCompositeTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        // Class adjectives coordinated before one head noun: missiles of the family, not one class ...
        Case(text: "The air force said Russia fired ballistic and cruise missiles at Odesa overnight.",
             expected: [Expected("", .launch, "unspecified-missile", nil, by: "ua-air-force")],
             absent: [("unspecified-cruise-missile", nil), ("unspecified-ballistic-missile", nil)]),
        Case(text: "Russia attacked Lviv with 14 cruise and ballistic missiles, the regional governor said.",
             expected: [Expected("", .launch, "unspecified-missile", 14, by: "ua-gov-lviv")],
             absent: [("unspecified-cruise-missile", 14), ("unspecified-ballistic-missile", nil)]),
        Case(text: "Air defences shot down 9 of the 11 ballistic, cruise and hypersonic missiles, the air force said.",
             expected: [Expected("", .intercept, "unspecified-missile", 9, of: 11, by: "ua-air-force")],
             absent: [("unspecified-hypersonic-missile", 9)]),
        // ... and no one named class of them refines the composite.
        Case(text: "The Houthis said they launched ballistic missiles at a tanker. They said they also targeted a destroyer with ballistic and cruise missiles, and the operation achieved its goals.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", nil, by: "houthis"),
                        Expected("", .strike, "unspecified-missile", nil, by: "houthis")]),
        // Near misses: each class with its own noun stays itself; an adjective that names no class
        // leaves the noun alone.
        Case(text: "The air force said Russia fired ballistic missiles and cruise missiles at Odesa overnight.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", nil, by: "ua-air-force"),
                        Expected("", .launch, "unspecified-cruise-missile", nil, by: "ua-air-force")],
             absent: [("unspecified-missile", nil)]),
        Case(text: "The air force said Russia fired new cruise missiles at Odesa overnight.",
             expected: [Expected("", .launch, "unspecified-cruise-missile", nil, by: "ua-air-force")],
             absent: [("unspecified-missile", nil)]),
        // One count for drones and missiles together: aerial targets, never the drones alone ...
        Case(text: "Russia launched 60 drones and missiles at Ukraine overnight, the air force said.",
             expected: [Expected("", .launch, "unspecified-aerial-target", 60, by: "ua-air-force")],
             absent: [("unspecified-drone", 60), ("unspecified-missile", nil)]),
        Case(text: "The air force said air defences downed 37 missiles and drones over the Kyiv region.",
             expected: [Expected("", .intercept, "unspecified-aerial-target", 37, by: "ua-air-force")],
             absent: [("unspecified-missile", 37)]),
        // ... while two counts are two claims, and a second noun that opens its own clause is no part.
        Case(text: "Russia launched 60 drones and three missiles at Ukraine overnight, the air force said.",
             expected: [Expected("", .launch, "unspecified-drone", 60, by: "ua-air-force"),
                        Expected("", .launch, "unspecified-missile", 3, by: "ua-air-force")],
             absent: [("unspecified-aerial-target", 60)]),
        Case(text: "Russia launched 60 drones and missiles were fired from the Black Sea, the air force said.",
             expected: [Expected("", .launch, "unspecified-drone", 60, by: "ua-air-force")],
             absent: [("unspecified-aerial-target", 60)]),
    ]

    @Test(arguments: cases)
    func keepsTheComposite(_ test: Case) {
        test.check()
    }
}
