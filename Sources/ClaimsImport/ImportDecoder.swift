/// A format of import file: decodes an input into ``ImportRecord``s, and says how the store
/// treats them. The store's one bulk-import entry point (`Ledger.importRecords(_:options:progress:)`)
/// does the rest: the transaction, sources, identity, validation, progress and the summary.
///
/// A new dataset is a decoder: read its rows, map each to a ``ClaimDraft`` (or a rejection, or
/// an ``ImportFailure`` naming `file:line`), and emit them in order.
///
/// ```swift
/// struct MyDatasetDecoder: ImportDecoder {
///     let input: ImportInput
///     func decode(_ emit: (ImportRecord) -> Bool) {
///         // for each row: guard emit(ImportRecord(line: n, bytesConsumed: b, content: .claim(draft))) else { return }
///     }
/// }
/// ```
///
/// ``decode(_:)`` runs on a reading thread of its own while the store writes, so it must not
/// touch the ledger; it keeps its own state (caches of resolved names) in locals.
public protocol ImportDecoder: Sendable {
    /// What is decoded.
    var input: ImportInput { get }

    /// The `extra` field that identifies a dataset row across re-imports (`piterfm_key`), or
    /// `nil` when rows are not keyed. A keyed row already in the ledger is left alone when
    /// unchanged and revised when changed; stored claims of keyed rows are not compared by
    /// claim identity (the key identifies them). Default: `nil`.
    var rowKeyField: String? { get }

    /// Whether a row the validator refuses is reported as rejected (a dataset: the other rows
    /// are still imported) rather than failing the import (a ledger export). Default: `false`.
    var reportsRefusedRows: Bool { get }

    /// The reason recorded on the revision of every claim the import creates. Default:
    /// `imported from FILE`.
    var revisionReason: String { get }

    /// The reason recorded when the claim of `line` is already in the ledger from another
    /// source and is cited instead. Default: `imported from FILE (line N): the same claim`.
    func citeReason(line: Int) -> String

    /// The reason of the revision when a keyed row changed since the last import.
    ///
    /// - Parameter fields: The names of the fields that changed (`count`, `extra.carrier`).
    func changedRowReason(fields: [String]) -> String

    /// Decodes the input, calling `emit` with each record in order.
    ///
    /// Stops after emitting a ``ImportRecord/Content/failure(_:)``, or as soon as `emit`
    /// returns `false` (the consumer stopped).
    ///
    /// - Complexity: One pass over the input; memory flat in its size.
    func decode(_ emit: (ImportRecord) -> Bool)
}

extension ImportDecoder {
    /// `nil`: rows are not keyed.
    public var rowKeyField: String? { nil }

    /// `false`: a refused row fails the import.
    public var reportsRefusedRows: Bool { false }

    /// `imported from FILE`.
    public var revisionReason: String { "imported from " + input.fileName }

    /// `imported from FILE (line N): the same claim`.
    public func citeReason(line: Int) -> String { revisionReason + " (line \(line)): the same claim" }

    /// `row changed: FIELDS`.
    public func changedRowReason(fields: [String]) -> String { "row changed: " + fields.joined(separator: ", ") }

    /// Every record of the input, in order (for tests and small inputs; the store streams).
    ///
    /// - Complexity: O(n) in the input; holds every record in memory.
    public func records() -> [ImportRecord] {
        var records: [ImportRecord] = []
        decode { records.append($0); return true }
        return records
    }

    /// The failure the input ends with, if it is refused.
    public func failure() -> ImportFailure? {
        var found: ImportFailure?
        decode { record in
            if case let .failure(failure) = record.content { found = failure }
            return true
        }
        return found
    }
}
