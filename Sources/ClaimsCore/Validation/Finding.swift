/// How bad a finding is: errors block a write, warnings are stored with the claim.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// The validation rules, by stable id (SPEC §5).
public enum RuleID: String, Sendable, Codable, CaseIterable {
    // Errors: the write is refused.
    case unknownSystem = "unknown-system"
    case unknownActor = "unknown-actor"
    case unknownPlace = "unknown-place"
    case negativeCount = "negative-count"
    case countExceedsLaunched = "count-exceeds-launched"
    case eventAfterPublication = "event-after-publication"
    case futurePublication = "future-publication"
    case missingCitation = "missing-citation"
    case quoteNotInSource = "quote-not-in-source"
    // Warnings: stored with the claim.
    case implausibleCount = "implausible-count"
    case systemBeforeService = "system-before-service"
    case selfIntercept = "self-intercept"
    case interceptorAsTarget = "interceptor-as-target"
    case probableDuplicate = "probable-duplicate"
    case conflictingCounts = "conflicting-counts"
    case breakdownMismatch = "breakdown-mismatch"

    public var severity: Severity {
        switch self {
        case .unknownSystem, .unknownActor, .unknownPlace, .negativeCount, .countExceedsLaunched,
             .eventAfterPublication, .futurePublication, .missingCitation, .quoteNotInSource:
            .error
        case .implausibleCount, .systemBeforeService, .selfIntercept, .interceptorAsTarget,
             .probableDuplicate, .conflictingCounts, .breakdownMismatch:
            .warning
        }
    }
}

/// One problem a rule found: which claim and field, what is wrong, and how to fix it.
public struct Finding: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var rule: RuleID
    public var severity: Severity { rule.severity }
    /// The claim concerned (`nil` for a claim not yet written).
    public var claim: Int64?
    public var field: String
    public var message: String
    public var fix: String

    public init(rule: RuleID, claim: Int64?, field: String, message: String, fix: String) {
        self.rule = rule
        self.claim = claim
        self.field = field
        self.message = message
        self.fix = fix
    }

    /// One line: `error unknown-system claim 12 system: ... (fix: ...)`.
    public var description: String {
        let subject = claim.map { "claim \($0) " } ?? ""
        return "\(severity.rawValue) \(rule.rawValue): \(subject)\(field): \(message) (fix: \(fix))"
    }

    /// Ordering for stable output: by claim, then severity, rule and field.
    public static func stableOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.claim != b.claim { return (a.claim ?? -1) < (b.claim ?? -1) }
        if a.severity != b.severity { return a.severity < b.severity }
        if a.rule != b.rule { return a.rule.rawValue < b.rule.rawValue }
        if a.field != b.field { return a.field < b.field }
        return a.message < b.message
    }

    /// Writes the finding as `{"claim","field","fix","message","rule","severity"}`.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("claim"); writer.int(claim)
        writer.key("field"); writer.string(field)
        writer.key("fix"); writer.string(fix)
        writer.key("message"); writer.string(message)
        writer.key("rule"); writer.string(rule.rawValue)
        writer.key("severity"); writer.string(severity.rawValue)
        writer.endObject()
    }
}

/// What the validator needs to know about a claim: its content, citations and cited sources.
public struct ClaimFacts: Sendable {
    public var id: Int64?
    public var content: ClaimContent
    public var citations: [Citation]
    /// The cited sources' publication dates and texts, by source id.
    public var sources: [Int64: SourceFacts]

    public init(id: Int64?, content: ClaimContent, citations: [Citation], sources: [Int64: SourceFacts]) {
        self.id = id
        self.content = content
        self.citations = citations
        self.sources = sources
    }
}

/// A cited source as the validator sees it.
public struct SourceFacts: Sendable {
    public var published: EventTime?
    /// The stored text, when there is one.
    public var text: String?

    public init(published: EventTime?, text: String?) {
        self.published = published
        self.text = text
    }
}
