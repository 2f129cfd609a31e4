import ClaimsCore

/// Groups claims into events (raids) for `claims compare --by event`.
///
/// Claims are one event when they are about the same weapon side, their systems may be the same
/// weapons (``SystemFamilies``: one family, a generic entry with any system of its category, a
/// composite with its members) and their event windows overlap. A window known to the minute
/// runs from its start to its end; an end known only to the day runs to the end of that day, so
/// an overnight window from the 13th 18:00 to the 14th 08:00 overlaps both the 13th and the 14th.
///
/// Events do not chain: a claim joins the open event it overlaps most, and never one that
/// already holds a claim of the same claimant whose window does not overlap its own (two nights
/// reported by one office stay two events, even when a claim dated to the whole day between
/// them overlaps both). Claims without a date, or dated only to the month, are events of their own.
public struct EventPairing: Sendable {
    /// One event: its claims and what they share.
    public struct Event: Sendable, Equatable {
        public var weaponSide: Side?
        /// The family key (families joined by `+`, or the generic entries when no claim names a type).
        public var system: String
        /// The earliest start of the claims' windows (`nil` for an undated claim).
        public var start: EventTime?
        /// The latest end of the claims' windows.
        public var end: EventTime?
        /// The claims, in the order they joined (by window start).
        public var claims: [ComparedClaim]
    }

    public var families: SystemFamilies

    public init(families: SystemFamilies) {
        self.families = families
    }

    /// The events of `claims`, ordered by start (then weapon side, then system); undated claims
    /// last, in id order.
    ///
    /// - Complexity: O(n log n) to sort the claims by window start, then one sweep over them that
    ///   looks only at the events still open at each start.
    public func events(_ claims: [ComparedClaim]) -> [Event] {
        var dated: [Spanned] = []
        dated.reserveCapacity(claims.count)
        var lone: [Event] = []
        var profiles: [String: SystemFamilies.Profile] = [:]
        for claim in claims {
            guard let event = claim.event, event.precision != .month else {
                lone.append(Event(weaponSide: claim.weaponSide, system: claim.system, start: claim.event?.start, end: claim.event?.end, claims: [claim]))
                continue
            }
            let profile = profiles[claim.system] ?? families.profile(of: claim.system)
            profiles[claim.system] = profile
            dated.append(Spanned(claim: claim, span: Self.span(of: event), profile: profile))
        }
        dated.sort { ($0.span.lowerBound, $0.span.upperBound, $0.claim.id) < ($1.span.lowerBound, $1.span.upperBound, $1.claim.id) }

        var open: [Side?: [Int]] = [:]  // per weapon side, indices into `built` of events not yet ended
        var built: [Building] = []
        for item in dated {
            let side = item.claim.weaponSide
            var candidates = open[side, default: []]
            candidates.removeAll { built[$0].span.upperBound <= item.span.lowerBound }
            var best: (index: Int, overlap: Int)?
            for index in candidates where built[index].accepts(item) {
                let overlap = min(built[index].span.upperBound, item.span.upperBound) - item.span.lowerBound
                if best == nil || overlap > best!.overlap { best = (index, overlap) }
            }
            if let best {
                built[best.index].add(item)
            } else {
                candidates.append(built.count)
                built.append(Building(first: item))
            }
            open[side] = candidates
        }

        var events = built.map { building in
            Event(
                weaponSide: building.members[0].claim.weaponSide, system: building.profile.label.isEmpty ? building.members[0].claim.system : building.profile.label,
                start: building.start, end: building.end, claims: building.members.map(\.claim)
            )
        }
        var starts = built.map(\.span.lowerBound)
        // Month-only claims sort by their month's first minute among the dated events.
        for event in lone where event.start != nil {
            events.append(event)
            starts.append(Self.minute(event.start!.date, 0))
        }
        let order = events.indices.sorted { left, right in
            if starts[left] != starts[right] { return starts[left] < starts[right] }
            let sides = (events[left].weaponSide?.rawValue ?? "~", events[right].weaponSide?.rawValue ?? "~")
            if sides.0 != sides.1 { return sides.0 < sides.1 }
            if events[left].system != events[right].system { return events[left].system.utf8.lexicographicallyPrecedes(events[right].system.utf8) }
            return events[left].claims[0].id < events[right].claims[0].id
        }
        return order.map { events[$0] } + lone.filter { $0.start == nil }.sorted { $0.claims[0].id < $1.claims[0].id }
    }

    // MARK: - Private

    /// A claim with its window in minutes since 1970-01-01 (half-open) and its system profile.
    struct Spanned {
        var claim: ComparedClaim
        var span: Range<Int>
        var profile: SystemFamilies.Profile
    }

    /// An event being built.
    struct Building {
        var members: [Spanned]
        var span: Range<Int>
        var start: EventTime
        var end: EventTime
        var profile: SystemFamilies.Profile

        init(first: Spanned) {
            members = [first]
            span = first.span
            start = first.claim.event!.start
            end = first.claim.event!.end
            profile = first.profile
        }

        /// Whether `item` may be about the same raid: compatible systems, and no claim of the same
        /// claimant about another window (the span overlap is checked by the sweep).
        func accepts(_ item: Spanned) -> Bool {
            guard profile.isCompatible(with: item.profile) else { return false }
            return !members.contains { $0.claim.claimant == item.claim.claimant && !$0.span.overlaps(item.span) }
        }

        mutating func add(_ item: Spanned) {
            members.append(item)
            profile.formUnion(item.profile)
            if item.span.upperBound > span.upperBound { end = item.claim.event!.end }
            span = span.lowerBound..<max(span.upperBound, item.span.upperBound)
        }
    }

    /// The window in minutes: a start known to the day starts at midnight, an end known to the
    /// day ends at the next midnight, an end known to the minute includes that minute.
    static func span(of window: EventWindow) -> Range<Int> {
        let lower = minute(window.start.date, window.start.minuteOfDay ?? 0)
        let upper: Int
        if let minuteOfDay = window.end.minuteOfDay {
            upper = minute(window.end.date, minuteOfDay) + 1
        } else {
            upper = minute(window.end.date, 0) + 1440
        }
        return lower..<max(upper, lower + 1)
    }

    static func minute(_ date: CalendarDate, _ minuteOfDay: Int) -> Int {
        date.daysSinceEpoch * 1440 + minuteOfDay
    }
}
