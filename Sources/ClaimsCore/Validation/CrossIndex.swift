/// The rules that compare claims with each other — probable duplicates, conflicting counts and
/// regional breakdowns that exceed their total — computed over an index keyed by
/// (claimant, kind, system, day), so a whole ledger is validated in one pass.
///
/// ```swift
/// var index = CrossIndex()
/// for claim in claims { index.add(id: claim.id, content: claim.content, sources: sourceIDs) }
/// let findings = index.findings(taxonomy: taxonomy)
/// ```
public struct CrossIndex: Sendable {
    struct Key: Hashable {
        var claimant: String
        var kind: ClaimKind
        var system: String
        var day: CalendarDate
    }

    struct Entry {
        var id: Int64
        var place: String?
        var count: Int?
        var sources: [Int64]
        var launched: Int?
        /// The event window in minutes since 1970 (half-open; at least one minute long), when its
        /// end is known to the minute.
        var minutes: Range<Int>?
    }

    private var groups: [Key: [Entry]] = [:]

    public init() {}

    /// Adds a counted claim (retracted, merged and undated claims take no part).
    public mutating func add(id: Int64, content: ClaimContent, sources: [Int64]) {
        guard content.isCounted, let day = content.event?.day else { return }
        add(id: id, claimant: content.claimant, kind: content.kind, system: content.system, day: day,
            place: content.place ?? content.location, count: content.count.exact, sources: sources,
            launched: content.launched, window: content.event)
    }

    /// Adds a counted claim from its key fields (for callers that read rows, not whole claims).
    ///
    /// - Parameters:
    ///   - launched: Two claims of one event with different launched figures are not duplicates.
    ///   - window: The event window: two claims whose windows end at a known minute and do not
    ///     overlap are two events of the same day (an overnight and an afternoon attack), not one.
    ///     A window that only touches the next one (ends at 08:00, the next starts at 08:00) does
    ///     not overlap it; a start known only to the day counts from midnight.
    public mutating func add(
        id: Int64, claimant: String, kind: ClaimKind, system: String, day: CalendarDate, place: String?, count: Int?,
        sources: [Int64], launched: Int? = nil, window: EventWindow? = nil
    ) {
        let key = Key(claimant: claimant, kind: kind, system: system, day: day)
        var minutes: Range<Int>?
        if let window, window.start.precision != .month, let end = window.end.minuteOfDay {
            let from = window.start.date.daysSinceEpoch * 1440 + (window.start.minuteOfDay ?? 0)
            let to = window.end.date.daysSinceEpoch * 1440 + end
            if from <= to { minutes = from..<max(to, from + 1) }
        }
        groups[key, default: []].append(Entry(id: id, place: place, count: count, sources: sources, launched: launched, minutes: minutes))
    }

    /// Splits claims of one place into events: claims whose minute windows overlap (directly or
    /// through others) are one event; when any claim is known only to the day, all are one event.
    static func events(_ group: [Entry]) -> [[Entry]] {
        guard group.allSatisfy({ $0.minutes != nil }) else { return [group] }
        let byStart = group.sorted { ($0.minutes!.lowerBound, $0.id) < ($1.minutes!.lowerBound, $1.id) }
        var events: [[Entry]] = []
        var reach = Int.min
        for entry in byStart {
            if entry.minutes!.lowerBound >= reach || events.isEmpty {
                events.append([entry])
            } else {
                events[events.count - 1].append(entry)
            }
            reach = max(reach, entry.minutes!.upperBound)
        }
        return events.map { $0.sorted { $0.id < $1.id } }
    }

    /// The findings, in a stable order. Only claims in `only` are reported (all when `nil`).
    ///
    /// - Complexity: O(n·d) over the claims added, for d distinct counts within a group of claims
    ///   that share a claimant, kind, system, day and place; at most one finding per claim and rule.
    public func findings(taxonomy: Taxonomy, only: Set<Int64>? = nil) -> [Finding] {
        var findings: [Finding] = []
        func report(_ id: Int64, _ rule: RuleID, _ field: String, _ message: String, _ fix: String) {
            if let only, !only.contains(id) { return }
            findings.append(Finding(rule: rule, claim: id, field: field, message: message, fix: fix))
        }
        for (key, entries) in groups where entries.count > 1 {
            let sorted = entries.sorted { $0.id < $1.id }
            // Same place: duplicates (same count, different sources) or conflicts (different counts).
            var byPlace: [String: [Entry]] = [:]
            for entry in sorted { byPlace[entry.place ?? "", default: []].append(entry) }
            for (_, placeGroup) in byPlace where placeGroup.count > 1 {
                for event in Self.events(placeGroup) where event.count > 1 {
                    Self.compareWithinEvent(event, day: key.day, report: report)
                }
            }
            // One statement (same source) with a total and regional parts.
            var bySource: [Int64: [Entry]] = [:]
            for entry in sorted { for source in Set(entry.sources) { bySource[source, default: []].append(entry) } }
            for (_, statement) in bySource where statement.count > 1 {
                let totals = statement.filter { isTotal($0.place, taxonomy: taxonomy) }
                let parts = statement.filter { !isTotal($0.place, taxonomy: taxonomy) }
                guard totals.count == 1, let total = totals[0].count, parts.count >= 1 else { continue }
                let known = parts.compactMap(\.count)
                let sum = known.reduce(0, +)
                if sum > total {
                    report(totals[0].id, .breakdownMismatch, "count",
                           "the regional claims \(parts.map { String($0.id) }.joined(separator: ", ")) add up to \(sum), more than the stated total of \(total)",
                           "check the total and the regional figures against the statement")
                }
            }
        }
        return findings.sorted(by: Finding.stableOrder)
    }

    /// Duplicates (same count, different sources) and conflicts (different counts) among the
    /// claims of one event. At most one finding per claim and rule, naming the earlier claims it
    /// clashes with, so a crowded event does not produce a finding per pair.
    private static func compareWithinEvent(
        _ event: [Entry], day: CalendarDate, report: (Int64, RuleID, String, String, String) -> Void
    ) {
        var firstWithCount: [(count: Int?, id: Int64)] = []  // distinct counts, first claim each
        var earlierByCount: [Int?: [Entry]] = [:]
        for later in event {
            if let b = later.count {
                let others = firstWithCount.filter { $0.count != nil && $0.count != b }
                if !others.isEmpty {
                    let named = others.prefix(3).map { "\($0.count!) in claim \($0.id)" }.joined(separator: ", ")
                    let more = others.count > 3 ? " and \(others.count - 3) other figures" : ""
                    report(later.id, .conflictingCounts, "count",
                           "the same claimant gives \(b) here and \(named)\(more) for the same event (\(day))",
                           "check the sources; if one figure was corrected, edit or retract the other claims")
                }
            }
            let duplicate = earlierByCount[later.count]?.first { earlier in
                Set(earlier.sources).isDisjoint(with: later.sources)
                    && (earlier.launched == nil || later.launched == nil || earlier.launched == later.launched)
            }
            if let earlier = duplicate {
                report(later.id, .probableDuplicate, "claim",
                       "probably the same claim as claim \(earlier.id) (same claimant, kind, system, day, place and count) from another source",
                       "`claims merge \(earlier.id) \(later.id)` keeps one claim with both citations")
            }
            if earlierByCount[later.count] == nil { firstWithCount.append((later.count, later.id)) }
            if earlierByCount[later.count, default: []].count < 8 { earlierByCount[later.count, default: []].append(later) }
        }
    }

    /// A claim without a place, or placed at country level, is a statement's total.
    private func isTotal(_ place: String?, taxonomy: Taxonomy) -> Bool {
        guard let place else { return true }
        if let entry = taxonomy.place(id: place) { return entry.kind == .country }
        return false
    }
}
