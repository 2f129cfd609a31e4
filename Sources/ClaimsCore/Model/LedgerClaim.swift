/// A claim as read from the ledger: its current (head) revision and every citation it has.
public struct LedgerClaim: Sendable, Equatable {
    public var id: Int64
    /// The latest revision: its content is the claim's current view.
    public var head: Revision
    /// When the claim was first logged (UTC).
    public var createdAt: String
    /// Every citation of the claim, oldest first.
    public var citations: [CitedSource]

    public init(id: Int64, head: Revision, createdAt: String, citations: [CitedSource]) {
        self.id = id
        self.head = head
        self.createdAt = createdAt
        self.citations = citations
    }

    public var content: ClaimContent { head.content }
}

/// A citation with a summary of its source, for display and export.
public struct CitedSource: Sendable, Equatable {
    public var citation: Citation
    /// The revision of the claim that attached this citation.
    public var revisionNumber: Int
    public var url: String?
    public var outlet: String?
    public var title: String?
    public var published: EventTime?

    public init(citation: Citation, revisionNumber: Int, url: String?, outlet: String?, title: String?, published: EventTime?) {
        self.citation = citation
        self.revisionNumber = revisionNumber
        self.url = url
        self.outlet = outlet
        self.title = title
        self.published = published
    }
}

/// Which claims a read selects. Empty sets mean "any".
public struct ClaimFilter: Sendable, Equatable {
    public var kinds: Set<ClaimKind> = []
    public var systems: Set<String> = []
    public var claimants: Set<String> = []
    /// The claimant's side.
    public var sides: Set<Side> = []
    public var statuses: Set<VerificationStatus> = []
    /// Event day on or after.
    public var from: CalendarDate?
    /// Event day on or before.
    public var to: CalendarDate?
    /// Whether retracted and merged claims are included (they never count in tallies).
    public var includeRetracted = false

    public init() {}

    /// Whether the filter selects `claim`.
    public func matches(_ content: ClaimContent) -> Bool {
        if !includeRetracted, !content.isCounted, !statuses.contains(.retracted) { return false }
        if !kinds.isEmpty, !kinds.contains(content.kind) { return false }
        if !systems.isEmpty, !systems.contains(content.system) { return false }
        if !claimants.isEmpty, !claimants.contains(content.claimant) { return false }
        if !sides.isEmpty, !sides.contains(content.claimantSide) { return false }
        if !statuses.isEmpty, !statuses.contains(content.status) { return false }
        if from != nil || to != nil {
            guard let day = content.event?.day else { return false }
            if let from, day < from { return false }
            if let to, to < day { return false }
        }
        return true
    }

    /// The filter as JSON, for reproducibility stamps (keys sorted, empty filters left out).
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        func list(_ key: StaticString, _ values: [String]) {
            guard !values.isEmpty else { return }
            writer.key(key)
            writer.beginArray()
            for value in values.sorted() { writer.string(value) }
            writer.endArray()
        }
        list("claimant", Array(claimants))
        if let from { writer.key("from"); writer.string(from.description) }
        if includeRetracted { writer.key("include_retracted"); writer.bool(true) }
        list("kind", kinds.map(\.rawValue))
        list("side", sides.map(\.rawValue))
        list("status", statuses.map(\.rawValue))
        list("system", Array(systems))
        if let to { writer.key("to"); writer.string(to.description) }
        writer.endObject()
    }
}
