import ClaimsCore
import GRDB

/// A claim an import matched with a claim already in the ledger, for the import's summary.
public struct ImportMatch: Sendable, Equatable {
    /// The line of the file.
    public var line: Int
    /// The claim the import created (a possible repeat or a conflict is kept as its own claim).
    public var claimID: Int64
    /// The stored claim it possibly repeats or contradicts.
    public var storedClaimID: Int64
    /// Why, in words ("the dates are a day apart").
    public var why: String

    public init(line: Int, claimID: Int64, storedClaimID: Int64, why: String) {
        self.line = line
        self.claimID = claimID
        self.storedClaimID = storedClaimID
        self.why = why
    }
}

/// Claim identity for bulk imports (`claims import`, `claims import-piterfm`): every claim a file
/// adds is compared (``ClaimIdentity``) with the claims the ledger held before the import, so a
/// claim already logged from a relay (Reuters quoting the Air Force) becomes a citation when the
/// dataset row of the Air Force's own post arrives, and a ledger merged into another does not
/// count a claim twice because two people logged it.
///
/// The claims an import creates are never compared with each other: a file's rows are distinct by
/// construction (the piterfm key, the exported claim id). Claims of the piterfm dataset are not
/// compared with piterfm rows either: the row key already identifies them.
///
/// - Complexity: For each claimant and kind the file names, one index pass over that claimant's
///   stored claims of that kind, keeping their ids by event day (16 bytes a claim); then, per
///   imported claim, the stored claims of the days around its event are read by id. An import into
///   an empty ledger does none of this.
struct ImportIdentity {
    /// What to do with an imported claim.
    enum Outcome {
        /// No stored claim asserts it: create it.
        case new
        /// The stored claim already cites this source with this quote (the file was imported
        /// before): nothing to write.
        case alreadyCited(Int64)
        /// A stored claim asserts the same: cite it.
        case cite(LedgerClaim)
        /// Possibly the same as a stored claim: create it, and list both for a person to merge.
        case possibleRepeat(Int64, why: String)
        /// The same claimant gives another figure for the same event: create it; the validator's
        /// conflicting-counts finding names both figures.
        case conflict(Int64, why: String)
    }

    let identity: ClaimIdentity
    /// The most days of an imported claim's event looked up one by one (a longer window is looked
    /// up around its end).
    static let longestLookup = 64
    /// The highest claim id before the import: claims above it are the import's own.
    let lastStoredClaimID: Int64
    /// Whether stored claims imported from the piterfm dataset are left out (a piterfm import
    /// identifies them by row key).
    let excludingDatasetClaims: Bool
    /// The `extra` field naming a dataset row (checked by ``LedgerSession/rowKeys(field:)``).
    let rowKeyField: String
    private var days: [Key: [Int32: [Int64]]] = [:]

    private struct Key: Hashable {
        var claimant: String
        var kind: ClaimKind
    }

    /// A matcher for an import into the ledger behind `db`, or `nil` when the ledger has no
    /// claim to compare with.
    init?(identity: ClaimIdentity?, excludingRowsKeyedBy rowKeyField: String?, db: Database) throws {
        guard let identity, let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM claim") else { return nil }
        self.identity = identity
        self.lastStoredClaimID = last
        self.excludingDatasetClaims = rowKeyField != nil
        self.rowKeyField = rowKeyField ?? ""
    }

    /// Compares an imported claim with the stored claims it could repeat.
    ///
    /// - Parameter citations: The imported claim's citations (with this ledger's source ids): a
    ///   stored claim citing one of their sources with another quote is another claim of that
    ///   source, never the same.
    mutating func outcome(for content: ClaimContent, citations: [Citation], reader: LedgerReader) throws -> Outcome {
        guard let window = content.event, !content.claimant.isEmpty, content.isCounted else { return .new }
        let key = Key(claimant: content.claimant, kind: content.kind)
        if days[key] == nil { days[key] = try storedClaims(of: key, reader: reader) }
        guard let byDay = days[key], !byDay.isEmpty else { return .new }
        var range = ClaimIdentity.lookupDays(for: window)
        // A season's total ("over the winter"): the stored claims ending around the same day, not
        // every day of the season.
        if range.upperBound.daysSinceEpoch - range.lowerBound.daysSinceEpoch > Self.longestLookup {
            range = CalendarDate(daysSinceEpoch: range.upperBound.daysSinceEpoch - 2)...range.upperBound
        }
        var ids: [Int64] = []
        for day in range.lowerBound.daysSinceEpoch...range.upperBound.daysSinceEpoch {
            ids += byDay[Int32(clamping: day)] ?? []
        }
        guard !ids.isEmpty else { return .new }
        var stored: [LedgerClaim] = []
        try reader.forEachClaim(matching: nil, ids: ids, includeCreatedAt: false) { stored.append($0) }
        var comparable: [(id: Int64, content: ClaimContent)] = []
        for claim in stored {
            let sameSource = claim.citations.filter { cited in citations.contains { $0.sourceID == cited.citation.sourceID } }
            if sameSource.isEmpty {
                comparable.append((claim.id, claim.content))
            } else if sameSource.contains(where: { cited in citations.contains { $0.sourceID == cited.citation.sourceID && $0.quote == cited.citation.quote } }),
                      identity.compare(content, with: claim.content) != .different {
                return .alreadyCited(claim.id)
            }
        }
        guard let best = identity.bestMatch(for: content, among: comparable),
              let claim = stored.first(where: { $0.id == best.id }) else { return .new }
        switch best.verdict {
        case .same:
            if let narrower = narrower(content.system, than: claim.content.system) {
                return .possibleRepeat(claim.id, why: narrower)
            }
            return .cite(claim)
        case let .possiblySame(why): return .possibleRepeat(claim.id, why: why)
        case let .conflicting(why): return .conflict(claim.id, why: why)
        case .different: return .new
        }
    }

    /// Adds `citations` to the stored `claim` in a "cite" revision (its content unchanged).
    static func cite(_ claim: LedgerClaim, with citations: [Citation], reason: String, session: LedgerSession) throws {
        try session.revise(claimID: claim.id, content: claim.content, action: .cite, reason: reason, addingCitations: citations)
    }

    /// Why citing would lose what the imported claim knows: it names a specific system where the
    /// stored claim names a generic one ("drones" against Shahed-136). A dataset row is usually
    /// the more precise of the two; a person merges them keeping the precise one.
    private func narrower(_ imported: String, than stored: String) -> String? {
        guard imported != stored, let old = identity.taxonomy.weapon(id: stored), old.kind == .generic,
              let new = identity.taxonomy.weapon(id: imported), new.kind != .generic else { return nil }
        return "the import names \(new.name) where the stored claim names \(old.name)"
    }

    /// The ids of the stored, counted claims of one claimant and kind, by the day their event ends.
    private func storedClaims(of key: Key, reader: LedgerReader) throws -> [Int32: [Int64]] {
        var byDay: [Int32: [Int64]] = [:]
        let rows = try Row.fetchCursor(reader.db, sql: """
            SELECT r.claimId, r.eventEnd FROM revision r
            WHERE r.claimant = ? AND r.kind = ? AND r.eventEnd IS NOT NULL AND r.claimId <= ?
              AND r.seq = (SELECT headRevision FROM claim WHERE id = r.claimId)
              AND r.status <> 'retracted' AND r.mergedInto IS NULL
              \(excludingDatasetClaims ? """
                AND (r.extraKeys IS NULL OR r.extraKeys NOT IN (
                    SELECT k.id FROM extraKeys k, json_each(k.keys) j WHERE j.value = '\(rowKeyField)' AND j.type = 'text'))
                """ : "")
            """, arguments: [key.claimant, key.kind.rawValue, lastStoredClaimID])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard let text: String = row[1], let end = EventTime(text) else { continue }
            byDay[Int32(clamping: end.date.daysSinceEpoch), default: []].append(id)
        }
        return byDay
    }
}

extension LedgerSession {
    /// Writes one claim of a `claims import` file: a citation of the stored claim it repeats (see
    /// ``ImportIdentity``), else a new claim, counted in `summary`.
    ///
    /// - Returns: The id of the claim the line now belongs to (created or cited).
    @discardableResult
    func importClaim(
        _ prepared: CanonicalContent, citations: [Citation], reason: String, citeReason: @autoclosure () -> String, line: Int,
        matcher: inout ImportIdentity?, summary: inout ImportSummary
    ) throws -> Int64 {
        var match: (stored: Int64, why: String, conflict: Bool)?
        switch try matcher?.outcome(for: prepared.content, citations: citations, reader: reader) ?? .new {
        case .new: break
        case let .alreadyCited(id):
            summary.claimsUnchanged += 1
            return id
        case let .cite(stored):
            try ImportIdentity.cite(stored, with: citations, reason: citeReason(), session: self)
            summary.claimsCited += 1
            return stored.id
        case let .possibleRepeat(stored, why): match = (stored, why, false)
        case let .conflict(stored, why): match = (stored, why, true)
        }
        let id = try createClaim(prepared, citations: citations, action: .import, reason: reason)
        summary.claimsAdded += 1
        if let match {
            let found = ImportMatch(line: line, claimID: id, storedClaimID: match.stored, why: match.why)
            if match.conflict { summary.conflicts.append(found) } else { summary.possibleRepeats.append(found) }
        }
        return id
    }
}
