import ClaimsCore
import ClaimsStore

/// Builders for tests: an in-memory ledger with a fixed clock, and claim content with defaults.
public enum TestLedger {
    /// 2024-06-01T12:00:00Z, the clock of every test ledger.
    public static let fixedTime: Int64 = 1_717_243_200

    /// A fresh in-memory ledger whose clock is stopped at ``fixedTime``.
    public static func make() throws -> Ledger {
        try Ledger.inMemory(clock: .constant(fixedTime))
    }

    /// The embedded taxonomy.
    public static func taxonomy() throws -> Taxonomy {
        try Taxonomy.embedded()
    }

    /// Claim content with sensible defaults: an exact intercept of 10 Kalibr claimed by the
    /// Ukrainian Air Force on 2024-05-15.
    public static func content(
        kind: ClaimKind = .intercept, system: String = "kalibr", claimant: String = "ua-air-force",
        claimantSide: Side = .ukraine, count: ClaimCount = .exactly(10), launched: Int? = nil,
        date: String? = "2024-05-15", place: String? = nil, status: VerificationStatus = .unverified
    ) -> ClaimContent {
        ClaimContent(
            kind: kind, system: system, claimant: claimant, claimantSide: claimantSide,
            weaponSide: claimantSide.opponent, count: count, launched: launched,
            event: date.flatMap { EventTime($0) }.map { EventWindow(start: $0) }, place: place, status: status
        )
    }

    /// Adds a source and one claim citing it; returns the claim id.
    @discardableResult
    public static func addClaim(
        _ content: ClaimContent, to ledger: Ledger, url: String = "https://example.org/story", quote: String = "a quote"
    ) throws -> Int64 {
        try ledger.write { session in
            let source = try session.addSource(Source(url: url, outlet: "example.org", published: EventTime("2024-05-15")))
            return try session.createClaim(content, citations: [Citation(sourceID: source.id, quote: quote)])
        }
    }
}
