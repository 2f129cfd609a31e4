import ClaimsCore
import ClaimsExtraction
import Testing

/// Names the taxonomy declines: "Кинджал" (the Ukrainian spelling with и) and "УАБ" (a guided
/// bomb with a glide kit, as КАБ). Passages written for these tests.
@Suite struct SlavicAliasTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'ракети «Кинджал»'",
            "Уночі ворог випустив по Києву чотири ракети «Кинджал», повідомили в Повітряних силах.",
            [claim(.launch, "kinzhal", 4, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'Кинджалами' in the instrumental",
            "Російська авіація атакувала Київщину двома Кинджалами, повідомили Повітряні сили.",
            [claim(.launch, "kinzhal", 2, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'Кинджали' in the plural",
            "Сили ППО збили три Кинджали над столицею, повідомили Повітряні сили.",
            [claim(.intercept, "kinzhal", 3, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'УАБи' dropped",
            "Окупанти скинули на Херсон три УАБи, повідомив голова Херсонської ОВА.",
            [claim(.launch, "kab", 3, side: .ukraine, by: "ua-gov-kherson")]
        ),
        SlavicReport(
            "'УАБами по X' struck",
            "Российские войска ударили двумя УАБами по Запорожью, сообщил глава Запорожской ОВА Иван Федоров.",
            [claim(.strike, "kab", 2, side: .ukraine, by: "ua-gov-zaporizhzhia")]
        ),
        SlavicReport(
            "'УАБов' in the genitive",
            "Российская авиация сбросила пять УАБов на пригород Харькова, сообщил Синегубов.",
            [claim(.launch, "kab", 5, side: .ukraine, by: "ua-gov-kharkiv")]
        ),
    ]

    @Test(arguments: reports)
    func resolvesTheName(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}
