import ClaimsCore
import ClaimsExtraction
import Testing

/// Rules that look beyond one sentence: a claimant named after the claim, totals with their
/// breakdown, passive agents. Short articles written for these tests.
@Suite struct ExtractorArticleRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// kind, system, count, claimant
        var expected: [Expected]
        /// (system, count) pairs that must not appear.
        var absent: [(String, Int?)] = []
        var testDescription: String { text }

        /// Expects every claim of ``expected`` (as often as listed) and none of ``absent``.
        func check(sourceLocation: SourceLocation = #_sourceLocation) {
            let candidates = ExtractionFixture.extract(text)
            let described = candidates.map { "\($0.kind) \($0.system) \($0.count) of \($0.launched.map(String.init) ?? "-") \($0.claimant ?? "?")" }
            for expected in expected {
                let wanted = self.expected.count {
                    $0.kind == expected.kind && $0.system == expected.system && $0.count == expected.count && $0.place == expected.place
                }
                #expect(candidates.count(where: expected.isMatched(by:)) >= wanted, "\(expected.system) \(String(describing: expected.count)): \(described)",
                        sourceLocation: sourceLocation)
            }
            for (system, count) in absent {
                #expect(!candidates.contains { $0.system == system && $0.count.exact == count }, "\(described)", sourceLocation: sourceLocation)
            }
        }
    }

    static let cases: [Case] = [
        // A claim whose speaker follows it is not absorbed by a spoken claim with other bounds
        // ("more than 14,670" is not "around 1,300", though neither is exact).
        Case(text: "Zelensky noted that in the last week alone, more than 1,720 attack drones and around 1,300 guided aerial bombs were used. “Over the winter, the Russians launched more than 14,670 guided aerial bombs against our people. Iran uses them too”, he said.",
             expected: [Expected("", .launch, "kab", nil, by: "ua-president"),
                        Expected("", .launch, "kab", nil, by: "ua-president")]),
        // A headline naming its source after a closing dash; an outlet there is no claimant.
        Case(text: "Five drones downed over Kursk region — Russian Defence Ministry",
             expected: [Expected("", .intercept, "unspecified-drone", 5, by: "ru-mod", at: "kursk-oblast")]),
        Case(text: "Five drones downed over Kursk region — TASS",
             expected: [Expected("", .intercept, "unspecified-drone", 5, by: nil, at: "kursk-oblast")]),
        // An attack noun with its weapons says what was fired; a hit needs a strike noun or verb.
        Case(text: "Ukraine's General Staff said Russia carried out another massive attack on Ukraine using Shahed drones.",
             expected: [Expected("", .launch, "shahed-136", nil, by: "ua-general-staff")],
             absent: []),
        Case(text: "Russia's Defence Ministry said it carried out a strike on a depot using Kalibr missiles.",
             expected: [Expected("", .strike, "kalibr", nil, by: "ru-mod")]),
        // A bounded launch figure ("at least 16 ... fired") is the launched of the interception after it.
        Case(text: "Ukraine's air force said at least 16 Kalibr missiles were fired from the Black Sea. It said five of the Kalibr missiles were shot down.",
             expected: [Expected("", .intercept, "kalibr", 5, of: 16, by: "ua-air-force")]),
        // ... a vague one ("dozens") is not.
        Case(text: "Ukraine's air force said dozens of Kalibr missiles were fired from the Black Sea. It said five of the Kalibr missiles were shot down.",
             expected: [Expected("", .intercept, "kalibr", 5, by: "ua-air-force")]),
        // Counted targets of an interception are aerial targets ...
        Case(text: "Ukrainian air defences shot down 140 targets overnight, the air force said.",
             expected: [Expected("", .intercept, "unspecified-aerial-target", 140, by: "ua-air-force")]),
        Case(text: "The air force said 44 enemy targets were destroyed overnight.",
             expected: [Expected("", .intercept, "unspecified-aerial-target", 44, by: "ua-air-force")]),
        // ... broken down, only the parts stand ...
        Case(text: "The air force said Ukrainian defenders downed 144 targets -- 102 missiles and 42 drones.",
             expected: [Expected("", .intercept, "unspecified-missile", 102, by: "ua-air-force"),
                        Expected("", .intercept, "unspecified-drone", 42, by: "ua-air-force")],
             absent: [("unspecified-aerial-target", 144)]),
        // ... and targets struck are what was hit, not weapons.
        Case(text: "Russia's Defence Ministry said its missiles struck 30 targets overnight.",
             expected: [], absent: [("unspecified-aerial-target", 30)]),
        // "All targets were destroyed" after a launch figure: all of them, of that figure ...
        Case(text: "Russia fired 12 Kalibr missiles at Odesa overnight, the air force said. All targets were destroyed by air defence.",
             expected: [Expected("", .intercept, "kalibr", 12, of: 12, by: "ua-air-force")]),
        Case(text: "The air force said: “A total of 11 missiles were fired: ‘Iskander-M’ and ‘Iskander-K’. All the targets were shot down.”",
             expected: [Expected("", .launch, "iskander-k+iskander-m", 11, by: "ua-air-force"),
                        Expected("", .intercept, "iskander-k+iskander-m", 11, of: 11, by: "ua-air-force")]),
        // ... but "all targets were hit" is the attacker's strike wording, not an interception.
        Case(text: "Russia fired 12 Kalibr missiles at Odesa overnight, the air force said. All targets were hit, it said.",
             expected: [Expected("", .launch, "kalibr", 12, by: "ua-air-force")],
             absent: [("kalibr", nil)]),
        // "N missiles were fired: A and B": the names' combined count, never split ...
        Case(text: "The air force said a total of 11 missiles were fired: Iskander-M and Iskander-K.",
             expected: [Expected("", .launch, "iskander-k+iskander-m", 11, by: "ua-air-force")],
             absent: [("unspecified-missile", 11)]),
        Case(text: "The air force said: “A total of 9 missiles were launched: ‘Kalibr’ and ‘Kh-101’ from the south.”",
             expected: [Expected("", .launch, "kalibr+kh-101", 9, by: "ua-air-force")]),
        // ... not when a name is of another kind of weapon.
        Case(text: "The air force said a total of 11 missiles were fired: Iskander-M and Shahed.",
             expected: [Expected("", .launch, "unspecified-missile", 11, by: "ua-air-force")]),
        // "Among them, ..." opening a paragraph refers back to the last paragraph's weapons ...
        Case(text: "Russia launched 267 drones at Ukraine overnight, the air force said.\n\nAmong them, 138 were intercepted by air defence, the air force said.",
             expected: [Expected("", .launch, "unspecified-drone", 267, by: "ua-air-force"),
                        Expected("", .intercept, "unspecified-drone", 138, of: 267, by: "ua-air-force")]),
        // ... a bare count opening a paragraph does not.
        Case(text: "Russia launched 267 drones at Ukraine overnight, the air force said.\n\n138 were counted in the north, the air force said.",
             expected: [Expected("", .launch, "unspecified-drone", 267, by: "ua-air-force")],
             absent: [("unspecified-drone", 138)]),
        // "X were among the weapons used / shot down": X were launched / intercepted.
        Case(text: "Four Kinzhal missiles were among the weapons used in the attack, the air force said.",
             expected: [Expected("", .launch, "kinzhal", 4, by: "ua-air-force")]),
        Case(text: "Two Kinzhal missiles were among the targets shot down overnight, the air force said.",
             expected: [Expected("", .intercept, "kinzhal", 2, by: "ua-air-force")]),
        // ... not what is only among a stockpile or a list.
        Case(text: "Four Kinzhal missiles were among the weapons Russia keeps near the border, the air force said.",
             expected: [], absent: [("kinzhal", 4)]),
        // A named drone and its decoys under one count: one composite claim, launch and intercept alike.
        Case(text: "Russia launched 40 Shahed attack drones and decoy drones overnight, Ukraine's air force said. It said 31 Shahed and decoy drones were shot down.",
             expected: [Expected("", .launch, "shahed-136+unspecified-decoy-drone", 40, by: "ua-air-force"),
                        Expected("", .intercept, "shahed-136+unspecified-decoy-drone", 31, of: 40, by: "ua-air-force")],
             absent: [("unspecified-drone", 31)]),
        // ... two named missiles under one count stay a combined count of their category.
        Case(text: "Ukraine's air force said it shot down 31 Kh-101 and Kalibr missiles overnight.",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 31, by: "ua-air-force")]),
        // "Of the N drones (launched), M were shot down": one interception of M of N; the whole is
        // no claim of its own, and an abbreviation in brackets does not stand in for it.
        Case(text: "Of the 40 drones launched overnight, 31 were shot down, the air force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 31, of: 40, by: "ua-air-force")],
             absent: [("unspecified-drone", 40)]),
        Case(text: "Of the 40 drones, 31 were shot down, the air force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 31, of: 40, by: "ua-air-force")],
             absent: [("unspecified-drone", 40)]),
        Case(text: "CENTCOM said the Houthis launched three drones toward the Red Sea. Of the two unmanned aerial vehicles (UAVs) deployed, one was successfully intercepted, it said.",
             expected: [Expected("", .launch, "unspecified-drone", 3, by: "us-centcom"),
                        Expected("", .intercept, "unspecified-drone", 1, of: 2, by: "us-centcom")],
             absent: [("unspecified-drone", 2)]),
        // ... a vague whole is no figure to take.
        Case(text: "Of several drones launched overnight, 31 were shot down, the air force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 31, by: "ua-air-force")]),
        // An absolute "with" clause states its own interception ...
        Case(text: "Russia's Defence Ministry said air defences intercepted seven rockets, with four Ukrainian drones being downed over the Kursk region.",
             expected: [Expected("", .intercept, "unspecified-rocket", 7, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod", at: "kursk-oblast")]),
        Case(text: "The ministry of Russia said its air defences destroyed 11 rockets overnight, with two Storm Shadow missiles shot down near Crimea.",
             expected: [Expected("", .intercept, "storm-shadow", 2, by: "ru-mod")]),
        // ... a launch participle after "with" stays the instrument's attribute.
        Case(text: "Russia's Defence Ministry said Ukraine attacked Belgorod with 12 drones launched from Sumy.",
             expected: [Expected("", .launch, "unspecified-drone", 12, by: "ru-mod")],
             absent: [("unspecified-drone", nil)]),
        // A breakdown a few sentences after its total still replaces it ...
        Case(text: "Russia's Defence Ministry said air defences destroyed 26 drones overnight. The attack began after midnight, it said. Officials reported no casualties. It said 15 drones were downed over the Bryansk region and 11 over the Kursk region.",
             expected: [Expected("", .intercept, "unspecified-drone", 15, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 11, by: "ru-mod")],
             absent: [("unspecified-drone", 26)]),
        // ... but figures for other regions are no breakdown of one region's figure.
        Case(text: "Russia's Defence Ministry said air defences destroyed eight drones over the Belgorod region. It said five other drones were downed over the Kursk region and three over the Bryansk region.",
             expected: [Expected("", .intercept, "unspecified-drone", 8, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 5, by: "ru-mod")]),
        // "missiles" in a statement about "cruise missiles", Kh-101 and Kalibr: cruise missiles.
        Case(text: "Ukraine's air force said 19 cruise missiles were shot down overnight. Russian bombers fired 20 Kh-101 and ships fired 8 Kalibr, it said. Nine missiles reached their targets, the air force said.",
             expected: [Expected("", .strike, "unspecified-cruise-missile", 9, by: "ua-air-force")],
             absent: [("unspecified-missile", 9)]),
        // ... not without the statement's own "cruise missiles", nor beside a ballistic missile.
        Case(text: "Ukraine's air force said 19 missiles were shot down overnight. Russian bombers fired 20 Kh-101 and ships fired 8 Kalibr, it said. Nine missiles reached their targets, the air force said.",
             expected: [Expected("", .strike, "unspecified-missile", 9, by: "ua-air-force")]),
        Case(text: "Ukraine's air force said 19 cruise missiles were shot down overnight. Russian bombers fired 20 Kh-101 and launchers fired 8 Iskander-M, it said. Nine missiles reached their targets, the air force said.",
             expected: [Expected("", .strike, "unspecified-missile", 9, by: "ua-air-force")]),
        // A generic count of two systems fired takes neither system's figure as its launched.
        Case(text: "Ukraine's air force said Russia fired 20 Kh-101 and 8 Kalibr missiles overnight. It said 19 missiles were shot down.",
             expected: [Expected("", .intercept, "unspecified-missile", 19, by: "ua-air-force")]),
        // A side's forces or the country as the doer, nobody quoted: the office of that side that
        // just spoke claims it.
        Case(text: "Russia fired 60 drones at Ukraine overnight, the air force said on Tuesday. Ukrainian forces shot down 48 drones, mostly over the Kyiv region.",
             expected: [Expected("", .intercept, "unspecified-drone", 48, of: 60, by: "ua-air-force")]),
        Case(text: "Ukraine's General Staff said the attack began before dawn. Ukraine destroyed 14 drones over the south.",
             expected: [Expected("", .intercept, "unspecified-drone", 14, by: "ua-general-staff")]),
        // ... not an office of the other side, nor one that spoke long before, nor an explicit speaker.
        Case(text: "The Russian Defence Ministry said its troops advanced near Pokrovsk. Ukrainian forces shot down 12 drones over Kharkiv.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ua-armed-forces")]),
        Case(text: "The air force said the night was calm. Crews repaired the lines. Schools reopened. Markets were busy. Ukrainian forces shot down five drones over Sumy.",
             expected: [Expected("", .intercept, "unspecified-drone", 5, by: "ua-armed-forces")]),
        Case(text: "The air force said the night was calm. The Ukrainian military said it shot down ten drones over Odesa.",
             expected: [Expected("", .intercept, "unspecified-drone", 10, by: "ua-armed-forces")]),
        // The claimant follows in the next sentence.
        Case(text: "Twelve drones were shot down over the Belgorod region overnight. The Russian Defence Ministry reported this in its daily briefing.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ru-mod")]),
        Case(text: "Overnight the enemy launched 20 Shahed drones at the south, it said. Ukraine's air force reported this in its morning update.",
             expected: [Expected("", .launch, "shahed-136", 20, by: "ua-air-force")]),
        // A total followed by its breakdown keeps only the parts.
        Case(text: "Russia's Defence Ministry said its forces downed 30 Ukrainian drones overnight. It said 20 were shot down over the Bryansk region, six over the Kursk region and four over the Oryol region.",
             expected: [Expected("", .intercept, "unspecified-drone", 20, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 6, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod")],
             absent: [("unspecified-drone", 30)]),
        // Parts that do not add up to the total leave it alone.
        Case(text: "Ukraine's air force said it downed 40 drones. It said 25 drones were shot down over Kyiv and 10 over the Sumy region.",
             expected: [Expected("", .intercept, "unspecified-drone", 40, by: "ua-air-force"),
                        Expected("", .intercept, "unspecified-drone", 25, by: "ua-air-force")]),
        // The Russian MoD's "aircraft-type" drones are drones.
        Case(text: "Air defence units destroyed 41 aircraft-type drones over the Kursk region, the ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 41, by: "ru-mod")]),
        Case(text: "Duty air defences downed 9 unmanned aerial vehicles of the aircraft type over the Bryansk region, the ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 9, by: "ru-mod")]),
        // "launched by Russia" names the attacker, not the place of the interception.
        Case(text: "Air defences shot down 12 drones launched by Russia, the Air Force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ua-air-force")]),
        // A generic noun takes the one specific system the same claimant names for it...
        Case(text: "Russian troops attacked the Odesa region with Shahed drones overnight, Air Force spokesman Yurii Ihnat said. He said the enemy launched 24 drones, 20 of which were destroyed.",
             expected: [Expected("", .launch, "shahed-136", 24, by: "ua-air-force"),
                        Expected("", .intercept, "shahed-136", 20, of: 24, by: "ua-air-force")],
             absent: [("unspecified-drone", 24), ("unspecified-drone", 20)]),
        // ... but stays generic when two systems are named,
        Case(text: "The Ukrainian air force said Russia fired Kh-101 and Kalibr missiles overnight. It said 30 missiles were shot down.",
             expected: [Expected("", .intercept, "unspecified-missile", 30, by: "ua-air-force")]),
        // ... and never takes another claimant's system.
        Case(text: "The air force said 15 attack drones were shot down overnight. The regional governor said 13 Shahed drones were destroyed over the Mykolaiv region.",
             expected: [Expected("", .intercept, "unspecified-strike-drone", 15, by: "ua-air-force")]),
        // The attacker as the subject of a launch is reported on; the previous sentence's speaker claims it.
        Case(text: "Air defences shot down 21 of 25 Shahed drones overnight, the air force reported. Russian forces also launched two Iskander-M missiles at Kharkiv.",
             expected: [Expected("", .launch, "iskander-m", 2, by: "ua-air-force")]),
        // "attacked X with" names what was fired: a launch, not a hit.
        Case(text: "Russian forces attacked Sumy with six guided aerial bombs, the regional administration said.",
             expected: [Expected("", .launch, "kab", 6, by: "ua-gov-sumy")]),
        Case(text: "Russia struck Kyiv with 10 ballistic missiles on Monday, the city's mayor Vitali Klitschko said.",
             expected: [Expected("", .strike, "unspecified-ballistic-missile", 10, by: "ua-kyiv-city")]),
        // In an article that attributes its claims, an unattributed statement is narrative.
        Case(text: "The governor of the Kursk region said four drones were shot down over the region. Nine drones were downed over the city, local channels wrote.",
             expected: [Expected("", .intercept, "unspecified-drone", 4, by: "ru-gov-kursk")],
             absent: [("unspecified-drone", 9)]),
        // A long list of regions: every item is its own claim, equal counts included.
        Case(text: "The ministry said 14 drones were destroyed over the Kursk Region, 11 over the Bryansk Region, 9 over the Oryol Region, five drones over the Lipetsk Region, two over the Tula Region, two over the Kaluga Region, one over the Tver Region and one over the Smolensk Region.",
             expected: [Expected("", .intercept, "unspecified-drone", 14, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 5, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 2, by: "ru-mod", at: "tula-oblast"),
                        Expected("", .intercept, "unspecified-drone", 2, by: "ru-mod", at: "kaluga-oblast"),
                        Expected("", .intercept, "unspecified-drone", 1, by: "ru-mod", at: "smolensk-oblast")]),
        // The report's own period is not background; a war-long span is.
        Case(text: "During the past day, Russian air defences intercepted three Storm Shadow missiles, the ministry said.",
             expected: [Expected("", .intercept, "storm-shadow", 3, by: "ru-mod")]),
        Case(text: "Over the past week, Russia launched almost 800 glide bombs and 300 attack drones against Ukraine, President Zelensky said.",
             expected: [Expected("", .launch, "unspecified-strike-drone", 300, by: "ua-president")]),
        Case(text: "During the war, Russia has launched thousands of Shahed drones at Ukrainian cities, the air force said.",
             expected: [], absent: [("shahed-136", nil)]),
        // A headline that names its source before a colon.
        Case(text: "Russian Defence Ministry: air defences destroyed 23 UAVs over the Belgorod region overnight",
             expected: [Expected("", .intercept, "unspecified-drone", 23, by: "ru-mod")]),
        // A side's air defence reporting its own interceptions.
        Case(text: "Ukraine's air defence has shot down a Russian reconnaissance drone over the Chernihiv region.",
             expected: [Expected("", .intercept, "unspecified-reconnaissance-drone", 1, by: "ua-air-force")]),
        Case(text: "Russian air defences destroyed four Ukrainian drones near Kursk.",
             expected: [Expected("", .intercept, "unspecified-drone", 4, by: "ru-mod")]),
        // "it said" opening an article: the body named a few sentences on.
        Case(text: "Air defences shot down nine of 12 drones overnight, it said on Telegram. Earlier, sirens sounded in Kyiv, witnesses said. Russia fired 12 drones, the air force said.",
             expected: [Expected("", .intercept, "unspecified-drone", 9, of: 12, by: "ua-air-force")]),
        // Near misses: a hypothetical and a capability are no claims.
        Case(text: "Analysts say Ukraine's air defences could shoot down more drones if supplied with more interceptors.",
             expected: [], absent: [("unspecified-drone", nil)]),
        // "as well as" coordinates list items.
        Case(text: "\"Air defence systems destroyed 31 Ukrainian drones, as well as two US-made HIMARS rockets,\" the ministry said.",
             expected: [Expected("", .intercept, "unspecified-drone", 31, by: "ru-mod"),
                        Expected("", .intercept, "himars", 2, by: "ru-mod")]),
        // A weapon noun in quotation marks keeps its count.
        Case(text: "Air defences over the Kursk region downed seven “air targets” overnight, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "unspecified-aerial-target", 7, by: "ru-mod")]),
        // A participle after the subject ("launched at ...") leaves the finite verb to decide; a hedge keeps the claim.
        Case(text: "A cruise missile fired at the port by Russian forces was likely shot down, the Ukrainian navy said.",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 1, by: "ua-navy")],
             absent: [("unspecified-cruise-missile", nil)]),
        Case(text: "More drones are likely to be launched at the capital tonight, the air force said.",
             expected: [], absent: [("unspecified-drone", nil)]),
        // A misspelt name right before a weapon noun (one edit; a transposition counts as one)...
        Case(text: "So far, 25 Herop drones have been shot down by our soldiers, the Pakistan Army said.",
             expected: [Expected("", .intercept, "harop", 25, by: "pk-army")]),
        Case(text: "Air defences destroyed 12 Shaheed drones overnight, the air force said.",
             expected: [Expected("", .intercept, "shahed-136", 12, by: "ua-air-force")]),
        Case(text: "Air defences destroyed 6 Kailbr missiles over the sea, the air force said.",
             expected: [Expected("", .intercept, "kalibr", 6, by: "ua-air-force")]),
        // ... but an unknown word that is no near spelling stays a generic noun.
        Case(text: "Air defences destroyed 12 Indian drones overnight, the Pakistan Army said.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "pk-army")]),
        // A generic noun that names its type after it.
        Case(text: "At least ten bombers fired 17 cruise missiles of the Kh-101 type from the Saratov region, the air force said.",
             expected: [Expected("", .launch, "kh-101", 17, by: "ua-air-force")],
             absent: [("unspecified-cruise-missile", 17)]),
        Case(text: "Russian air defences shot down 10 shells of the “Vampire” rocket salvo fire system over the Belgorod region, the ministry said.",
             expected: [Expected("", .intercept, "vampire", 10, by: "ru-mod")]),
        // "repelled an attack by N drones" is an interception of them.
        Case(text: "Sergei Sobyanin said air defence forces repelled an attack by three drones flying toward the capital.",
             expected: [Expected("", .intercept, "unspecified-drone", 3, by: "ru-mayor-moscow")]),
        // "targeted" alone says what was aimed at; with "achieved its goals" it is a hit.
        Case(text: "The Houthi military spokesman said ballistic missiles targeted a tanker in the Red Sea.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", nil, by: "houthis")]),
        Case(text: "The Houthi military spokesman said ballistic missiles targeted a tanker in the Red Sea and the operation achieved its goals.",
             expected: [Expected("", .strike, "unspecified-ballistic-missile", nil, by: "houthis")]),
        // "all N" is N of N.
        Case(text: "Ukraine's air force said air defences destroyed all 14 drones that Russia launched overnight.",
             expected: [Expected("", .intercept, "unspecified-drone", 14, of: 14, by: "ua-air-force")]),
        // A generic noun takes a narrower generic of the same claimant.
        Case(text: "CENTCOM said the Houthis fired anti-ship ballistic missiles at a tanker. US forces destroyed two ballistic missiles over the Red Sea, it said.",
             expected: [Expected("", .intercept, "unspecified-anti-ship-ballistic-missile", 2, by: "us-centcom")]),
        // "a record since the invasion" compares; "Among them, N" refers back with its launched count.
        Case(text: "Russia launched 310 drones on Ukraine overnight, a record since the start of the invasion, the air force said. Among them, 200 were intercepted by air defence, it said.",
             expected: [Expected("", .launch, "unspecified-drone", 310, by: "ua-air-force"),
                        Expected("", .intercept, "unspecified-drone", 200, of: 310, by: "ua-air-force")]),
        // A bare number as the object of the verb, taking the weapon and launch figure before it.
        Case(text: "Fourteen missiles were launched at the base, and Qatari air defences successfully intercepted 13, the ministry said.",
             expected: [Expected("", .intercept, "unspecified-missile", 13, of: 14, by: "qa-mod")]),
        // The items after "including" of an uncounted whole take its verb...
        Case(text: "Ukrainian forces managed to intercept a range of Russian weaponry, including one Kinzhal missile, one Iskander-M missile and one Kh-22 missile, the air force said.",
             expected: [Expected("", .intercept, "kinzhal", 1, by: "ua-air-force"),
                        Expected("", .intercept, "iskander-m", 1, by: "ua-air-force"),
                        Expected("", .intercept, "kh-22", 1, by: "ua-air-force")]),
        // ... and a participle phrase after one item does not cut the list.
        Case(text: "\"Air defences shot down two Storm Shadow cruise missiles manufactured by Britain, six HIMARS rockets made in the USA and 40 drones,\" the ministry said.",
             expected: [Expected("", .intercept, "storm-shadow", 2, by: "ru-mod"),
                        Expected("", .intercept, "himars", 6, by: "ru-mod"),
                        Expected("", .intercept, "unspecified-drone", 40, by: "ru-mod")]),
        // "As reported" is the outlet's own narrative.
        Case(text: "As reported, Russian troops attacked Kherson with two guided bombs. The governor said air defences shot down 3 drones over the Kherson region.",
             expected: [Expected("", .intercept, "unspecified-drone", 3, by: "ua-gov-kherson")],
             absent: [("kab", 2), ("unspecified-guided-bomb", 2)]),
        // Aircraft destroyed on the ground are targets, not interceptions.
        Case(text: "The ministry said its missiles hit an airfield, destroying four Su-24 aircraft.",
             expected: [], absent: [("su-24", 4)]),
        Case(text: "The Russian Defence Ministry said air defences shot down two Ukrainian Su-24 aircraft over the Black Sea.",
             expected: [Expected("", .intercept, "su-24", 2, by: "ru-mod")]),
        // A headline restated in the body is one claim, the fuller one.
        Case(text: "Ukraine's air force says it downed 17 Russian drones overnight\n\nUkraine's air force said on Friday it had shot down 17 of 20 Shahed drones launched by Russia overnight.",
             expected: [Expected("", .intercept, "shahed-136", 17, of: 20, by: "ua-air-force")],
             absent: [("unspecified-drone", 17)]),
        // The same count on another day is another claim.
        Case(text: "CENTCOM said the Houthis fired two anti-ship ballistic missiles at a tanker on Monday. On Wednesday, the Houthis fired two anti-ship ballistic missiles at a cargo ship, CENTCOM said.",
             expected: [Expected("", .launch, "unspecified-anti-ship-ballistic-missile", 2, by: "us-centcom"),
                        Expected("", .launch, "unspecified-anti-ship-ballistic-missile", 2, by: "us-centcom")]),
        // An attributed "drone attack" that hurt someone or names its target is a strike with no count...
        Case(text: "Two soldiers were injured in a drone attack on a border post, the Pakistan Army said.",
             expected: [Expected("", .strike, "unspecified-drone", nil, by: "pk-army")]),
        // ... but counted attack episodes and habits are no claims.
        Case(text: "The General Staff said its forces carried out three missile strikes on enemy positions and 20 shellings.",
             expected: [], absent: [("unspecified-missile", nil), ("unspecified-missile", 3)]),
        Case(text: "Drone attacks on refineries have become more frequent, analysts said.",
             expected: [], absent: [("unspecified-drone", nil)]),
        // Quotation marks around the quantity words.
        Case(text: "The Houthis said they launched a “large number” of drones at Eilat.",
             expected: [Expected("", .launch, "unspecified-drone", nil, by: "houthis")]),
        // "the missile", "the drones" refer back: a new action on them is a claim with their count...
        Case(text: "The Houthi military spokesman said they launched a ballistic missile and three drones at Israel. He said the missile struck a military site in Tel Aviv, while the drones hit Eilat.",
             expected: [Expected("", .strike, "unspecified-ballistic-missile", 1, by: "houthis"),
                        Expected("", .strike, "unspecified-drone", 3, by: "houthis")]),
        Case(text: "Russia launched 12 drones overnight, the air force said. The drones were shot down over the Kyiv region, it said.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, of: 12, by: "ua-air-force")]),
        // ... with nothing to refer to, or restating the same action, none.
        Case(text: "The air force said the missiles were launched from the Black Sea.",
             expected: [], absent: [("unspecified-missile", nil)]),
        // "Of the N ..., one was intercepted": one of N.
        Case(text: "Of the two drones launched, one was intercepted by a US warship, CENTCOM said.",
             expected: [Expected("", .intercept, "unspecified-drone", 1, of: 2, by: "us-centcom")]),
        // What an attack "involved" was launched; what an aid package "included" was not.
        Case(text: "President Zelensky said the assault involved 65 missiles and 140 drones.",
             expected: [Expected("", .launch, "unspecified-missile", 65, by: "ua-president"),
                        Expected("", .launch, "unspecified-drone", 140, by: "ua-president")]),
        Case(text: "The new aid package included 40 drones and six missiles, the Pentagon said.",
             expected: [], absent: [("unspecified-drone", 40), ("unspecified-missile", 6)]),
        // An attempted attack with a weapon that "was stopped" is an interception of it; without the stop, nothing.
        Case(text: "An attempt by the Kyiv regime to carry out a terrorist attack with a Neptune missile was stopped, the Russian Defence Ministry said.",
             expected: [Expected("", .intercept, "neptune", 1, by: "ru-mod")]),
        Case(text: "The enemy attempted to carry out terrorist attacks using aircraft-type drones against facilities in the Belgorod region, the Russian Defence Ministry said.",
             expected: [], absent: [("unspecified-drone", nil)]),
        // Aircraft taking part in an attack launch nothing themselves.
        Case(text: "The Russian aircraft involved in the assault included Tu-160 and Tu-95 strategic bombers, the air force said.",
             expected: [], absent: [("tu-160", nil), ("tu-95ms", nil)]),
        // "managed to intercept" names the side's forces as claimant.
        Case(text: "Ukrainian forces managed to intercept 12 drones over the Odesa region.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ua-armed-forces")]),
        // "N missile launches" counts missiles launched; a prospect does not.
        Case(text: "The IDF said some 40 missile launches were recorded overnight.",
             expected: [Expected("", .launch, "unspecified-missile", nil, by: "idf")]),
        Case(text: "Ukraine could face 50 missile launches a day, the air force warned.",
             expected: [], absent: [("unspecified-missile", 50)]),
        // "X out of more than Y", "missiles of various types".
        Case(text: "We shot down 73 out of more than 90 cruise missiles, Ukraine's air force said.",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 73, of: 90, by: "ua-air-force")]),
        Case(text: "Over the past week, Russian forces have used 190 missiles of various types and 140 Shahed drones, Zelensky said.",
             expected: [Expected("", .launch, "unspecified-missile", 190, by: "ua-president"),
                        Expected("", .launch, "shahed-136", 140, by: "ua-president")]),
        // A "Source:" line names the claimant of the paragraph before it.
        Case(text: "Last week, Russia used 180 missiles and 130 Shahed drones against Ukraine.\n\nSource: President Volodymyr Zelenskyy in his evening address",
             expected: [Expected("", .launch, "unspecified-missile", 180, by: "ua-president"),
                        Expected("", .launch, "shahed-136", 130, by: "ua-president")]),
        // A rounded figure restated ("almost 140" after "140") over a week's span is the same claim.
        Case(text: "Russia used 140 Shahed drones against Ukraine last week, Zelensky said.\n\nOver the past week, from Monday to today, Russia has used almost 140 Shahed drones, he said.",
             expected: [Expected("", .launch, "shahed-136", 140, by: "ua-president")],
             absent: [("shahed-136", nil)]),
        // One count for a list of names sharing a head noun is a combined count, never split.
        Case(text: "The air force said air defences intercepted 57 Kh-101, Kalibr and Kh-59 cruise missiles overnight.",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 57, by: "ua-air-force")],
             absent: [("kh-101", 57), ("kalibr", nil), ("kh-59", nil)]),
        Case(text: "The air force said 12 Kalibr and Kh-101 missiles were shot down over the south.",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 12, by: "ua-air-force")]),
        // Each item with its own count stays its own claim.
        Case(text: "The air force said two Kalibr, four Kh-101 and one Kinzhal missiles were shot down.",
             expected: [Expected("", .intercept, "kalibr", 2, by: "ua-air-force"),
                        Expected("", .intercept, "kh-101", 4, by: "ua-air-force"),
                        Expected("", .intercept, "kinzhal", 1, by: "ua-air-force")]),
        // The launch figure may follow the interception.
        Case(text: "Ukraine's air force said it shot down two Iskander-M missiles overnight. Russia had launched four Iskander-M missiles in total, the air force said.",
             expected: [Expected("", .intercept, "iskander-m", 2, of: 4, by: "ua-air-force")]),
        // "were able to destroy" is done; "will be able to" is not.
        Case(text: "CENTCOM said coalition forces were able to destroy two anti-ship ballistic missiles launched by the Houthis.",
             expected: [Expected("", .intercept, "unspecified-anti-ship-ballistic-missile", 2, by: "us-centcom")]),
        Case(text: "CENTCOM said coalition forces will be able to destroy more missiles.",
             expected: [], absent: [("unspecified-missile", nil)]),
        // Participial adjectives do not cut a count from its noun.
        Case(text: "Israel's military said it downed an approaching “aerial target” off Eilat.",
             expected: [Expected("", .intercept, "unspecified-aerial-target", 1, by: "idf")]),
        // Reports of nothing, questions left open, and earlier events are no claims.
        Case(text: "There were no reports of any missiles or drones hitting Israeli territory on Tuesday, the IDF said.",
             expected: [], absent: [("unspecified-drone", nil), ("unspecified-missile", nil)]),
        Case(text: "The air force did not specify where the Iskander-M missiles hit.",
             expected: [], absent: [("iskander-m", nil)]),
        Case(text: "Kyiv has stepped up its attacks, with Ukraine recently firing long-range drones at Russian refineries, the ministry said.",
             expected: [], absent: [("unspecified-drone", nil)]),
        // Counted wreckage is an interception nobody else in the article states...
        Case(text: "The governor said debris from five downed drones started a fire at a government building in the Kursk region.",
             expected: [Expected("", .intercept, "unspecified-drone", 5, by: "ru-gov-kursk")]),
        // ... but not when the same claimant states the interception, nor uncounted.
        Case(text: "Air defences shot down 12 drones over the Kursk region, the governor said. Debris from two downed drones damaged a house, he said.",
             expected: [Expected("", .intercept, "unspecified-drone", 12, by: "ru-gov-kursk")],
             absent: [("unspecified-drone", 2)]),
        Case(text: "Debris from a downed drone damaged a house, the governor of the Kursk region said.",
             expected: [], absent: [("unspecified-drone", 1)]),
        // A quoted item does not cut a list.
        Case(text: "The Houthi group claimed to have launched a “hypersonic ballistic missile” and three drones at Israeli cities.",
             expected: [Expected("", .launch, "unspecified-ballistic-missile", 1, by: "houthis"),
                        Expected("", .launch, "unspecified-drone", 3, by: "houthis")]),
        // No harm done, or only an attempted attack: no strike.
        Case(text: "The governors of the Bryansk and Oryol regions reported no casualties following the attempted drone attacks.",
             expected: [], absent: [("unspecified-drone", nil)]),
        // The instrument of a strike far from its verb.
        Case(text: "Russia's defence ministry said it destroyed a large depot of Western weapons in the Rivne region, west of Kyiv, using sea-launched Kalibr cruise missiles.",
             expected: [Expected("", .strike, "kalibr", nil, by: "ru-mod")],
             absent: []),
        // "deployed" weapons were used; deployed air defence systems are not claims.
        Case(text: "The Pakistan Army said Indian forces deployed Harop drones across various locations.",
             expected: [Expected("", .launch, "harop", nil, by: "pk-army")]),
        Case(text: "The Pentagon said it deployed two Patriot batteries to the region.",
             expected: [], absent: [("patriot", 2)]),
        // "an Iskander-M missile system" counts a launcher: the claim has no count of missiles.
        Case(text: "The attack by an Iskander-M operational-tactical missile system destroyed a radar at the airfield, the Russian Defence Ministry said.",
             expected: [Expected("", .strike, "iskander-m", nil, by: "ru-mod")]),
        // An aircraft destroying a weapon intercepts it; the aircraft strikes nothing...
        Case(text: "CENTCOM said a coalition aircraft was able to destroy a drone boat launched by the Houthis.",
             expected: [Expected("", .intercept, "unspecified-naval-drone", 1, by: "us-centcom")],
             absent: [("unspecified-aircraft", nil)]),
        // ... while an air force destroying targets strikes them.
        Case(text: "Russia's Defence Ministry said its air force had destroyed 40 Ukrainian military targets overnight.",
             expected: [Expected("", .strike, "unspecified-aircraft", 40, by: "ru-mod")]),
        // A missile that fell in an open field hit nothing.
        Case(text: "The remaining missile landed in an open field, causing no damage, the Qatari defence ministry said.",
             expected: [], absent: [("unspecified-missile", 1)]),
        // The same claim told again without a speaker lends its launch figure to the spoken one.
        Case(text: "Ukraine's air force said it shot down 41 cruise missiles on Monday. \"We shot down 41 out of 47 cruise missiles.\"",
             expected: [Expected("", .intercept, "unspecified-cruise-missile", 41, of: 47, by: "ua-air-force")]),
        // A reported passive ("were reported to have been shot down") keeps its verb.
        Case(text: "Ukraine's air force said five drones were reported to have been shot down over Kyiv.",
             expected: [Expected("", .intercept, "unspecified-drone", 5, by: "ua-air-force")]),
    ]

    @Test(arguments: cases)
    func findsTheClaims(_ test: Case) {
        test.check()
    }

    /// A headline restated in the body: one claim, in the body's words; the narrower place of two
    /// restatements is kept ("Ukraine" and the Kyiv region).
    @Test func aRestatedHeadlineGivesWayToTheBody() throws {
        let english = ExtractionFixture.extract("Ukraine downs 20 Shahed drones over Kyiv\nUkraine's air force said it shot down 20 Shahed drones over Kyiv overnight.\n")
        #expect(english.count == 1, "\(english.map(\.summary))")
        #expect(english.first?.quote.hasPrefix("Ukraine's air force said") == true, "\(english.map(\.quote))")
        let ukrainian = ExtractionFixture.extract("ППО збила 20 Шахедів – Повітряні сили\nУночі сили ППО збили 20 безпілотників типу Shahed, повідомили в Повітряних силах.\n")
        #expect(ukrainian.count == 1, "\(ukrainian.map(\.summary))")
        #expect(ukrainian.first?.quote.hasPrefix("Уночі") == true, "\(ukrainian.map(\.quote))")
        let nested = ExtractionFixture.extract("Ukraine's air force said it shot down 12 Shahed drones over Ukraine overnight. It said the 12 Shahed drones were shot down over the Odesa region.")
        #expect(nested.map(\.place) == ["odesa-oblast"], "\(nested.map(\.summary))")
    }

    /// ... but a headline and a body sentence of another paragraph with another figure are two claims.
    @Test func aHeadlineWithAnotherFigureStays() {
        let candidates = ExtractionFixture.extract("Ukraine downs 20 Shahed drones\nUkraine's air force said it shot down 18 Shahed drones over Kyiv overnight.\n")
        #expect(Set(candidates.compactMap(\.count.exact)) == [20, 18], "\(candidates.map(\.summary))")
    }
}

/// A generic noun takes the one system its claimant names nearby, unless it counts more weapons
/// than were launched of that system ("66 missiles" this week beside a launch of two Iskander-M
/// tonight). An interception figure bounds nothing: it counts a part. Texts written for these
/// tests, with near misses.
@Suite struct ExtractorGenericBoundTests {
    typealias Case = ExtractorArticleRuleTests.Case

    static let cases: [Case] = [
        Case(text: "This week alone Russia launched 70 missiles at Ukraine, the Ukrainian Air Force said. Overnight Russia launched three Iskander-M ballistic missiles at Kharkiv, the Air Force said.",
             expected: [Expected("", .launch, "unspecified-missile", 70, by: "ua-air-force"),
                        Expected("", .launch, "iskander-m", 3, by: "ua-air-force")],
             absent: [("iskander-m", 70)]),
        Case(text: "Росія цього тижня випустила по Україні 70 ракет, повідомили в Повітряних силах. Цієї ночі ворог атакував Харків трьома ракетами «Іскандер-М», повідомили в Повітряних силах.",
             expected: [Expected("", .launch, "unspecified-missile", 70, by: "ua-air-force"),
                        Expected("", .launch, "iskander-m", 3, by: "ua-air-force")],
             absent: [("iskander-m", 70)]),
        // Near miss: the drones launched are the Shahed-type drones of which a part was downed.
        Case(text: "Russia launched 60 drones overnight, the Ukrainian Air Force said. Air defences downed 48 Shahed-type drones, the Air Force said.",
             expected: [Expected("", .launch, "shahed-136", 60, by: "ua-air-force")]),
    ]

    @Test(arguments: cases)
    func keepsTheGenericWhenItOutnumbersTheSystem(_ test: Case) {
        test.check()
    }
}

/// A headline's lower bound ("more than 30 drones") that the body's exact figure meets restates
/// the body's claim. Texts written for these tests, with a near miss.
@Suite struct ExtractorHeadlineBoundTests {
    @Test func theBodyFigureReplacesTheHeadlineBound() {
        let found = ExtractionFixture.extract("""
            Russia says air defences downed more than 30 Ukrainian drones overnight

            Russian air defences destroyed 34 Ukrainian drones over the Bryansk and Kursk regions overnight, the Russian Defence Ministry said.
            """)
        #expect(found.count == 1, "\(found.map(\.summary))")
        #expect(found.first?.count.exact == 34)
    }

    @Test func theSameInRussian() {
        let found = ExtractionFixture.extract("""
            Минобороны: ПВО за ночь сбили более 30 беспилотников

            Дежурными средствами ПВО уничтожены 34 украинских беспилотника над территориями Брянской и Курской областей, сообщили в Минобороны России.
            """)
        #expect(!found.contains { $0.count.exact == nil && $0.count.minimum == 30 }, "\(found.map(\.summary))")
        #expect(found.contains { $0.count.exact == 34 }, "\(found.map(\.summary))")
    }

    /// Near miss: a body figure far above the bound is another claim.
    @Test func aFigureFarAboveTheBoundIsAnotherClaim() {
        let found = ExtractionFixture.extract("""
            Russia says air defences downed more than 30 Ukrainian drones overnight

            Since the start of the month, Russian air defences have destroyed 340 Ukrainian drones, the Russian Defence Ministry said.
            """)
        #expect(found.contains { $0.count.minimum == 30 && $0.count.exact == nil }, "\(found.map(\.summary))")
    }
}
