import ClaimsCore
import GRDB

/// Decoding of `revision` rows into domain values. The column list and the decoder share one
/// order, so rows are read by index.
enum RevisionRow {
    /// The columns of `revision`, prefixed with `alias.`.
    /// The hashes are read as their hex text (``RevisionHash/text(_:)``), whatever their stored form;
    /// `extraKeys` as the key set's text (``extraKeysText(_:)``).
    static func columns(_ alias: String) -> String {
        names.map { name in
            switch name {
            case "prevHash", "hash": RevisionHash.text("\(alias).\(name)")
            case "extraKeys": extraKeysText(alias)
            default: "\(alias).\(name)"
            }
        }.joined(separator: ", ") + ", " + extraQuoteText(alias)
    }

    /// SQL reading the quote `extra`'s values of the revision `alias` are stored against
    /// (``ExtraAgainstQuote``): the first citation that revision added; NULL when they hold no
    /// reference.
    static func extraQuoteText(_ alias: String) -> String {
        """
        CASE WHEN instr(\(alias).extra, char(1)) > 0 THEN (SELECT q.quote FROM citation q \
        WHERE q.claimId = \(alias).claimId AND q.revisionNumber = \(alias).number ORDER BY q.id LIMIT 1) END
        """
    }

    /// SQL reading the key set of the revision `alias` (schema v8): the JSON array of `extra`'s
    /// keys, NULL when its `extra` is stored as an object (or empty).
    static func extraKeysText(_ alias: String) -> String {
        "(SELECT k.keys FROM extraKeys k WHERE k.id = \(alias).extraKeys)"
    }

    static let names = [
        "seq", "claimId", "number", "action", "reason", "recordedAt", "kind", "system", "claimant",
        "claimantSide", "weaponSide", "count", "countMin", "countMax", "countText", "qualifier",
        "launched", "eventStart", "eventEnd", "place", "location", "target", "weaponOrigin", "status",
        "reliability", "notes", "mergedInto", "extra", "prevHash", "hash", "extraKeys",
    ]

    /// The columns ``columns(_:)`` selects: ``names`` and the quote of ``extraQuoteText(_:)``.
    static let count = names.count + 1

    /// `INSERT INTO revision (...) VALUES (?, ...)`, built once.
    static let insertSQL = """
        INSERT INTO revision (\(names.joined(separator: ", ")))
        VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
        """

    /// `SELECT` of one revision by its sequence number.
    static let selectBySeqSQL = "SELECT \(columns("r")) FROM revision r WHERE r.seq = ?"

    /// Decodes the revision whose columns start at `offset`.
    ///
    /// - Throws: ``StoreError/database(_:)`` when a stored value is not one the tool writes
    ///   (a row edited by hand).
    static func decode(_ row: Row, at offset: Int = 0) throws -> Revision {
        try decode(GRDBRowColumns(row: row, offset: offset))
    }

    /// Decodes a revision from any column source laid out as ``names``.
    static func decode(_ columns: some ColumnValues) throws -> Revision {
        func text(_ index: Int) -> String? { columns.text(index) }
        func int(_ index: Int) -> Int? { columns.int(index) }
        func required<T: RawRepresentable>(_ index: Int, _ type: T.Type) throws -> T where T.RawValue == String {
            let raw = columns.text(index)
            guard let raw, let value = T(rawValue: raw) else {
                throw StoreError.database("revision \(columns.int(0) ?? 0): unexpected \(names[index]) '\(raw ?? "NULL")'")
            }
            return value
        }
        var event: EventWindow?
        if let start = text(17).flatMap({ EventTime($0) }) {
            event = EventWindow(start: start, end: text(18).flatMap { EventTime($0) })
        }
        let content = ClaimContent(
            kind: try required(6, ClaimKind.self),
            system: text(7) ?? "",
            claimant: text(8) ?? "",
            claimantSide: try required(9, Side.self),
            weaponSide: text(10).flatMap { Side(rawValue: $0) },
            count: ClaimCount(
                exact: int(11), minimum: int(12), maximum: int(13), text: text(14),
                qualifier: try required(15, CountQualifier.self)
            ),
            launched: int(16),
            event: event,
            place: text(19),
            location: text(20),
            target: text(21),
            weaponOrigin: text(22),
            status: try required(23, VerificationStatus.self),
            reliability: text(24).flatMap { Reliability($0) },
            notes: text(25),
            mergedInto: columns.int(26).map(Int64.init),
            extra: decodeExtra(text(27), keys: text(30), quote: text(31))
        )
        return Revision(
            seq: Int64(columns.int(0) ?? 0),
            claimID: Int64(columns.int(1) ?? 0),
            number: columns.int(2) ?? 0,
            action: try required(3, RevisionAction.self),
            reason: text(4),
            recordedAt: text(5) ?? "",
            content: content,
            addedCitations: [],
            previousHash: text(28) ?? "",
            hash: text(29) ?? ""
        )
    }

    /// Binds `revision` to an insert of ``insertSQL``.
    /// - Parameters:
    ///   - prepared: The revision's content with `extra` already encoded.
    ///   - extraKeysID: The id in `extraKeys` of `extra`'s key set (`extra` being stored as
    ///     ``CanonicalContent/extraColumns(_:)`` gives it), found by the session.
    static func bind(
        _ revision: Revision, prepared: CanonicalContent? = nil, extraValues: String?, extraKeysID: Int64?,
        to binder: inout DirectInsert.Binder
    ) {
        binder.int(revision.seq)
        binder.int(revision.claimID)
        binder.int(revision.number)
        binder.text(revision.action.rawValue)
        binder.text(revision.reason)
        binder.text(revision.recordedAt)
        binder.text(revision.content.kind.rawValue)
        binder.text(revision.content.system)
        binder.text(revision.content.claimant)
        binder.text(revision.content.claimantSide.rawValue)
        binder.text(revision.content.weaponSide?.rawValue)
        binder.int(revision.content.count.exact)
        binder.int(revision.content.count.minimum)
        binder.int(revision.content.count.maximum)
        binder.text(revision.content.count.text)
        binder.text(revision.content.count.qualifier.rawValue)
        binder.int(revision.content.launched)
        binder.text(revision.content.event?.start.description)
        binder.text(revision.content.event?.end.description)
        binder.text(revision.content.place)
        binder.text(revision.content.location)
        binder.text(revision.content.target)
        binder.text(revision.content.weaponOrigin)
        binder.text(revision.content.status.rawValue)
        binder.text(revision.content.reliability?.description)
        binder.text(revision.content.notes)
        binder.int(revision.content.mergedInto)
        binder.text(extraValues)
        binder.hash(revision.previousHash)
        binder.hash(revision.hash)
        binder.int(extraKeysID)
    }

    /// `extra` from its stored columns: `stored` a JSON array (its runs possibly referring to
    /// `quote`, ``ExtraAgainstQuote``) zipped with the key set `keys` (schema v8), or, with no key
    /// set, `stored` a JSON object (older rows, hand edits).
    /// Anything else (a row edited by hand) reads as no extra fields, which `verify` reports
    /// as a hash mismatch.
    static func decodeExtra(_ stored: String?, keys: String?, quote: String?) -> [String: String] {
        guard let keys else { return decodeExtra(stored) }
        guard let values = stored.flatMap({ ExtraAgainstQuote.decode($0, quote: quote) }),
              case let .array(names)? = try? JSONParser.parse(keys),
              case let .array(items)? = try? JSONParser.parse(values), names.count == items.count else { return [:] }
        var extra: [String: String] = [:]
        extra.reserveCapacity(names.count)
        for (name, item) in zip(names, items) {
            guard let name = name.stringValue else { return [:] }
            extra[name] = item.stringValue ?? ""
        }
        return extra
    }

    static func decodeExtra(_ text: String?) -> [String: String] {
        guard let text, case let .object(members)? = try? JSONParser.parse(text) else { return [:] }
        var extra: [String: String] = [:]
        for (key, value) in members { extra[key] = value.stringValue ?? "" }
        return extra
    }
}

enum SourceRow {
    static let columns = "id, kind, url, outlet, title, wire, published, retrieved, language, text, textSHA256"

    static func decode(_ row: Row) -> Source {
        Source(
            id: row[0],
            kind: (row[1] as String?).flatMap { SourceKind(rawValue: $0) } ?? .article,
            url: row[2], outlet: row[3], title: row[4], wire: row[5],
            published: (row[6] as String?).flatMap { EventTime($0) },
            retrieved: (row[7] as String?).flatMap { EventTime($0) },
            language: row[8], text: row[9], textSHA256: row[10]
        )
    }
}
