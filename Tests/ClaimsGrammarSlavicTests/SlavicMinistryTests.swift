import ClaimsCore
import ClaimsExtraction
import Testing

/// A defence ministry named without its country ("сообщило Минобороны", "Міноборони:"), as a
/// header before a colon, and offices as the grammatical subject (neuter verbs: "Міноборони
/// знищило", "Минобороны сбило"). Passages written for these tests.
@Suite struct SlavicMinistryTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "a named ministry as a header before a colon",
            "Минобороны России: за сутки над Курской областью сбиты 7 беспилотников.",
            [claim(.intercept, "unspecified-drone", 7, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a bare 'Минобороны' as a header is Russia's in Russian text",
            "Минобороны: за сутки над Курской областью сбиты 7 беспилотников.",
            [claim(.intercept, "unspecified-drone", 7, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a bare 'Минобороны' next to the speech word speaks, not the subject of the sentence",
            "ВСУ выпустили по Белгородской области четыре ракеты ATACMS, сообщило Минобороны.",
            [claim(.launch, "atacms", 4, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a bare 'Міноборони' is Ukraine's in Ukrainian text",
            "Міноборони повідомило, що над Київщиною знищено 5 ворожих дронів.",
            [claim(.intercept, "unspecified-drone", 5, side: .ukraine, by: "ua-mod")]
        ),
        SlavicReport(
            "an adjective before it says whose, with a neuter verb",
            "Російське Міноборони заявило, що вночі знищило 20 дронів над Курською областю.",
            [claim(.intercept, "unspecified-drone", 20, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'в ведомстве' is the office named before, not the governor named last",
            """
            Минобороны России сообщило об атаке беспилотников. Губернатор Воронежской области Александр Гусев сообщил, что пострадавших нет.
            Также в ведомстве уточнили, что над Воронежской областью сбиты 12 беспилотников.
            """,
            [claim(.intercept, "unspecified-drone", 12, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a ministry far from the speech word does not speak (a governor does)",
            "Губернатор Белгородской области Вячеслав Гладков сообщил, что над регионом сбиты три беспилотника, летевшие к объектам Минобороны.",
            [claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-gov-belgorod")]
        ),
    ]

    @Test(arguments: reports)
    func findsEveryClaimAndItsSpeaker(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// Bombs dropped ("скинули", "сбросили") were launched; a drone that dropped explosives struck.
/// Passages written for these tests.
@Suite struct SlavicDropTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "guided bombs dropped on a region",
            "Окупанти скинули 18 керованих авіабомб на Сумщину, повідомили в обласній військовій адміністрації.",
            [claim(.launch, "kab", 18, side: .ukraine, by: "ua-gov-sumy")]
        ),
        SlavicReport(
            "a name nearest the speech word across a comma gives way to one in its clause",
            "Российские самолеты сбросили 9 авиабомб на позиции ВСУ, сообщили в Минобороны.",
            [claim(.launch, "unspecified-bomb", 9, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a drone that dropped explosives struck",
            "Дрон скинув вибухівку на подвір'я у Херсоні, повідомив голова ОВА Олександр Прокудін.",
            [claim(.strike, "unspecified-drone", 1, side: .ukraine, by: "ua-gov-kherson")]
        ),
    ]

    @Test(arguments: reports)
    func findsTheDrops(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}
