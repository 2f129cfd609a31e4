import ClaimsCore

/// What the caller adds to a bulk import (``Ledger/importRecords(_:options:progress:)``).
public struct ImportOptions {
    /// Called on each claim before it is written; throw to reject the file. (The ledger's
    /// ``Ledger/validator``, when set, runs on every claim too.)
    public var check: (ClaimContent) throws -> Void
    /// Compares each claim added to a ledger that has claims with the stored ones (see
    /// ``ImportIdentity``); when `nil`, every claim not present by hash or key is added.
    public var identity: ClaimIdentity?
    /// The sampled shingle hashes of a source text (how `claims log` recognises syndicated
    /// copies); when given, recorded for every source with a text that is added.
    public var shingles: ((String) -> [Int64])?
    /// Whether a rejected row (a dataset row that cannot become a claim, or that the validator
    /// refuses) fails the whole import instead of being listed in the summary (`--strict`).
    public var isStrict: Bool

    /// Options; by default no check, no identity, no shingles, not strict.
    public init(
        check: @escaping (ClaimContent) throws -> Void = { _ in }, identity: ClaimIdentity? = nil,
        shingles: ((String) -> [Int64])? = nil, isStrict: Bool = false
    ) {
        self.check = check
        self.identity = identity
        self.shingles = shingles
        self.isStrict = isStrict
    }
}
