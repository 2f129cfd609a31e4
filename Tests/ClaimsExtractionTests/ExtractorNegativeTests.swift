import ClaimsCore
import ClaimsExtraction
import Testing

/// Sentences that mention weapons but make no claim about an event: aid, capabilities, history,
/// totals, denials, plans and questions. Written for these tests.
@Suite struct ExtractorNegativeTests {
    static let sentences: [String] = [
        // Capabilities
        "The Kinzhal can fly at ten times the speed of sound and is hard to intercept.",
        "Putin has called the Zircon an invincible weapon that flies at nine times the speed of sound.",
        "The Storm Shadow missile, which has a range of more than 250 km, can strike targets deep behind the front line.",
        "Patriot systems are capable of shooting down ballistic missiles such as the Iskander.",
        "Each Shahed drone carries a warhead of about 50 kilograms and costs roughly $20,000.",
        // Aid and deliveries
        "The United States will send Ukraine more ATACMS missiles as part of a new $2 billion aid package.",
        "Germany has delivered 10 IRIS-T launchers and 500 missiles to Ukraine.",
        "Britain pledged to supply hundreds of air defence missiles and 1,000 drones.",
        "Washington has supplied large quantities of weapons to Kyiv, including drones and anti-tank missiles.",
        "France approved the transfer of 40 SCALP cruise missiles to the Ukrainian air force.",
        // Movement, not a hit: "reached" without "targets"
        "Several drones reached the outskirts of Kyiv before air defences engaged them, the city administration said.",
        // History and totals
        "Since the start of the full-scale invasion, Russia has launched more than 10,000 Shahed drones at Ukraine.",
        "Last year, Ukrainian forces used Storm Shadow missiles to strike the headquarters of the Black Sea Fleet in Sevastopol.",
        "In October 2022, Russia fired 84 cruise missiles in a single day.",
        "So far this year, air defences have shot down 2,300 drones, the air force said.",
        "Russia has used Kinzhal missiles against Ukraine since March 2022.",
        "Over the past three months, Russia launched about 9,000 glide bombs, Zelensky said.",
        "Throughout the war, Ukrainian drones have hit dozens of Russian refineries.",
        "Two years ago, a Neptune missile sank the cruiser Moskva.",
        // Denials, negations, questions
        "The ministry did not say how many missiles were shot down.",
        "Ukraine denied that any of its aircraft had been shot down.",
        "No drones were shot down over Moscow, the mayor said.",
        "Air defences failed to intercept the ballistic missiles, officials admitted.",
        // Plans and threats
        "Russia threatened to strike Kyiv with Oreshnik missiles if the attacks continue.",
        "Ukraine plans to launch its own long-range drones at Russian airfields.",
        "NATO is expected to approve the delivery of more Patriot systems.",
        "Ukraine will receive F-16 jets that can fire AIM-120 missiles.",
        // Weapons as modifiers or targets
        "Ukraine's navy said it had destroyed a Russian Kalibr carrier.",
        "Drone attacks on oil refineries have become more frequent, analysts say.",
        "Kyiv wants more air defence systems to protect against Russian missile strikes.",
        "Fragments of a downed drone damaged a roof in the Kyiv region, the regional administration said.",
        "The general staff said Ukrainian troops had destroyed two Iskander launchers.",
        "Ukraine's anti-drone units are training new operators.",
        // Headlines and asides that nobody is said to claim, without a count
        "Russian missiles and drones pound Ukraine's energy grid",
        "Kyiv has asked for more Patriot systems, which have shot down Kinzhal missiles in the past.",
    ]

    @Test(arguments: sentences)
    func findsNoClaim(_ sentence: String) {
        let candidates = ExtractionFixture.extract(sentence)
        #expect(candidates.isEmpty, "got: \(candidates.map(\.summary))")
    }
}
