import ClaimsCore
import ClaimsExtraction
import Testing

/// Who claims what in Ukrainian and Russian reports: a general staff named without its side,
/// offices written in lower case, two offices giving one figure, and a statement closed by
/// "Про це повідомили в ..." before another speaker's paragraph. Passages written for these tests.
@Suite struct SlavicSpeakerTests {
    static let reports: [SlavicReport] = [
        // A recap with no speaker of its own goes on in its paragraph ...
        SlavicReport(
            "a recap goes on in its paragraph",
            "Над областью сбит беспилотник, сообщил губернатор Курской области.\nНапомним, ночью рф выпустила по Украине 40 ракет. Силы ПВО сбили 35 из них.",
            [claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-gov-kursk")]
        ),
        // ... but an earlier statement told with its speaker is that speaker's claim.
        SlavicReport(
            "an earlier statement with its speaker",
            "Ранее мэр Москвы Сергей Собянин сообщил о новой атаке на столицу. По его словам, беспилотник был уничтожен расчетами ПВО.",
            [claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mayor-moscow")]
        ),
        // A verb asked about with "скільки" states nothing.
        SlavicReport(
            "a headline that asks how many",
            "Ніч на 200 дронів: скільки збила ППО\n\nРосія атакувала Україну 210 дронами, повідомили Повітряні сили. Збито 190 дронів.",
            [claim(.launch, "unspecified-drone", 210, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-drone", 190, of: 210, side: .ukraine, by: "ua-air-force")]
        ),
        // A quote of several sentences is the speaker's who closes it, even where air defence is
        // the subject of a sentence inside it ...
        SlavicReport(
            "a sentence inside a quote closed by its speaker",
            "«Ніч була неспокійною. Сили ППО збили над областю чотири шахеди. Загиблих немає», - повідомив голова Херсонської ОВА Олександр Прокудін.",
            [claim(.intercept, "shahed-136", 4, side: .ukraine, by: "ua-gov-kherson")]
        ),
        // ... but not a report before a quote in a paragraph of its own.
        SlavicReport(
            "a report before a quote of its own",
            "Сили ППО збили над Херсонщиною чотири шахеди.\n\n«Загиблих немає», - повідомив голова Херсонської ОВА Олександр Прокудін.",
            [claim(.intercept, "shahed-136", 4, side: .ukraine, by: "ua-air-force")]
        ),
        // "По утверждению X", "За твердженням X" (as X claims) name the speaker like "по данным X" ...
        SlavicReport(
            "'по утверждению' names the speaker",
            "По утверждению Минобороны РФ, над Азовским морем перехвачены две ракеты «Нептун».",
            [claim(.intercept, "neptune", 2, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'за твердженням' names the speaker",
            "За твердженням Міноборони РФ, над Бєлгородщиною збито чотири ракети.",
            [claim(.intercept, "unspecified-missile", 4, side: .russia, by: "ru-mod")]
        ),
        // ... and an assessment by nobody the taxonomy knows names nobody.
        SlavicReport(
            "'по оценке экспертов' names no office",
            "По оценке экспертов, над Азовским морем перехвачены две ракеты «Нептун».",
            [claim(.intercept, "neptune", 2, side: nil)]
        ),
        SlavicReport(
            "'у повідомленні Генштабу' after the General Staff was named",
            """
            Генеральний штаб ЗСУ підтвердив ураження нафтобази.

            "Сили ППО збили 12 ударних БпЛА над Херсонщиною", – йдеться у повідомленні Генштабу.
            """,
            [claim(.intercept, "unspecified-strike-drone", 12, side: .ukraine, by: "ua-general-staff")]
        ),
        SlavicReport(
            "'штабу' without 'Генерального' is no general staff",
            "Сили ППО збили 12 ударних БпЛА над Херсонщиною, повідомили у штабі оборони міста.",
            [claim(.intercept, "unspecified-strike-drone", 12, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "an office in lower case with its name in quotes",
            "Оккупанты выпустили четыре ракеты «Калибр» по Одесской области. Об этом сообщает воздушное командование «Юг».",
            [claim(.launch, "kalibr", 4, side: .ukraine, by: "ua-air-command-south")]
        ),
        SlavicReport(
            "two offices giving one figure make two claims",
            """
            Вночі над морем знищено дві крилаті ракети Калібр, повідомили у Повітряному командуванні «Південь». Постраждалих немає.

            Речник Одеської ОВА Сергій Братчук розповів, що дві ракети вдалося збити над областю.
            """,
            [claim(.intercept, "kalibr", 2, side: .ukraine, by: "ua-air-command-south"),
             claim(.intercept, "unspecified-missile", 2, side: .ukraine, by: "ua-gov-odesa")]
        ),
        SlavicReport(
            "'Про це повідомили в ...' closes one statement; the next paragraph is its own speaker's",
            """
            Вночі ворог випустив по Миколаївщині дві ракети Х-59. Обидві збила ППО.

            Про це повідомили в Повітряному командуванні «Південь».

            Оновлено 09:10. Загалом ворог випустив по області шість ракет.

            Як розповів начальник Миколаївської ОВА Віталій Кім, чотири з них вдалося збити.
            """,
            [claim(.launch, "kh-59", 2, side: .ukraine, by: "ua-air-command-south"),
             claim(.intercept, "kh-59", 2, of: 2, side: .ukraine, by: "ua-air-command-south"),
             claim(.launch, "unspecified-missile", 6, side: .ukraine, by: "ua-gov-mykolaiv"),
             claim(.intercept, "unspecified-missile", 4, of: 6, side: .ukraine, by: "ua-gov-mykolaiv")]
        ),
        SlavicReport(
            "air defence as the subject gives way to the office credited after it",
            """
            Оккупанты выпустили шесть ракет «Калибр» по Николаевской области. Четыре из них сбила ПВО.
            Об этом сообщает воздушное командование «Юг».
            """,
            [claim(.launch, "kalibr", 6, side: .ukraine, by: "ua-air-command-south"),
             claim(.intercept, "kalibr", 4, of: 6, side: .ukraine, by: "ua-air-command-south")]
        ),
        SlavicReport(
            "'Решта ракет – ...' names the rest of the weapons just launched",
            """
            Уночі ворог випустив по Одещині ракети Х-59, повідомили в Повітряних силах. Більшість ракет летіла з півдня.
            Решта ракет – це були ракети типу «Калібр».
            """,
            [claim(.launch, "kh-59", nil, side: .ukraine, by: "ua-air-force"),
             claim(.launch, "kalibr", nil, side: .ukraine, by: "ua-air-force")]
        ),
        // A city's head ("міський голова Житомира", "мэр Белгорода") speaks for the city's office.
        SlavicReport(
            "'міський голова' of a city with the person's name",
            "Уночі над містом збили чотири шахеди, повідомив міський голова Житомира Сергій Сухомлин.",
            [claim(.intercept, "shahed-136", 4, side: .ukraine, by: "ua-mayor-zhytomyr")]
        ),
        SlavicReport(
            "'Остальные ракеты – ...' with nothing launched before names nothing",
            "Остальные ракеты – это были ракеты «Калибр», сообщили в Воздушных силах Украины.",
            []
        ),
    ]

    @Test(arguments: reports)
    func findsEveryClaimAndItsSpeaker(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}
