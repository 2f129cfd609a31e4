import ClaimsCore

/// The fields of a claim as a person types them (names, not ids; counts as text), from the
/// command line's flags or a form. ``ClaimDraft`` resolves them into ``ClaimContent``.
public struct ClaimFields: Sendable, Equatable {
    public var kind: ClaimKind?
    public var system: String?
    public var count: String?
    public var countText: String?
    public var launched: String?
    public var claimant: String?
    public var weaponSide: Side?
    public var location: String?
    public var locationText: String?
    public var date: String?
    public var target: String?
    public var weaponOrigin: String?
    public var status: VerificationStatus?
    public var reliability: String?
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
