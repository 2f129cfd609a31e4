import ClaimsCore
import ClaimsExtraction
import Testing

/// One claim per sentence, in the wording of many outlets and both sides' claimants. The
/// sentences are written for these tests.
@Suite struct ExtractorSentenceTests {
    static let cases: [Expected] = [
        // Ukrainian claims of interceptions
        Expected("Ukraine's air force said it shot down 28 of 31 Shahed drones launched by Russia overnight.",
                 .intercept, "shahed-136", 28, of: 31, by: "ua-air-force"),
        Expected("The Ukrainian military said it had intercepted all 12 Kh-101 missiles fired at Kyiv.",
                 .intercept, "kh-101", 12, of: 12, by: "ua-armed-forces"),
        Expected("Ukrainian air defenses downed 16 out of 18 Kalibr cruise missiles fired from the Black Sea, the General Staff said.",
                 .intercept, "kalibr", 16, of: 18, by: "ua-general-staff"),
        Expected("According to Air Force spokesman Yurii Ihnat, two Kinzhal missiles were shot down over Kyiv.",
                 .intercept, "kinzhal", 2, by: "ua-air-force", at: "kyiv"),
        Expected("Mobile fire groups destroyed a dozen Shahed drones over the Odesa region, regional governor Oleh Kiper said.",
                 .intercept, "shahed-136", 12, by: "ua-gov-odesa", at: "odesa-oblast"),
        Expected("Air defences shot down two Х-101 missiles over the Chernihiv region, the air force said.",
                 .intercept, "kh-101", 2, by: "ua-air-force", at: "chernihiv-oblast"),
        Expected("Ukraine's air force said it downed 7 Шахед drones near Zaporizhzhia.",
                 .intercept, "shahed-136", 7, by: "ua-air-force", at: "zaporizhzhia"),
        Expected("Ukraine says it downed twenty-three Russian drones over the Sumy region.",
                 .intercept, "unspecified-drone", 23, by: "ua-air-force", at: "sumy-oblast"),
        Expected("Twenty-three of the 25 drones were destroyed over the Kyiv region, Ihnat said.",
                 .intercept, "unspecified-drone", 23, of: 25, by: "ua-air-force", at: "kyiv-oblast"),
        Expected("Ukrainian forces shot down a Russian Su-34 bomber over the Donetsk region, the General Staff said.",
                 .intercept, "su-34", 1, by: "ua-general-staff", at: "donetsk-oblast"),
        Expected("Five out of seven Kh-101 cruise missiles launched from Tu-95 bombers were intercepted, the air force said.",
                 .intercept, "kh-101", 5, of: 7, by: "ua-air-force"),
        Expected("Both missiles were intercepted over the Kyiv region, Kyiv's military administration said.",
                 .intercept, "unspecified-missile", 2, by: "ua-gov-kyiv-oblast", at: "kyiv-oblast"),
        Expected("Kyiv's air defence brought down another Russian drone over the Bucha district, Ukrainian officials said.",
                 .intercept, "unspecified-drone", 1, by: "ua-gov-kyiv-oblast"),
        Expected("Moscow Mayor Sergei Sobyanin said three drones flying towards the capital had been shot down.",
                 .intercept, "unspecified-drone", 3, by: "ru-mayor-moscow"),
        // Russian claims of interceptions
        Expected("Russian Defence Ministry officials, meanwhile, claimed that air defence units had intercepted 21 Ukrainian drones over the Belgorod and Kursk regions.",
                 .intercept, "unspecified-drone", 21, by: "ru-mod"),
        Expected("Russia's Defence Ministry said its air defence systems had destroyed 47 Ukrainian drones over several Russian regions overnight.",
                 .intercept, "unspecified-drone", 47, by: "ru-mod"),
        Expected("Russian forces shot down a US-made F-16 fighter jet, the Russian Defence Ministry claimed.",
                 .intercept, "f-16", 1, by: "ru-mod"),
        Expected("Russian air defences intercepted two ATACMS missiles over Crimea, the Russian-installed governor Sergei Aksyonov said on Telegram.",
                 .intercept, "atacms", 2, by: "ru-head-crimea", at: "crimea"),
        Expected("According to the Russian Defence Ministry, six Ukrainian naval drones were destroyed in the Black Sea.",
                 .intercept, "unspecified-naval-drone", 6, by: "ru-mod", at: "black-sea"),
        Expected("Russia says it shot down 30 Ukrainian drones over Crimea",
                 .intercept, "unspecified-drone", 30, by: "ru-mod", at: "crimea"),
        Expected("Konashenkov said Russian air defence had neutralised four Storm Shadow cruise missiles near Sevastopol.",
                 .intercept, "storm-shadow", 4, by: "ru-mod", at: "sevastopol"),
        Expected("The Russian military said a Ukrainian Neptune missile was destroyed over the Sea of Azov.",
                 .intercept, "neptune", 1, by: "ru-mod", at: "sea-of-azov"),
        Expected("Gladkov wrote on Telegram that 11 Vampire rockets had been intercepted over Belgorod.",
                 .intercept, "vampire", 11, by: "ru-gov-belgorod", at: "belgorod"),
        Expected("At least 20 Shahed drones were downed over the Kyiv region, the air force said.",
                 .intercept, "shahed-136", nil, by: "ua-air-force", at: "kyiv-oblast"),
        Expected("Between 20 and 25 drones were shot down over the Kharkiv region overnight, the regional administration said.",
                 .intercept, "unspecified-drone", nil, by: "ua-gov-kharkiv", at: "kharkiv-oblast"),
        Expected("Dozens of Russian drones were shot down over western Ukraine, the air force said.",
                 .intercept, "unspecified-drone", nil, by: "ua-air-force"),
        // Strikes
        Expected("Nine of the drones reached their targets in the Kharkiv region, Ukraine's air force said.",
                 .strike, "unspecified-drone", 9, by: "ua-air-force", at: "kharkiv-oblast"),
        Expected("Russia's Defence Ministry said all the Kalibr missiles had reached their intended targets.",
                 .strike, "kalibr", nil, by: "ru-mod"),
        Expected("Two Russian Kh-59 guided missiles struck an industrial facility in Zaporizhzhia, regional governor Ivan Fedorov said.",
                 .strike, "kh-59", 2, by: "ua-gov-zaporizhzhia", at: "zaporizhzhia"),
        Expected("A Russian missile hit an apartment building in Dnipro, killing three people, officials said.",
                 .strike, "unspecified-missile", 1, by: "ua-gov-dnipropetrovsk", at: "dnipro"),
        Expected("Several missiles hit the port of Odesa, regional authorities said.",
                 .strike, "unspecified-missile", nil, by: "ua-gov-odesa", at: "odesa"),
        Expected("Governor Vyacheslav Gladkov said a Ukrainian drone attacked a car in the Belgorod region, wounding two people.",
                 .strike, "unspecified-drone", 1, by: "ru-gov-belgorod", at: "belgorod-oblast"),
        Expected("Two Ukrainian attack drones crashed into an oil depot in the Bryansk region, governor Alexander Bogomaz said.",
                 .strike, "unspecified-strike-drone", 2, by: "ru-gov-bryansk", at: "bryansk-oblast"),
        Expected("Russia struck Kyiv with 10 ballistic missiles on Monday, the city's mayor Vitali Klitschko said.",
                 .strike, "unspecified-ballistic-missile", 10, by: "ua-kyiv-city", at: "kyiv"),
        Expected("A Lancet loitering munition destroyed a Ukrainian howitzer, Russia's defence ministry said.",
                 .strike, "lancet", 1, by: "ru-mod"),
        Expected("Ukrainian forces used HIMARS to strike a Russian command post in occupied Kherson, the General Staff said.",
                 .strike, "himars", nil, by: "ua-general-staff", at: "kherson"),
        Expected("The Pentagon said Ukraine had used ATACMS to strike a Russian air base in Crimea.",
                 .strike, "atacms", nil, by: "us-dod", at: "crimea"),
        Expected("Russian troops hit Ukrainian positions with Grad rockets, TASS reported, citing the Russian Defence Ministry.",
                 .strike, "grad", nil, by: "ru-mod"),
        Expected("A Russian glide bomb struck a residential area of Kharkiv on Tuesday, Syniehubov said.",
                 .strike, "kab", 1, by: "ua-gov-kharkiv", at: "kharkiv"),
        Expected("Russia's Defense Ministry said it had struck Ukrainian military airfields with Kinzhal hypersonic missiles.",
                 .strike, "kinzhal", nil, by: "ru-mod"),
        Expected("The governor of the Kursk region said a drone struck a residential building, injuring one person.",
                 .strike, "unspecified-drone", 1, by: "ru-gov-kursk", at: "kursk-oblast"),
        Expected("A Ukranian rocket set a barn ablaze in the village of Dubovoye, Gladkov said.",
                 .strike, "unspecified-rocket", 1, by: "ru-gov-belgorod", at: "dubovoye"),
        // Launches
        Expected("Russia launched 52 Iskander-M ballistic missiles at Ukrainian cities last night, President Volodymyr Zelensky said.",
                 .launch, "iskander-m", 52, by: "ua-president"),
        Expected("Russian forces fired five S-300 missiles at Kharkiv, Syniehubov said.",
                 .launch, "s-300", 5, by: "ua-gov-kharkiv", at: "kharkiv"),
        Expected("The air force said Russia had fired three Kinzhal missiles from MiG-31K jets over the Tambov region.",
                 .launch, "kinzhal", 3, by: "ua-air-force"),
        Expected("Kyiv says Russia fired a pair of Iskander missiles at the port of Odesa.",
                 .launch, "iskander", 2, by: "ua-air-force", at: "odesa"),
    ]

    @Test(arguments: cases)
    func findsTheClaim(_ expected: Expected) {
        let candidates = ExtractionFixture.extract(expected.text)
        #expect(candidates.contains(where: expected.isMatched(by:)), "got: \(candidates.map(\.summary))")
    }

    @Test(arguments: cases)
    func findsOnlyThatClaim(_ expected: Expected) {
        let candidates = ExtractionFixture.extract(expected.text)
        #expect(candidates.count == 1, "got: \(candidates.map(\.summary))")
    }
}

@Suite struct PlaceListTests {
    @Test(arguments: [
        "Russian air defences shot down 15 Ukrainian drones overnight over the Bryansk, Kursk and Oryol regions, the Defence Ministry said.",
        "The ministry said 21 drones were intercepted over the Belgorod and Kursk regions.",
    ])
    func aListOfRegionsIsKeptWholeAndNoSinglePlaceIsGuessed(sentence: String) throws {
        let candidates = ExtractionFixture.extract(sentence, published: "2025-03-10")
        let candidate = try #require(candidates.first)
        #expect(candidate.place == nil)
        #expect(candidate.location?.hasSuffix("regions") == true)
    }
}
