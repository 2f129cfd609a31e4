import ClaimsCore
import ClaimsExtraction
import Testing

/// One noun or one count for weapons of several classes ("балістичними та крилатими ракетами",
/// "25 ракет и беспилотников"): a composite, never split by guess (SPEC §4). Passages written
/// for these tests, with near misses.
@Suite struct SlavicCompositeTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "class adjectives coordinated before one noun (Ukrainian)",
            "Уночі росія атакувала Одесу балістичними та крилатими ракетами, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-missile", nil, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "class adjectives with a count (Russian)",
            "Противник выпустил по Харькову 9 крылатых и баллистических ракет, сообщили Воздушные силы ВСУ.",
            [claim(.launch, "unspecified-missile", 9, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "three classes, commas and a conjunction",
            "Ворог випустив крилаті, балістичні та гіперзвукові ракети, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-missile", nil, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "capitals are folded (І among them)",
            "УНОЧІ РОСІЯ АТАКУВАЛА ОДЕСУ БАЛІСТИЧНИМИ ТА КРИЛАТИМИ РАКЕТАМИ, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-missile", nil, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "near miss: each class with its own noun stays itself",
            "Ворог випустив балістичні ракети та крилаті ракети, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-ballistic-missile", nil, side: .ukraine, by: "ua-air-force"),
             claim(.launch, "unspecified-cruise-missile", nil, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "near miss: an adjective that names no class",
            "Ворог випустив нові та крилаті ракети, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-cruise-missile", nil, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "one count for missiles and drones (Ukrainian)",
            "Вночі ворог атакував Житомирщину 30 ракетами та дронами, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-aerial-target", 30, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "one count for missiles and drones (Russian)",
            "Средства ПВО сбили 18 ракет и беспилотников над Крымом, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-aerial-target", 18, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "near miss: two counts are two claims",
            "Вночі ворог атакував Житомирщину 30 дронами та двома ракетами, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-drone", 30, side: .ukraine, by: "ua-air-force"),
             claim(.launch, "unspecified-missile", 2, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func keepsTheComposite(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}
