/// The fields of one counted claim that a comparison of two parties needs, as
/// `LedgerReader.comparedClaims(matching:sides:claimants:)` reads them in one pass.
public struct ComparedClaim: Sendable, Equatable, Hashable {
    public var id: Int64
    public var kind: ClaimKind
    /// A taxonomy weapon id or a composite (`a+b`).
    public var system: String
    /// The claimant's actor id.
    public var claimant: String
    public var claimantSide: Side
    /// The side whose weapon it is: as stored, else derived (``ClaimContent/effectiveWeaponSide``).
    public var weaponSide: Side?
    public var count: ClaimCount
    /// For intercepts, how many were launched ("6 of 6" → 6).
    public var launched: Int?
    public var event: EventWindow?

    public init(
        id: Int64, kind: ClaimKind, system: String, claimant: String, claimantSide: Side, weaponSide: Side?,
        count: ClaimCount, launched: Int? = nil, event: EventWindow? = nil
    ) {
        self.id = id
        self.kind = kind
        self.system = system
        self.claimant = claimant
        self.claimantSide = claimantSide
        self.weaponSide = weaponSide
        self.count = count
        self.launched = launched
        self.event = event
    }

    /// The claim's compared fields, with the weapon side derived when the claim does not state one.
    public init(id: Int64, content: ClaimContent) {
        self.init(
            id: id, kind: content.kind, system: content.system, claimant: content.claimant,
            claimantSide: content.claimantSide, weaponSide: content.effectiveWeaponSide, count: content.count,
            launched: content.launched, event: content.event
        )
    }
}

extension ClaimContent {
    /// The side whose weapon the claim is about: ``weaponSide`` when stated, else the side the
    /// kind implies: an intercept is of the claimant's opponent's weapons, a strike or a launch is
    /// the claimant's own (a third party's strike or launch says nothing).
    ///
    /// Tallies by `weapon_side` and comparisons use this same rule, so that they agree.
    public var effectiveWeaponSide: Side? {
        weaponSide ?? Self.impliedWeaponSide(kind: kind, claimantSide: claimantSide)
    }

    /// The weapon side a claim of `kind` by `claimantSide` implies when it states none.
    public static func impliedWeaponSide(kind: ClaimKind, claimantSide: Side) -> Side? {
        switch kind {
        case .intercept: return claimantSide.opponent
        case .strike, .launch: return claimantSide == .thirdParty ? nil : claimantSide
        }
    }
}
