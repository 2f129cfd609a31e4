import ClaimsCore
import ClaimsExtraction
import ClaimsReporting

/// How candidates look in tables (`extract`, `review`).
public struct CandidatePresenter {
    /// Names come from this taxonomy.
    public let taxonomy: Taxonomy

    /// Creates a presenter naming things through `taxonomy`.
    public init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    /// The table's columns, in order.
    public static let columns: [Table.Column] = [
        .init("KIND"), .init("SYSTEM"), .init("COUNT", .right), .init("OF", .right), .init("CLAIMANT"), .init("SIDE"),
        .init("PLACE"), .init("DATE"), .init("CONF", .right), .init("QUOTE"),
    ]

    /// One row of cells for `candidate`.
    public func cells(_ candidate: Candidate) -> [String] {
        [
            candidate.kind.rawValue, taxonomy.displayName(ofSystem: candidate.system), candidate.count.description,
            candidate.launched.map(String.init) ?? "",
            candidate.claimant.map { taxonomy.actor(id: $0)?.name ?? $0 } ?? "?",
            candidate.claimantSide?.rawValue ?? "", candidate.place.map { taxonomy.place(id: $0)?.name ?? $0 } ?? "",
            candidate.event.map { $0.day.description } ?? "", Self.percent(candidate.confidence), candidate.quote,
        ]
    }

    /// The table of `candidates`.
    public func table(_ candidates: [Candidate]) -> Table {
        Table(columns: Self.columns, rows: candidates.map(cells))
    }

    /// A confidence as "0.85".
    public static func percent(_ confidence: Double) -> String {
        let hundredths = max(0, min(100, Int((confidence * 100).rounded())))
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
