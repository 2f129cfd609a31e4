import ClaimsCore
import ClaimsExtraction
import Testing

/// Which action a wording claims: air defence as the agent of "уражено/поражено" shot the weapons
/// down; weapons that "прилетіли в/по X" hit X; weapons in the instrumental that destroyed
/// something on the ground struck it; weapons "спрямовано у бік X" or "застосовані" were fired.
/// Passages written for these tests, with near misses.
@Suite struct SlavicKindTests {
    static let reports: [SlavicReport] = [
        // Air defence as the agent.
        SlavicReport(
            "'силами та засобами ППО ... уражено' is an interception",
            "Силами та засобами ППО над Одесою було уражено вісім ворожих ракет, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-missile", 8, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'средствами противовоздушной обороны поражено' is an interception",
            "Средствами противовоздушной обороны над Киевом было поражено 12 крылатых ракет, сообщили в КГВА.",
            [claim(.intercept, "unspecified-cruise-missile", 12, side: .ukraine, by: "ua-kyiv-city")]
        ),
        SlavicReport(
            "'уражено ... протиповітряною обороною' after the verb",
            "За ніч уражено шість ракет протиповітряною обороною Дніпра, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-missile", 6, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "near miss: a strike after a comma keeps its own verb",
            "Силами ППО знищено 20 ракет, ще дві ракети уразили енергетичний об'єкт, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-missile", 20, side: .ukraine, by: "ua-air-force"),
             claim(.strike, "unspecified-missile", 2, side: .ukraine, by: "ua-air-force")]
        ),
        // Weapons that arrived somewhere hit it.
        SlavicReport(
            "'прилетіли у' is a strike",
            "Як повідомив голова Одеської ОВА, три ракети прилетіли у портову інфраструктуру.",
            [claim(.strike, "unspecified-missile", 3, side: .ukraine, by: "ua-gov-odesa")]
        ),
        SlavicReport(
            "'прилетели по' is a strike",
            "Две ракеты С-300 прилетели по промышленной зоне Харькова, сообщил Синегубов.",
            [claim(.strike, "s-300", 2, side: .ukraine, by: "ua-gov-kharkiv")]
        ),
        SlavicReport(
            "'прилетіла біля' is a strike",
            "Ще одна ракета прилетіла біля залізничної станції, повідомив Олег Синєгубов.",
            [claim(.strike, "unspecified-missile", 1, side: .ukraine, by: "ua-gov-kharkiv")]
        ),
        // The instrumental weapon that destroyed something on the ground.
        SlavicReport(
            "missiles that destroyed aircraft at an airfield struck; the aircraft are targets",
            "Минобороны России сообщило, что высокоточными ракетами на аэродроме Староконстантинов уничтожены четыре самолета.",
            [claim(.strike, "unspecified-missile", nil, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "drones that destroyed a depot struck",
            "Российские войска уничтожили ударными беспилотниками склад боеприпасов, сообщило Минобороны России.",
            [claim(.strike, "unspecified-strike-drone", nil, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "near miss: missiles destroyed near an airfield, not in the instrumental, were shot down",
            "Силы ПВО уничтожили на подлете к аэродрому две ракеты, сообщило Минобороны России.",
            [claim(.intercept, "unspecified-missile", 2, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "near miss: 'застосовані' after a comma describes the weapons; the verb after it tells",
            "Усі 10 ракет, застосовані ворогом цієї ночі, були збиті силами ППО, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-missile", 10, of: 10, side: .ukraine, by: "ua-air-force")]
        ),
        // What a hit damaged, in a paragraph of its own, was struck by the weapons told of before.
        SlavicReport(
            "'Влучанням пошкоджено' after a paragraph break",
            "Вночі ворог атакував Ізмаїл 12 дронами типу Shahed, 10 з них збито, повідомили в Силах оборони півдня.\nВлучанням пошкоджено складські будівлі в порту.",
            [claim(.launch, "shahed-136", 12, side: .ukraine, by: "ua-defence-forces-south"),
             claim(.intercept, "shahed-136", 10, of: 12, side: .ukraine, by: "ua-defence-forces-south"),
             claim(.strike, "shahed-136", nil, side: .ukraine, by: "ua-defence-forces-south")]
        ),
        // Weapons sent at a place, or used, were fired.
        SlavicReport(
            "'у бік X було спрямовано N ракет' is a launch",
            "Речник Повітряних сил повідомив, що у бік Одеси було спрямовано чотири ракети Калібр.",
            [claim(.launch, "kalibr", 4, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'були застосовані ракети' is a launch; the carriers' count is not the missiles'",
            "Речник Повітряних сил повідомив, що вночі були застосовані ракети Х-47М2 з чотирьох літаків МіГ-31К.",
            [claim(.launch, "kinzhal", nil, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheAction(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    /// Near misses: weapons that flew from or towards somewhere, or arrived in a field, hit nothing; a
    /// participle "спрямовані" describes, it fires nothing; damage by a hit with no weapon told of
    /// is no claim.
    @Test(arguments: [
        "Дрони прилетіли з боку Білорусі, повідомили Повітряні сили.",
        "Дрони прилетіли у бік Києва з півночі, повідомили Повітряні сили.",
        "Беспилотники прилетели в сторону Курска, сообщил губернатор.",
        "Ракета прилетіла в поле за селом, повідомив голова ОВА.",
        "Ракети, спрямовані на Київ, ще в повітрі, попередили в Повітряних силах.",
        // A hit with no weapon told of in the article names no weapon.
        "Попаданием повреждены склады в порту, сообщили в Силах обороны юга.",
    ])
    func noStrikeOrLaunch(_ sentence: String) {
        let candidates = SlavicFixture.extract(sentence)
        #expect(candidates.isEmpty, "got: \(candidates.map(\.summary))")
    }
}

/// ", але ...", ", но ...", ", однако ...": "but" after a comma opens a clause of its own, so the
/// weapons after it keep their own verb (or none) instead of the interception before it. Passages
/// written for these tests; the near miss is a list joined by "та".
@Suite struct SlavicButClauseTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "weapons that broke through after 'але' were not shot down",
            "Сили ППО збили 12 шахедів, але дві ракети прорвалися до міста, повідомили в Повітряних силах.",
            [claim(.intercept, "shahed-136", 12, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "weapons that broke through after 'но' were not shot down",
            "ПВО сбила 15 беспилотников, но две ракеты прорвались к городу, сообщили в Минобороны.",
            [claim(.intercept, "unspecified-drone", 15, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a hit after 'але' is a strike",
            "Сили ППО збили 10 шахедів, але 3 ракети влучили в енергетичний об’єкт, повідомили в Повітряних силах.",
            [claim(.intercept, "shahed-136", 10, side: .ukraine, by: "ua-air-force"),
             claim(.strike, "unspecified-missile", 3, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a hit after 'однако' is a strike",
            "ПВО сбила 15 беспилотников, однако 2 ракеты попали в склад, сообщил губернатор Белгородской области.",
            [claim(.intercept, "unspecified-drone", 15, side: .russia, by: "ru-gov-belgorod"),
             claim(.strike, "unspecified-missile", 2, side: .russia, by: "ru-gov-belgorod")]
        ),
        SlavicReport(
            "near miss: weapons joined by 'та' share the verb",
            "Сили ППО збили 10 шахедів та 3 ракети, повідомили в Повітряних силах.",
            [claim(.intercept, "shahed-136", 10, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-missile", 3, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func keepsTheClauseAfterBut(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// Weapons that "reached" their target hit it ("дісталася цілі", "долетели до цели"), also after
/// "all the same" ("один все ж дістався цілі", "одна всё же попала"). Passages written for these
/// tests, with near misses.
@Suite struct SlavicReachedTargetTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'все ж дістався цілі' after an interception",
            "Над Полтавщиною збили 9 дронів, проте один все ж дістався цілі, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-drone", 9, side: .ukraine, by: "ua-air-force"),
             claim(.strike, "unspecified-drone", 1, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'долетели до цели' in Russian",
            "ВСУ выпустили по Белгороду шесть ракет, две из них долетели до цели, сообщил губернатор Белгородской области.",
            [claim(.launch, "unspecified-missile", 6, side: .russia, by: "ru-gov-belgorod"),
             claim(.strike, "unspecified-missile", 2, side: .russia, by: "ru-gov-belgorod")]
        ),
        SlavicReport(
            "'всё же попала' in Russian",
            "Над Курской областью сбиты четыре беспилотника, но один всё же попал в подстанцию, сообщил губернатор Курской области.",
            [claim(.intercept, "unspecified-drone", 4, side: .russia, by: "ru-gov-kursk"),
             claim(.strike, "unspecified-drone", 1, side: .russia, by: "ru-gov-kursk")]
        ),
        // Near misses: reaching a city is no hit; a count that fell is no hit either.
        SlavicReport(
            "reaching a city",
            "Над Київщиною збили 5 дронів, але два все ж долетіли до Києва, повідомили в КМВА.",
            [claim(.intercept, "unspecified-drone", 5, side: .ukraine, by: "ua-kyiv-city")]
        ),
        SlavicReport(
            "fell in a field",
            "Над Полтавщиною збили 9 дронів, проте один все ж упав у поле, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-drone", 9, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsAHit(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// "завдав ракетного удару", "нанес ракетный удар": a strike by missiles neither counted nor
/// named; and an adverb of habit ("регулярно", "щодня", "ежедневно") tells no event. Passages
/// written for these tests, with near misses.
@Suite struct SlavicMissileStrikeTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'завдав ракетного удару'",
            "Вранці ворог завдав ракетного удару по Кременчуку, повідомив голова Полтавської ОВА.",
            [claim(.strike, "unspecified-missile", nil, side: .ukraine, by: "ua-gov-poltava")]
        ),
        SlavicReport(
            "'нанесли ракетный удар' in Russian",
            "Ночью ВСУ нанесли ракетный удар по Белгороду, сообщил губернатор Белгородской области.",
            [claim(.strike, "unspecified-missile", nil, side: .russia, by: "ru-gov-belgorod")]
        ),
        SlavicReport(
            "'одного ракетного удару': one strike",
            "Ворог завдав одного ракетного удару по Кременчуку, повідомив голова Полтавської ОВА.",
            [claim(.strike, "unspecified-missile", 1, side: .ukraine, by: "ua-gov-poltava")]
        ),
        // Near misses: a threat of a strike, a denied one, and one whose missiles are named.
        SlavicReport(
            "a threat of a missile strike",
            "У Полтаві оголосили тривогу через загрозу ракетного удару, повідомив голова Полтавської ОВА.",
            []
        ),
        SlavicReport(
            "a denied missile strike",
            "Ворог не завдавав ракетного удару по Кременчуку, повідомив голова Полтавської ОВА.",
            []
        ),
        SlavicReport(
            "named missiles are the strike's weapons",
            "Ворог завдав ракетного удару по Кременчуку ракетою «Іскандер-М», повідомив голова Полтавської ОВА.",
            [claim(.strike, "iskander-m", 1, side: .ukraine, by: "ua-gov-poltava")]
        ),
        // A hit noun with the adjective asserts the hit itself ...
        SlavicReport(
            "'є ракетні влучання'",
            "Є ракетні влучання в енергетичну інфраструктуру Кременчука, повідомив голова Полтавської ОВА.",
            [claim(.strike, "unspecified-missile", nil, side: .ukraine, by: "ua-gov-poltava")]
        ),
        // ... unless denied.
        SlavicReport(
            "'ракетних влучань немає'",
            "Ракетних влучань у Кременчуці немає, повідомив голова Полтавської ОВА.",
            []
        ),
        // Weapons carried or stored are a target's cargo.
        SlavicReport(
            "drones inside trucks",
            "Ударом уничтожены 12 грузовиков, в которых находились 60 беспилотников, сообщили в Минобороны России.",
            []
        ),
        // Launchers destroyed are targets ...
        SlavicReport(
            "launchers destroyed",
            "Уничтожены две РСЗО HIMARS и пусковая установка, сообщили в Минобороны России.",
            []
        ),
        // ... but their rockets shot down are interceptions.
        SlavicReport(
            "rockets of a launcher shot down",
            "Средства ПВО сбили шесть снарядов РСЗО HIMARS, сообщили в Минобороны России.",
            [claim(.intercept, "himars", 6, side: .russia, by: "ru-mod")]
        ),
        // A habit is no event ...
        SlavicReport(
            "'регулярно атакують'",
            "Окупанти регулярно атакують Нікополь дронами та артилерією, повідомив голова Дніпропетровської ОВА.",
            []
        ),
        SlavicReport(
            "'ежедневно атакует' in Russian",
            "Противник ежедневно атакует приграничные сёла беспилотниками, сообщил губернатор Курской области.",
            []
        ),
        SlavicReport(
            "a habit told over an aside between dashes",
            "Окупанти регулярно різною зброєю – дронами, ракетами, КАБами – атакують прикордонні громади, повідомив голова Сумської ОВА.",
            []
        ),
        // ... but the habit of another verb leaves this one's event ...
        SlavicReport(
            "a habit in a relative clause",
            "Окупанти, які регулярно обстрілюють Нікополь, цієї ночі атакували місто п'ятьма дронами, повідомив голова Дніпропетровської ОВА.",
            [claim(.launch, "unspecified-drone", 5, side: .ukraine, by: "ua-gov-dnipropetrovsk")]
        ),
        // ... and a daily report tells of a day.
        SlavicReport(
            "a daily report",
            "У щоденному зведенні Генштаб повідомив, що сили ППО збили 20 дронів.",
            [claim(.intercept, "unspecified-drone", 20, side: .ukraine, by: "ua-general-staff")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheStrike(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// What may, could or is meant to happen is no claim ("щоб ми могли її збити", "ПВО может
/// сбить", "планують запустити"); what was managed is ("змогли збити", "удалось сбить").
/// Passages written for these tests, with near misses.
@Suite struct SlavicHypotheticalTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "too fast for us to shoot it down",
            "Ракета Х-22 летить надто швидко, щоб ми могли її збити, пояснив речник Повітряних сил.",
            []
        ),
        SlavicReport(
            "what air defence can do",
            "Одна батарея може збити до десяти ракет за ніч, розповіли в Повітряних силах.",
            []
        ),
        SlavicReport(
            "a plan in Russian",
            "Противник планирует запустить по Курской области до 50 беспилотников, сообщил губернатор Курской области.",
            []
        ),
        SlavicReport(
            "managed: 'змогли збити'",
            "Сили ППО змогли збити 6 ракет над Житомирщиною, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-missile", 6, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "managed: 'удалось сбить'",
            "Над Курской областью удалось сбить 9 беспилотников, сообщил губернатор Курской области.",
            [claim(.intercept, "unspecified-drone", 9, side: .russia, by: "ru-gov-kursk")]
        ),
    ]

    @Test(arguments: reports)
    func readsNoProspectAsAClaim(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// "пытались пройти ..., но были перехвачены": a clause after ", но" / ", але" that opens with its
/// passive and names no weapons of its own goes on with the subject before it. Passages written
/// for these tests, with a near miss.
@Suite struct SlavicButPassiveTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'пытались ..., но были перехвачены'",
            "Девять беспилотников пытались прорваться к Туле, но были перехвачены, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 9, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'намагалися ..., але були збиті'",
            "Шість дронів намагалися прорватися до Києва, але були збиті, повідомили в КМВА.",
            [claim(.intercept, "unspecified-drone", 6, side: .ukraine, by: "ua-kyiv-city")]
        ),
        // Near miss: the clause after "але" names weapons of its own.
        SlavicReport(
            "other weapons after 'але'",
            "Шість дронів збили над Києвом, але ракети були перехоплені над Житомиром, повідомили в КМВА.",
            [claim(.intercept, "unspecified-drone", 6, side: .ukraine, by: "ua-kyiv-city"),
             claim(.intercept, "unspecified-missile", nil, side: .ukraine, by: "ua-kyiv-city")]
        ),
    ]

    @Test(arguments: reports)
    func goesOnWithTheSubject(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}
