/// The reproducibility stamp a report carries: enough to regenerate its numbers and check them.
public struct ReportStamp: Sendable, Equatable {
    /// The hash of the ledger's latest revision when the report was made.
    public var headHash: String
    /// `claims 0.1.0`.
    public var tool: String
    /// `YYYY-MM-DDTHH:MM:SSZ` (fixed by `SOURCE_DATE_EPOCH`).
    public var generatedAt: String
    /// The filters as JSON (keys sorted).
    public var filters: String
    /// Claims and revisions in the ledger at the time.
    public var claims: Int
    public var revisions: Int

    public init(headHash: String, tool: String, generatedAt: String, filters: String, claims: Int, revisions: Int) {
        self.headHash = headHash
        self.tool = tool
        self.generatedAt = generatedAt
        self.filters = filters
        self.claims = claims
        self.revisions = revisions
    }
}
