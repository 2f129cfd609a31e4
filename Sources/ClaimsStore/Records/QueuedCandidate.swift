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
    /// A stored claim that this candidate possibly repeats ("same as claim N?"), found by claim
    /// identity when the candidate was logged.
    public var sameAs: Int64?
    public var recordedAt: String
    public var decidedAt: String?

    public init(
        id: Int64, sourceID: Int64, content: String, quote: String, start: Int?, end: Int?, confidence: Double,
        status: CandidateStatus, claimID: Int64?, copyOf: Int64?, reason: String?, recordedAt: String, decidedAt: String?,
        sameAs: Int64? = nil
    ) {
        self.sameAs = sameAs
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

extension QueuedCandidate {
    /// The JSON object of a candidate in an export (`"type": "candidate"`); `content` is kept as
    /// the exact text stored.
    public func writeExport(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("claim"); writer.int(claimID)
        writer.key("confidence"); writer.double(confidence)
        writer.key("content"); writer.string(content)
        writer.key("copy_of"); writer.int(copyOf)
        writer.key("decided_at"); writer.string(decidedAt)
        writer.key("end"); writer.int(end)
        writer.key("id"); writer.int(id)
        writer.key("quote"); writer.string(quote)
        writer.key("reason"); writer.string(reason)
        writer.key("recorded_at"); writer.string(recordedAt)
        writer.key("same_as"); writer.int(sameAs)
        writer.key("source"); writer.int(sourceID)
        writer.key("start"); writer.int(start)
        writer.key("status"); writer.string(status.rawValue)
        writer.key("type"); writer.string("candidate")
        writer.endObject()
    }

    /// Reads a candidate written by ``writeExport(to:)``.
    ///
    /// - Throws: ``ClaimsError/invalidField(_:_:)`` naming the missing or malformed field.
    public init(export json: JSONValue) throws(ClaimsError) {
        func required<T>(_ key: String, _ value: T?) throws(ClaimsError) -> T {
            guard let value else { throw .invalidField(key, "is required in a candidate line") }
            return value
        }
        let confidence: Double
        switch json["confidence"] {
        case let .double(value)?: confidence = value
        case let .int(value)?: confidence = Double(value)
        default: throw .invalidField("confidence", "is required in a candidate line: a number from 0 to 1")
        }
        let statusText = try required("status", json["status"]?.stringValue)
        guard let status = CandidateStatus(rawValue: statusText) else {
            throw .invalidField("status", "'\(statusText)' is not pending, accepted or rejected")
        }
        self.init(
            id: Int64(try required("id", json["id"]?.intValue)), sourceID: Int64(try required("source", json["source"]?.intValue)),
            content: try required("content", json["content"]?.stringValue), quote: try required("quote", json["quote"]?.stringValue),
            start: json["start"]?.intValue, end: json["end"]?.intValue, confidence: confidence, status: status,
            claimID: json["claim"]?.intValue.map(Int64.init), copyOf: json["copy_of"]?.intValue.map(Int64.init),
            reason: json["reason"]?.stringValue, recordedAt: try required("recorded_at", json["recorded_at"]?.stringValue),
            decidedAt: json["decided_at"]?.stringValue, sameAs: json["same_as"]?.intValue.map(Int64.init)
        )
    }
}
