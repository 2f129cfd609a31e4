/// A point in time as the ledger stores it: a day, optionally with a time of day (local time of
/// the report, e.g. Kyiv time for Ukrainian Air Force reports), or only a month.
///
/// Accepted text: `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD HH:MM` (seconds and a
/// trailing zone are accepted and dropped: the ledger keeps minutes). The canonical text is
/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` or `YYYY-MM`.
public struct EventTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The day (the first of the month when `precision` is `.month`).
    public let date: CalendarDate
    /// Minutes after midnight, when the time of day is known.
    public let minuteOfDay: Int?
    public let precision: EventPrecision

    public init(date: CalendarDate, minuteOfDay: Int? = nil) {
        self.date = date
        self.minuteOfDay = minuteOfDay
        self.precision = minuteOfDay == nil ? .day : .minute
    }

    private init(month date: CalendarDate) {
        self.date = date
        self.minuteOfDay = nil
        self.precision = .month
    }

    /// Parses the accepted forms; `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let parsed: EventTime?? = text.utf8.withContiguousStorageIfAvailable { EventTime(bytes: $0) }
        if let parsed {
            guard let time = parsed else { return nil }
            self = time
        } else {
            guard let time = Array(text.utf8).withUnsafeBufferPointer({ EventTime(bytes: $0) }) else { return nil }
            self = time
        }
    }

    /// Parses the accepted forms from UTF-8 bytes without allocating (exports read columns in
    /// place); `nil` for anything else.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes: bytes)
    }

    /// Parses UTF-8 bytes without allocating.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count == 7 {
            guard bytes[4] == UInt8(ascii: "-"), let year = CalendarDate.digits(bytes, 0, 4), let month = CalendarDate.digits(bytes, 5, 2),
                  let date = CalendarDate(year: year, month: month, day: 1)
            else { return nil }
            self.init(month: date)
            return
        }
        guard bytes.count >= 10, let date = CalendarDate(bytes: bytes, at: 0, length: 10) else { return nil }
        if bytes.count == 10 {
            self.init(date: date)
            return
        }
        // Time of day: [T ]HH:MM[:SS[.fff]][Z|±HH:MM]
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "t"),
              bytes[13] == UInt8(ascii: ":"),
              let hour = CalendarDate.digits(bytes, 11, 2), let minute = CalendarDate.digits(bytes, 14, 2),
              hour < 24, minute < 60
        else { return nil }
        var index = 16
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard bytes.count >= 19, let second = CalendarDate.digits(bytes, 17, 2), second < 61 else { return nil }
            index = 19
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            }
        }
        if index < bytes.count {
            let zone = bytes[index...]
            let isUTC = zone.count == 1 && (zone.first == UInt8(ascii: "Z") || zone.first == UInt8(ascii: "z"))
            let isOffset = (zone.count == 6 || zone.count == 5)
                && (zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-"))
            guard isUTC || isOffset else { return nil }
        }
        self.init(date: date, minuteOfDay: hour * 60 + minute)
    }

    public var description: String {
        switch precision {
        case .month:
            return String(date.description.prefix(7))
        case .day:
            return date.description
        case .minute:
            let minutes = minuteOfDay ?? 0
            let (hour, minute) = (UInt8(minutes / 60 % 100), UInt8(minutes % 60))
            return String(unsafeUninitializedCapacity: 16) { out in
                date.writeDigits(to: out, at: 0)
                out[10] = UInt8(ascii: "T")
                out[11] = UInt8(ascii: "0") + hour / 10
                out[12] = UInt8(ascii: "0") + hour % 10
                out[13] = UInt8(ascii: ":")
                out[14] = UInt8(ascii: "0") + minute / 10
                out[15] = UInt8(ascii: "0") + minute % 10
                return 16
            }
        }
    }

    public static func < (lhs: EventTime, rhs: EventTime) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        return (lhs.minuteOfDay ?? -1) < (rhs.minuteOfDay ?? -1)
    }
}

/// When a claimed event happened: a window from `start` to `end` (equal for a single day).
public struct EventWindow: Sendable, Hashable {
    public var start: EventTime
    public var end: EventTime

    public init(start: EventTime, end: EventTime? = nil) {
        self.start = start
        self.end = end ?? start
    }

    /// The coarser precision of the two ends.
    public var precision: EventPrecision {
        if start.precision == .month || end.precision == .month { return .month }
        if start.precision == .day || end.precision == .day { return .day }
        return .minute
    }

    /// The day the event is attributed to in daily tallies: the end of the window (an overnight
    /// attack from 18:00 to 08:00 is reported on the morning it ended).
    public var day: CalendarDate { end.date }
}
