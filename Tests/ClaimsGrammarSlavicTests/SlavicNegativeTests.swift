import ClaimsCore
import ClaimsExtraction
import Testing

/// Near-misses in Ukrainian and Russian: numbers and weapons that are not a claim of an
/// interception, a strike or a launch. The sentences are written for these tests.
@Suite struct SlavicNegativeTests {
    static let sentences: [String] = [
        // An action noun after a word of range or kind: what a weapon can do, or a kind of event.
        "Радіус ураження ракети «Іскандер-К» сягає 500 кілометрів, нагадали експерти.",
        "Зона поражения ракеты «Точка-У» составляет около 70 километров.",
        "Это уже третий случай поражения ракеты «Нептун» над морем за месяц.",
        // The fall of a weapon shot down is no strike.
        "Сбитая ракета упала на крышу гаража в Таганроге, сообщил губернатор.",
        "Уламки збитого дрона впали на подвір'я приватного будинку, повідомив голова ОВА.",
        // Scrap made of no weapon.
        "На Запоріжжі перетворено на металобрухт два російські танки.",
        // A denial of a report of an intercept.
        "В Минобороны опровергли сообщения о перехвате ракеты Кинжал над Москвой.",
        // The genitive singular is one weapon only after an action noun: here the plural, no claim.
        "Ракети Х-59 летять на Одесу, повідомили Повітряні сили.",
        "Ракеты Калибр несут носители в Черном море, сообщили в ВМС Украины.",
        // Aid packages and production figures.
        "Сполучені Штати передадуть Україні 300 ракет для систем Patriot у новому пакеті військової допомоги.",
        "За оцінкою розвідки, Росія щомісяця виготовляє близько 2700 дронів типу «Шахед».",
        "Пентагон объявил о новом пакете помощи Украине, в который вошли 12 ракет для HIMARS.",
        "По данным разведки, Россия ежемесячно производит около 2500 дронов «Герань».",
        "Росія щороку випускає понад 100 ракет «Кінджал».",
        "Россия ежегодно выпускает более 100 ракет «Кинжал».",
        "Европейские партнеры передадут Украине еще 24 истребителя F-16.",
        // The range of a weapon.
        "Ракета «Нептун» здатна уражати цілі на відстані до 1000 кілометрів.",
        "Ракета «Калібр» має дальність до 2500 км.",
        "Дальность полета ракеты ATACMS составляет до 300 километров.",
        // History without counts, and totals since the start of the war.
        "Росіяни вперше застосували «Кінджал» проти України у 2022 році.",
        "Российская армия впервые применила «Кинжал» в марте 2022 года.",
        "Від початку повномасштабного вторгнення росіяни випустили по Україні понад 9000 ракет.",
        // Counts of attack episodes and of people, without a weapon.
        "За минулу добу ворог завдав 72 авіаудари по позиціях Сил оборони.",
        "Окупанти здійснили 116 обстрілів Херсонщини за минулу добу.",
        "На Покровському напрямку противник втратив до 70 бійців убитими та пораненими.",
        "ВСУ за сутки 116 раз обстреляли Горловку.",
        "За добу окупанти 116 разів обстріляли Херсонщину з артилерії.",
        "Противник потерял до 70 военнослужащих на Купянском направлении.",
        // Lost on radar, negated, denied.
        "Ще 5 ворожих дронів локаційно втрачено.",
        "Крім того, локаційно втрачено 5 ворожих БпЛА.",
        "Еще пять беспилотников локационно потеряны.",
        "Одну ракету Х-59 не вдалося збити, повідомили в Повітряних силах.",
        "В Минобороны России заявили, что ни одна ракета не была сбита.",
        "У Повітряних силах спростували повідомлення про збиття ракети «Кінджал» над Києвом.",
        "У Міноборони Росії заявили, що українські дрони не змогли прорватися до Москви.",
        "В Минобороны опровергли сообщения о том, что над Крымом были сбиты российские самолеты.",
        // "How many" is a question, not a count.
        "Речник Повітряних сил не сказав, скільки ракет збила ППО цієї ночі.",
        "В Минобороны не уточнили, сколько беспилотников сбили над областью.",
        // Weapons that hit the ground or a field struck nothing.
        "Чотири ракети С-300 ударили в землю за містом, повідомив голова ОВА.",
        "Две ракеты попали в поле возле села, сообщил губернатор.",
    ]

    @Test(arguments: sentences)
    func givesNoClaim(_ sentence: String) {
        let candidates = SlavicFixture.extract(sentence)
        #expect(candidates.isEmpty, "got: \(candidates.map(\.summary))")
    }

    /// The near misses of the rules above: a count and a target make claims.
    @Test func aCountAndATargetStillClaim() {
        let counted = SlavicFixture.extract("Речник Повітряних сил сказав, що ППО збила дві ракети цієї ночі.")
        #expect(counted.contains { $0.kind == .intercept && $0.count.exact == 2 }, "\(counted.map(\.summary))")
        let struck = SlavicFixture.extract("Чотири ракети С-300 ударили по складу в місті, повідомив голова Харківської ОВА.")
        #expect(struck.contains { $0.kind == .strike && $0.system == "s-300" && $0.count.exact == 4 }, "\(struck.map(\.summary))")
    }

    /// A failure after the infinitive ("збити не вдалося") is no interception either; the same
    /// infinitive with success ("вдалося збити") is.
    @Test func aFailureAfterTheVerbNegatesIt() throws {
        #expect(SlavicFixture.extract("Ракету Х-59 збити не вдалося, повідомили в Повітряних силах.").isEmpty)
        #expect(SlavicFixture.extract("Две ракеты Х-59 сбить не удалось, сообщили в Воздушных силах Украины.").isEmpty)
        let succeeded = SlavicFixture.extract("Ракету Х-59 вдалося збити над Одещиною, повідомили в Повітряних силах.")
        #expect(succeeded.contains { $0.kind == .intercept && $0.system == "kh-59" }, "\(succeeded.map(\.summary))")
    }
}
