import ClaimsCore
import ClaimsExtraction
import Testing

/// A whole and its part in one sentence: "З 40 ракет ..., 35 збили", "в повітрі було 30 ракет,
/// з них 27 знищено": the part is the claim, the whole its launched count. Passages written for
/// these tests.
@Suite struct SlavicPartTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "a whole that opens the sentence, told by its part",
            "З 40 ракет, випущених по Києву, 35 знищили сили ППО, повідомили в КМВА.",
            [claim(.intercept, "unspecified-missile", 35, of: 40, side: .ukraine, by: "ua-kyiv-city")]
        ),
        SlavicReport(
            "the same in Russian",
            "Из 18 беспилотников, запущенных по Одессе, 15 были сбиты, сообщили в Воздушных силах Украины.",
            [claim(.intercept, "unspecified-drone", 15, of: 18, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a whole with no verb of its own: the verb after 'з них' is the part's",
            "Загалом у повітрі було 24 крилаті ракети, з них 21 знищено, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-cruise-missile", 21, of: 24, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a whole with a verb of its own keeps its claim",
            "Росія випустила 50 дронів, з них 44 збито, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-drone", 50, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-drone", 44, of: 50, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'з' before a count that does not open the sentence is no partitive",
            "Сили ППО збили 12 з 15 дронів, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-drone", 12, of: 15, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func findsThePart(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}
