/// Dates of the taxonomy (`2012`, `2023-10`, `2023-10-17`), read as the first day they can mean.
enum PartialDate {
    /// The earliest calendar day `text` can mean, or `nil` when it is not a date.
    static func earliest(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        let day = parts.count > 2 ? Int(parts[2]) ?? 1 : 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
