import ClaimsCore
import ClaimsExtraction
import Testing

/// Near-misses in Ukrainian and Russian: numbers and weapons that are not a claim of an
/// interception, a strike or a launch. The sentences are written for these tests.
@Suite struct SlavicNegativeTests {
    static let sentences: [String] = [
        // Aid packages and production figures.
        "Сполучені Штати передадуть Україні 300 ракет для систем Patriot у новому пакеті військової допомоги.",
        "За оцінкою розвідки, Росія щомісяця виготовляє близько 2700 дронів типу «Шахед».",
        "Пентагон объявил о новом пакете помощи Украине, в который вошли 12 ракет для HIMARS.",
        "По данным разведки, Россия ежемесячно производит около 2500 дронов «Герань».",
        // The range of a weapon.
        "Ракета «Нептун» здатна уражати цілі на відстані до 1000 кілометрів.",
        "Дальность полета ракеты ATACMS составляет до 300 километров.",
        // Counts of attack episodes and of people, without a weapon.
        "За минулу добу ворог завдав 72 авіаудари по позиціях Сил оборони.",
        "Окупанти здійснили 116 обстрілів Херсонщини за минулу добу.",
        "На Покровському напрямку противник втратив до 70 бійців убитими та пораненими.",
        "ВСУ за сутки 116 раз обстреляли Горловку.",
        "Противник потерял до 70 военнослужащих на Купянском направлении.",
        // Lost on radar, negated, denied.
        "Ще 5 ворожих дронів локаційно втрачено.",
        "Еще пять беспилотников локационно потеряны.",
        "Одну ракету Х-59 не вдалося збити, повідомили в Повітряних силах.",
        "В Минобороны России заявили, что ни одна ракета не была сбита.",
        "У Повітряних силах спростували повідомлення про збиття ракети «Кінджал» над Києвом.",
    ]

    @Test(arguments: sentences)
    func givesNoClaim(_ sentence: String) {
        let candidates = SlavicFixture.extract(sentence)
        #expect(candidates.isEmpty, "got: \(candidates.map(\.summary))")
    }
}
