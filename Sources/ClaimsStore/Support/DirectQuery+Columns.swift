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

/// Reading and writing columns in place, without a `String` per value.
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

    /// Appends the bytes of a text column to `bytes` (nothing for NULL).
    func appendBytes(_ index: Int, to bytes: inout [UInt8]) {
        withText(index) { bytes.append(contentsOf: $0) }
    }

    /// Writes an integer column, `null` for NULL.
    func writeInt(_ index: Int, to out: inout JSONLineBuffer) {
        if isNull(index) { out.appendNull() } else { out.appendInt(int64(index)) }
    }

    /// Writes a text column as a JSON string; NULL as `null`, or as `""` when `nullAsEmpty`.
    func writeText(_ index: Int, to out: inout JSONLineBuffer, nullAsEmpty: Bool = false) {
        let column = Int32(index)
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else {
            return nullAsEmpty ? out.append("\"\"") : out.appendNull()
        }
        // text before bytes: sqlite3_column_bytes then gives the length of the UTF-8 form.
        let pointer = sqlite3_column_text(handle, column)
        out.appendString(utf8: UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : Int(sqlite3_column_bytes(handle, column))))
    }

    /// A time column parsed (``EventTime``), `nil` for NULL or text that is not a time.
    func eventTime(_ index: Int) -> EventTime? {
        withText(index) { EventTime(utf8: $0) } ?? nil
    }

    /// Writes a time column in its canonical form, `null` when it is not a time.
    func writeEventTime(_ index: Int, to out: inout JSONLineBuffer) {
        out.appendString(eventTime(index))
    }

    /// Writes a hash column as its lower-case hex digits (a blob) or as stored (text); NULL as `""`
    /// (``RevisionHash/text(_:)``).
    func writeHash(_ index: Int, to out: inout JSONLineBuffer) {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard count > 0, let pointer = sqlite3_column_blob(handle, column) else { return out.append("\"\"") }
            out.appendHexString(UnsafeRawBufferPointer(start: pointer, count: count))
        case SQLITE_NULL:
            out.append("\"\"")
        default:
            writeText(index, to: &out)
        }
    }

    /// Writes a reliability column (``Reliability/description``: the letter upper-cased), `null`
    /// for NULL or anything that is not a grade; reads the two bytes in place.
    func writeReliability(_ index: Int, to out: inout JSONLineBuffer) {
        let grade: (UInt8, UInt8)?? = withText(index) { bytes in
            guard bytes.count == 2 else { return nil }
            let letter = bytes[0] & 0xDF  // upper-case ASCII, as `Reliability` does
            guard letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "F"),
                  bytes[1] >= UInt8(ascii: "1"), bytes[1] <= UInt8(ascii: "6") else { return nil }
            return (letter, bytes[1])
        }
        guard let grade = grade ?? nil else { return out.appendNull() }
        out.append(UInt8(ascii: "\""))
        out.append(grade.0)
        out.append(grade.1)
        out.append(UInt8(ascii: "\""))
    }

    /// Writes the `extra` column (with its key set in column `keys`, schema v8) as an object with
    /// its keys in byte order (`{}` for NULL), as ``RevisionRow/decodeExtra(_:keys:)`` and
    /// ``JSONWriter/sortedStringMap(_:)`` give it.
    /// `quote` is the column of the quote its values may refer to (``RevisionRow/extraQuoteText(_:)``).
    func writeExtra(_ index: Int, keys: Int, quote: Int, to out: inout JSONLineBuffer) {
        let isEmpty = withText(index) { $0.count == 2 && $0[0] == UInt8(ascii: "{") && $0[1] == UInt8(ascii: "}") } ?? true
        if isEmpty {
            out.append("{}")
        } else {
            var writer = JSONWriter(capacity: 1024)
            writer.sortedStringMap(RevisionRow.decodeExtra(text(index), keys: text(keys), quote: text(quote)))
            writer.bytes.withUnsafeBufferPointer { out.append($0) }
        }
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
