/// What one claim asserts: one actor asserting one action about one weapon system (or one
/// composite group of systems) in one event. This is the content that each revision snapshots.
public struct ClaimContent: Sendable, Equatable, Hashable {
    public var kind: ClaimKind
    /// A taxonomy weapon id, or a composite of ids joined by `+` (see ``SystemReference``).
    public var system: String
    /// The actor id of whoever makes the claim (not the outlet reporting it).
    public var claimant: String
    public var claimantSide: Side
    /// The side that used the weapon (for an intercept claim, the attacker).
    public var weaponSide: Side?
    public var count: ClaimCount
    /// For intercepts: how many were launched ("5 of 7" → 7).
    public var launched: Int?
    public var event: EventWindow?
    /// A gazetteer place id.
    public var place: String?
    /// The location as the source words it.
    public var location: String?
    public var target: String?
    /// Where the weapon came from, as claimed ("United States" for "US-supplied").
    public var weaponOrigin: String?
    public var status: VerificationStatus
    public var reliability: Reliability?
    public var notes: String?
    /// Set when this claim was merged into another one as a duplicate.
    public var mergedInto: Int64?
    /// Further fields kept from a dataset row (launch place, carrier, ...), by column name.
    public var extra: [String: String]

    public init(
        kind: ClaimKind, system: String, claimant: String, claimantSide: Side,
        weaponSide: Side? = nil, count: ClaimCount, launched: Int? = nil, event: EventWindow? = nil,
        place: String? = nil, location: String? = nil, target: String? = nil,
        weaponOrigin: String? = nil, status: VerificationStatus = .unverified,
        reliability: Reliability? = nil, notes: String? = nil, mergedInto: Int64? = nil,
        extra: [String: String] = [:]
    ) {
        self.kind = kind
        self.system = system
        self.claimant = claimant
        self.claimantSide = claimantSide
        self.weaponSide = weaponSide
        self.count = count
        self.launched = launched
        self.event = event
        self.place = place
        self.location = location
        self.target = target
        self.weaponOrigin = weaponOrigin
        self.status = status
        self.reliability = reliability
        self.notes = notes
        self.mergedInto = mergedInto
        self.extra = extra
    }

    /// Whether the claim takes part in tallies (retracted and merged claims do not).
    public var isCounted: Bool { status != .retracted && mergedInto == nil }
}

/// Where a claim appears: a source and the verbatim words that carry it.
public struct Citation: Sendable, Equatable, Hashable {
    public var sourceID: Int64
    public var quote: String
    /// Character offsets of the quote in the source text (Unicode scalar offsets), when known.
    public var start: Int?
    public var end: Int?
    /// "Reuters citing Ukrinform citing the Air Force".
    public var relay: String?

    public init(sourceID: Int64, quote: String, start: Int? = nil, end: Int? = nil, relay: String? = nil) {
        self.sourceID = sourceID
        self.quote = quote
        self.start = start
        self.end = end
        self.relay = relay
    }
}

/// The kind of document a source is.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    case article
    case statement
    case post
    case datasetRow = "dataset-row"
}

/// A document that carries claims.
public struct Source: Sendable, Equatable, Hashable {
    public var id: Int64?
    public var kind: SourceKind
    public var url: String?
    public var outlet: String?
    public var title: String?
    /// The wire agency the text comes from (AFP, Reuters...).
    public var wire: String?
    public var published: EventTime?
    public var retrieved: EventTime?
    public var language: String?
    /// The full text snapshot, when kept.
    public var text: String?
    /// SHA-256 (hex) of the normalised text, when there is a text.
    public var textSHA256: String?

    public init(
        id: Int64? = nil, kind: SourceKind = .article, url: String? = nil, outlet: String? = nil,
        title: String? = nil, wire: String? = nil, published: EventTime? = nil,
        retrieved: EventTime? = nil, language: String? = nil, text: String? = nil,
        textSHA256: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.url = url
        self.outlet = outlet
        self.title = title
        self.wire = wire
        self.published = published
        self.retrieved = retrieved
        self.language = language
        self.text = text
        self.textSHA256 = textSHA256
    }
}

/// Why a revision was written.
public enum RevisionAction: String, Sendable, Codable, CaseIterable {
    /// The claim was logged.
    case create
    /// Fields were corrected.
    case edit
    /// The verification status changed.
    case status
    /// The claim was retracted.
    case retract
    /// The claim was merged into another (on the duplicate) or received a duplicate's citations.
    case merge
    /// A new citation was attached (e.g. a syndicated copy).
    case cite
    /// The claim came in through a bulk import.
    case `import`
}
