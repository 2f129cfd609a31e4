import ClaimsCore
import ClaimsExtraction
import Testing

/// What a statement asserts and who makes it: "не уточнил, все ли ..." asks; "Ранее <office>
/// сообщило, что ..." is a dated report (with nobody named, a recap); "голова ОВА <name>" is the
/// named holder's office. Passages written for these tests, with near misses.
@Suite struct SlavicStatementTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "an earlier report by a named office is a claim",
            "Ранее ЦАХАЛ сообщил, что ВВС Израиля перехватили беспилотник, запущенный из Йемена.",
            [claim(.intercept, "unspecified-drone", 1, side: .thirdParty, by: "idf")]
        ),
        SlavicReport(
            "'Ранее' with the ministry's imperfective 'сообщало'",
            "Ранее Минобороны России сообщало, что ПВО сбила 20 беспилотников над Курской областью.",
            [claim(.intercept, "unspecified-drone", 20, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'Раніше' with the Air Force speaking is a claim",
            "Раніше Повітряні сили повідомили, що над Сумщиною збито 12 дронів.",
            [claim(.intercept, "unspecified-drone", 12, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a generic title before the holder's name: the name tells the office",
            "Голова ОВА Олександр Старух повідомив, що окупанти випустили по місту чотири ракети С-300.",
            [claim(.launch, "s-300", 4, side: .ukraine, by: "ua-gov-zaporizhzhia")]
        ),
        SlavicReport(
            "the same after the speech word",
            "Як повідомив голова ОВА Олег Синєгубов, ворог скинув на Харків дві керовані авіабомби.",
            [claim(.launch, "kab", 2, side: .ukraine, by: "ua-gov-kharkiv")]
        ),
        SlavicReport(
            "near miss: an affirmed 'все ракеты' is a claim",
            "Глава КГВА уточнил, что все ракеты были сбиты над городом.",
            [claim(.intercept, "unspecified-missile", nil, side: .ukraine, by: "ua-kyiv-city")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheStatement(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    /// A question ("все ли", "были ли") asserts nothing; "Ранее"/"Раніше" with nobody named recalls.
    @Test(arguments: [
        "Глава КГВА не уточнил, все ли беспилотники удалось сбить.",
        "Губернатор не сообщил, были ли сбиты ракеты над городом.",
        "Ранее ПВО перехватили 42 беспилотника над регионом.",
        "Раніше ППО збила 30 дронів над областю.",
    ])
    func givesNoClaim(_ sentence: String) {
        let candidates = SlavicFixture.extract(sentence)
        #expect(candidates.isEmpty, "got: \(candidates.map(\.summary))")
    }
}
