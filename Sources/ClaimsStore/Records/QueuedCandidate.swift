import ClaimsCore

/// Where a candidate of the review queue stands.
public enum CandidateStatus: String, Sendable, CaseIterable {
    case pending
    case accepted
    case rejected
}

/// A candidate claim in the review queue: found by `claims log` in a stored source, waiting to
/// be accepted (it then becomes a claim) or rejected.
public struct QueuedCandidate: Sendable, Equatable {
    public var id: Int64
    public var sourceID: Int64
    /// The candidate as canonical JSON (the extraction library reads and writes it).
    public var content: String
    public var quote: String
    public var start: Int?
    public var end: Int?
    public var confidence: Double
    public var status: CandidateStatus
    /// The claim it became, once accepted (or the claim its original became, for a copy).
    public var claimID: Int64?
    /// For a candidate of a syndicated copy: the original's candidate it repeats.
    public var copyOf: Int64?
    /// Why it was rejected.
    public var reason: String?
    public var recordedAt: String
    public var decidedAt: String?

    public init(
        id: Int64, sourceID: Int64, content: String, quote: String, start: Int?, end: Int?, confidence: Double,
        status: CandidateStatus, claimID: Int64?, copyOf: Int64?, reason: String?, recordedAt: String, decidedAt: String?
    ) {
        self.id = id
        self.sourceID = sourceID
        self.content = content
        self.quote = quote
        self.start = start
        self.end = end
        self.confidence = confidence
        self.status = status
        self.claimID = claimID
        self.copyOf = copyOf
        self.reason = reason
        self.recordedAt = recordedAt
        self.decidedAt = decidedAt
    }

    /// The citation the candidate gives its claim.
    public var citation: Citation {
        Citation(sourceID: sourceID, quote: quote, start: start, end: end)
    }
}
