import ClaimsCore
import ClaimsExtraction
import Testing

/// Wording found on unseen posts and relays: who acts decides the kind ("ПВО поразили" is an
/// interception), slang for shooting down, "– усі знищено" after a count, a singular adjective
/// before an abbreviation that does not decline, and the owner of the weapons in the genitive
/// ("беспилотников ВСУ"), who never speaks. Passages written for these tests, with near misses.
@Suite struct SlavicSubjectTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "air defence as the subject of 'поразили' shoots down",
            "Дежурные расчеты ПВО поразили 12 беспилотников над Брянской областью, сообщило Минобороны России.",
            [claim(.intercept, "unspecified-drone", 12, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "near miss: weapons that hit an air-defence position struck it",
            "Две ракеты поразили позиции ПВО под Белгородом, сообщило Минобороны России.",
            [claim(.strike, "unspecified-missile", 2, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "the slang 'відмінусували' is an interception",
            "Захисники неба відмінусували чотири ворожі шахеди, повідомили Повітряні сили.",
            [claim(.intercept, "shahed-136", 4, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'– усі знищено' after a launch: every one of them",
            "Ворог запустив з моря п'ять Калібрів – усі знищено, повідомили Повітряні сили.",
            [claim(.launch, "kalibr", 5, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "kalibr", 5, of: 5, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "near miss: '– усі влучили' is no interception",
            "Ворог запустив з моря п'ять Калібрів – усі влучили в ціль, повідомили Повітряні сили.",
            [claim(.launch, "kalibr", 5, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a singular adjective before 'БПЛА' counts one",
            "Бійці ППО знищили ворожий БПЛА над Сумщиною, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-drone", 1, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "near miss: a plural adjective before 'БПЛА' does not",
            "Бійці ППО знищили ворожі БПЛА над Сумщиною, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-drone", nil, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheSubject(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    /// "беспилотника ВСУ": the owner of the drones is neither the speaker nor an office a later
    /// generic speaker resolves to.
    @Test(arguments: [
        "Губернатор заявил, что над городом системой ПВО сбиты три беспилотника ВСУ.",
        "Губернатор заявил: «Над городом системой ПВО сбиты три беспилотника ВСУ».",
    ])
    func weaponOwnerIsNoClaimant(_ text: String) {
        let candidates = SlavicFixture.extract(text)
        #expect(candidates.count == 1)
        #expect(candidates.allSatisfy { $0.claimant != "ua-armed-forces" }, "\(candidates.map(\.claimant))")
    }
}
