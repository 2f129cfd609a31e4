import ClaimsCore
import ClaimsExtraction
import Testing

/// "all" of the weapons just counted: "Вони всі знищені", "они все сбиты" (the pronoun first),
/// "сбила все беспилотники" after a counted launch. Passages written for these tests, with near
/// misses.
@Suite struct SlavicAllOfThemTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'Вони всі' in the next sentence",
            "Речник Повітряних сил повідомив, що росіяни запустили по Одесі п'ять ракет Х-47М2. Вони всі знищені силами ППО.",
            [claim(.launch, "kinzhal", 5, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "kinzhal", 5, of: 5, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'они все' after a comma",
            "Противник выпустил по Харькову три ракеты С-300, они все сбиты, сообщил Синегубов.",
            [claim(.launch, "s-300", 3, side: .ukraine, by: "ua-gov-kharkiv"),
             claim(.intercept, "s-300", 3, of: 3, side: .ukraine, by: "ua-gov-kharkiv")]
        ),
        SlavicReport(
            "'все беспилотники' after a counted attack in the sentence before",
            "Губернатор Брянской области сообщил, что ВСУ атаковали поселок пятью беспилотниками. ПВО сбила все беспилотники.",
            [claim(.launch, "unspecified-drone", 5, side: .russia, by: "ru-gov-bryansk"),
             claim(.intercept, "unspecified-drone", 5, of: 5, side: .russia, by: "ru-gov-bryansk")]
        ),
        SlavicReport(
            "'усі ракети' after a count in the same sentence",
            "Ворог випустив по Києву вісім ракет, усі ракети збито, повідомили в КМВА.",
            [claim(.launch, "unspecified-missile", 8, side: .ukraine, by: "ua-kyiv-city"),
             claim(.intercept, "unspecified-missile", 8, of: 8, side: .ukraine, by: "ua-kyiv-city")]
        ),
        SlavicReport(
            "'все летательные аппараты': craft named by no weapon's name",
            "Губернатор Белгородской области сообщил, что ВСУ атаковали город шестью беспилотниками. Силы ПВО сбили все летательные аппараты.",
            [claim(.launch, "unspecified-drone", 6, side: .russia, by: "ru-gov-belgorod"),
             claim(.intercept, "unspecified-drone", 6, of: 6, side: .russia, by: "ru-gov-belgorod")]
        ),
        // Near misses: no count to take, or one of another family.
        SlavicReport(
            "'все беспилотники' with nothing counted before",
            "Губернатор Брянской области сообщил, что ПВО сбила все беспилотники над поселком.",
            [claim(.intercept, "unspecified-drone", nil, side: .russia, by: "ru-gov-bryansk")]
        ),
        SlavicReport(
            "'всі, крім однієї': all but one is no count of all",
            "Ворог випустив по Києву вісім ракет. Усі ракети, крім однієї, збито, повідомили в КМВА.",
            [claim(.launch, "unspecified-missile", 8, side: .ukraine, by: "ua-kyiv-city"),
             claim(.intercept, "unspecified-missile", nil, side: .ukraine, by: "ua-kyiv-city")]
        ),
        SlavicReport(
            "'все ракеты' after counted drones",
            "ВСУ атаковали Белгород семью беспилотниками, ПВО сбила все ракеты, сообщил губернатор Белгородской области.",
            [claim(.launch, "unspecified-drone", 7, side: .russia, by: "ru-gov-belgorod"),
             claim(.intercept, "unspecified-missile", nil, side: .russia, by: "ru-gov-belgorod")]
        ),
    ]

    @Test(arguments: reports)
    func countsAllOfThem(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    @Test func aPronounWithAllAndNoActionIsNoClaim() {
        let candidates = SlavicFixture.extract("Росіяни запустили по Одесі п'ять ракет. Вони всі летіли з моря.")
        #expect(!candidates.contains { $0.kind == .intercept }, "\(candidates.map(\.summary))")
    }
}
