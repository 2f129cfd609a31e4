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
        // A whole that opens the sentence (or the clause told) with its part right after it, no comma.
        SlavicReport(
            "'Из N ракет M были сбиты' with no comma",
            "«Из 16 ракет 15 были сбиты», - заявил представитель Воздушных сил ВСУ Юрий Игнат.",
            [claim(.intercept, "unspecified-missile", 15, of: 16, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'з N ракет M' after 'що'",
            "Юрій Ігнат сказав, що з 30 крилатих ракет 26 були збиті.",
            [claim(.intercept, "unspecified-cruise-missile", 26, of: 30, side: .ukraine, by: "ua-air-force")]
        ),
        // "M из более N": the part of a bounded whole.
        SlavicReport(
            "'из более N'",
            "Минобороны России сообщило, что ПВО сбила 20 из более 25 беспилотников.",
            [claim(.intercept, "unspecified-drone", 20, of: 25, side: .russia, by: "ru-mod")]
        ),
        // "з яких", "из которых" (of which) tell a part like "з них" ...
        SlavicReport(
            "a part told by 'з яких'",
            "Вночі окупанти атакували Херсонщину 36 дронами типу Shahed, з яких 29 було збито, повідомили Повітряні сили.",
            [claim(.launch, "shahed-136", 36, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "shahed-136", 29, of: 36, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a part told by 'из которых'",
            "ВСУ выпустили по Белгородской области 14 беспилотников, из которых 11 были сбиты, сообщили в Минобороны России.",
            [claim(.launch, "unspecified-drone", 14, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 11, of: 14, side: .russia, by: "ru-mod")]
        ),
        // ... and, like it, no part that was lost on radar or only named the weapons' type.
        SlavicReport(
            "'з яких' with drones lost on radar is no intercept",
            "Вночі ворог запустив 40 дронів, з яких 6 локаційно втрачені, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-drone", 40, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'из которых' naming a type is no claim",
            "Противник запустил 40 беспилотников, из которых около 25 – «Шахеды», сообщили в Воздушных силах Украины.",
            [claim(.launch, "unspecified-drone", 40, side: .ukraine, by: "ua-air-force")]
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

/// An uncounted part: "більшість дронів", "большую часть ракет", "Більшість із них вдалося
/// збити": a claim with no count (the words kept), of the whole when it was counted. Passages
/// written for these tests, with near misses.
@Suite struct SlavicVaguePartTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'Більшість із них' after a counted launch",
            "Уночі ворог запустив по Одещині 30 ударних дронів. Більшість із них вдалося знешкодити, повідомили в Повітряних силах.",
            [claim(.launch, "unspecified-strike-drone", 30, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-strike-drone", nil, of: 30, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'Большая часть из них' in Russian",
            "ВСУ выпустили по Брянской области 16 беспилотников. Большая часть из них была уничтожена, сообщил губернатор Брянской области.",
            [claim(.launch, "unspecified-drone", 16, side: .russia, by: "ru-gov-bryansk"),
             claim(.intercept, "unspecified-drone", nil, of: 16, side: .russia, by: "ru-gov-bryansk")]
        ),
        SlavicReport(
            "a part before the weapons' noun",
            "Сили ППО знешкодили переважну більшість ракет над Львівщиною, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-missile", nil, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'подавляющее большинство' in Russian",
            "Дежурные средства ПВО перехватили подавляющее большинство ракет, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-missile", nil, side: .russia, by: "ru-mod")]
        ),
        // A count after a dash tells how many the part was.
        SlavicReport(
            "'Большинство БПЛА – 19 – сбито'",
            "Большинство БПЛА – 14 – сбито над территорией Брянской области, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 14, side: .russia, by: "ru-mod")]
        ),
        // Near misses: what part of them was (no action), where part of them flew from, debris.
        SlavicReport(
            "'Більшість із них — шахеди' names a type",
            "Уночі ворог запустив по Одещині 30 дронів. Більшість із них — шахеди, повідомили в Повітряних силах.",
            [claim(.launch, "unspecified-drone", 30, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "where part of them was launched from is no claim",
            "Уночі ворог запустив по Одещині 30 дронів. Частину з них запустили з Криму, повідомили в Повітряних силах.",
            [claim(.launch, "unspecified-drone", 30, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "part of the debris",
            "Часть обломков упала на крышу дома, сообщил губернатор Белгородской области.",
            []
        ),
    ]

    @Test(arguments: reports)
    func findsThePart(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// A part of a composite ("N ударними БпЛА типу Shahed і безпілотниками-імітаторами, M з них")
/// is of the same composite, and the composite told again keeps the launch figure; an impersonal
/// speech verb ("повідомляється в телеграм-каналі ...", "отмечается в сообщении ...") names its
/// source. Passages written for these tests, with near misses.
@Suite struct SlavicCompositePartTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "a part of a composite, credited by 'повідомляється'",
            "Уночі ворог атакував Україну 88 ударними БпЛА типу Shahed і безпілотниками-імітаторами, 61 з них удалося збити, повідомляється в телеграм-каналі Повітряних сил.",
            [claim(.launch, "shahed-136+unspecified-decoy-drone", 88, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "shahed-136+unspecified-decoy-drone", 61, of: 88, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "the composite told again keeps the launch figure",
            "Уночі ворог атакував Україну 88 ударними БпЛА типу Shahed і безпілотниками-імітаторами, 61 з них удалося збити, повідомили в Повітряних силах.\n\nЗбито 61 ударний БпЛА типу Shahed і безпілотники інших типів, ідеться в повідомленні Повітряних сил.",
            [claim(.launch, "shahed-136+unspecified-decoy-drone", 88, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "shahed-136+unspecified-decoy-drone", 61, of: 88, side: .ukraine, by: "ua-air-force")]
        ),
        // Near miss: "Ранее сообщалось" recalls the outlet's earlier reports; no one speaks.
        SlavicReport(
            "'Ранее сообщалось' is a recap",
            "Ранее сообщалось, что ВС РФ сбили два украинских самолета Су-25.",
            []
        ),
        SlavicReport(
            "'отмечается' in Russian",
            "Над Брянской областью сбиты 12 беспилотников, отмечается в сообщении Минобороны России.",
            [claim(.intercept, "unspecified-drone", 12, side: .russia, by: "ru-mod")]
        ),
        // Near miss: the part of one member is that member's.
        SlavicReport(
            "a part of one member named after it",
            "Уночі ворог атакував Україну 20 ударними БпЛА та 4 ракетами, 3 з них удалося збити, повідомили в Повітряних силах.",
            [claim(.launch, "unspecified-strike-drone", 20, side: .ukraine, by: "ua-air-force"),
             claim(.launch, "unspecified-missile", 4, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-missile", 3, of: 4, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func keepsTheComposite(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// Figures as reports write them: thousands in groups of three digits ("понад 1 700 ударних
/// дронів"), and the whole after the noun ("знищили 81 дрон «шахед» з 112"). Passages written
/// for these tests, with near misses.
@Suite struct SlavicFigureTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "thousands after a space",
            "За тиждень росіяни випустили понад 1 200 ударних дронів та 45 ракет, заявив Зеленський.",
            [claim(.launch, "unspecified-strike-drone", 1200, side: .ukraine, by: "ua-president"),
             claim(.launch, "unspecified-missile", 45, side: .ukraine, by: "ua-president")]
        ),
        SlavicReport(
            "the whole after the noun",
            "Уночі сили оборони знищили 64 дрони «шахед» з 90, повідомили в Повітряних силах.",
            [claim(.intercept, "shahed-136", 64, of: 90, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "the same in Russian",
            "Средства ПВО сбили 20 беспилотников из 25, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 20, of: 25, side: .russia, by: "ru-mod")]
        ),
        // Near misses: a year before a count, a place and a smaller number after "з".
        SlavicReport(
            "a year before a count",
            "У 2023 році 300 дронів збили над Києвом, повідомили в КМВА.",
            [claim(.intercept, "unspecified-drone", 300, side: .ukraine, by: "ua-kyiv-city")]
        ),
        SlavicReport(
            "'з' and a smaller number",
            "Сили ППО збили 5 дронів з 2 напрямків, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-drone", 5, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheFigure(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// A subject pronoun for the weapons just told of: "она была перехвачена", "все они были сбиты",
/// "обидві вони були збиті". Passages written for these tests, with near misses.
@Suite struct SlavicPronounTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "a singular pronoun after 'что'",
            "Хуситы выпустили по Эйлату крылатую ракету, ЦАХАЛ сообщил, что она была перехвачена.",
            [claim(.launch, "unspecified-cruise-missile", 1, side: .thirdParty, by: "idf"),
             claim(.intercept, "unspecified-cruise-missile", 1, of: 1, side: .thirdParty, by: "idf")]
        ),
        SlavicReport(
            "'все они' after a count",
            "ВСУ выпустили по Крыму четыре ракеты ATACMS, все они были уничтожены, сообщило Минобороны.",
            [claim(.launch, "atacms", 4, side: .russia, by: "ru-mod"),
             claim(.intercept, "atacms", 4, of: 4, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'обидві вони', and a country that acts is no place",
            "Росія випустила по Миколаєву дві ракети, обидві вони були збиті, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-missile", 2, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-missile", 2, of: 2, side: .ukraine, by: "ua-air-force")]
        ),
        // A post that writes each sentence on a line of its own: the pronoun that opens a line
        // stands for the weapons of the line before ...
        SlavicReport(
            "'Усі вони' on the next line",
            "Уночі окупанти випустили по Україні 12 ударних дронів «Шахед».\nУсі вони були знищені мобільними вогневими групами та винищувачами.\nПро це повідомили в Повітряних силах.",
            [claim(.launch, "shahed-136", 12, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "shahed-136", 12, of: 12, side: .ukraine, by: "ua-air-force")]
        ),
        // ... but not a pronoun inside a sentence on the next line.
        SlavicReport(
            "a pronoun inside a sentence after a break stands for nothing told before",
            "Уночі окупанти випустили по Україні 12 ударних дронів «Шахед».\nЗа словами речника, що вони були збиті, відомо не було.",
            [claim(.launch, "shahed-136", 12, side: nil)]
        ),
        SlavicReport(
            "a singular pronoun for a building hit is no interception",
            "Ракета попала в школу, она была разрушена, сообщил губернатор Белгородской области.",
            [claim(.strike, "unspecified-missile", 1, side: .russia, by: "ru-gov-belgorod")]
        ),
    ]

    @Test(arguments: reports)
    func findsWhatThePronounStandsFor(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// Hits told without a count or a weapon ("Є влучання", "Есть попадания") after the weapons were
/// told of. Passages written for these tests, with near misses.
@Suite struct SlavicUncountedHitTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "a hit after one missile: one strike",
            "Уночі ворог атакував Миколаїв балістичною ракетою. Є влучання в складське приміщення, повідомив Віталій Кім.",
            [claim(.launch, "unspecified-ballistic-missile", 1, side: .ukraine, by: "ua-gov-mykolaiv"),
             claim(.strike, "unspecified-ballistic-missile", 1, side: .ukraine, by: "ua-gov-mykolaiv")]
        ),
        SlavicReport(
            "hits after several: an uncounted strike",
            "Ночью ВСУ атаковали Курскую область пятью ракетами. Есть попадания по складам, сообщил губернатор Курской области.",
            [claim(.launch, "unspecified-missile", 5, side: .russia, by: "ru-gov-kursk"),
             claim(.strike, "unspecified-missile", nil, side: .russia, by: "ru-gov-kursk")]
        ),
        SlavicReport(
            "no hits",
            "Уночі ворог атакував Миколаїв балістичною ракетою. Влучань немає, повідомив Віталій Кім.",
            [claim(.launch, "unspecified-ballistic-missile", 1, side: .ukraine, by: "ua-gov-mykolaiv")]
        ),
    ]

    @Test(arguments: reports)
    func findsTheHits(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// The Russian MoD's foiled attempts ("Пресечена попытка ... с использованием трех
/// беспилотников") are interceptions; a named type after a class of weapons ("управляемые
/// авиабомбы «Хаммер»") is the system. Passages written for these tests, with near misses.
@Suite struct SlavicWordingTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "a foiled attempt with drones",
            "Сорвана попытка ВСУ атаковать объекты в Брянской области с применением четырех беспилотников, сообщило Минобороны.",
            [claim(.intercept, "unspecified-drone", 4, side: .russia, by: "ru-mod")]
        ),
        // What air defence "hit" (уражено) it shot down, even a noun whose ending looks instrumental ("цілей").
        SlavicReport(
            "air defence hit aerial targets",
            "Силами протиповітряної оборони над Дніпром було уражено понад два десятки повітряних цілей, повідомили в ОВА.",
            [claim(.intercept, "unspecified-aerial-target", 20, side: .ukraine)]
        ),
        // The agent after an action noun: "поражение системами ПВО ракеты" was an interception ...
        SlavicReport(
            "air defence named after the action noun",
            "Зафиксировано поражение средствами ПВО трех беспилотников над Таганрогом, сообщил губернатор Ростовской области.",
            [claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-gov-rostov")]
        ),
        // ... and a weapon after it, the instrument, struck.
        SlavicReport(
            "a weapon after the action noun struck",
            "Зафиксировано поражение ракетой склада в Таганроге, сообщил губернатор Ростовской области.",
            [claim(.strike, "unspecified-missile", 1, side: .russia, by: "ru-gov-rostov")]
        ),
        // A place "attacked" with weapons (a passive): they were launched ...
        SlavicReport(
            "a region attacked with drones",
            "Губернатор Курской области сообщил, что область была атакована беспилотниками.",
            [claim(.launch, "unspecified-drone", nil, side: .russia, by: "ru-gov-kursk")]
        ),
        SlavicReport(
            "the same in Ukrainian",
            "Голова Волинської ОВА повідомив, що область була атакована «шахедами».",
            [claim(.launch, "shahed-136", nil, side: .ukraine, by: "ua-gov-volyn")]
        ),
        // ... and a place attacked with no weapon named is no claim.
        SlavicReport("an attack with no weapon", "Голова Волинської ОВА повідомив, що область була атакована вночі.", []),
        // "загальною кількістю N" after the weapons: the count (not the waves or groups before them).
        SlavicReport(
            "a total in an apposition",
            "Сили оборони півдня повідомили, що ворог застосував дві хвилі ударних дронів, загальною кількістю 18 штук.",
            [claim(.launch, "unspecified-strike-drone", 18, side: .ukraine, by: "ua-defence-forces-south")]
        ),
        SlavicReport(
            "the same in Russian",
            "Минобороны России сообщило, что ВСУ выпустили группу беспилотников общим количеством 12 штук.",
            [claim(.launch, "unspecified-drone", 12, side: .russia, by: "ru-mod")]
        ),
        // "вдалося ліквідувати": the infinitive after "managed to".
        SlavicReport(
            "'вдалося ліквідувати'",
            "Повітряні сили повідомили: захисникам вдалося ліквідувати 11 з 13 безпілотників.",
            [claim(.intercept, "unspecified-drone", 11, of: 13, side: .ukraine, by: "ua-air-force")]
        ),
        // "достигли цели" (reached the target) is a hit ...
        SlavicReport(
            "'достигли цели' is a strike",
            "Минобороны России сообщило, что ВКС выпустили четыре ракеты по аэродрому. «Все четыре ракеты достигли цели», - говорится в сообщении.",
            [claim(.launch, "unspecified-missile", 4, side: .russia, by: "ru-mod"),
             claim(.strike, "unspecified-missile", 4, side: .russia, by: "ru-mod")]
        ),
        // ... not when denied, nor when a place was reached.
        SlavicReport("'не достигли цели' is none", "Минобороны России сообщило, что две ракеты не достигли цели.", []),
        SlavicReport("reaching a place is no hit", "Минобороны России сообщило, что две ракеты достигли Днепра.", []),
        // A weapon that opens a clause after a comma is the subject of the verb right after it.
        SlavicReport(
            "', одна ракета пошкодила склад'",
            "Голова Сумської ОВА повідомив, що ворог запустив 3 ракети по Сумах, одна ракета пошкодила склад.",
            [claim(.launch, "unspecified-missile", 3, side: .ukraine, by: "ua-gov-sumy"),
             claim(.strike, "unspecified-missile", 1, side: .ukraine, by: "ua-gov-sumy")]
        ),
        // Debris that damaged something is no strike; aircraft in the instrumental shot down.
        SlavicReport("debris is no strike", "Уламки ракети пошкодили дах будинку в Сумах, повідомив голова Сумської ОВА.", []),
        SlavicReport(
            "aircraft in the instrumental are the means",
            "Игнат заявил, что самолетами F-16 были сбиты две крылатые ракеты.",
            [claim(.intercept, "unspecified-cruise-missile", 2, side: .ukraine, by: "ua-air-force")]
        ),
        // "поцілили": hit (a strike).
        SlavicReport(
            "'поцілили' is a strike",
            "Дві ракети поцілили по нафтобазі в Луцьку, повідомив голова Волинської ОВА.",
            [claim(.strike, "unspecified-missile", 2, side: .ukraine, by: "ua-gov-volyn")]
        ),
        // "ще два поцілили": more of the weapons just counted, after a comma.
        SlavicReport(
            "'ще два' after a comma continue the weapons counted",
            "«П'ять дронів знищили сили ППО, ще два поцілили по складу в Ізмаїлі», – повідомив голова Одеської ОВА.",
            [claim(.intercept, "unspecified-drone", 5, side: .ukraine, by: "ua-gov-odesa"),
             claim(.strike, "unspecified-drone", 2, side: .ukraine, by: "ua-gov-odesa")]
        ),
        // "перетворено на металобрухт", "превратили в металлолом": destroyed ...
        SlavicReport(
            "weapons turned into scrap were destroyed",
            "За добу сили ППО перетворили на металобрухт дев'ять ударних дронів, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-strike-drone", 9, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "the same in Russian",
            "Над Курской областью превращены в металлолом четыре беспилотника, сообщил губернатор Курской области.",
            [claim(.intercept, "unspecified-drone", 4, side: .russia)]
        ),
        // ... while turning a city into a target destroys nothing.
        SlavicReport(
            "'перетворили' without scrap is no action",
            "Окупанти перетворили Херсон на мішень для своїх дронів, повідомив голова ОВА.",
            []
        ),
        // "отражать атаку" (repelling an attack) is an uncounted interception, not a launch.
        SlavicReport(
            "an attack being repelled",
            "Силы ПВО продолжают отражать атаку беспилотников на Москву, сообщил мэр Москвы.",
            [claim(.intercept, "unspecified-drone", nil, side: .russia, by: "ru-mayor-moscow")]
        ),
        // The attacks of weapons repelled ("отражены атаки двух беспилотников", "відбито атаку
        // трьох дронів") were interceptions of the weapons, not counts of attacks ...
        SlavicReport(
            "attacks of drones repelled",
            "За ночь отбиты атаки пяти беспилотников, летевших на Москву, сообщил мэр Москвы.",
            [claim(.intercept, "unspecified-drone", 5, side: .russia, by: "ru-mayor-moscow")]
        ),
        SlavicReport(
            "an attack of drones repelled, in Ukrainian",
            "Над Києвом відбито атаку чотирьох дронів, повідомили в КМВА.",
            [claim(.intercept, "unspecified-drone", 4, side: .ukraine, by: "ua-kyiv-city")]
        ),
        // ... while attacks the enemy made are counted attacks, no claim.
        SlavicReport(
            "attacks made are a count of attacks",
            "За добу ворог здійснив 14 атак дронів на Сумщину, повідомили в ОВА.",
            []
        ),
        // An aircraft before the verb is who shot down the weapons after it ...
        SlavicReport(
            "the fighter that shot down",
            "Над Одещиною український винищувач збив крилату ракету, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-cruise-missile", 1, side: .ukraine, by: "ua-air-force")]
        ),
        // ... while an aircraft shot down is itself the claim.
        SlavicReport(
            "an aircraft shot down",
            "Над Донеччиною збито російський літак Су-34, повідомили Повітряні сили.",
            [claim(.intercept, "su-34", 1, side: .ukraine, by: "ua-air-force")]
        ),
        // "беспилотное средство": a drone; "еще одно": one more.
        SlavicReport(
            "a drone called an unmanned means",
            "Над Брянской областью уничтожено еще одно беспилотное средство, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "an attempt not said to be stopped is a launch",
            "ВСУ предприняли попытку атаковать объекты в Брянской области и выпустили четыре беспилотника, сообщило Минобороны.",
            [claim(.launch, "unspecified-drone", 4, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a type named after a class of bombs",
            "За сутки средствами ПВО сбиты четыре управляемые авиабомбы «Хаммер», сообщили в Минобороны России.",
            [claim(.intercept, "hammer", 4, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a claim called false is none",
            "У Генштабі ЗСУ назвали фейком заяву Міноборони РФ про знищення п'яти систем HIMARS.",
            []
        ),
        SlavicReport(
            "a claim beside a denial of another is none either (the sentence is a rebuttal)",
            "Минобороны заявило об уничтожении трех ракет ATACMS, в ВСУ назвали это ложью.",
            []
        ),
        SlavicReport(
            "tens counted in words",
            "Уночі противник атакував Україну сімома десятками ударних безпілотників, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-strike-drone", 70, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'не менее N' is a lower bound",
            "Над Курской областью сбиты не менее 11 беспилотников, сообщил губернатор Курской области.",
            [claim(.intercept, "unspecified-drone", 11, side: .russia, by: "ru-gov-kursk")]
        ),
        SlavicReport(
            "a pair with a slash stays the pair",
            "Вночі збито 7 з 9 ракет Х-101/Х-555, повідомили Повітряні сили.",
            [claim(.intercept, "kh-101-or-kh-555", 7, of: 9, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheWording(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    /// "не менее 15", "не менше 20": the figure kept as a lower bound; "менее" alone is none.
    @Test(arguments: [("Над Курской областью сбиты не менее 11 беспилотников, сообщил губернатор Курской области.", CountQualifier.atLeast),
                      ("Над Сумщиною збито не менше 20 дронів, повідомили Повітряні сили.", .atLeast),
                      ("Над Сумщиною збито 20 дронів, повідомили Повітряні сили.", .exact)])
    func lowerBounds(_ text: String, _ qualifier: CountQualifier) throws {
        let candidate = try #require(SlavicFixture.extract(text).first)
        #expect(candidate.count.qualifier == qualifier)
    }
}

/// The Russian MoD's per-region lists: regions written as adjectives after the first ("девять —
/// над Орловской"), lines after a colon with a spaced hyphen ("12 - над территорией ..."), a
/// first part "один из них", and "по одному над А и Б" that counts one for each. The parts
/// replace a total they add up to. Passages written for these tests.
@Suite struct SlavicRegionListTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "regions as adjectives after the first",
            "Минобороны сообщило, что над Брянской областью сбиты 11 беспилотников, пять — над Орловской, четыре — над Тульской.",
            [claim(.intercept, "unspecified-drone", 11, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 5, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 4, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "lines after a colon with a spaced hyphen replace the total",
            "Дежурными средствами ПВО уничтожены 15 беспилотников: 9 - над территорией Белгородской области и 6 - над территорией Воронежской области, сообщило Минобороны.",
            [claim(.intercept, "unspecified-drone", 9, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 6, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'один из них над ...' opens the parts",
            "Дежурными средствами ПВО уничтожены пять беспилотников, один из них над Смоленской областью, четыре – над Тверской областью, сообщило Минобороны.",
            [claim(.intercept, "unspecified-drone", 1, of: 5, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 4, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'по одному над А и Б' counts one over each",
            "Дежурными средствами ПВО уничтожены 9 беспилотников: семь над Курской областью и по одному над Орловской и Липецкой областями, сообщило Минобороны.",
            [claim(.intercept, "unspecified-drone", 7, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "', а также' goes on with the list under the same verb",
            "Средствами ПВО сбиты управляемая ракета «Нептун», а также 8 реактивных снарядов HIMARS, сообщило Минобороны.",
            [claim(.intercept, "neptune", 1, side: .russia, by: "ru-mod"),
             claim(.intercept, "himars", 8, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "', а' before a new verb starts a clause",
            "Ворог випустив по Одещині п'ять ракет, а три влучили в порт, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-missile", 5, side: .ukraine, by: "ua-air-force"),
             claim(.strike, "unspecified-missile", 3, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'..., семь было сбито над ...': more of the weapons just counted",
            "Дежурные средства ПВО ликвидировали шесть дронов над территорией Брянской области, пять было сбито над Смоленской областью, сообщило Минобороны.",
            [claim(.intercept, "unspecified-drone", 6, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 5, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'в том числе N - X, а также M - Y': parts named after their counts replace the total",
            "Средствами ПВО перехвачены 12 снарядов реактивных систем залпового огня, в том числе четыре - «Ольха», а также 8 - HIMARS, сообщило Минобороны.",
            [claim(.intercept, "vilkha", 4, side: .russia, by: "ru-mod"),
             claim(.intercept, "himars", 8, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a part that does not add up keeps the total",
            "Средствами ПВО перехвачены 12 реактивных снарядов, в том числе четыре - «Ольха», сообщило Минобороны.",
            [claim(.intercept, "unspecified-rocket", 12, side: .russia, by: "ru-mod"),
             claim(.intercept, "vilkha", 4, side: .russia, by: "ru-mod")]
        ),
        // A total, a comma, and lines by place that add up to it: the lines only.
        SlavicReport(
            "lines by place after a comma",
            "Минобороны сообщило, что средства ПВО перехватили 8 БПЛА, четыре - над Курской областью, три - над Орловской и один - над Тульской.",
            [claim(.intercept, "unspecified-drone", 4, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod")]
        ),
        // The last line after ", и" / ", а" with no verb of its own takes the verb before ...
        SlavicReport(
            "a last line after ', и'",
            "Шесть беспилотников были сбиты над Брянской областью, и три — над Орловской, сообщило Минобороны.",
            [claim(.intercept, "unspecified-drone", 6, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "the same in Ukrainian after ', а'",
            "Над Сумщиною збито сім дронів, а два – над Полтавщиною, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-drone", 7, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-drone", 2, side: .ukraine, by: "ua-air-force")]
        ),
        // ... but a line after ", и" with a verb of its own is that verb's.
        SlavicReport(
            "a line after ', и' with its own verb",
            "Шесть беспилотников были сбиты над Брянской областью, и три — над Орловской упали в поле, сообщило Минобороны.",
            [claim(.intercept, "unspecified-drone", 6, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a launch and its parts told by other verbs keep the launch",
            "Ворог випустив по Херсонщині чотири ракети, дві з них збили сили ППО, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-missile", 4, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-missile", 2, of: 4, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func findsEveryRegion(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    /// The places of the parts, including regions written as adjectives ("над Курской" is the
    /// region, not the city of Kursk).
    @Test func partsKeepTheirRegions() {
        let candidates = SlavicFixture.extract("Минобороны сообщило, что над Брянской областью сбиты 11 беспилотников, пять — над Курской, четыре — над Тульской.")
        #expect(candidates.map(\.place) == ["bryansk-oblast", "kursk-oblast", "tula-oblast"])
    }
}
