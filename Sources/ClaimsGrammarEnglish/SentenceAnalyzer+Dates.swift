import ClaimsCore
import ClaimsExtraction

/// Event dates from relative words ("on Wednesday", "overnight", "yesterday") and explicit dates
/// ("May 15", "15 May 2024", "2024-05-15"), resolved against the publication date; and
/// background wording ("since the start of the war", "last year", "in March 2022") that makes a
/// sentence history rather than a claim about a new event.
extension SentenceAnalyzer {
    struct DateFind {
        var window: EventWindow?
        var isBackground = false
    }

    /// Whether the token is in a clause that opens with a comma and an "-ing" word ("..., marking
    /// the 19th such attack since ...", "..., bringing the total since ...").
    func isInTrailingGerundClause(_ position: Int) -> Bool {
        var index = position - 1
        while index > 0, position - index <= 12 {
            if tokens[index].isMark(Mark.comma) {
                let next = tokens[index + 1]
                guard next.isWord, next.end - next.start > 4 else { return false }
                let end = Int(next.end)
                return text[end - 3] == UInt8(ascii: "i") && text[end - 2] == UInt8(ascii: "n") && text[end - 1] == UInt8(ascii: "g")
            }
            index -= 1
        }
        return false
    }

    /// How many days before publication an explicit date may lie and still be news.
    static let newsDays = 7

    func findDate() -> DateFind {
        var found = DateFind()
        func set(_ window: EventWindow) {
            if found.window == nil { found.window = window }
            if let published, window.end.date.daysSinceEpoch < published.daysSinceEpoch - Self.newsDays {
                found.isBackground = true
            }
        }
        let count = tokens.count
        let throughout = Self.throughoutKey, during = Self.duringKey  // (read once: each read is a `swift_once` call)
        for index in 0..<count {
            let token = tokens[index]
            guard token.kind != .punct else { continue }
            let next = index + 1 < count ? tokens[index + 1] : nil
            let previous = index > 0 ? tokens[index - 1] : nil
            if token.has(.weekday) {
                if previous?.key == Self.nextKey { continue }
                if let day = weekdayDate(Int(token.value), strictlyBefore: previous?.word == .last) {
                    // "from Monday to today", "from Monday until Friday": a span, not a day.
                    if previous?.key == Self.fromKey, index + 2 < count, tokens[index + 1].word == .to || tokens[index + 1].key == Self.untilKey {
                        let last = tokens[index + 2]
                        if last.word == .today, let published {
                            set(EventWindow(start: EventTime(date: day), end: EventTime(date: published)))
                            continue
                        }
                        if last.has(.weekday), let end = weekdayDate(Int(last.value), strictlyBefore: false), day <= end {
                            set(EventWindow(start: EventTime(date: day), end: EventTime(date: end)))
                            continue
                        }
                    }
                    set(EventWindow(start: EventTime(date: day)))
                }
                continue
            }
            if token.has(.month) {
                // "for the first time since the Oct. 7 outbreak": the date of the comparison, not of the event.
                let afterSince = (max(0, index - 3)..<index).contains { tokens[$0].word == .since }
                if afterSince, explicitDate(month: index) != nil { continue }
                if let date = explicitDate(month: index) { set(EventWindow(start: EventTime(date: date))) }
                else if previous?.word == .in || previous?.word == .since, let published, isEarlierMonth(Int(token.value), index, published) {
                    found.isBackground = true
                }
                continue
            }
            if token.kind == .number, let date = isoDate(at: index) {
                set(EventWindow(start: EventTime(date: date)))
                continue
            }
            if token.kind == .number, (1900...2100).contains(token.value), let published, Int(token.value) < published.year,
               previous?.word == .in || previous?.word == .since || previous?.key == Self.duringKey || previous?.key == Self.untilKey {
                found.isBackground = true
                continue
            }
            switch token.word {
            case .overnight, .tonight:
                if let published { set(EventWindow(start: EventTime(date: published.adding(days: -1)), end: EventTime(date: published))) }
            case .night where previous?.word == .last:
                if let published { set(EventWindow(start: EventTime(date: published.adding(days: -1)), end: EventTime(date: published))) }
            case .yesterday:
                if let published { set(EventWindow(start: EventTime(date: published.adding(days: -1)))) }
            case .today:
                if let published { set(EventWindow(start: EventTime(date: published))) }
            case .morning, .afternoon, .evening:
                if previous?.word == .this, let published { set(EventWindow(start: EventTime(date: published))) }
            case .since:
                // "a record since the invasion", "the largest attack since 2022": a comparison, not a span.
                // (So is a clause after the claim: "..., marking the 19th such attack since October".)
                let comparison = (max(0, index - 4)..<index).contains { Self.superlativeKeys.contains(tokens[$0].key) }
                    || isInTrailingGerundClause(index)
                if !comparison, let next, next.word == .the || next.word == .start || next.word == .beginning || next.word == .invasion
                    || next.word == .war || next.word == .full || next.has(.month) || next.kind == .number
                    || next.word == .outbreak || next.key == Self.thenKey || next.key == Self.februaryKey {
                    found.isBackground = true
                }
            case .last, .this, .past, .recent, .previous:
                // "last year", "this month", "over the past months", "the past two weeks", "in the past."
                if let next, Self.periodKeys.contains(next.key) || (next.isNumeric && index + 2 < count && Self.periodKeys.contains(tokens[index + 2].key)) {
                    found.isBackground = true
                }
                if token.word == .past, previous?.word == .the, next == nil || next!.isPunct { found.isBackground = true }
            case .previously, .recently:
                found.isBackground = true  // "Ukraine recently fired ...": earlier events, told as background
            case .ago:
                // ("a short time ago", "minutes ago", "an hour ago": the news of the day, not history.)
                if !(max(0, index - 3)..<index).contains(where: { Self.momentKeys.contains(tokens[$0].key) }) { found.isBackground = true }
            case .so where next?.word == .far && index + 2 < count && (tokens[index + 2].word == .this || tokens[index + 2].word == .in):
                found.isBackground = true
            case .to where next?.word == .date:
                found.isBackground = true
            default:
                if token.key == throughout || token.key == during, next?.word == .war
                    || (next?.word == .the && index + 2 < count && Self.longSpanKeys.contains(tokens[index + 2].key)) {
                    found.isBackground = true  // "throughout the war", "during the war", not "during the past day"
                }
                // "Russians attack with guided bombs every day": a habit, not an event.
                if token.word == .every || token.word == .each, let next, Self.habitKeys.contains(next.key) {
                    found.isBackground = true
                }
            }
        }
        return found
    }

    /// The most recent `weekday` (1 = Monday) on or before publication.
    private func weekdayDate(_ weekday: Int, strictlyBefore: Bool) -> CalendarDate? {
        guard let published, (1...7).contains(weekday) else { return nil }
        var delta = (published.isoWeekday - weekday + 7) % 7
        if strictlyBefore, delta == 0 { delta = 7 }
        return published.adding(days: -delta)
    }

    /// "May 15", "May 15, 2024", "15 May", "Nov. 17".
    private func explicitDate(month index: Int) -> CalendarDate? {
        let month = Int(tokens[index].value)
        var day: Int?
        var yearIndex = index + 1
        var after = index + 1
        if after < tokens.count, tokens[after].isMark(Mark.period) { after += 1 }
        if after < tokens.count, tokens[after].kind == .number, (1...31).contains(tokens[after].value) {
            day = Int(tokens[after].value)
            yearIndex = after + 1
        } else if index > 0, tokens[index - 1].kind == .number, (1...31).contains(tokens[index - 1].value) {
            day = Int(tokens[index - 1].value)
        }
        guard let day else { return nil }
        if yearIndex < tokens.count, tokens[yearIndex].isMark(Mark.comma) { yearIndex += 1 }
        if yearIndex < tokens.count, tokens[yearIndex].kind == .number, (1900...2100).contains(tokens[yearIndex].value) {
            return CalendarDate(year: Int(tokens[yearIndex].value), month: month, day: day)
        }
        guard let published, let date = CalendarDate(year: published.year, month: month, day: day) else { return nil }
        if date.daysSinceEpoch > published.daysSinceEpoch + 2 {
            return CalendarDate(year: published.year - 1, month: month, day: day)
        }
        return date
    }

    /// "2024-05-15" written as one run of tokens.
    private func isoDate(at index: Int) -> CalendarDate? {
        guard index + 4 < tokens.count, tokens[index].end - tokens[index].start == 4,
              tokens[index + 1].isMark(Mark.hyphen), tokens[index + 3].isMark(Mark.hyphen),
              tokens[index + 2].kind == .number, tokens[index + 4].kind == .number
        else { return nil }
        return CalendarDate(year: Int(tokens[index].value), month: Int(tokens[index + 2].value), day: Int(tokens[index + 4].value))
    }

    /// "in March" when March is before the publication month, "in March 2022".
    private func isEarlierMonth(_ month: Int, _ index: Int, _ published: CalendarDate) -> Bool {
        if index + 1 < tokens.count, tokens[index + 1].kind == .number, (1900...2100).contains(tokens[index + 1].value) {
            let year = Int(tokens[index + 1].value)
            return year < published.year || (year == published.year && month < published.month)
        }
        return month != published.month
    }

    static let nextKey = Lexicon.key("next")
    static let thenKey = Lexicon.key("then")
    static let februaryKey = Lexicon.key("february")
    static let duringKey = Lexicon.key("during")
    static let untilKey = Lexicon.key("until")
    /// "last year", "the past two months": totals over a span, not the report of an event. A
    /// single week is the span of a weekly report ("over the past week Russia launched ...").
    static let periodKeys: KeySet = KeySet([
        "year", "years", "month", "months", "weeks", "summer", "winter", "spring", "autumn", "fall", "decade",
        "decades",
    ])

    static let fromKey = Lexicon.key("from")

    static let habitKeys: KeySet = KeySet(["day", "night", "week", "morning", "evening", "hour"])

    /// "a short time ago", "minutes ago", "an hour ago", "moments ago": a recent event.
    static let momentKeys: KeySet = KeySet(["short", "minutes", "minute", "hour", "hours", "moments", "moment"])
    static let superlativeKeys: KeySet = KeySet([
        "record", "largest", "biggest", "heaviest", "most", "highest", "first", "worst", "massive",
    ])

    /// What "during the ..." must name to be background rather than the report's own period.
    static let longSpanKeys: KeySet = KeySet([
        "war", "invasion", "conflict", "year", "years", "month", "months", "weeks", "summer", "winter", "spring",
        "autumn", "offensive", "occupation", "campaign",
    ])
    static let throughoutKey = Lexicon.key("throughout")
}
