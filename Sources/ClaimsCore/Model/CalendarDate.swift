/// A proleptic Gregorian calendar day, without Foundation (parsed from bytes, compared as integers).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date after checking that the day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        let parsed: CalendarDate?? = text.utf8.withContiguousStorageIfAvailable { $0.count == 10 ? CalendarDate(bytes: $0, at: 0, length: 10) : nil }
        if let parsed {
            guard let date = parsed else { return nil }
            self = date
        } else {
            let bytes = Array(text.utf8)
            guard bytes.count == 10, let date = bytes.withUnsafeBufferPointer({ CalendarDate(bytes: $0, at: 0, length: $0.count) }) else { return nil }
            self = date
        }
    }

    /// Parses `YYYY-MM-DD` at `offset` of `bytes` (`length` is the bytes available, at least 10).
    init?(bytes: UnsafeBufferPointer<UInt8>, at offset: Int, length: Int) {
        guard length >= 10, offset + 10 <= bytes.count,
              bytes[offset + 4] == UInt8(ascii: "-"), bytes[offset + 7] == UInt8(ascii: "-"),
              let y = CalendarDate.digits(bytes, offset, 4),
              let m = CalendarDate.digits(bytes, offset + 5, 2),
              let d = CalendarDate.digits(bytes, offset + 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (negative before).
    ///
    /// Howard Hinnant's `days_from_civil` algorithm.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01 (`civil_from_days`).
    public init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        let dow = (daysSinceEpoch % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday
        return dow + 1
    }

    /// The ISO 8601 week, as `YYYY-Www`.
    public var isoWeek: String {
        let thursday = adding(days: 4 - isoWeekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1
        return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { out in
            writeDigits(to: out, at: 0)
            return 10
        }
    }

    /// Writes `YYYY-MM-DD` into `out[offset ..< offset + 10]` (years 0...9999, as the initialisers allow).
    func writeDigits(to out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        let zero = UInt8(ascii: "0")
        out[offset] = zero + UInt8(year / 1000 % 10)
        out[offset + 1] = zero + UInt8(year / 100 % 10)
        out[offset + 2] = zero + UInt8(year / 10 % 10)
        out[offset + 3] = zero + UInt8(year % 10)
        out[offset + 4] = UInt8(ascii: "-")
        out[offset + 5] = zero + UInt8(month / 10)
        out[offset + 6] = zero + UInt8(month % 10)
        out[offset + 7] = UInt8(ascii: "-")
        out[offset + 8] = zero + UInt8(day / 10)
        out[offset + 9] = zero + UInt8(day % 10)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    static func append(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
