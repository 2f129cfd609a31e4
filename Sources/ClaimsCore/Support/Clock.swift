import Foundation

/// The ledger's source of "now", injected so tests and reproducible exports can fix it.
public struct LedgerClock: Sendable {
    /// Seconds since 1970-01-01 UTC.
    public var now: @Sendable () -> Int64

    public init(now: @escaping @Sendable () -> Int64) {
        self.now = now
    }

    /// The system clock: when revisions are recorded, and "today" for validation.
    public static let system = LedgerClock { Int64(Date().timeIntervalSince1970) }

    /// For reproducibility stamps: the system clock, or `SOURCE_DATE_EPOCH` when that variable is
    /// set (the reproducible-builds convention), so that exports and reports can be regenerated
    /// byte for byte.
    public static let live = LedgerClock {
        // getenv, not ProcessInfo: building the environment dictionary on every call is costly,
        // and reading it once would miss a later change (tests set it).
        if let fixed = getenv("SOURCE_DATE_EPOCH"), let seconds = Int64(String(cString: fixed)) {
            return seconds
        }
        return Int64(Date().timeIntervalSince1970)
    }

    /// A clock stopped at `seconds`.
    public static func constant(_ seconds: Int64) -> LedgerClock {
        LedgerClock { seconds }
    }

    /// Now as `YYYY-MM-DDTHH:MM:SSZ`.
    public func timestamp() -> String { Self.timestamp(now()) }

    /// Today's date (UTC).
    public func today() -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int((now() - (now() % 86_400 + 86_400) % 86_400) / 86_400))
    }

    /// Formats epoch seconds as `YYYY-MM-DDTHH:MM:SSZ`.
    public static func timestamp(_ seconds: Int64) -> String {
        let secondOfDay = Int((seconds % 86_400 + 86_400) % 86_400)
        let days = Int((seconds - Int64(secondOfDay)) / 86_400)
        var out = Array(CalendarDate(daysSinceEpoch: days).description.utf8)
        out.append(UInt8(ascii: "T"))
        CalendarDate.append(secondOfDay / 3600, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        CalendarDate.append(secondOfDay / 60 % 60, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        CalendarDate.append(secondOfDay % 60, width: 2, to: &out)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }
}

/// The tool's version, printed by `--version` and stamped into exports and reports.
public enum ToolVersion {
    public static let current = "0.1.0"
}
