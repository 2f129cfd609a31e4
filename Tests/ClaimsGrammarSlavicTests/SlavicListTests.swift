import ClaimsCore
import ClaimsExtraction
import Testing

/// The later parts of a per-region list, written the ways the Russian Defence Ministry and its
/// relays write them: a count and a region with no noun or verb ("четыре над Брянской"), the
/// region first ("над Орловской — три"), "столько же", "ещё один уничтожен над ...", "по N" over
/// a list of three or more regions or over regions named before the count. Passages written for
/// these tests, with near misses.
@Suite struct SlavicListTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "counts and regions joined by commas, without dashes",
            "Минобороны сообщило, что средствами ПВО уничтожены три беспилотника над территорией Курской, семь над Брянской, два над Белгородской областями.",
            [claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 7, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 2, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "the region before its count, after a dash",
            "По данным Минобороны, над Курской областью сбиты 14 беспилотников, над Липецкой — четыре.",
            [claim(.intercept, "unspecified-drone", 14, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 4, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'столько же' repeats the count before it",
            "В Минобороны уточнили, что семь беспилотников сбиты над Брянской областью, столько же — над Калужской областью.",
            [claim(.intercept, "unspecified-drone", 7, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 7, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'ещё один уничтожен над ...' after the first part; the parts replace the total before them",
            "Минобороны сообщило, что ночью уничтожены 10 беспилотников. Из них девять сбиты над Смоленской областью, ещё один уничтожен в небе над Тверской областью.",
            [claim(.intercept, "unspecified-drone", 9, of: 10, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'По одному — над А, Б и В' without a verb goes on with the action before",
            "Минобороны сообщило, что над регионами сбиты восемь беспилотников. Пять из них уничтожены над Курской областью. По одному — над Орловской, Тульской и Липецкой областями.",
            [claim(.intercept, "unspecified-drone", 5, of: 8, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'по N' after the regions it spreads over",
            "Как сообщили в Минобороны, над Белгородской и Курской областями сбили по шесть дронов.",
            [claim(.intercept, "unspecified-drone", 6, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 6, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'по N' over three regions and ', а также над ...'",
            "Минобороны сообщило, что по два беспилотника уничтожены над Брянской, Орловской и Курской областями, а также над Мордовией.",
            [claim(.intercept, "unspecified-drone", 2, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 2, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 2, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 2, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a krai in the instrumental ('Краснодарским краем') is a place of the list",
            "Минобороны сообщило, что восемь беспилотников сбиты над Ростовской областью, три — над Краснодарским краем.",
            [claim(.intercept, "unspecified-drone", 8, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod")]
        ),
        // Near misses.
        SlavicReport(
            "a count of people after a list part is no part",
            "Минобороны сообщило, что пять беспилотников сбиты над Курской областью, два над Белгородской, где ранены три человека.",
            [claim(.intercept, "unspecified-drone", 5, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 2, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "a number after a comma with no place after it is no part",
            "Минобороны сообщило, что пять беспилотников сбиты над Курской областью, два часа длилась атака.",
            [claim(.intercept, "unspecified-drone", 5, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'ещё три над А и Б' without 'по' is one count",
            "Минобороны сообщило, что девять беспилотников сбиты над Брянской областью, ещё три — над Рязанской и Тульской областями.",
            [claim(.intercept, "unspecified-drone", 9, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'столько же' with no count before it is nothing",
            "Минобороны сообщило, что беспилотники сбиты над Брянской областью, столько же — над Калужской областью.",
            [claim(.intercept, "unspecified-drone", nil, side: .russia, by: "ru-mod")]
        ),
    ]

    @Test(arguments: reports)
    func findsEveryPart(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    @Test(arguments: [
        ("Минобороны сообщило, что средствами ПВО уничтожены три беспилотника над территорией Курской, семь над Брянской, два над Белгородской областями.",
         ["kursk-oblast", "bryansk-oblast", "belgorod-oblast"]),
        ("По данным Минобороны, над Курской областью сбиты 14 беспилотников, над Липецкой — четыре.", ["kursk-oblast", "lipetsk-oblast"]),
        ("Как сообщили в Минобороны, над Белгородской и Курской областями сбили по шесть дронов.", ["belgorod-oblast", "kursk-oblast"]),
        ("Минобороны сообщило, что по два беспилотника уничтожены над Брянской, Орловской и Курской областями, а также над Мордовией.",
         ["bryansk-oblast", "kursk-oblast", "mordovia", "oryol-oblast"]),
        ("Минобороны сообщило, что восемь беспилотников сбиты над Ростовской областью, три — над Краснодарским краем.", ["rostov-oblast", "krasnodar-krai"]),
    ])
    func partsKeepTheirRegions(_ text: String, _ places: [String]) {
        let found = SlavicFixture.extract(text).compactMap(\.place)
        #expect(found.sorted() == places.sorted(), "\(text)")
    }
}

/// A long list of parts, one line each, replaces its total however many lines it takes, while
/// the lines follow one another. Passages written for these tests.
@Suite struct SlavicLongListTests {
    static let lines = [
        "— 12 БПЛА над территорией Белгородской области;", "— 9 БПЛА над территорией Брянской области;",
        "— 8 БПЛА над территорией Курской области;", "— 7 БПЛА над территорией Орловской области;",
        "— 6 БПЛА над территорией Тульской области;", "— 5 БПЛА над территорией Калужской области;",
        "— 4 БПЛА над территорией Липецкой области;", "— 3 БПЛА над территорией Воронежской области.",
    ]

    @Test func theListReplacesItsTotal() {
        let text = "Ночью дежурными средствами ПВО перехвачены 60 украинских беспилотников. В Минобороны России сообщили об уничтожении:\n\n"
            + Self.lines.joined(separator: "\n\n") + "\n\nЕщё шесть беспилотников сбиты над акваторией Азовского моря."
        let found = SlavicFixture.extract(text)
        #expect(!found.contains { $0.count.exact == 60 }, "\(found.map(\.summary))")
        #expect(found.count == 9, "\(found.map(\.summary))")
    }

    /// Near miss: parts that do not add up to the total leave it.
    @Test func partsThatDoNotAddUpLeaveTheTotal() {
        let text = "Ночью дежурными средствами ПВО перехвачены 70 украинских беспилотников. В Минобороны России сообщили об уничтожении:\n\n"
            + Self.lines.joined(separator: "\n\n")
        let found = SlavicFixture.extract(text)
        #expect(found.contains { $0.count.exact == 70 }, "\(found.map(\.summary))")
    }
}

/// Short participles of every gender and their Ukrainian counterparts: "шесть дронов
/// перехвачено", "беспилотник нейтрализован", "нейтралізовано 12 дронів". Passages written for
/// these tests.
@Suite struct SlavicShortParticipleTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "'перехвачено' and a part after a dash",
            "Восемь дронов перехвачено над Тульской областью, три – над Калужской, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 8, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'нейтрализован'",
            "Над Смоленской областью нейтрализован один беспилотник, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 1, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "'нейтралізовано' in Ukrainian",
            "Над Черкащиною нейтралізовано 12 ворожих дронів, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-drone", 12, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheParticiple(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// "засоби повітряного нападу", "средства воздушного нападения": the Air Force's count of all
/// the weapons of an attack, missiles and drones together (an aerial target of no one type).
@Suite struct SlavicAirAttackMeansTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "a launch of 'засобами повітряного нападу'",
            "У ніч на 5 червня противник атакував Україну 76 засобами повітряного нападу, повідомили в Повітряних силах.",
            [claim(.launch, "unspecified-aerial-target", 76, side: .ukraine, by: "ua-air-force")]
        ),
        SlavicReport(
            "a part of them shot down",
            "Всього зафіксовано 76 засобів повітряного нападу, з них 59 збито, повідомили в Повітряних силах.",
            [claim(.intercept, "unspecified-aerial-target", 59, of: 76, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheMeansOfAttack(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// A singular noun after the conjunction of a list is one more weapon of its own ("три крылатые
/// ракеты Storm Shadow и снаряд РСЗО HIMARS"), not a member of a composite counted with the
/// first; a plural noun in the genitive goes on with the count ("БпЛА типу Shahed і дронів інших
/// типів"). Passages written for these tests.
@Suite struct SlavicSingularItemTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "a singular item after a counted one",
            "Средства ПВО перехватили две крылатые ракеты Storm Shadow и снаряд РСЗО HIMARS, сообщили в Минобороны России.",
            [claim(.intercept, "storm-shadow", 2, side: .russia, by: "ru-mod"),
             claim(.intercept, "himars", 1, side: .russia, by: "ru-mod")]
        ),
        SlavicReport(
            "the same with a missile",
            "Средства ПВО сбили четыре ракеты ATACMS и ракету Storm Shadow, сообщили в Минобороны России.",
            [claim(.intercept, "atacms", 4, side: .russia, by: "ru-mod"),
             claim(.intercept, "storm-shadow", 1, side: .russia, by: "ru-mod")]
        ),
        // Near miss: a plural genitive goes on with the count.
        SlavicReport(
            "a composite in the genitive",
            "Сили ППО збили 31 ударний БпЛА типу Shahed і дронів-імітаторів, повідомили в Повітряних силах.",
            [claim(.intercept, "shahed-136+unspecified-decoy-drone", 31, side: .ukraine, by: "ua-air-force")]
        ),
    ]

    @Test(arguments: reports)
    func splitsTheSingularItem(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }
}

/// Counts in brackets after the regions: "уничтожено над Рязанской (29), Воронежской (27) и
/// Брянской (23) областями", one claim per region. Passages written for these tests, with a
/// near miss.
@Suite struct SlavicBracketCountTests {
    static let reports: [SlavicReport] = [
        SlavicReport(
            "counts in brackets",
            "Больше всего беспилотников уничтожено над Курской (14), Орловской (9) и Тульской (6) областями, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 14, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 9, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 6, side: .russia, by: "ru-mod")]
        ),
        // Places joined before a dash, then "по N": one claim per place.
        SlavicReport(
            "'над Курской и Липецкой — по три'",
            "Над Тверской областью перехватили шесть беспилотников, над Курской и Липецкой — по три, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 6, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod"),
             claim(.intercept, "unspecified-drone", 3, side: .russia, by: "ru-mod")]
        ),
        // Near miss: a year in brackets is no count.
        SlavicReport(
            "a year in brackets",
            "Над Крымом (2014) сбиты пять беспилотников, сообщили в Минобороны России.",
            [claim(.intercept, "unspecified-drone", 5, side: .russia, by: "ru-mod")]
        ),
    ]

    @Test(arguments: reports)
    func readsTheBrackets(_ report: SlavicReport) {
        SlavicCheck.expectExactly(report)
    }

    @Test func eachCountHasItsRegion() {
        let found = SlavicFixture.extract("Больше всего беспилотников уничтожено над Курской (14), Орловской (9) и Тульской (6) областями, сообщили в Минобороны России.")
        #expect(Set(found.compactMap(\.place)) == ["kursk-oblast", "oryol-oblast", "tula-oblast"], "\(found.map(\.summary))")
    }
}
