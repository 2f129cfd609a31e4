import ClaimsCore
import ClaimsExtraction
import Testing

/// Wording found on unseen posts and relays: who acts decides the kind ("ПВО поразили" is an
/// interception), slang for shooting down, "– усі знищено" after a count, a singular adjective
/// before an abbreviation that does not decline, and the owner of the weapons in the genitive
/// ("беспилотников ВСУ"), who never speaks. Passages written for these tests, with near misses.
@Suite struct SlavicSubjectTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "air defence as the subject of 'поразили' shoots down",
            "Дежурные расчеты ПВО поразили 12 беспилотников над Брянской областью, сообщило Минобороны России.",
            [claim(.intercept, "unspecified-drone", 12, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "near miss: weapons that hit an air-defence position struck it",
            "Две ракеты поразили позиции ПВО под Белгородом, сообщило Минобороны России.",
            [claim(.strike, "unspecified-missile", 2, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "the slang 'відмінусували' is an interception",
            "Захисники неба відмінусували чотири ворожі шахеди, повідомили Повітряні сили.",
            [claim(.intercept, "shahed-136", 4, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "'– усі знищено' after a launch: every one of them",
            "Ворог запустив з моря п'ять Калібрів – усі знищено, повідомили Повітряні сили.",
            [claim(.launch, "kalibr", 5, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "kalibr", 5, of: 5, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "near miss: '– усі влучили' is no interception",
            "Ворог запустив з моря п'ять Калібрів – усі влучили в ціль, повідомили Повітряні сили.",
            [claim(.launch, "kalibr", 5, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a singular adjective before 'БПЛА' counts one",
            "Бійці ППО знищили ворожий БПЛА над Сумщиною, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-drone", 1, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "near miss: a plural adjective before 'БПЛА' does not",
            "Бійці ППО знищили ворожі БПЛА над Сумщиною, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-drone", nil, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheSubject(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    /// "беспилотника ВСУ": the owner of the drones is neither the speaker nor an office a later
    /// generic speaker resolves to.
    @Test(arguments: [
        "Губернатор заявил, что над городом системой ПВО сбиты три беспилотника ВСУ.",
        "Губернатор заявил: «Над городом системой ПВО сбиты три беспилотника ВСУ».",
    ])
    func weaponOwnerIsNoClaimant(_ text: String) {
        let candidates = SlavicFixture.extract(text)
        #expect(candidates.count == 1)
        #expect(candidates.allSatisfy { $0.claimant != "ua-armed-forces" }, "\(candidates.map(\.claimant))")
    }
}

/// Who speaks, from unseen posts: "Про це повідомили у Генштабі" after the figures (Ukraine's
/// staff in Ukrainian text), "уточнив" among the speech words, "– уточнив він" for the person
/// already speaking rather than an office the quote names, and a city's own figure that is no part
/// of the national launch before it. Passages written for these tests.
@Suite struct SlavicCreditTests {
    @Test func generalStaffCreditsTheSentencesBefore() {
        let text = "Ворог випустив по Україні 18 шахедів. 13 з них вдалося збити.\nПро це повідомили у Генштабі."
        let candidates = SlavicFixture.extract(text)
        #expect(candidates.count == 2)
        #expect(candidates.allSatisfy { $0.claimant == "ua-general-staff" }, "\(candidates.map(\.claimant))")
    }

    @Test(arguments: ["Як уточнив начальник КМВА Сергій Попко, над Києвом було збито сім БПЛА.",
                      "Как уточнил начальник КГВА Сергей Попко, над Киевом были сбиты семь БПЛА."])
    func speechVerbsNameTheSpeaker(_ text: String) {
        #expect(SlavicFixture.extract(text).map(\.claimant) == ["ua-kyiv-city"])
    }

    @Test func aPronounAfterTheSpeechVerbIsThePersonSpeaking() {
        let text = "Речник Повітряних сил Юрій Ігнат розповів про атаку.\n– Шість Калібрів було запущено з моря – усі знищено у зоні відповідальності Повітряного командування Південь, – уточнив він."
        let candidates = SlavicFixture.extract(text)
        #expect(candidates.map(\.kind) == [.launch, .intercept])
        #expect(candidates.allSatisfy { $0.claimant == "ua-air-force" }, "\(candidates.map(\.claimant))")
    }

    /// "За інформацією X", "По информации X": X speaks, whoever spoke before.
    @Test(arguments: [
        ("Голова Черкаської ОВА повідомив про наслідки атаки.\nЗа інформацією Командування Повітряних сил, вночі ворог випустив 20 ударних БпЛА.", "ua-air-force"),
        ("Губернатор Курской области рассказал о последствиях.\nПо информации Минобороны России, над Брянской областью сбиты 12 беспилотников.", "ru-mod"),
    ])
    func byTheInformationOf(_ text: String, _ claimant: String) {
        let candidates = SlavicFixture.extract(text)
        #expect(candidates.count == 1)
        #expect(candidates.first?.claimant == claimant)
    }

    /// A governor the sentence names by title speaks as the region's head, not as the defence
    /// ministry the air defence belongs to.
    @Test func anUnnamedGovernorIsTheRegionsHead() {
        let candidates = SlavicFixture.extract("Силы ПВО ночью уничтожили пять БПЛА, сообщил губернатор Тверской области.")
        #expect(candidates.count == 1)
        #expect(candidates.allSatisfy { $0.claimant?.hasPrefix("ru-gov") == true }, "\(candidates.map(\.claimant))")
    }

    @Test func aCitysFigureIsNoPartOfTheNationalLaunch() {
        let text = "Ворог випустив по території України 30 шахедів, повідомили у Генштабі.\nЯк повідомив начальник КМВА Сергій Попко, над Києвом було збито шість БПЛА."
        let kyiv = SlavicFixture.extract(text).first { $0.claimant == "ua-kyiv-city" }
        #expect(kyiv?.count.exact == 6)
        #expect(kyiv?.launched == nil)
    }
}

/// More wording from unseen posts: the subject's side is the weapons' side ("Окупанти атакували
/// ... дронами"), "відбивала атаку" repels, an undeclined "БпЛА" after an instrumental adjective
/// is an instrument like its neighbour, aviation that repels is no weapon shot down, "по меньшей
/// мере" bounds a part, and "два из них летели на Москву" is no claim. Passages written for these tests.
@Suite struct SlavicClauseTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'відбивала атаку дронів' is an interception of uncounted drones",
            "На Черкащині ППО вночі відбивала атаку ударних дронів, повідомили Повітряні сили.",
            [claim(.intercept, "unspecified-strike-drone", nil, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "two instruments of one 'завдав удару' share the launch",
            "За даними Повітряних сил, ворог завдав удару трьома ракетами Х-59 та 35 ударними БпЛА.",
            [claim(.launch, "kh-59", 3, side: .ukraine, by: "ua-air-force"),
             claim(.launch, "unspecified-strike-drone", 35, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "aviation among the forces that repelled the attack is no aircraft shot down",
            "Атаку відбивали авіація, зенітні ракетні війська та мобільні вогневі групи, повідомили Повітряні сили.",
            []
        ),
        SlavicReport(
            "'два из них летели на Москву' tells where some flew, not what became of them",
            "Над Московской областью сбиты пять беспилотников, два из них летели на Москву, сообщило Минобороны России.",
            [claim(.intercept, "unspecified-drone", 5, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "near miss: 'дві з них удалося збити' is a part",
            "Ворог випустив чотири ракети, дві з них удалося збити, повідомили Повітряні сили.",
            [claim(.launch, "unspecified-missile", 4, side: .ukraine, by: "ua-air-force"),
             claim(.intercept, "unspecified-missile", 2, of: 4, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheClause(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    @Test func theSubjectsSideIsTheWeaponsSide() {
        let candidates = SlavicFixture.extract("Окупанти атакували Херсонщину дронами-камікадзе, повідомив голова ОВА.")
        #expect(candidates.map(\.weaponSide) == [.russia])
        // Near miss: a side after a preposition is a place, not who fired.
        let near = SlavicFixture.extract("По російських позиціях вдарили дронами-камікадзе, повідомив голова ОВА.")
        #expect(near.allSatisfy { $0.weaponSide != .russia })
    }

    @Test func aBoundBeforeAPartKeepsItsWords() {
        let candidates = SlavicFixture.extract("В ВМС заявили, что удалось сбить по меньшей мере 10 из 12 выпущенных ракет.")
        #expect(candidates.count == 1)
        #expect(candidates.first?.count.text == "по меньшей мере 10 из 12")
        #expect(candidates.first?.count.qualifier == .atLeast)
        #expect(candidates.first?.launched == 12)
    }
}
