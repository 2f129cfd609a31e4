import ClaimsCore
import ClaimsStore

/// A fixed ledger for reporting tests: every counting rule of SPEC §4 has a claim that would
/// change the numbers if the rule were broken.
public enum ReportingFixture {
    /// Builds the ledger (in memory, clock fixed at ``TestLedger/fixedTime``).
    ///
    /// | id | claim | why it is here |
    /// |----|-------|----------------|
    /// | 1 | UA Air Force: 12 of 14 Kalibr intercepted, Odesa (city), 3 sources | syndication: 1 claim, 3 sources; a city counts under its oblast |
    /// | 2 | UA Air Force: 8 of 10 Kalibr, Odesa region | sums with 1 |
    /// | 3 | RU MoD: at least 20 ATACMS, Crimea (quote in Russian) | a bound, open maximum |
    /// | 4 | RU MoD: 10-12 ATACMS, Crimea, June | a closed range |
    /// | 5 | UA Air Force: several Kinzhal, Kyiv (city, no oblast parent) | vague: never summed |
    /// | 6 | UA Air Force: 30 of 34 Kh-101 + Kalibr (composite), no place | composite stays composite |
    /// | 7 | RU MoD: up to 17 Storm Shadow, August | a gap in July |
    /// | 8 | UA Air Force: 100 Kalibr, retracted | excluded |
    /// | 9 | UA Air Force: 8 Kalibr, merged into 2 | excluded |
    /// | 10 | UA Air Force: about 40 Shahed launched | `about` is vague |
    /// | 11 | RU MoD: 5 drones, Belgorod region, no date | no date: its own group |
    /// | 12 | UA Air Force: 20 of 22 Kh-101, disputed | every status but retracted counts |
    /// | 13 | UA Air Force: 42 of 50 drones | both sides claim drones downed: two weapon sides, never subtracted |
    public static func makeLedger() throws -> Ledger {
        let ledger = try TestLedger.make()
        try ledger.write { session in
            func source(_ url: String, _ outlet: String, _ published: String) throws -> Int64 {
                try session.addSource(Source(url: url, outlet: outlet, published: EventTime(published))).id
            }
            let ukrinform = try source("https://example.org/ua/kalibr-odesa", "Укрінформ", "2024-05-15")
            let wire = try source("https://example.org/wire/kalibr", "Example Wire", "2024-05-15")
            let daily = try source("https://example.org/daily/air-defence", "Example Daily, \"Evening\" edition", "2024-05-16")
            let tass = try source("https://example.org/ru/atacms", "ТАСС", "2024-05-16")
            let statement = try source("https://example.org/statement/composite", "Air Force statement", "2024-05-20")

            func claim(
                _ kind: ClaimKind, _ system: String, _ claimant: String, _ side: Side, _ count: ClaimCount,
                launched: Int? = nil, date: String?, place: String? = nil, status: VerificationStatus = .unverified,
                cited: [(Int64, String)]
            ) throws -> Int64 {
                var content = TestLedger.content(
                    kind: kind, system: system, claimant: claimant, claimantSide: side, count: count,
                    launched: launched, date: date, place: place, status: status
                )
                content.location = place.map { "near \($0)" }
                return try session.createClaim(content, citations: cited.map { Citation(sourceID: $0.0, quote: $0.1) })
            }
            let ua = "ua-air-force", ru = "ru-mod"
            _ = try claim(.intercept, "kalibr", ua, .ukraine, .exactly(12), launched: 14, date: "2024-05-15", place: "odesa", cited: [
                (ukrinform, "Сили ППО знищили 12 із 14 крилатих ракет «Калібр»"),
                (wire, "Air defences destroyed 12 of 14 Kalibr cruise missiles, the air force said"),
                (daily, "12 of the 14 Kalibr missiles were shot down, according to the air force"),
            ])
            let two = try claim(.intercept, "kalibr", ua, .ukraine, .exactly(8), launched: 10, date: "2024-05-17",
                                place: "odesa-oblast", cited: [(wire, "eight of ten Kalibr missiles were downed")])
            _ = try claim(.intercept, "atacms", ru, .russia, CountWords.parse("at least 20")!, date: "2024-05-16",
                          place: "crimea", cited: [(tass, "сбиты не менее 20 ракет ATACMS")])
            _ = try claim(.intercept, "atacms", ru, .russia, CountWords.parse("10-12")!, date: "2024-06-02",
                          place: "crimea", cited: [(tass, "10-12 ATACMS, a | pipe and a \"quote\", too")])
            _ = try claim(.intercept, "kinzhal", ua, .ukraine, CountWords.parse("several")!, date: "2024-05-16",
                          place: "kyiv", cited: [(daily, "several Kinzhal missiles <b>were</b> shot down over Kyiv")])
            _ = try claim(.intercept, "kalibr+kh-101", ua, .ukraine, .exactly(30), launched: 34, date: "2024-05-20",
                          cited: [(statement, "30 of 34 Kh-101 and Kalibr cruise missiles were destroyed")])
            _ = try claim(.intercept, "storm-shadow", ru, .russia, CountWords.parse("up to 17")!, date: "2024-08-01",
                          cited: [(tass, "up to 17 Storm Shadow missiles,\nthe ministry said")])
            let retracted = try claim(.intercept, "kalibr", ua, .ukraine, .exactly(100), date: "2024-05-15",
                                      cited: [(daily, "100 Kalibr (a typo)")])
            let duplicate = try claim(.intercept, "kalibr", ua, .ukraine, .exactly(8), launched: 10, date: "2024-05-17",
                                      cited: [(daily, "eight Kalibr were downed")])
            _ = try claim(.launch, "shahed-136", ua, .ukraine, CountWords.parse("about 40")!, date: "2024-05-15",
                          cited: [(wire, "about 40 Shahed drones were launched")])
            _ = try claim(.intercept, "unspecified-drone", ru, .russia, .exactly(5), date: nil, place: "belgorod-oblast",
                          cited: [(tass, "five drones were destroyed over the Belgorod region")])
            _ = try claim(.intercept, "kh-101", ua, .ukraine, .exactly(20), launched: 22, date: "2024-05-20",
                          status: .disputed, cited: [(statement, "20 of 22 Kh-101 were shot down")])
            _ = try claim(.intercept, "unspecified-drone", ua, .ukraine, .exactly(42), launched: 50, date: "2024-05-15",
                          cited: [(ukrinform, "Сили ППО збили 42 з 50 ударних БпЛА")])

            var content = try session.reader.claim(id: retracted)!.content
            content.status = .retracted
            try session.revise(claimID: retracted, content: content, action: .retract, reason: "a typo")
            content = try session.reader.claim(id: duplicate)!.content
            content.mergedInto = two
            try session.revise(claimID: duplicate, content: content, action: .merge, reason: "duplicate of \(two)")
        }
        return ledger
    }
}
