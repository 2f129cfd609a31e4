import ClaimsCore
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import GRDB
import GRDBSQLite

/// A tally computed in one pass over the counted claims' narrow columns on `claim` and one over
/// the citations' two narrow indexes, without a GROUP BY: what `claims tally` (and the server's
/// tally API) run. ``TallySQL`` writes the equivalent statement (`claims tally --sql`), and tests
/// hold the two to the same rows for many filters and groupings.
///
/// Why hand-written: the statement (eleven aggregates with the counting rules' `CASE`s, and a
/// second GROUP BY joining the citations for distinct sources) took 4.7× a `GROUP BY model` over
/// the flat table of the same rows (`claims tally --by system --kind intercept`, 173,400 piterfm
/// claims: CPU 0.386 s against 0.082 s); decoding every claim into ``CountedClaim`` for a
/// ``TallyAccumulator`` still took 0.27 s (a `String` per column and per key, the citation table
/// read whole). Here the selection is the statement's own `WHERE` and the keys are its own
/// expressions (region and ISO week are derived once per distinct place or day, as
/// ``TallyAccumulator`` derives them), read in place as bytes and interned: a claim costs a few
/// hash lookups on integers: 0.12 s, 1.3-1.6× the flat `GROUP BY` (at 1,000,000 claims 0.53 s
/// against 1.97 s for the statement); see `bench/README.md` ("One-pass tally").
struct OnePassTally {
    let dimensions: [TallyDimension]
    let regionOf: [String: String]
    let countingSources: Bool

    /// The columns read before the keys: id, whether an intercept, qualifier, count, min, max, launched.
    private static let figureColumns = 7

    /// The rows of the claims `filter` selects (retracted and merged ones never), in key order.
    func rows(_ db: Database, matching filter: ClaimFilter) throws -> [TallyRow] {
        let keyColumns = dimensions.map { dimension -> String in
            switch dimension {
            case .region: return "r.place"  // mapped in Swift: the statement's CASE lists every place of the taxonomy
            case .week: return TallySQL.expression(for: .day, regionOf: [:])  // the day's ISO week, in Swift
            default: return TallySQL.expression(for: dimension, regionOf: regionOf)
            }
        }
        // Whether a claim is an intercept, a literal when the filter decides it (one column less per claim).
        let isIntercept = filter.kinds.isEmpty || filter.kinds.contains(.intercept) ? (filter.kinds == [.intercept] ? "1" : "r.kind = 'intercept'") : "0"
        let query = try DirectQuery(db, sql: """
            SELECT \(countingSources ? "r.id" : "0"), \(isIntercept), r.qualifier, r.count, r.countMin, r.countMax, r.launched\
            \(keyColumns.map { ", " + $0 }.joined())
            FROM claim r
            WHERE \(TallySQL.conditions(for: filter))
            """)
        var interners = dimensions.map { dimension in KeyInterner(derive: derivation(of: dimension)) }
        var groups = GroupIndex(width: dimensions.count)
        var figures: [TallyFigures] = []
        var groupOfClaim = ClaimGroups()
        let qualifiers = ClosedValues<CountQualifier>()
        var codes = [Int32](repeating: 0, count: dimensions.count)
        try query.forEach { row in
            for index in codes.indices {
                codes[index] = interners[index].code(of: row, at: Self.figureColumns + index)
            }
            let group = groups.group(of: codes)
            if group == figures.count { figures.append(TallyFigures()) }
            let id = row.int64(0)
            let qualifier = try qualifiers.required(at: 2, of: row, row: "claim \(id)")
            let exact = row.valueInt(3)
            let isExact = qualifier == .exact && exact != nil  // (then the bounds do not count)
            let count = ClaimCount(
                exact: exact, minimum: isExact ? nil : row.valueInt(4), maximum: isExact ? nil : row.valueInt(5), text: nil, qualifier: qualifier
            )
            // (the kind matters only to the intercept rate)
            figures[group].add(kind: row.int64(1) != 0 ? .intercept : .strike, count: TallyAccumulator.tallied(count), launched: row.valueInt(6))
            if countingSources { groupOfClaim.set(id, group: group) }
        }
        let sources = countingSources && !figures.isEmpty ? try Self.distinctSources(db, groups: figures.count, groupOfClaim: groupOfClaim) : []
        var rows: [TallyRow] = []
        rows.reserveCapacity(figures.count)
        for (group, codes) in groups.keys.enumerated() {
            let keys = codes.enumerated().map { interners[$0.offset].values[Int($0.element)] }
            rows.append(TallyRow(keys: keys, figures: figures[group], sources: countingSources ? sources[group] : 0))
        }
        rows.sort(by: TallyRow.keyOrder)
        return rows
    }

    /// How a key is made from the column read: as read, or (region, week) derived in Swift as
    /// ``TallyAccumulator`` derives it, once per distinct value.
    private func derivation(of dimension: TallyDimension) -> ((String?) -> String?)? {
        switch dimension {
        case .region:
            let regionOf = regionOf
            return { place in place.map { regionOf[$0] ?? $0 } }
        case .week: return { day in day.flatMap { CalendarDate($0)?.isoWeek } }
        default: return nil
        }
    }

    /// The number of distinct sources of each group's claims, from the two narrow indexes on
    /// `citation` instead of the table, whose rows carry the quotes (at 173,400 piterfm claims the
    /// table is 57 MB, the two indexes 3 MB): citation rowid → group from the index by claim, then
    /// the index by source, in source order, so that each (group, source) pair is met in one run
    /// and counted once, without a set of sources per group.
    static func distinctSources(_ db: Database, groups: Int, groupOfClaim: ClaimGroups) throws -> [Int] {
        var groupOfCitation = ClaimGroups()  // (keyed by the citation's rowid)
        try DirectQuery(db, sql: "SELECT rowid, claimId FROM citation").forEach { row in
            if let group = groupOfClaim.group(of: row.int64(1)) { groupOfCitation.set(row.int64(0), group: group) }
        }
        var sources = [Int](repeating: 0, count: groups)
        var lastSource = [Int64?](repeating: nil, count: groups)
        // ORDER BY: the index by source gives this order; without it SQLite sorts.
        try DirectQuery(db, sql: "SELECT sourceId, rowid FROM citation ORDER BY sourceId").forEach { row in
            guard let group = groupOfCitation.group(of: row.int64(1)) else { return }
            let source = row.int64(0)
            if lastSource[group] != source {
                lastSource[group] = source
                sources[group] += 1
            }
        }
        return sources
    }

    /// Streams the (claim id, source id) of every citation from the two narrow indexes on
    /// `citation` (its rowid → source, then claim → rowid) instead of the table, whose rows carry
    /// the quotes: at 173,400 piterfm claims the table is 57 MB, the two indexes 3 MB.
    static func forEachCitationSource(_ db: Database, _ body: (_ claimID: Int64, _ sourceID: Int64) throws -> Void) throws {
        var sourceOfCitation: [Int64] = []  // by rowid; -1: none
        var sparse: [Int64: Int64] = [:]  // rowids far beyond the rows read (a file edited by hand)
        var read = 0
        try DirectQuery(db, sql: "SELECT rowid, sourceId FROM citation").forEach { row in
            let rowid = row.int64(0)
            read += 1
            if rowid >= 0, rowid < Int64(sourceOfCitation.count) {
                sourceOfCitation[Int(rowid)] = row.int64(1)
            } else if rowid >= 0, rowid < Int64(Swift.max(1 << 20, 4 * read)) {
                let count = Swift.max(Int(rowid) + 1, 2 * sourceOfCitation.count)
                sourceOfCitation.append(contentsOf: repeatElement(-1, count: count - sourceOfCitation.count))
                sourceOfCitation[Int(rowid)] = row.int64(1)
            } else {
                sparse[rowid] = row.int64(1)
            }
        }
        try DirectQuery(db, sql: "SELECT rowid, claimId FROM citation").forEach { row in
            let rowid = row.int64(0)
            let dense = rowid >= 0 && rowid < Int64(sourceOfCitation.count) ? sourceOfCitation[Int(rowid)] : -1
            guard let source = dense >= 0 ? dense : sparse[rowid] else { return }  // (both read in one transaction: never)
            try body(row.int64(1), source)
        }
    }
}

/// The keys of one dimension, interned: the bytes a claim's key column holds → a small code, so
/// that a claim costs one hash of a few bytes and no `String`. Codes of values that derive to
/// the same key (two days of one ISO week) are the same.
struct KeyInterner {
    /// The key of each code.
    private(set) var values: [String?] = []
    private var codeOfValue: [String?: Int32] = [:]
    private var nullCode: Int32 = -1
    /// Hash of the bytes → index in `entries` (collisions chain through `next`).
    private var firstEntry: [UInt64: Int32] = [:]
    private var entries: [(bytes: [UInt8], code: Int32, next: Int32)] = []
    private let derive: ((String?) -> String?)?

    init(derive: ((String?) -> String?)?) { self.derive = derive }

    /// The code of the key in column `index` of `row`.
    mutating func code(of row: DirectQuery.Columns, at index: Int) -> Int32 {
        let found: Int32? = row.withValueText(index) { bytes in
            // The previous claim's key first (rows in time order often repeat it).
            if lastEntry >= 0, Self.equal(entries[Int(lastEntry)].bytes, bytes) { return entries[Int(lastEntry)].code }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            var entry = firstEntry[hash] ?? -1
            while entry >= 0 {
                if Self.equal(entries[Int(entry)].bytes, bytes) {
                    lastEntry = entry
                    return entries[Int(entry)].code
                }
                entry = entries[Int(entry)].next
            }
            let code = intern(String(decoding: bytes, as: UTF8.self))
            entries.append((Array(bytes), code, firstEntry[hash] ?? -1))
            lastEntry = Int32(entries.count - 1)
            firstEntry[hash] = lastEntry
            return code
        }
        if let found { return found }
        if nullCode < 0 { nullCode = intern(nil) }
        return nullCode
    }

    private var lastEntry: Int32 = -1

    private static func equal(_ stored: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return stored.isEmpty }
        return stored.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, bytes.count) == 0 }
    }

    private mutating func intern(_ value: String?) -> Int32 {
        let key = derive.map { $0(value) } ?? value
        if let code = codeOfValue[key] { return code }
        let code = Int32(values.count)
        values.append(key)
        codeOfValue[key] = code
        return code
    }
}

/// The groups of a tally by their keys' codes: the first dimension's code is the prefix id of
/// one dimension; each further dimension maps (prefix id, its code) to the next prefix id, in a
/// dictionary of integers; the last ids are the groups, numbered in the order they are met.
struct GroupIndex {
    let width: Int
    /// The codes of each group, in the order the groups were met.
    private(set) var keys: [[Int32]] = []
    /// Level `i`: (prefix id << 32 | code of dimension `i + 1`) → the prefix id of `i + 2` dimensions.
    private var levels: [[UInt64: Int32]]

    init(width: Int) {
        self.width = width
        levels = Array(repeating: [:], count: Swift.max(0, width - 1))
    }

    /// The group of a claim whose keys have these codes (a new group is numbered `keys.count`).
    /// Codes of the first dimension are numbered from 0 in the order they are met, so with one
    /// dimension the code is the group.
    mutating func group(of codes: [Int32]) -> Int {
        guard width > 0 else {
            if keys.isEmpty { keys.append([]) }
            return 0
        }
        var id = codes[0]
        if width == 1 {
            if Int(id) == keys.count { keys.append(codes) }
            return Int(id)
        }
        for level in 0..<(width - 1) {
            let pair = UInt64(UInt32(bitPattern: id)) << 32 | UInt64(UInt32(bitPattern: codes[level + 1]))
            if let next = levels[level][pair] {
                id = next
            } else {
                id = level == width - 2 ? Int32(keys.count) : Int32(levels[level].count)
                levels[level][pair] = id
                if level == width - 2 { keys.append(codes) }
            }
        }
        return Int(id)
    }
}

/// Claim id → its group, for the citations: dense ids in an array (4 bytes each), ids far beyond
/// the claims seen (a file edited by hand) in a dictionary.
struct ClaimGroups {
    private var dense: [Int32] = []  // group + 1; 0: not counted
    private var sparse: [Int64: Int32] = [:]
    private var added = 0

    mutating func set(_ id: Int64, group: Int) {
        added += 1
        if id >= 0, id < Int64(dense.count) {
            dense[Int(id)] = Int32(group + 1)
        } else if id >= 0, id < Int64(Swift.max(1 << 20, 4 * added)) {
            let count = Swift.max(Int(id) + 1, 2 * dense.count)
            dense.append(contentsOf: repeatElement(0, count: count - dense.count))
            dense[Int(id)] = Int32(group + 1)
        } else {
            sparse[id] = Int32(group + 1)
        }
    }

    func group(of id: Int64) -> Int? {
        let stored = id >= 0 && id < Int64(dense.count) ? dense[Int(id)] : sparse[id] ?? 0
        return stored > 0 ? Int(stored - 1) : nil
    }
}

extension DirectQuery.Columns {
    /// The integer of a column, `nil` for NULL, through one `sqlite3_column_value` (the
    /// `sqlite3_value_*` calls that follow take no lock): a tally reads a few per claim.
    func valueInt(_ index: Int) -> Int? {
        let value = sqlite3_column_value(handle, Int32(index))
        return sqlite3_value_type(value) == SQLITE_NULL ? nil : Int(sqlite3_value_int64(value))
    }

    /// ``withText(_:_:)`` through one `sqlite3_column_value`.
    func withValueText<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T? {
        let value = sqlite3_column_value(handle, Int32(index))
        guard sqlite3_value_type(value) != SQLITE_NULL else { return nil }
        // text before bytes: sqlite3_value_bytes then gives the length of the UTF-8 form.
        guard let pointer = sqlite3_value_text(value) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: pointer, count: Int(sqlite3_value_bytes(value))))
    }
}
