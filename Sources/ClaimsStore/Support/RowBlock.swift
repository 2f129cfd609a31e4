import ClaimsCore
import GRDBSQLite

/// Rows of one query copied out of SQLite into flat memory: per column a ``Slot`` (NULL, an
/// integer, or the offset and length of its bytes in one arena), so that another thread can
/// read them after the statement has stepped on (``ClaimLineWriter``).
///
/// Why: the JSON Lines export spends more CPU stepping SQLite than formatting; copying each row's
/// columns as they are (a call or two and a short copy each) lets one thread step while the other
/// formats. Over 1,000,000 claims (perf, load average 5): the stepping and copying thread 3.0 s
/// of CPU, the formatting thread 1.0 s. Blocks are reused: nothing is allocated per row once they
/// have grown.
final class RowBlock: @unchecked Sendable {
    /// How a column is read: as SQLite's integer, text, or a hash (a blob or text).
    enum Read: Sendable {
        case int, text, hash
    }

    /// One column of one row.
    struct Slot {
        enum Kind: UInt8 { case null, int, text, blob }
        /// The integer, or the offset of the bytes in the arena.
        var value: Int64
        var length: Int32
        var kind: Kind
    }

    private let reads: [Read]
    private let isUTF8: Bool
    /// The columns' names, for error messages.
    let names: [String]
    var width: Int { reads.count }
    private var slots: UnsafeMutablePointer<Slot>
    private var slotCapacity: Int
    private var arena = JSONLineBuffer(capacity: 1 << 20)
    /// The number of rows copied.
    private(set) var rowCount = 0

    /// A block for the rows of `statement`, its columns read as `reads` say. `isUTF8`: whether
    /// the database stores text as UTF-8 (then text is copied as stored; else converted).
    init(statement: OpaquePointer, reads: [Read], isUTF8: Bool) {
        precondition(Int(sqlite3_column_count(statement)) == reads.count, "one read per column")
        self.reads = reads
        self.isUTF8 = isUTF8
        names = (0..<Int32(reads.count)).map { sqlite3_column_name(statement, $0).map { String(cString: $0) } ?? "?" }
        slotCapacity = reads.count * 1024
        slots = .allocate(capacity: slotCapacity)
    }

    deinit {
        slots.deallocate()
    }

    /// Empties the block, keeping its memory.
    func removeAll() {
        rowCount = 0
        arena.removeAll()
    }

    /// The bytes copied so far (the arena's size).
    var byteCount: Int { arena.count }

    /// Copies the current row of `statement`.
    func copyRow(of statement: OpaquePointer) {
        let width = reads.count
        if (rowCount + 1) * width > slotCapacity {
            let bigger = UnsafeMutablePointer<Slot>.allocate(capacity: slotCapacity * 2)
            bigger.moveInitialize(from: slots, count: rowCount * width)
            slots.deallocate()
            slots = bigger
            slotCapacity *= 2
        }
        Self.copyColumns(of: statement, reads: reads, isUTF8: isUTF8, into: slots + rowCount * width, arena: &arena)
        rowCount += 1
    }

    /// Copies the current row's columns into `row` and their bytes into `arena` (one access to
    /// the arena per row: a class's stored property is checked for exclusive access on each).
    private static func copyColumns(
        of statement: OpaquePointer, reads: [Read], isUTF8: Bool, into row: UnsafeMutablePointer<Slot>, arena: inout JSONLineBuffer
    ) {
        reads.withUnsafeBufferPointer { reads in
            for column in 0..<reads.count {
                let index = Int32(column)
                switch reads[column] {
                case .int:
                    let value = sqlite3_column_int64(statement, index)
                    // (a zero may be a NULL: only then is the type asked)
                    if value == 0, sqlite3_column_type(statement, index) == SQLITE_NULL {
                        row[column] = Slot(value: 0, length: 0, kind: .null)
                    } else {
                        row[column] = Slot(value: value, length: 0, kind: .int)
                    }
                case .text:
                    row[column] = copyText(statement, index, isUTF8: isUTF8, arena: &arena)
                case .hash:
                    switch sqlite3_column_type(statement, index) {
                    case SQLITE_BLOB:
                        let count = Int(sqlite3_column_bytes(statement, index))
                        let pointer = sqlite3_column_blob(statement, index)
                        let offset = arena.count
                        if count > 0, let pointer {
                            arena.append(UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: count))
                        }
                        row[column] = Slot(value: Int64(offset), length: Int32(pointer == nil ? 0 : count), kind: .blob)
                    case SQLITE_NULL:
                        row[column] = Slot(value: 0, length: 0, kind: .null)
                    default:
                        row[column] = copyText(statement, index, isUTF8: isUTF8, arena: &arena)
                    }
                }
            }
        }
    }

    /// Copies a text column. The bytes are read with `sqlite3_column_blob`, which for a UTF-8
    /// database gives the text's own bytes (a number as its text, as `sqlite3_column_text`) but,
    /// unlike `sqlite3_column_text`, does not copy a value read off a page into a buffer of its own
    /// to end it with a NUL (a `malloc` and a `memcpy` per column; `memmove` was ~5% of the
    /// stepping thread's samples with it; CPU 4.2 -> 4.0 s median of three over 1,000,000
    /// claims, load average 8-9).
    private static func copyText(_ statement: OpaquePointer, _ index: Int32, isUTF8: Bool, arena: inout JSONLineBuffer) -> Slot {
        // blob (or text) before bytes: sqlite3_column_bytes then gives the length of that form. A
        // NULL pointer is a NULL, or empty text (or, out of memory, text read as empty, as
        // `withText` reads it).
        let text = isUTF8 ? sqlite3_column_blob(statement, index) : sqlite3_column_text(statement, index).map { UnsafeRawPointer($0) }
        guard let raw = text else {
            let isNull = sqlite3_column_type(statement, index) == SQLITE_NULL
            return Slot(value: 0, length: 0, kind: isNull ? .null : .text)
        }
        let pointer = raw.assumingMemoryBound(to: UInt8.self)
        let count = Int(sqlite3_column_bytes(statement, index))
        let offset = arena.count
        if count <= 64 { arena.appendShort(pointer, count: count) } else { arena.append(UnsafeBufferPointer(start: pointer, count: count)) }
        return Slot(value: Int64(offset), length: Int32(count), kind: .text)
    }

    /// Calls `body` with the rows (valid only inside it; the block must not change meanwhile).
    func withRows<T>(_ body: (Rows) throws -> T) rethrows -> T {
        try arena.withBytes { bytes in
            try body(Rows(slots: UnsafePointer(slots), arena: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, width: width, count: rowCount, block: Unmanaged.passUnretained(self)))
        }
    }

    /// The rows of a block, by index.
    struct Rows {
        let slots: UnsafePointer<Slot>
        let arena: UnsafePointer<UInt8>
        let width: Int
        let count: Int
        let block: Unmanaged<RowBlock>

        subscript(row: Int) -> Row {
            Row(slots: slots + row * width, arena: arena, block: block)
        }
    }

    /// One row of a block.
    struct Row {
        let slots: UnsafePointer<Slot>
        let arena: UnsafePointer<UInt8>
        let block: Unmanaged<RowBlock>

        /// Whether the column is NULL.
        func isNull(_ index: Int) -> Bool { slots[index].kind == .null }

        /// The integer of a column read as one (0 for NULL).
        func int64(_ index: Int) -> Int64 { slots[index].kind == .int ? slots[index].value : 0 }

        /// The bytes of a text column, `nil` for NULL.
        func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
            let slot = slots[index]
            guard slot.kind == .text || slot.kind == .blob else { return nil }
            return UnsafeBufferPointer(start: arena + Int(slot.value), count: Int(slot.length))
        }

        /// The text of a column, `nil` for NULL (an error message's or a rare field's).
        func text(_ index: Int) -> String? {
            bytes(index).map { String(decoding: $0, as: UTF8.self) }
        }

        /// The column's name in the query.
        func name(_ index: Int) -> String { block.takeUnretainedValue().names[index] }
    }
}

// MARK: - Writing columns

extension RowBlock.Row {
    /// Writes an integer column, `null` for NULL.
    func writeInt(_ index: Int, to out: inout JSONLineBuffer) {
        if isNull(index) { out.appendNull() } else { out.appendInt(int64(index)) }
    }

    /// Writes a text column as a JSON string; NULL as `null`, or as `""` when `nullAsEmpty`.
    func writeText(_ index: Int, to out: inout JSONLineBuffer, nullAsEmpty: Bool = false) {
        if let text = bytes(index) {
            out.appendString(utf8: text)
        } else if nullAsEmpty {
            out.append("\"\"")
        } else {
            out.appendNull()
        }
    }

    /// A time column parsed (``EventTime``), `nil` for NULL or text that is not a time.
    func eventTime(_ index: Int) -> EventTime? {
        bytes(index).flatMap { EventTime(utf8: $0) }
    }

    /// Writes a time column in its canonical form, `null` when it is not a time.
    func writeEventTime(_ index: Int, to out: inout JSONLineBuffer) {
        out.appendString(eventTime(index))
    }

    /// Writes a hash column as its lower-case hex digits (a blob) or as stored (text); NULL as `""`
    /// (``RevisionHash/text(_:)``).
    func writeHash(_ index: Int, to out: inout JSONLineBuffer) {
        let slot = slots[index]
        switch slot.kind {
        case .blob:
            guard slot.length > 0 else { return out.append("\"\"") }
            out.appendHexString(UnsafeRawBufferPointer(start: arena + Int(slot.value), count: Int(slot.length)))
        case .null:
            out.append("\"\"")
        default:
            writeText(index, to: &out)
        }
    }

    /// Writes a reliability column (``Reliability/description``: the letter upper-cased), `null`
    /// for NULL or anything that is not a grade.
    func writeReliability(_ index: Int, to out: inout JSONLineBuffer) {
        guard let text = bytes(index), text.count == 2 else { return out.appendNull() }
        let letter = text[0] & 0xDF  // upper-case ASCII, as `Reliability` does
        guard letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "F"),
              text[1] >= UInt8(ascii: "1"), text[1] <= UInt8(ascii: "6") else { return out.appendNull() }
        out.append(UInt8(ascii: "\""))
        out.append(letter)
        out.append(text[1])
        out.append(UInt8(ascii: "\""))
    }

    /// Writes the `extra` column (with its key set in column `keys`, schema v8) as an object with
    /// its keys in byte order (`{}` for NULL), as ``RevisionRow/decodeExtra(_:keys:quote:)`` and
    /// ``JSONWriter/sortedStringMap(_:)`` give it.
    /// `quote` is the column of the quote its values may refer to (``RevisionRow/extraQuoteText(_:)``).
    func writeExtra(_ index: Int, keys: Int, quote: Int, to out: inout JSONLineBuffer) {
        let isEmpty = bytes(index).map { $0.count == 2 && $0[0] == UInt8(ascii: "{") && $0[1] == UInt8(ascii: "}") } ?? true
        if isEmpty {
            out.append("{}")
        } else {
            var writer = JSONWriter(capacity: 1024)
            writer.sortedStringMap(RevisionRow.decodeExtra(text(index), keys: text(keys), quote: text(quote)))
            writer.bytes.withUnsafeBufferPointer { out.append($0) }
        }
    }

    /// Checks that a closed value's column (kind, side, qualifier, status, action) holds one of
    /// its raw values; the column's text is then written as it is.
    ///
    /// - Throws: ``StoreError/database(_:)`` naming the row's `what` and the column, for NULL or
    ///   any other text (a row edited by hand), as ``ClosedValues/required(at:of:row:)`` does.
    func checkClosed<Value>(_ index: Int, of values: ClosedValues<Value>, row what: @autoclosure () -> String) throws {
        if let text = bytes(index), values.contains(text) { return }
        throw StoreError.database("\(what()): unexpected \(name(index)) '\(text(index) ?? "NULL")'")
    }
}
