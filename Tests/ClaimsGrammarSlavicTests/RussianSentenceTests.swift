import ClaimsCore
import ClaimsExtraction
import Testing

/// Russian sentences of one claim each: the Defence Ministry and governors, and Ukrainian
/// claims relayed in Russian. The sentences are written for these tests.
@Suite struct RussianSentenceTests {
    static let cases: [SlavicExpected] = [
        // Drones of "other types" beside a named drone are its decoys, counted together.
        SlavicExpected("Сбиты 31 ударный БпЛА типа Shahed и дроны других типов, сообщили в Воздушных силах ВСУ.",
                       .intercept, "shahed-136+unspecified-decoy-drone", 31, side: .ukraine),
        // Hits in the prepositional case, no weapon named before: missiles.
        SlavicExpected("Глава Харьковской ОВА сообщил о четырёх прилётах по промзоне города.",
                       .strike, "unspecified-missile", 4, side: .ukraine),
        // Imperfective speech: "заявляли, что ...".
        SlavicExpected("Власти ЛНР заявляли, что по Луганску были выпущены три ракеты Storm Shadow.",
                       .launch, "storm-shadow", 3, side: .russia),
        // Imperfective launch verbs.
        SlavicExpected("Всю ночь российские войска обстреливали Харьков ракетами С-300, сообщил глава Харьковской ОВА.",
                       .launch, "s-300", nil, side: .ukraine),
        // An intercept noun before its weapons: "о перехвате", "об уничтожении"; one weapon in the genitive singular.
        SlavicExpected("В ежедневной сводке Минобороны России сообщило о перехвате крылатой ракеты SCALP над Запорожской областью.",
                       .intercept, "storm-shadow", 1, side: .russia),
        SlavicExpected("Минобороны России сообщило об уничтожении шести беспилотников над Смоленской областью.",
                       .intercept, "unspecified-drone", 6, side: .russia),
        // Russian claims of interceptions.
        SlavicExpected("Дежурные средства ПВО уничтожили 22 украинских БПЛА над Белгородской областью, сообщили в Минобороны России.",
                       .intercept, "unspecified-drone", 22, side: .russia),
        SlavicExpected("Средства ПВО сбили тридцать четыре беспилотника над Брянской областью, сообщили в Минобороны России.",
                       .intercept, "unspecified-drone", 34, side: .russia),
        SlavicExpected("Ночью над Курской областью перехвачены двадцать два украинских беспилотника, сообщили в Минобороны РФ.",
                       .intercept, "unspecified-drone", 22, side: .russia),
        SlavicExpected("Средствами ПВО сбиты семь из восьми ракет ATACMS, сообщили в Минобороны России.",
                       .intercept, "atacms", 7, of: 8, side: .russia),
        SlavicExpected("Около 50 беспилотников сбиты над Ростовской областью, сообщили в Минобороны России.",
                       .intercept, "unspecified-drone", 50, side: .russia),
        SlavicExpected("От 8 до 12 дронов сбиты над Курской областью, сообщили в Минобороны России.",
                       .intercept, "unspecified-drone", nil, side: .russia),
        SlavicExpected("Несколько ракет сбиты над Крымом, сообщили в Минобороны России.",
                       .intercept, "unspecified-missile", nil, side: .russia),
        SlavicExpected("Средства ПВО сбили две крылатые ракеты Storm Shadow над Крымом, сообщили в Минобороны России.",
                       .intercept, "storm-shadow", 2, side: .russia),
        SlavicExpected("Над Белгородом перехвачены четыре реактивных снаряда HIMARS, сообщили в Минобороны России.",
                       .intercept, "himars", 4, side: .russia),
        // The defender of an air-defence sentence, its side from the weapons.
        SlavicExpected("Дежурными средствами ПВО уничтожены девять украинских беспилотников над Воронежской областью.",
                       .intercept, "unspecified-drone", 9, side: .russia),
        // "Об этом сообщили в X" credits the sentence before.
        SlavicExpected("Над Брянской областью сбиты три украинских беспилотника. Об этом сообщили в Минобороны России.",
                       .intercept, "unspecified-drone", 3, side: .russia),
        // Ukrainian claims relayed in Russian.
        SlavicExpected("Все 8 ракет «Калибр» сбиты над Одесской областью, сообщили в Воздушных силах Украины.",
                       .intercept, "kalibr", 8, of: 8, side: .ukraine),
        SlavicExpected("По данным Воздушных сил ВСУ, ПВО сбила 31 из 35 ударных беспилотников «Шахед».",
                       .intercept, "shahed-136", 31, of: 35, side: .ukraine),
        SlavicExpected("ПВО сбила 30 беспилотников типа «Шахед», «Гербера» и дронов других типов, сообщили в Воздушных силах Украины.",
                       .intercept, "shahed-136+unspecified-decoy-drone", 30, side: .ukraine),
        SlavicExpected("Россия выпустила по Украине 47 крылатых ракет Х-101, сообщили в Воздушных силах ВСУ.",
                       .launch, "kh-101", 47, side: .ukraine),
        SlavicExpected("Зафиксированы пуски 20 ракет «Искандер» по Харькову, сообщили в Воздушных силах Украины.",
                       .launch, "iskander", 20, side: .ukraine),
        // Strikes.
        SlavicExpected("Две ракеты попали в здание в Белгороде, сообщил губернатор Вячеслав Гладков.",
                       .strike, "unspecified-missile", 2, side: .russia),
        SlavicExpected("Ракета «Искандер-М» поразила склад боеприпасов под Харьковом, сообщили в Минобороны России.",
                       .strike, "iskander-m", 1, side: .russia),
        // Launches.
        SlavicExpected("Губернатор Вячеслав Гладков сообщил, что ВСУ выпустили по Белгороду 12 ракет «Вампир».",
                       .launch, "vampire", 12, side: .russia),
        SlavicExpected("Украинские военные применили против Крыма шесть ракет ATACMS, заявили в Минобороны России.",
                       .launch, "atacms", 6, side: .russia),
        SlavicExpected("ВСУ выпустили по Белгороду 12 ракет «Вампир», сообщил Гладков.",
                       .launch, "vampire", 12, side: .russia),
        SlavicExpected("ВСУ атаковали Белгород шестью ракетами «Вампир», заявил губернатор Вячеслав Гладков.",
                       .launch, "vampire", 6, side: .russia),
    ]

    @Test(arguments: cases)
    func findsTheClaim(_ expected: SlavicExpected) {
        let candidates = SlavicFixture.extract(expected.text)
        #expect(candidates.contains(where: expected.isMatched(by:)), "got: \(candidates.map(\.summary))")
    }

    @Test(arguments: cases)
    func findsOnlyThatClaim(_ expected: SlavicExpected) {
        let candidates = SlavicFixture.extract(expected.text)
        #expect(candidates.count == 1, "got: \(candidates.map(\.summary))")
    }


    @Test func theClaimantOfAMinistryReportIsTheMinistry() throws {
        let candidates = SlavicFixture.extract(
            "Дежурные средства ПВО уничтожили 22 украинских БПЛА над Белгородской областью, сообщили в Минобороны России.")
        let candidate = try #require(candidates.first)
        #expect(candidate.claimant == "ru-mod")
    }

    @Test func theNightOfADateGivesTheEventDate() throws {
        let candidates = SlavicFixture.extract(
            "В ночь на 14 сентября средства ПВО сбили 11 украинских беспилотников над Крымом, сообщили в Минобороны России.",
            published: "2023-09-14")
        let candidate = try #require(candidates.first)
        #expect(candidate.event?.start.date == CalendarDate(year: 2023, month: 9, day: 14))
    }
}

/// Russian passages with several claims: the Defence Ministry's per-region lists, "по одному",
/// elliptical counts, per-system lines.
@Suite struct RussianReportTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'одна из ракет' is one of them; 'ещё одна ракета' is another, not a repeat",
            "По словам советника главы МВД Украины, одна из ракет упала возле вокзала. Ещё одна ракета ударила по парку в центре города.",
            [
                claim(.strike, "unspecified-missile", 1, side: .ukraine),
                claim(.strike, "unspecified-missile", 1, side: .ukraine),
            ]
        ),
        SlavicReport(
            "'один аппарат' is one craft; 'еще один — над ...' another",
            "Дежурные средства ПВО сбили 12 беспилотников над Курской областью, сообщили в Минобороны России. Кроме того, один аппарат был сбит над Тверской областью и еще один — над Черным морем.",
            [
                claim(.intercept, "unspecified-drone", 12, side: .russia),
                claim(.intercept, "unspecified-drone", 1, side: .russia),
                claim(.intercept, "unspecified-drone", 1, side: .russia),
            ]
        ),
        SlavicReport(
            "a total and its parts after 'из них': the parts only",
            "За минувшие сутки средствами ПВО сбиты 31 украинский беспилотник, из них 17 над территорией Курской области, 9 над Белгородской областью и 5 над Липецкой областью, сообщили в Минобороны России.",
            [
                claim(.intercept, "unspecified-drone", 17, side: .russia),
                claim(.intercept, "unspecified-drone", 9, side: .russia),
                claim(.intercept, "unspecified-drone", 5, side: .russia),
            ]
        ),
        SlavicReport(
            "'отразили атаку' of drones is an interception",
            "Мэр Москвы сообщил, что силы ПВО отразили атаку четырех беспилотников, летевших на столицу.",
            [claim(.intercept, "unspecified-drone", 4, side: .russia)]
        ),
        SlavicReport(
            "'такие ракеты' are the specific weapons named before",
            "Минобороны России сообщило о перехвате ракеты ATACMS над Крымом. Губернатор Севастополя заявил, что три такие ракеты были выпущены по полуострову.",
            [
                claim(.intercept, "atacms", 1, side: .russia),
                claim(.launch, "atacms", 3, side: .russia),
            ]
        ),
        SlavicReport(
            "a total broken down by region keeps only the parts",
            "В минувшую ночь дежурные средства ПВО перехватили 14 украинских беспилотников: девять БПЛА над территорией Курской области, три БПЛА над территорией Белгородской области и два БПЛА над территорией Воронежской области. Об этом сообщили в Минобороны России.",
            [
                claim(.intercept, "unspecified-drone", 9, side: .russia),
                claim(.intercept, "unspecified-drone", 3, side: .russia),
                claim(.intercept, "unspecified-drone", 2, side: .russia),
            ]
        ),
        SlavicReport(
            "breakdown lines without a noun: 'одиннадцать — над Курской областью'",
            "Средства ПВО уничтожили 17 украинских беспилотников: одиннадцать — над Курской областью, шесть — над Белгородской областью, сообщили в Минобороны России.",
            [
                claim(.intercept, "unspecified-drone", 11, side: .russia),
                claim(.intercept, "unspecified-drone", 6, side: .russia),
            ]
        ),
        SlavicReport(
            "elliptical 'Четыре из них', 'а две попали' in the sentence after the launch",
            "Противник выпустил по Киеву шесть баллистических ракет «Искандер-М». Четыре из них удалось сбить, а две попали в жилые дома, сообщили в Воздушных силах Украины.",
            [
                claim(.launch, "iskander-m", 6, side: .ukraine),
                claim(.intercept, "iskander-m", 4, of: 6, side: .ukraine),
                claim(.strike, "iskander-m", 2, side: .ukraine),
            ]
        ),
        SlavicReport(
            "per-system lines relayed from the Ukrainian Air Force",
            """
            Воздушные силы ВСУ сообщили, что за ночь сбиты:
            Х-101/Х-555 — 18 из 20;
            Калибр — 4 из 6.
            """,
            [
                claim(.intercept, "kh-101-or-kh-555", 18, of: 20, side: .ukraine),
                claim(.intercept, "kalibr", 4, of: 6, side: .ukraine),
            ]
        ),
        SlavicReport(
            "per-system line with a quoted name",
            """
            Воздушные силы ВСУ сообщили, что за ночь сбиты:
            Х-101/Х-555 — 18 из 20;
            «Калибр» — 4 из 6.
            """,
            [
                claim(.intercept, "kh-101-or-kh-555", 18, of: 20, side: .ukraine),
                claim(.intercept, "kalibr", 4, of: 6, side: .ukraine),
            ]
        ),
        SlavicReport(
            "elliptical 'четыре из них' in the clause of the launch",
            "Противник выпустил по Киеву шесть баллистических ракет «Искандер-М», четыре из них удалось сбить, а две попали в жилые дома, сообщили в Воздушных силах Украины.",
            [
                claim(.launch, "iskander-m", 6, side: .ukraine),
                claim(.intercept, "iskander-m", 4, of: 6, side: .ukraine),
                claim(.strike, "iskander-m", 2, side: .ukraine),
            ]
        ),
    ]

    @Test(arguments: reports)
    func findsEveryClaimAndNothingElse(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    /// "по одному ... над Тульской и Калужской областями": one claim per region, the first
    /// region sharing the second's noun; Ukrainian "над Сумською та Чернігівською областями" too.
    static let sharedHeadReports: [SlavicReport] = [
        SlavicReport(
            "'по одному' over two regions",
            "Кроме того, уничтожено по одному беспилотнику над Тульской и Калужской областями, сообщили в Минобороны России.",
            [
                claim(.intercept, "unspecified-drone", 1, side: .russia),
                claim(.intercept, "unspecified-drone", 1, side: .russia),
            ]
        ),
    ]

    @Test(arguments: sharedHeadReports)
    func eachRegionOfADistributiveCountIsAClaim(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    @Test func eachRegionOfPoOdnomuIsAPlace() {
        let russian = SlavicFixture.extract(
            "Кроме того, уничтожено по одному беспилотнику над Тульской и Калужской областями, сообщили в Минобороны России.")
        #expect(Set(russian.compactMap(\.place)) == ["tula-oblast", "kaluga-oblast"], "got: \(russian.map(\.summary))")
        let ukrainian = SlavicFixture.extract(
            "Ще по одному дрону знищено над Сумською та Чернігівською областями, повідомили в Повітряних силах.")
        #expect(Set(ukrainian.compactMap(\.place)) == ["sumy-oblast", "chernihiv-oblast"], "got: \(ukrainian.map(\.summary))")
        // A count that is not distributive keeps one place: "три беспилотника над Тульской и Калужской областями".
        let total = SlavicFixture.extract("Три беспилотника уничтожены над Тульской и Калужской областями, сообщили в Минобороны России.")
        #expect(total.count == 1, "got: \(total.map(\.summary))")
    }
}
