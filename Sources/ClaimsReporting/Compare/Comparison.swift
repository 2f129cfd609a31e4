import ClaimsCore

/// What two parties (actors or sides) claim, side by side, per weapon side and system, month or
/// event (one raid).
///
/// Rows are keyed by the side whose weapons the claims are about (`weapon_side`) as well as the
/// system, month or event: Russia's count of Ukrainian drones downed and Ukraine's count of
/// Russian drones downed are about different weapons, so they are two rows and nothing is ever
/// subtracted across them. Within a row, the defender's intercepts and the attacker's claimed hits
/// are set against the launched figure (``Row/unaccounted``, ``Row/shareIntercepted``).
public struct Comparison: Sendable, Equatable, GroupedReport {
    /// What rows are keyed by, besides the weapon side.
    public enum Grouping: String, Sendable, CaseIterable {
        /// The claim's system id (a composite is its own group).
        case system
        /// The month of the event's end (`2024-05`).
        case month
        /// One raid: claims whose event windows overlap, about one system family (``EventPairing``).
        case event
    }

    /// One party of a comparison: an actor or a side, and how it reads in tables.
    public struct Party: Sendable, Equatable {
        /// The actor id or side (`ru-mod`, `ukraine`): the party's key in JSON rows.
        public var id: String
        /// The display name ("Russian Defence Ministry", "ukraine").
        public var name: String
        /// The party's side: the side itself, or the actor's side (`nil` when unknown). It tells
        /// the attacker (whose weapons a row is about) from the defender.
        public var side: Side?
        /// Whether the party is a whole side (every claimant of it) rather than one actor.
        public var isSide: Bool

        /// A whole side as a party.
        public init(side: Side, name: String? = nil) {
            self.id = side.rawValue
            self.name = name ?? side.rawValue
            self.side = side
            self.isSide = true
        }

        /// One actor as a party.
        public init(actor id: String, name: String, side: Side?) {
            self.id = id
            self.name = name
            self.side = side
            self.isSide = false
        }

        /// Whether `claim` is one of the party's.
        public func includes(_ claim: ComparedClaim) -> Bool {
            isSide ? claim.claimantSide.rawValue == id : claim.claimant == id
        }
    }

    /// One group: each party's figures (both always present) and what can be derived from them.
    public struct Row: Sendable, Equatable {
        /// The side whose weapons the row's claims are about (`nil` when no claim says or implies it).
        public var weaponSide: Side?
        /// The system id, the month, or the event's system family (families joined by `+`).
        public var key: String?
        /// For events: the earliest start and the latest end of the claims' windows.
        public var eventStart: EventTime?
        public var eventEnd: EventTime?
        /// The two parties' figures, in the comparison's party order.
        public var parties: [PartyFigures]
        /// The index of the party whose side's weapons the row is about, when exactly one is.
        public var attacker: Int?
        /// The index of the party on the opposing side, when exactly one is.
        public var defender: Int?

        init(weaponSide: Side?, key: String?, parties: [Party]) {
            self.weaponSide = weaponSide
            self.key = key
            self.parties = Array(repeating: PartyFigures(), count: parties.count)
            if let weaponSide {
                let attackers = parties.indices.filter { parties[$0].side == weaponSide }
                let defenders = parties.indices.filter { weaponSide.opponent != nil && parties[$0].side == weaponSide.opponent }
                attacker = attackers.count == 1 ? attackers[0] : nil
                defender = defenders.count == 1 ? defenders[0] : nil
            }
        }

        /// Whether both parties have claims in the row (for events: a pair, not a lone claim).
        public var isPaired: Bool { parties.allSatisfy { $0.claims > 0 } }

        /// The launched figure the row's derived figures use: the defender's ("6 of 6" → 6) when it
        /// covers all its intercept claims (``PartyFigures/isLaunchedComplete``), else the
        /// attacker's; `nil` when neither states a usable one.
        public var launched: Int? {
            if let defender, parties[defender].isLaunchedComplete { return parties[defender].launched }
            guard let attacker, parties[attacker].isLaunchedComplete else { return nil }
            return parties[attacker].launched
        }

        /// Launched minus the defender's intercepted minus the attacker's claimed hits: what
        /// neither side accounts for (negative when their claims add up to more than launched).
        /// `nil` unless the row has an attacker and a defender, a launched figure, at least one
        /// intercept or strike claim, and every such claim states an exact count (bounds and vague
        /// counts are never subtracted).
        public var unaccounted: Int? {
            guard let attacker, let defender, let launched else { return nil }
            let defending = parties[defender]
            let attacking = parties[attacker]
            guard defending.intercepts.claims + attacking.strikes.claims > 0,
                  defending.isInterceptedExact, attacking.isStruckExact
            else { return nil }
            return launched - (defending.intercepted ?? 0) - (attacking.struck ?? 0)
        }

        /// The defender's intercepted ÷ launched, rounded to 4 decimals; `nil` unless there is a
        /// defender with intercept claims, all exact, and a launched figure above zero.
        public var shareIntercepted: Double? {
            guard let defender, let launched, launched > 0 else { return nil }
            let defending = parties[defender]
            guard defending.intercepts.claims > 0, defending.isInterceptedExact, let intercepted = defending.intercepted else { return nil }
            return (Double(intercepted) / Double(launched) * 10_000).rounded() / 10_000
        }
    }

    public var grouping: Grouping
    public var parties: [Party]
    public var rows: [Row]

    /// The first party.
    public var a: Party { parties[0] }
    /// The second party.
    public var b: Party { parties[1] }

    /// Sets the claims of two parties side by side.
    ///
    /// A claim goes to every party that ``Party/includes(_:)`` it and to no row of a party that
    /// does not. Rows by system or month come in key order (weapon side, then key); rows by event
    /// in the order of their start, undated claims last, each in a row of its own.
    ///
    /// - Parameters:
    ///   - grouping: What rows are keyed by besides the weapon side.
    ///   - a: The first party.
    ///   - b: The second party.
    ///   - claims: The claims to compare (others than the parties' are ignored).
    ///   - families: Which systems pair up in one event (used only by `.event`).
    /// - Complexity: O(n log n) in the number of claims.
    public init(grouping: Grouping, a: Party, b: Party, claims: [ComparedClaim], families: SystemFamilies = SystemFamilies(taxonomy: nil)) {
        self.grouping = grouping
        self.parties = [a, b]
        self.rows = []
        let parties = self.parties
        switch grouping {
        case .system, .month:
            var builder = Builder(grouping: grouping, a: a, b: b)
            for claim in claims { builder.add(claim) }
            self = builder.build()
        case .event:
            let own = claims.filter { claim in parties.contains { $0.includes(claim) } }
            rows = EventPairing(families: families).events(own).map { event in
                var row = Row(weaponSide: event.weaponSide, key: event.system, parties: parties)
                row.eventStart = event.start
                row.eventEnd = event.end
                for claim in event.claims { Self.add(claim, to: &row, parties: parties) }
                return row
            }
        }
    }

    init(grouping: Grouping, parties: [Party], rows: [Row]) {
        self.grouping = grouping
        self.parties = parties
        self.rows = rows
    }

    /// Adds `claim` to the figures of every party that includes it.
    static func add(_ claim: ComparedClaim, to row: inout Row, parties: [Party]) {
        for (index, party) in parties.enumerated() where party.includes(claim) { row.parties[index].add(claim) }
    }
}
