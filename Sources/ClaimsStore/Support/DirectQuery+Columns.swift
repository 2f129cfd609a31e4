import ClaimsCore
import GRDB
import GRDBSQLite

extension DirectQuery {
    /// A query stepped by hand, for merging several ordered queries (``ClaimLineWriter``).
    struct Cursor {
        let query: DirectQuery
        /// The current row, `nil` at the end.
        private(set) var row: Columns?

        /// Starts the query and steps to its first row.
        init(_ query: DirectQuery) throws {
            self.query = query
            query.reset()
            row = try query.step()
        }

        /// Steps to the next row.
        mutating func advance() throws {
            row = try query.step()
        }
    }
}

/// Reading columns in place, without a `String` per value.
extension DirectQuery.Columns {
    /// Whether the column is NULL.
    func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// The integer of a column (0 for NULL).
    func int64(_ index: Int) -> Int64 {
        sqlite3_column_int64(handle, Int32(index))
    }

    /// Calls `body` with the UTF-8 bytes of a text column; `nil` for NULL.
    func withText<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T? {
        let column = Int32(index)
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        // text before bytes: sqlite3_column_bytes then gives the length of the UTF-8 form.
        guard let pointer = sqlite3_column_text(handle, column) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, column))))
    }

    /// A time column parsed (``EventTime``), `nil` for NULL or text that is not a time.
    func eventTime(_ index: Int) -> EventTime? {
        withText(index) { EventTime(utf8: $0) } ?? nil
    }
}

/// The values of a closed set (kind, side, qualifier, status, action) by their stored UTF-8 bytes:
/// a column read per row for a million rows is matched against a few byte strings, without
/// making a `String` of it and switching on that.
struct ClosedValues<Value: RawRepresentable & CaseIterable & Sendable>: Sendable where Value.RawValue == String {
    private let table: [(bytes: [UInt8], value: Value)]

    init() {
        table = Value.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    /// Whether `bytes` are the raw value of one of the values.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for entry in table where entry.bytes.count == bytes.count {
            var index = 0
            while index < bytes.count, entry.bytes[index] == bytes[index] { index += 1 }
            if index == bytes.count { return true }
        }
        return false
    }

    /// The value stored in column `index`; `nil` for NULL or any other text.
    func value(at index: Int, of columns: DirectQuery.Columns) -> Value? {
        columns.withText(index) { bytes -> Value? in
            for entry in table where entry.bytes.count == bytes.count {
                var index = 0
                while index < bytes.count, entry.bytes[index] == bytes[index] { index += 1 }
                if index == bytes.count { return entry.value }
            }
            return nil
        } ?? nil
    }

    /// The value stored in column `index`.
    ///
    /// - Throws: ``StoreError/database(_:)`` naming the row's `what` and the column, for NULL or
    ///   any other text (a row edited by hand), as ``RevisionRow/decode(_:)`` does.
    func required(at index: Int, of columns: DirectQuery.Columns, row what: @autoclosure () -> String) throws -> Value {
        if let value = value(at: index, of: columns) { return value }
        let name = sqlite3_column_name(columns.handle, Int32(index)).map { String(cString: $0) } ?? "\(Value.self)"
        throw StoreError.database("\(what()): unexpected \(name) '\(columns.text(index) ?? "NULL")'")
    }
}
