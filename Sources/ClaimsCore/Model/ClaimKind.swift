/// What a claim asserts happened to the weapon.
public enum ClaimKind: String, Sendable, Codable, CaseIterable {
    /// The weapon hit (or was said to hit) a target.
    case strike
    /// The weapon was shot down, downed or destroyed in flight.
    case intercept
    /// The weapon was launched or fired.
    case launch
}

/// The verification status of a claim. Every status but `retracted` counts in tallies.
public enum VerificationStatus: String, Sendable, Codable, CaseIterable {
    case unverified
    case confirmed
    case disputed
    case denied
    case retracted
}

/// How precisely the event time of a claim is known.
public enum EventPrecision: String, Sendable, Codable, CaseIterable {
    /// A time of day is known (`2024-05-15T08:30`).
    case minute
    /// Only the calendar day is known.
    case day
    /// Only the month is known.
    case month
}
