import ClaimsCore
import ClaimsExtraction
import Testing

/// Round tens as counts: "десяток", "близько десятка" (about ten), "три десятка" (thirty); "кілька
/// десятків" stays vague. Passages written for these tests, with near misses.
@Suite struct SlavicDozenTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'приблизно десяток' is about ten",
            "За даними КМВА, над столицею знищено приблизно десяток ворожих ракет.",
            [claim(.intercept, "unspecified-missile", 10, side: .ukraine, by: "ua-kyiv-city")]
        ),
        SlavicReport(
            "'близько десятка' in the genitive",
            "Сили ППО збили близько десятка шахедів над Одещиною, повідомили Повітряні сили.",
            [claim(.intercept, "shahed-136", 10, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a bare 'десяток'",
            "Над Курской областью уничтожен десяток украинских беспилотников, сообщило Минобороны России.",
            [claim(.intercept, "unspecified-drone", 10, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'три десятка' is thirty",
            "Дежурные средства ПВО сбили три десятка беспилотников над Брянской областью, сообщило Минобороны России.",
            [claim(.intercept, "unspecified-drone", 30, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'дві десятки' in Ukrainian is twenty",
            "Ворог запустив по півдню дві десятки дронів, повідомили в Повітряних силах.",
            [claim(.launch, "unspecified-drone", 20, side: .ukraine, by: "ua-air-force")]
        ),
        // Near misses: tens counted vaguely have no number.
        SlavicReport(
            "'кілька десятків' stays vague",
            "Окупанти випустили кілька десятків дронів по Харківщині, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-drone", nil, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'несколько десятков' stays vague",
            "Над регионом сбиты несколько десятков беспилотников, сообщило Минобороны России.",
            [claim(.intercept, "unspecified-drone", nil, side: .russia, by: "ru-mod")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheTens(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    /// "десяток" is about ten, kept with its words; "кілька десятків" keeps both words.
    @Test func roundTensKeepTheirWords() throws {
        let about = try #require(SlavicFixture.extract("Сили ППО збили близько десятка шахедів над Одещиною, повідомили Повітряні сили.").first)
        #expect(about.count.qualifier == .about && about.count.text == "близько десятка", "\(about.count)")
        let bare = try #require(SlavicFixture.extract("Над Курской областью уничтожен десяток украинских беспилотников, сообщило Минобороны России.").first)
        #expect(bare.count.qualifier == .about && bare.count.text == "десяток", "\(bare.count)")
        let vague = try #require(SlavicFixture.extract("Окупанти випустили кілька десятків дронів по Харківщині, повідомили Повітряні сили.").first)
        #expect(vague.count.text == "кілька десятків", "\(vague.count)")
    }
}
