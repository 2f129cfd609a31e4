import ClaimsCore

/// The fields of a claim as a person types them (names, not ids; counts as text), from the
/// command line's flags or a form. ``ClaimDraft`` resolves them into ``ClaimContent``.
public struct ClaimFields: Sendable, Equatable {
    /// What is claimed.
    public var kind: ClaimKind?
    /// The weapon system: a name or alias.
    public var system: String?
    /// The exact count, a whole number as text.
    public var count: String?
    /// The count as worded ("at least 20").
    public var countText: String?
    /// For intercepts: how many were launched.
    public var launched: String?
    /// Who makes the claim: an actor name or alias.
    public var claimant: String?
    /// The side that used the weapon.
    public var weaponSide: Side?
    /// Where: a gazetteer name.
    public var location: String?
    /// The location as the source words it.
    public var locationText: String?
    /// When: a day or START..END.
    public var date: String?
    /// What was targeted.
    public var target: String?
    /// Where the weapon came from.
    public var weaponOrigin: String?
    /// The verification status.
    public var status: VerificationStatus?
    /// An Admiralty grade (B2).
    public var reliability: String?
    /// Free-text notes.
    public var notes: String?

    /// No field given.
    public init() {}

    /// Whether any field was given.
    public var hasCorrections: Bool {
        kind != nil || system != nil || count != nil || countText != nil || launched != nil || claimant != nil
            || weaponSide != nil || location != nil || locationText != nil || date != nil || target != nil
            || weaponOrigin != nil || status != nil || reliability != nil || notes != nil
    }
}
