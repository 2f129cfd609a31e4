/// Parses how a count is worded ("10", "ten", "at least 20", "up to 17", "20-25", "several",
/// "a dozen", "dozens") into a ``ClaimCount``. Shared by `claims add --count-text` and the
/// extractor.
public enum CountWords {
    /// Parses a count phrase; `nil` when it holds no count wording at all.
    public static func parse(_ text: String) -> ClaimCount? {
        var words = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .map(String.init)
        guard !words.isEmpty else { return nil }
        let original = text.trimmingSpaces()
        // "just over 40", "only 5": emphasis words do not change the bounds.
        while words.count > 1, emphasis.contains(words[0]) { words.removeFirst() }

        // "between 20 and 25"
        if words.count == 4, words[0] == "between", words[2] == "and", let low = number(words[1]), let high = number(words[3]), low <= high {
            return ClaimCount(exact: nil, minimum: low, maximum: high, text: original, qualifier: .range)
        }
        // "a total of 20"
        if words.count >= 4, words[0] == "a", words[1] == "total", words[2] == "of", let value = number(words[3...].joined(separator: " ")) {
            return .exactly(value, text: original)
        }

        // "20-25", "20–25", "20 to 25"
        if words.count == 1, let range = splitRange(words[0]) {
            return ClaimCount(exact: nil, minimum: range.0, maximum: range.1, text: original, qualifier: .range)
        }
        if words.count == 3, words[1] == "to" || words[1] == "or", let low = number(words[0]), let high = number(words[2]), low <= high {
            return ClaimCount(exact: nil, minimum: low, maximum: high, text: original, qualifier: .range)
        }
        if words.count == 1 || (words.count == 2 && words[0] == "a" || words.count == 2 && words[0] == "an"), let value = number(words.joined(separator: " ")) {
            return .exactly(value, text: words.count == 1 && Int(words[0]) != nil ? nil : original)
        }
        let phrase = words.joined(separator: " ")
        for (prefix, qualifier) in prefixes where phrase.hasPrefix(prefix) {
            let rest = String(phrase.dropFirst(prefix.count))
            guard let value = number(rest) else { continue }
            switch qualifier {
            // Bounds keep the figure the text states ("more than 40" → at least 40, "fewer than 10"
            // → at most 10): a looser bound than the strict reading, but the one a reader can check
            // against the words, and the one gold annotations record.
            case .atLeast:
                return ClaimCount(exact: nil, minimum: value, maximum: nil, text: original, qualifier: .atLeast)
            case .upTo:
                return ClaimCount(exact: nil, minimum: 0, maximum: value, text: original, qualifier: .upTo)
            case .about:
                // A rough figure keeps its value as both bounds; the qualifier keeps it out of sums.
                return ClaimCount(exact: nil, minimum: value, maximum: value, text: original, qualifier: .about)
            default:
                continue
            }
        }
        if let value = number(phrase) {
            return .exactly(value, text: original)  // "two hundred", "two dozen"
        }
        if vague.contains(phrase) {
            return .unknown(text: original)
        }
        return nil
    }

    /// A number written as digits ("12", "1,200", "123.0") or words ("twelve", "a dozen", "both").
    public static func number(_ text: String) -> Int? {
        var digits = ""
        var sawDigit = false
        var valid = true
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                sawDigit = true
            } else if character == "," && sawDigit {
                continue
            } else {
                valid = false
                break
            }
        }
        if valid, sawDigit { return Int(digits) }
        if text.hasSuffix(".0"), let value = Int(text.dropLast(2)) { return value }
        if let value = words[text] { return value }
        return composite(text)
    }

    /// "two hundred and fifty", "two dozen", "3 thousand": units and tens add, "hundred" and
    /// "dozen" multiply, "thousand" closes a group.
    static func composite(_ text: String) -> Int? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count > 1 else { return nil }
        var total = 0
        var current = 0
        for part in parts {
            switch part {
            case "and": continue
            case "a", "an": current = max(current, 1)
            case "hundred": current = max(current, 1) * 100
            case "dozen": current = max(current, 1) * 12
            case "thousand":
                total += max(current, 1) * 1000
                current = 0
            default:
                guard let value = Int(part) ?? words[String(part)], value < 100 || Int(part) != nil else { return nil }
                current += value
            }
        }
        let value = total + current
        return value > 0 ? value : nil
    }

    /// Words that only add emphasis in front of a count ("just over 40").
    private static let emphasis: Set<String> = ["just", "well", "only", "exactly", "precisely"]

    /// Number words up to ninety-nine, plus "a dozen", "both", "a pair of".
    public static let words: [String: Int] = {
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var table: [String: Int] = [:]
        for (value, word) in units.enumerated() { table[word] = value }
        for ten in 2..<10 {
            table[tens[ten]] = ten * 10
            for unit in 1..<10 {
                table["\(tens[ten])-\(units[unit])"] = ten * 10 + unit
                table["\(tens[ten]) \(units[unit])"] = ten * 10 + unit
            }
        }
        table["a"] = 1
        table["an"] = 1
        table["single"] = 1
        table["a single"] = 1
        table["both"] = 2
        table["another"] = 1
        table["a pair"] = 2
        table["a couple"] = 2
        table["dozen"] = 12
        table["a dozen"] = 12
        table["one hundred"] = 100
        table["a hundred"] = 100
        table["hundred"] = 100
        return table
    }()

    /// Words that say "some, but we don't know how many".
    public static let vague: Set<String> = [
        "several", "some", "a few", "few", "many", "numerous", "multiple", "dozens", "dozens of",
        "hundreds", "scores", "a number", "a number of", "a series", "a series of", "a barrage",
        "massive", "a group", "a group of", "a swarm", "unknown", "", "missiles", "drones", "rockets",
    ]

    /// Qualifiers of a count, each with the space that separates it from the number (made once:
    /// `prefix + " "` for each of them on every call was a string allocation per prefix, while
    /// `claims extract` parses count phrases in every sentence that has one).
    private static let prefixes: [(String, CountQualifier)] = ([
        ("at least", .atLeast), ("more than", .atLeast), ("over", .atLeast), ("no fewer than", .atLeast),
        ("no less than", .atLeast), ("upwards of", .atLeast),
        ("up to", .upTo), ("as many as", .upTo), ("no more than", .upTo), ("not more than", .upTo),
        ("fewer than", .upTo), ("less than", .upTo), ("under", .upTo), ("below", .upTo), ("not less than", .atLeast),
        ("in excess of", .atLeast), ("close to", .about),
        ("about", .about), ("around", .about), ("approximately", .about), ("roughly", .about), ("some", .about),
        ("nearly", .about), ("almost", .about), ("an estimated", .about),
    ] as [(String, CountQualifier)]).map { ($0.0 + " ", $0.1) }

    private static func splitRange(_ word: String) -> (Int, Int)? {
        // Both ends are integers (`Int` reads an optional sign, then digits): a word starting
        // otherwise ("forty-two") is no range, without splitting it three times by Character.
        guard let lead = word.utf8.first, (lead >= 0x30 && lead <= 0x39) || lead == 0x2B || lead == 0x2D else { return nil }
        for separator in ["-", "–", "—"] {
            let parts = word.splitting(on: separator)
            if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low <= high {
                return (low, high)
            }
        }
        return nil
    }
}

extension String {
    /// Splits on a separator string (no Foundation).
    func splitting(on separator: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var rest = Substring(self)
        while !rest.isEmpty {
            if rest.hasPrefix(separator) {
                parts.append(current)
                current = ""
                rest = rest.dropFirst(separator.count)
            } else {
                current.append(rest.removeFirst())
            }
        }
        parts.append(current)
        return parts
    }
}
