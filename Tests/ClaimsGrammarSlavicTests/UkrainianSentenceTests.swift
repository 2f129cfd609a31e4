import ClaimsCore
import ClaimsExtraction
import Testing

/// Ukrainian sentences of one claim each, in the wording of Air Force and regional reports.
/// The sentences are written for these tests.
@Suite struct UkrainianSentenceTests {
    static let cases: [SlavicExpected] = [
        // Imperfective speech: "повідомляли, що ...".
        SlavicExpected("У Повітряних силах повідомляли, що ворог випустив по Одещині чотири ракети Х-59.",
                       .launch, "kh-59", 4, side: .ukraine),
        // Imperfective launch verbs; "Х-101 та Х-555" is the pair the taxonomy holds as one identity.
        SlavicExpected("Уночі росіяни запускали по Україні ракети Х-101 та Х-555 з літаків Ту-95, повідомили в Повітряних силах.",
                       .launch, "kh-101-or-kh-555", nil, side: .ukraine),
        // An intercept noun before its weapons: "про знищення", "про перехоплення"; one weapon in the genitive singular.
        SlavicExpected("Повітряні сили повідомили про знищення крилатої ракети Калібр над Вінниччиною.",
                       .intercept, "kalibr", 1, side: .ukraine),
        SlavicExpected("Командування Повітряних сил звітує про перехоплення восьми ударних дронів над Сумщиною.",
                       .intercept, "unspecified-strike-drone", 8, side: .ukraine),
        // "N з/із M": count and launched.
        SlavicExpected("Уночі сили ППО збили 23 з 27 ударних БпЛА типу Shahed, повідомили в Повітряних силах.",
                       .intercept, "shahed-136", 23, of: 27, side: .ukraine),
        SlavicExpected("Вісімнадцять із двадцяти ракет Х-101 знищено над центральними областями, повідомили в Повітряних силах.",
                       .intercept, "kh-101", 18, of: 20, side: .ukraine),
        SlavicExpected("Сили ППО знищили сім із дев'яти ракет Іскандер-К, повідомили в Повітряних силах.",
                       .intercept, "iskander-k", 7, of: 9, side: .ukraine),
        // "всі N": all of them.
        SlavicExpected("Над Київщиною збили всі 12 крилатих ракет Х-101, повідомили в Повітряних силах.",
                       .intercept, "kh-101", 12, of: 12, side: .ukraine),
        // Counts over adjectives, digits with case endings.
        SlavicExpected("За даними Повітряних сил, протиповітряна оборона знищила 17 ворожих ударних безпілотників.",
                       .intercept, "unspecified-strike-drone", 17, side: .ukraine),
        SlavicExpected("Сили ППО збили 26 із 30-ти запущених ворогом дронів, повідомили в Повітряних силах.",
                       .intercept, "unspecified-drone", 26, of: 30, side: .ukraine),
        SlavicExpected("Ворог атакував Україну 54-ма ударними дронами, повідомили в Повітряних силах.",
                       .launch, "unspecified-strike-drone", 54, side: .ukraine),
        // Number words and their compounds, in several cases.
        SlavicExpected("Сили ППО знищили двадцять п'ять із тридцяти ворожих дронів, повідомили в Повітряних силах.",
                       .intercept, "unspecified-drone", 25, of: 30, side: .ukraine),
        SlavicExpected("Протягом ночі захисники неба збили сто двадцять вісім безпілотників, повідомили в Повітряних силах.",
                       .intercept, "unspecified-drone", 128, side: .ukraine),
        SlavicExpected("Ворог атакував Одещину трьома ракетами «Калібр», повідомив Юрій Ігнат.",
                       .launch, "kalibr", 3, side: .ukraine),
        // Bounds and vague counts.
        SlavicExpected("Близько 40 ворожих дронів збили над Одещиною, повідомили в Повітряних силах.",
                       .intercept, "unspecified-drone", 40, side: .ukraine),
        SlavicExpected("Від 8 до 12 безпілотників знищили над Харківщиною, повідомили в Повітряних силах.",
                       .intercept, "unspecified-drone", nil, side: .ukraine),
        SlavicExpected("Кілька ворожих ракет збили на підльоті до Києва, повідомив Юрій Ігнат.",
                       .intercept, "unspecified-missile", nil, side: .ukraine),
        // A generic noun refined by the system it names; a one-family list as a composite.
        SlavicExpected("Уночі з акваторії Чорного моря ворог випустив чотири ракети типу «Калібр», повідомили в Повітряних силах.",
                       .launch, "kalibr", 4, side: .ukraine),
        SlavicExpected("Над Києвом збито аеробалістичну ракету «Кінджал», повідомили в Повітряних силах.",
                       .intercept, "kinzhal", 1, side: .ukraine),
        SlavicExpected("Сили ППО збили 40 ворожих БпЛА типу Shahed, Гербера та дронів інших типів, повідомили в Повітряних силах.",
                       .intercept, "shahed-136+unspecified-decoy-drone", 40, side: .ukraine),
        // Drones of "other types" beside a named drone are its decoys, counted together.
        SlavicExpected("Станом на 09:00 збито 31 ударний БпЛА типу Shahed та дрони інших типів, повідомили в Повітряних силах.",
                       .intercept, "shahed-136+unspecified-decoy-drone", 31, side: .ukraine),
        // ... but "other drones" alone are drones of unknown type.
        SlavicExpected("Сили ППО збили 12 дронів інших типів над Сумщиною, повідомили в Повітряних силах.",
                       .intercept, "unspecified-drone", 12, side: .ukraine),
        // Strikes: a verb, or "влучання" as a noun.
        SlavicExpected("Дві ракети влучили в промисловий об'єкт на Дніпропетровщині, повідомили в Повітряних силах.",
                       .strike, "unspecified-missile", 2, side: .ukraine),
        SlavicExpected("Зафіксовано влучання трьох ракет у Кривому Розі, повідомили в Повітряних силах.",
                       .strike, "unspecified-missile", 3, side: .ukraine),
        // Launches: a verb, or "пуски" as a noun.
        SlavicExpected("Росіяни випустили по Запоріжжю дві керовані авіаційні ракети Х-59, повідомили в Повітряних силах.",
                       .launch, "kh-59", 2, side: .ukraine),
        SlavicExpected("Зафіксовано пуски 22 шахедів з мису Чауда, повідомили в Повітряних силах.",
                       .launch, "shahed-136", 22, side: .ukraine),
        // The claimant: an air-defence subject without a speaker, or "Про це повідомили в X".
        SlavicExpected("Сили ППО знищили 12 ворожих дронів над Київщиною.",
                       .intercept, "unspecified-drone", 12, side: .ukraine),
        SlavicExpected("Уночі над Черкащиною збили шість ударних дронів. Про це повідомили в Повітряних силах.",
                       .intercept, "unspecified-strike-drone", 6, side: .ukraine),
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

    @Test func theClaimantOfAnAirForceReportIsTheAirForce() throws {
        let candidates = SlavicFixture.extract("Уночі сили ППО збили 23 з 27 ударних БпЛА типу Shahed, повідомили в Повітряних силах.")
        let candidate = try #require(candidates.first)
        #expect(candidate.claimant == "ua-air-force")
    }

    @Test func anOutletRelayingAnOfficialIsNotTheClaimant() throws {
        // "передає Укрінформ" relays; the official the taxonomy does not know speaks (an official of
        // the outlet's country).
        let text = "Про це повідомив начальник слідчого управління поліції Сергій Коваль, передає Укрінформ. Зафіксовано чотири влучання ракет у промисловій зоні."
        let candidates = SlavicFixture.extract(text)
        let candidate = try #require(candidates.first { $0.kind == .strike }, "\(candidates.map(\.summary))")
        #expect(candidate.count.exact == 4)
        #expect(candidate.claimant != nil && candidate.claimant != "ukrinform")
        #expect(candidate.claimantSide == .ukraine)
        // Without an official's title, the outlet is all the text names: it stays a relay, never an office.
        let plain = SlavicFixture.extract("Ворог випустив по Харкову п'ять ракет, передає Укрінформ.")
        #expect(plain.allSatisfy { $0.claimant != "ua-armed-forces" && $0.claimant != "ua-regional-official" }, "\(plain.map(\.summary))")
    }

    @Test func aPersonTheTaxonomyDoesNotKnowSpeaksForThePlacesOfficials() throws {
        // A named or titled speaker the taxonomy does not know: an official of the side whose
        // place the claim is about.
        let titled = SlavicFixture.extract("Начальник поліції повідомив, що дві ракети влучили в Харків.")
        #expect(titled.first?.claimantSide == .ukraine, "\(titled.map(\.summary))")
        let named = SlavicFixture.extract("Как рассказал Петренко, над Белгородской областью сбиты четыре беспилотника.")
        #expect(named.first?.claimantSide == .russia, "\(named.map(\.summary))")
        // Nobody named: no claimant is made up.
        let nobody = SlavicFixture.extract("Також повідомили, що дві ракети влучили в Харків.")
        #expect(nobody.allSatisfy { $0.claimant == nil }, "\(nobody.map(\.summary))")
    }

    @Test func theMilitaryAsSpeakerIsTheMilitaryOfficeNamedBefore() throws {
        // "– вказали військові" after the air command was named: the air command speaks, not the
        // governor quoted in between.
        let text = "Повітряне командування «Південь» повідомило про атаку. Голова Одеської ОВА Олег Кіпер повідомив про пошкодження складу. «Над морем знищено дві крилаті ракети типу Калібр», – вказали військові."
        let candidates = SlavicFixture.extract(text)
        #expect(candidates.map(\.claimant) == ["ua-air-command-south"], "\(candidates.map(\.summary))")
        // "сообщили военные" about Russian regions: the Russian military.
        let russian = SlavicFixture.extract("«Над Курской областью сбиты три беспилотника», – сообщили военные.")
        #expect(russian.map(\.claimantSide) == [.russia], "\(russian.map(\.summary))")
    }

    @Test func aHeadlineNamesItsSourceAfterADash() throws {
        // "… – Повітряні сили", "… — Минобороны": the office after the closing dash claims it.
        let ukrainian = SlavicFixture.extract("ППО збила 12 «Шахедів» над Києвом – КМВА")
        #expect(ukrainian.map(\.claimant) == ["ua-kyiv-city"], "\(ukrainian.map(\.summary))")
        let russian = SlavicFixture.extract("Над Курской областью сбиты пять беспилотников — Минобороны России")
        #expect(russian.map(\.claimant) == ["ru-mod"], "\(russian.map(\.summary))")
        // An outlet after the dash is no claimant.
        let outlet = SlavicFixture.extract("Над Курской областью сбиты пять беспилотников — ТАСС")
        #expect(outlet.allSatisfy { $0.claimant != "tass" }, "\(outlet.map(\.summary))")
    }

    @Test func theNightOfADateGivesTheEventDate() throws {
        let candidates = SlavicFixture.extract(
            "У ніч на 14 вересня сили ППО збили 17 ударних БпЛА, повідомили в Повітряних силах.", published: "2023-09-14")
        let candidate = try #require(candidates.first)
        #expect(candidate.event?.start.date == CalendarDate(year: 2023, month: 9, day: 14))
    }
}

/// Ukrainian passages with several claims: per-system lines, elliptical counts, lists.
@Suite struct UkrainianReportTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "hits counted before any weapon is named are missiles; after drones, drones",
            "Очільник Полтавської ОВА повідомив: «Три прильоти по промисловому підприємству». Пізніше він уточнив, що дрони атакували також Лубни і зафіксовано два влучання.",
            [
                claim(.strike, "unspecified-missile", 3, side: .ukraine),
                claim(.launch, "unspecified-drone", nil, side: .ukraine),
                claim(.strike, "unspecified-drone", 2, side: .ukraine),
            ]
        ),
        SlavicReport(
            "'з них N' after a launch: part of what was launched",
            "Уночі ворог випустив по Миколаївщині 12 ракет, з них 9 вдалося збити, повідомили в обласній військовій адміністрації.",
            [
                claim(.launch, "unspecified-missile", 12, side: .ukraine),
                claim(.intercept, "unspecified-missile", 9, of: 12, side: .ukraine),
            ]
        ),
        SlavicReport(
            "'відбили атаку' of drones is an interception; regional parts after 'з них'",
            "Сили ППО відбили атаку 26 дронів, з них 14 над Київщиною та 12 над Черкащиною, повідомили в Повітряних силах.",
            [
                claim(.intercept, "unspecified-drone", 14, side: .ukraine),
                claim(.intercept, "unspecified-drone", 12, side: .ukraine),
            ]
        ),
        SlavicReport(
            "'такі ракети' are the specific weapons named before (and the generic 'ракети' of the same report too)",
            "Ворог атакував Київ ракетами Х-22, повідомили в Повітряних силах. Уперше знищено дві такі ракети. Ще три ракети влучили в промислові об'єкти.",
            [
                claim(.launch, "kh-22", nil, side: .ukraine),
                claim(.intercept, "kh-22", 2, side: .ukraine),
                claim(.strike, "kh-22", 3, side: .ukraine),
            ]
        ),
        SlavicReport(
            "Air Force per-system lines after a heading",
            """
            Повітряні сили повідомили, що вночі збито:
            Х-101/Х-555 – 20 з 25;
            Калібр – 5 з 8.
            """,
            [
                claim(.intercept, "kh-101-or-kh-555", 20, of: 25, side: .ukraine),
                claim(.intercept, "kalibr", 5, of: 8, side: .ukraine),
            ]
        ),
        SlavicReport(
            "elliptical 'Дві з них', 'а три влучили' in the sentence after the launch",
            "Ворог випустив по Одещині п'ять ракет Х-59. Дві з них вдалося збити, а три влучили в портову інфраструктуру. Про це повідомили в Повітряних силах.",
            [
                claim(.launch, "kh-59", 5, side: .ukraine),
                claim(.intercept, "kh-59", 2, of: 5, side: .ukraine),
                claim(.strike, "kh-59", 3, side: .ukraine),
            ]
        ),
        SlavicReport(
            "two launched weapons in the instrumental",
            "Росіяни атакували Україну сімдесятьма дронами та двома ракетами Іскандер-М, повідомили в Повітряних силах.",
            [
                claim(.launch, "unspecified-drone", 70, side: .ukraine),
                claim(.launch, "iskander-m", 2, side: .ukraine),
            ]
        ),
        SlavicReport(
            "launches then intercepts in one report",
            "Уночі росіяни запустили 35 ударних БпЛА типу Shahed. Сили ППО збили 31 з них. Про це повідомили в Повітряних силах.",
            [
                claim(.launch, "shahed-136", 35, side: .ukraine),
                claim(.intercept, "shahed-136", 31, of: 35, side: .ukraine),
            ]
        ),
        // Only the Kh-101/Kh-555 and Kalibr lines are found: "Shahed – 41 з 45." has no letter
        // that marks it Ukrainian and is read as English, so the Shahed line is lost.
        SlavicReport(
            "per-system line led by a Latin name",
            """
            Повітряні сили повідомили, що вночі збито:
            Х-101/Х-555 – 20 з 25;
            Калібр – 5 з 8;
            Shahed – 41 з 45.
            """,
            [
                claim(.intercept, "kh-101-or-kh-555", 20, of: 25, side: .ukraine),
                claim(.intercept, "kalibr", 5, of: 8, side: .ukraine),
                claim(.intercept, "shahed-136", 41, of: 45, side: .ukraine),
            ]
        ),
        SlavicReport(
            "elliptical 'дві з них' in the clause of the launch",
            "Ворог випустив по Одещині п'ять ракет Х-59, дві з них вдалося збити, а три влучили в портову інфраструктуру. Про це повідомили в Повітряних силах.",
            [
                claim(.launch, "kh-59", 5, side: .ukraine),
                claim(.intercept, "kh-59", 2, of: 5, side: .ukraine),
                claim(.strike, "kh-59", 3, side: .ukraine),
            ]
        ),
        SlavicReport(
            "'близько 30 із них – шахеди' is context",
            "Загалом ворог запустив 50 безпілотників, близько 30 із них – шахеди, повідомили в Повітряних силах.",
            [claim(.launch, "unspecified-drone", 50, side: .ukraine)]
        ),
    ]

    @Test(arguments: reports)
    func findsEveryClaimAndNothingElse(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

}
