import ClaimsCore
import GRDB

/// The head revision's counted columns, kept on the `claim` row since "v7 lean storage", so that
/// tallies, comparisons and list filters read one narrow row per claim instead of joining the
/// wide revision (with its hashes and `extra`).
///
/// Derived data: every write sets it with the head pointer, in the same statement, and
/// `claims verify` checks it against the head revision (``LedgerReader/verify(maximumProblems:)``),
/// so a projection edited behind the tool's back is reported like an edited revision. The columns
/// have the revision's names and values, so SQL written over `revision r` runs over `claim r`.
enum ClaimProjection {
    /// The projected columns, in binding order.
    static let names = [
        "kind", "system", "claimant", "claimantSide", "weaponSide", "count", "countMin", "countMax", "countText",
        "qualifier", "launched", "eventStart", "eventEnd", "place", "status", "mergedInto",
    ]

    /// `INSERT INTO claim (headRevision, ...) VALUES (?, ...)`.
    static let insertSQL = """
        INSERT INTO claim (headRevision, \(names.joined(separator: ", ")))
        VALUES (?, \(names.map { _ in "?" }.joined(separator: ", ")))
        """

    /// `UPDATE claim SET headRevision = ?, ... WHERE id = ?`.
    static let updateSQL = """
        UPDATE claim SET headRevision = ?, \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?
        """

    /// `UPDATE claim SET ... WHERE id = ? AND headRevision = ?`: sets the projection of a claim
    /// whose head is the revision just inserted (restored histories).
    static let updateIfHeadSQL = """
        UPDATE claim SET \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ? AND headRevision = ?
        """

    /// The claims whose projection differs from their head revision (for `verify`).
    static let mismatchSQL = """
        SELECT c.id FROM claim c JOIN revision r ON r.seq = c.headRevision
        WHERE \(names.map { "c.\($0) IS NOT r.\($0)" }.joined(separator: " OR "))
        ORDER BY c.id LIMIT ?
        """

    /// Binds `content`'s projected columns (the values ``RevisionRow`` stores in the same columns).
    static func bind(_ content: ClaimContent, to binder: inout DirectInsert.Binder) {
        binder.text(content.kind.rawValue)
        binder.text(content.system)
        binder.text(content.claimant)
        binder.text(content.claimantSide.rawValue)
        binder.text(content.weaponSide?.rawValue)
        binder.int(content.count.exact)
        binder.int(content.count.minimum)
        binder.int(content.count.maximum)
        binder.text(content.count.text)
        binder.text(content.count.qualifier.rawValue)
        binder.int(content.launched)
        binder.text(content.event?.start.description)
        binder.text(content.event?.end.description)
        binder.text(content.place)
        binder.text(content.status.rawValue)
        binder.int(content.mergedInto)
    }
}
