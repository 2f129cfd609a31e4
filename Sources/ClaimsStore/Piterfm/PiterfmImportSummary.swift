/// What `import-piterfm` did: every row read is added, unchanged, updated or rejected (with its
/// line and reason); nothing is dropped silently.
public struct PiterfmImportSummary: Sendable, Equatable {
    /// A row that did not become a claim.
    public typealias Rejection = ImportRejection

    /// Data rows read (blank lines are not rows).
    public var rowsRead = 0
    public var claimsAdded = 0
    /// Rows whose claim is already in the ledger with the same content.
    public var claimsUnchanged = 0
    /// Rows whose claim changed since the last import: each got one new revision.
    public var claimsUpdated = 0
    /// Rows that state a claim already in the ledger from another source (an article relaying the
    /// same Air Force post): each became a citation of that claim, not a second claim.
    public var claimsCited = 0
    /// Rows added as new claims that possibly repeat a stored claim (a day apart, a vaguer figure,
    /// a generic system against the row's model): a person decides, and merges with `claims merge`.
    public var possibleRepeats: [ImportMatch] = []
    /// Rows added as new claims whose figures contradict a stored claim of the same claimant for the
    /// same event (the validator's conflicting-counts finding names both).
    public var conflicts: [ImportMatch] = []
    public var rejected: [Rejection] = []
    /// Report URLs stored as new sources.
    public var sourcesAdded = 0
    /// Rows whose account is not in the taxonomy, attributed to the Ukrainian Air Force, by account.
    public var claimantAssumed: [String: Int] = [:]
    /// Rows whose model (or a part of a composite) is not in `missiles_and_uavs.csv`, by model.
    public var notInReferenceTable: [String: Int] = [:]
    /// Whether the reference table was found and read.
    public var readReferenceTable = false
    /// Claims imported earlier from rows that are no longer in the file (left as they are).
    public var missingFromFile = 0
    /// Rows whose key (time_start, time_end, model, source) occurs more than once in the file;
    /// they are told apart by their order.
    public var repeatedKeys = 0

    public init() {}

    /// The dataset's view of a bulk import's summary.
    init(_ summary: ImportSummary, readReferenceTable: Bool) {
        rowsRead = summary.linesRead
        claimsAdded = summary.claimsAdded
        claimsUnchanged = summary.claimsUnchanged
        claimsUpdated = summary.claimsUpdated
        claimsCited = summary.claimsCited
        possibleRepeats = summary.possibleRepeats
        conflicts = summary.conflicts
        rejected = summary.rejected
        sourcesAdded = summary.sourcesAdded
        claimantAssumed = summary.claimantAssumed
        notInReferenceTable = summary.notInReferenceTable
        self.readReferenceTable = readReferenceTable
        missingFromFile = summary.missingFromFile
        repeatedKeys = summary.repeatedKeys
    }

    /// Whether every row read is accounted for.
    public var isBalanced: Bool {
        claimsAdded + claimsUnchanged + claimsUpdated + claimsCited + rejected.count == rowsRead
    }
}
