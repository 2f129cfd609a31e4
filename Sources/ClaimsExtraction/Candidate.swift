import ClaimsCore

/// A claim the extractor found in an article, waiting for a person to accept, correct or reject
/// it: what is claimed, by whom, where and when, the verbatim sentence that carries it, its
/// character offsets, and how sure the rules are.
public struct Candidate: Sendable, Equatable {
    public var kind: ClaimKind
    /// A taxonomy weapon id.
    public var system: String
    public var count: ClaimCount
    /// For intercepts: how many were launched ("5 of 7" → 7).
    public var launched: Int?
    /// The actor id of the claimant, or `nil` when the article does not say who claims it.
    public var claimant: String?
    public var claimantSide: Side?
    /// The side that used the weapon.
    public var weaponSide: Side?
    /// Where the weapon came from, as claimed ("United States" for "US-supplied").
    public var weaponOrigin: String?
    /// A gazetteer place id.
    public var place: String?
    /// The place as the article words it ("over the Belgorod region").
    public var location: String?
    public var event: EventWindow?
    /// The sentence that carries the claim, verbatim.
    public var quote: String
    /// Unicode-scalar offsets of the quote in the article text (as ``Citation`` stores them).
    public var start: Int
    public var end: Int
    /// 0 to 1: how many of the rules' signals agree (named claimant, exact count, named system...).
    public var confidence: Double
    /// The news agencies and outlets that relay the claim, nearest first, as actor ids ("TASS
    /// reported, citing the ministry" → `["tass"]`): named in the claim's sentence, else in the
    /// article's opening lines (a dateline's "(AP)"). The claimant stays the office.
    public var relays: [String] = []

    public init(
        kind: ClaimKind, system: String, count: ClaimCount, launched: Int? = nil, claimant: String? = nil,
        claimantSide: Side? = nil, weaponSide: Side? = nil, weaponOrigin: String? = nil, place: String? = nil,
        location: String? = nil, event: EventWindow? = nil, quote: String, start: Int, end: Int, confidence: Double,
        relays: [String] = []
    ) {
        self.relays = relays
        self.kind = kind
        self.system = system
        self.count = count
        self.launched = launched
        self.claimant = claimant
        self.claimantSide = claimantSide
        self.weaponSide = weaponSide
        self.weaponOrigin = weaponOrigin
        self.place = place
        self.location = location
        self.event = event
        self.quote = quote
        self.start = start
        self.end = end
        self.confidence = confidence
    }

    /// The claim content, when the candidate names its claimant.
    public var content: ClaimContent? {
        guard let claimant, let claimantSide else { return nil }
        return ClaimContent(
            kind: kind, system: system, claimant: claimant, claimantSide: claimantSide, weaponSide: weaponSide,
            count: count, launched: launched, event: event, place: place, location: location,
            weaponOrigin: weaponOrigin
        )
    }

    /// The citation of the quote in a stored source.
    public func citation(sourceID: Int64) -> Citation {
        Citation(sourceID: sourceID, quote: quote, start: start, end: end)
    }

    /// Whether two candidates make the same claim (kind, system, counts and claimant), wherever
    /// they were found: how a syndicated copy's candidate is matched to the original's.
    public func makesSameClaim(as other: Candidate) -> Bool {
        kind == other.kind && system == other.system && count.exact == other.count.exact
            && count.minimum == other.count.minimum && count.maximum == other.count.maximum
            && launched == other.launched && (claimant == nil || other.claimant == nil || claimant == other.claimant)
    }

    /// Whether the candidate makes the claim that `content` holds (kind, system, counts, claimant).
    public func makesSameClaim(as content: ClaimContent) -> Bool {
        kind == content.kind && system == content.system && count.exact == content.count.exact
            && count.minimum == content.count.minimum && count.maximum == content.count.maximum
            && launched == content.launched && (claimant == nil || claimant == content.claimant)
    }
}
