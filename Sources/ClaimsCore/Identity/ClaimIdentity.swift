/// Whether two claims assert the same thing, judged by what they assert — claimant, kind, system,
/// count, event window and place — never by the wording, outlet or language of their sources.
///
/// One ministry statement relayed by AP, rewritten by an Indian outlet and translated into
/// Ukrainian is one claim with several citations. The ledger asks this type at write time
/// (`claims log`, `claims review accept`, `claims add`) so the copy becomes a citation of the
/// claim already stored instead of a second claim that the tally would count again:
///
/// ```swift
/// let identity = ClaimIdentity(taxonomy: taxonomy)
/// switch identity.compare(new, with: existing.content) {
/// case .same: cite the existing claim
/// case .possiblySame(let why): ask a person ("same as claim 12? the count is vaguer")
/// case .conflicting(let why): keep both; the validator reports the conflicting counts
/// case .different: a new claim
/// }
/// ```
///
/// The rules, in order:
/// - the claimant and the kind must be equal (the office makes the claim, not the outlet);
/// - the systems must be equal, or one generic entry of the other's kind of weapon ("drones" and
///   Shahed-136), or a family and its member (Iskander and Iskander-M); a composite and its member
///   are never confidently the same (composites are never split by guess);
/// - the event windows must overlap (days, and minutes where both windows know them); a claim
///   without a window, or a day apart with a figure of at least ``adjacentDayMinimumCount`` or a
///   vague one, is only possibly the same;
/// - the places must be equal or one inside the other (a sea counts as next to every place: "over
///   the Black Sea" and "over Crimea" word one interception); a claim without a place and one
///   with a place, or two nested places, are the same only when the exact figures agree (a total
///   and a regional part are not);
/// - the counts must agree: two different exact counts (or launched figures) from one claimant
///   about one event and place are a conflict, never merged; a vaguer count ("at least 20",
///   "dozens") that admits the other is only possibly the same.
public struct ClaimIdentity: Sendable {
    /// What a comparison found.
    public enum Verdict: Sendable, Equatable {
        /// The same assertion: the new source is a citation of the existing claim.
        case same
        /// Compatible, but something is vaguer or missing: a person decides. The text says why.
        case possiblySame(String)
        /// The same claimant about the same event and weapons with different figures: both claims
        /// stay, and the difference is a finding. The text names both figures.
        case conflicting(String)
        /// Different claims.
        case different

        /// A rank for choosing among several existing claims: same, then conflicting (it must be
        /// reported), then possibly same.
        var rank: Int {
            switch self {
            case .same: 3
            case .conflicting: 2
            case .possiblySame: 1
            case .different: 0
            }
        }
    }

    /// Systems and places resolve through this taxonomy.
    public let taxonomy: Taxonomy

    /// The smallest exact count for which claims a day apart are possibly the same: below it, the
    /// same figure on consecutive days ("one drone over the Kursk region") is taken as two reports.
    public static let adjacentDayMinimumCount = 5

    /// Creates a matcher over `taxonomy`.
    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
    }

    /// Compares a new claim with an existing one.
    public func compare(_ new: ClaimContent, with existing: ClaimContent) -> Verdict {
        guard existing.isCounted, !new.claimant.isEmpty, new.claimant == existing.claimant, new.kind == existing.kind else {
            return .different
        }
        let systems = systemRelation(new.system, existing.system)
        guard systems != .different else { return .different }
        var doubts: [String] = []
        if systems == .composite { doubts.append("one system is a group that includes the other") }

        let window = Self.windowRelation(new.event, existing.event)
        // Different figures are a conflict only about one event: both windows known and overlapping.
        let sameEvent = window == .overlapping
        switch window {
        case .disjoint: return .different
        case .unknown: doubts.append("the event date is missing")
        case .adjacent:
            // A relay often dates a claim by the statement or its own publication, the original by
            // the night itself. Equal small figures on consecutive days are usually two reports.
            let small = new.count.isExact && (new.count.exact ?? 0) < Self.adjacentDayMinimumCount
            if small { return .different }
            doubts.append("the dates are a day apart")
        case .overlapping: break
        }

        let places = placeRelation(new.place, existing.place)
        switch places {
        case .different: return .different
        case .oneMissing: doubts.append("only one of them names a place")
        case .nested: break  // decided below, with the counts
        case .equal: break
        }

        // Counts, then launched figures.
        let a = new.count, b = existing.count
        if let x = a.exact, let y = b.exact, a.isExact, b.isExact {
            if x != y {
                return places == .equal && systems == .equal && sameEvent
                    ? .conflicting("the same claimant gives \(x) here and \(y) in the stored claim for the same event")
                    : .different
            }
        } else if (a.exact, a.minimum, a.maximum, a.qualifier) != (b.exact, b.minimum, b.maximum, b.qualifier) {
            guard Self.intervalsOverlap(a, b) else {
                return places == .equal && systems == .equal && sameEvent
                    ? .conflicting("the same claimant gives \(a) here and \(b) in the stored claim for the same event")
                    : .different
            }
            doubts.append("the counts (\(a) and \(b)) are compatible but not the same")
        }
        if let x = new.launched, let y = existing.launched, x != y {
            return places == .equal && systems == .equal && sameEvent
                ? .conflicting("the same claimant gives \(x) launched here and \(y) in the stored claim for the same event")
                : .different
        }
        let sameFigure = a.isExact && b.isExact
        if places == .nested, !sameFigure { doubts.append("the places are a region and a place inside it") }
        if places == .oneMissing, doubts.count == 1, sameFigure {
            // "Russia said it downed 25 drones" and "25 drones over the Belgorod region" from the
            // same statement: one figure, one claim, the place only dropped by the relay.
            return .same
        }
        return doubts.isEmpty ? .same : .possiblySame(doubts.joined(separator: "; "))
    }

    /// The best match among existing claims: the highest-ranked verdict, ties to the lowest id.
    ///
    /// - Returns: `nil` when every existing claim is different.
    public func bestMatch(for new: ClaimContent, among existing: [(id: Int64, content: ClaimContent)]) -> (id: Int64, verdict: Verdict)? {
        var best: (id: Int64, verdict: Verdict)?
        for candidate in existing {
            let verdict = compare(new, with: candidate.content)
            guard verdict.rank > 0 else { continue }
            if let current = best, current.verdict.rank > verdict.rank || (current.verdict.rank == verdict.rank && current.id < candidate.id) {
                continue
            }
            best = (candidate.id, verdict)
        }
        return best
    }

    /// The days an existing claim must touch to be compared with `window`: one day either side, so
    /// an overnight raid dated by its morning and by its evening is still looked up.
    public static func lookupDays(for window: EventWindow) -> ClosedRange<CalendarDate> {
        CalendarDate(daysSinceEpoch: window.start.date.daysSinceEpoch - 1)...CalendarDate(daysSinceEpoch: window.end.date.daysSinceEpoch + 1)
    }

    // MARK: - Systems

    enum SystemRelation { case equal, compatible, composite, different }

    func systemRelation(_ a: String, _ b: String) -> SystemRelation {
        if a == b { return .equal }
        let left = SystemReference(a), right = SystemReference(b)
        if left.isComposite || right.isComposite {
            let (group, single) = left.isComposite ? (left, right) : (right, left)
            if !single.isComposite, group.members.contains(single.members[0]) { return .composite }
            return Set(left.members) == Set(right.members) ? .equal : .different
        }
        guard let x = taxonomy.weapon(id: a), let y = taxonomy.weapon(id: b) else { return .different }
        if x.parent == y.id || y.parent == x.id { return .compatible }
        if x.kind == .generic, Self.admits(generic: x, y) { return .compatible }
        if y.kind == .generic, Self.admits(generic: y, x) { return .compatible }
        return .different
    }

    /// Whether a generic entry ("drones", "cruise missiles") may stand for `other`: the same
    /// category, or a broad generic ("missile", "drone") and any category of that kind.
    static func admits(generic: WeaponSystem, _ other: WeaponSystem) -> Bool {
        if generic.category == other.category { return true }
        switch generic.category {
        case "missile": return other.category.contains("missile")
        case "drone": return other.category.contains("drone") && other.category != "naval-drone" || other.category.contains("loitering")
        default: return false
        }
    }

    // MARK: - Windows

    enum WindowRelation { case overlapping, adjacent, disjoint, unknown }

    static func windowRelation(_ a: EventWindow?, _ b: EventWindow?) -> WindowRelation {
        guard let a, let b else { return .unknown }
        // Days first: a month-precision window covers its whole month.
        func days(_ window: EventWindow) -> ClosedRange<Int> {
            let start = window.start.date.daysSinceEpoch
            var end = window.end.date.daysSinceEpoch
            if window.end.precision == .month { end += 30 }
            return start...max(start, end)
        }
        let (x, y) = (days(a), days(b))
        guard x.overlaps(y) else {
            return x.upperBound + 1 == y.lowerBound || y.upperBound + 1 == x.lowerBound ? .adjacent : .disjoint
        }
        // Minutes where both windows know both ends: 18:00–08:00 and 10:00–14:00 of one day are two events.
        func minutes(_ window: EventWindow) -> Range<Int>? {
            guard let from = window.start.minuteOfDay, let to = window.end.minuteOfDay else { return nil }
            let start = window.start.date.daysSinceEpoch * 1440 + from
            let end = window.end.date.daysSinceEpoch * 1440 + to
            return start..<max(end, start + 1)
        }
        if let x = minutes(a), let y = minutes(b), !x.overlaps(y) { return .disjoint }
        return .overlapping
    }

    // MARK: - Places

    enum PlaceRelation { case equal, nested, oneMissing, different }

    func placeRelation(_ a: String?, _ b: String?) -> PlaceRelation {
        switch (a, b) {
        case (nil, nil): return .equal
        case (nil, _), (_, nil): return .oneMissing
        case let (x?, y?):
            if x == y { return .equal }
            if taxonomy.place(id: x)?.kind == .sea || taxonomy.place(id: y)?.kind == .sea { return .nested }
            return isInside(x, y) || isInside(y, x) ? .nested : .different
        }
    }

    /// Whether place `inner` lies inside `outer` (following parents, at most eight steps).
    func isInside(_ inner: String, _ outer: String) -> Bool {
        var current = taxonomy.place(id: inner)?.parent
        var steps = 0
        while let id = current, steps < 8 {
            if id == outer { return true }
            current = taxonomy.place(id: id)?.parent
            steps += 1
        }
        return false
    }

    // MARK: - Counts

    /// Whether two counts admit a common value: exact counts are points, bounds are intervals
    /// (an open maximum is unbounded), an unknown count admits anything.
    static func intervalsOverlap(_ a: ClaimCount, _ b: ClaimCount) -> Bool {
        func interval(_ count: ClaimCount) -> (Int, Int?)? {
            if count.isExact, let value = count.exact { return (value, value) }
            if count.minimum == nil, count.maximum == nil { return nil }
            return (count.minimum ?? 0, count.maximum)
        }
        guard let x = interval(a), let y = interval(b) else { return true }
        let lowerOK = x.1.map { y.0 <= $0 } ?? true
        let upperOK = y.1.map { x.0 <= $0 } ?? true
        return lowerOK && upperOK
    }
}
