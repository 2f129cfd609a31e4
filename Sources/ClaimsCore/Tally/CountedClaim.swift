/// One counted claim as a one-pass report reads it from the narrow current-claim columns: the
/// fields a comparison needs, plus the stored text of the event's end and the place, from which
/// tally keys are taken exactly as the store's SQL tally takes them.
public struct CountedClaim: Sendable, Equatable {
    /// The compared fields (weapon side derived when not stated).
    public var compared: ComparedClaim
    /// The event's end as stored (`2024-05-17`, `2024-05-17T06:00`, `2024-05`), `nil` when undated.
    public let eventEnd: String?
    /// The place id, when the claim names one.
    public var place: String?
    /// The month of the event's end: the first seven characters of ``eventEnd`` (`2024-05`), as
    /// the SQL tally's `substr(eventEnd, 1, 7)`; made once per claim, for every tally by month.
    public let month: String?

    public init(compared: ComparedClaim, eventEnd: String?, place: String?) {
        self.compared = compared
        self.eventEnd = eventEnd
        self.place = place
        self.month = eventEnd.map { String($0.prefix(7)) }
    }
}
