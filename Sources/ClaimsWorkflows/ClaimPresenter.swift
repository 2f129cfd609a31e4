import ClaimsCore
import ClaimsReporting

/// How claims look in tables and JSON on the command line.
public struct ClaimPresenter {
    /// Names come from this taxonomy.
    public let taxonomy: Taxonomy

    /// Creates a presenter naming things through `taxonomy`.
    public init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    /// The list's columns, in order.
    public static let columns: [Table.Column] = [
        .init("ID", .right), .init("KIND"), .init("SYSTEM"), .init("COUNT", .right), .init("OF", .right),
        .init("CLAIMANT"), .init("SIDE"), .init("DATE"), .init("LOCATION"), .init("STATUS"), .init("SRC", .right),
    ]

    /// One row of cells for `claim`.
    public func row(_ claim: LedgerClaim) -> [String] {
        let content = claim.content
        return [
            String(claim.id), content.kind.rawValue, taxonomy.displayName(ofSystem: content.system),
            content.count.description, content.launched.map(String.init) ?? "",
            taxonomy.actor(id: content.claimant)?.name ?? content.claimant, content.claimantSide.rawValue,
            content.event.map(Self.window) ?? "", content.location ?? content.place.flatMap { taxonomy.place(id: $0)?.name } ?? "",
            content.status.rawValue + (content.mergedInto.map { " (→\($0))" } ?? ""), String(Set(claim.citations.map(\.citation.sourceID)).count),
        ]
    }

    /// The table of `claims`.
    public func table(_ claims: [LedgerClaim]) -> Table {
        Table(columns: Self.columns, rows: claims.map(row))
    }

    /// The JSON array of claims.
    public func json(_ claims: [LedgerClaim]) -> [UInt8] {
        var writer = JSONWriter(capacity: 4096)
        writer.beginArray()
        for claim in claims { claim.write(to: &writer, systemName: taxonomy.displayName(ofSystem: claim.content.system)) }
        writer.endArray()
        writer.newline()
        return writer.bytes
    }

    /// A field-by-field view of one claim and its citations.
    public func detail(_ claim: LedgerClaim) -> Table {
        let content = claim.content
        var table = Table(columns: [.init("FIELD"), .init("VALUE")])
        func add(_ field: String, _ value: String?) {
            if let value, !value.isEmpty { table.append([field, value]) }
        }
        add("id", String(claim.id))
        add("kind", content.kind.rawValue)
        add("system", "\(taxonomy.displayName(ofSystem: content.system)) (\(content.system))")
        add("count", content.count.description + (content.count.text.map { content.count.qualifier == .exact ? " (\($0))" : "" } ?? ""))
        add("qualifier", content.count.qualifier.rawValue)
        add("launched", content.launched.map(String.init))
        add("claimant", "\(taxonomy.actor(id: content.claimant)?.name ?? content.claimant) (\(content.claimant), \(content.claimantSide.rawValue))")
        add("weapon side", content.weaponSide?.rawValue)
        add("weapon origin", content.weaponOrigin)
        add("event", content.event.map(Self.window))
        add("place", content.place.map { "\(taxonomy.place(id: $0)?.name ?? $0) (\($0))" })
        add("location", content.location)
        add("target", content.target)
        add("status", content.status.rawValue)
        add("merged into", content.mergedInto.map(String.init))
        add("reliability", content.reliability?.description)
        add("notes", content.notes)
        for key in content.extra.keys.sorted() { add(key, content.extra[key]) }
        add("revision", "\(claim.head.number) (\(claim.head.action.rawValue), \(claim.head.recordedAt))")
        add("hash", claim.head.hash)
        for (index, cited) in claim.citations.enumerated() {
            let source = [cited.outlet, cited.url, cited.published?.description].compactMap { $0 }.joined(separator: " · ")
            add("citation \(index + 1)", "“\(cited.citation.quote)” — \(source) [source \(cited.citation.sourceID)]"
                + (cited.citation.relay.map { " via \($0)" } ?? ""))
        }
        return table
    }

    /// An event window as `D` or `START..END`.
    public static func window(_ window: EventWindow) -> String {
        window.start == window.end ? window.start.description : "\(window.start)..\(window.end)"
    }
}
