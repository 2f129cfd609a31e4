#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the rule catalogue of SPEC §5 over claims.
///
/// Per-claim rules live here (``check(_:)``); rules that compare claims with each other run over an
/// index (``CrossIndex``), so validating a whole ledger is one pass, never pairwise.
///
/// ```swift
/// let validator = Validator(taxonomy: taxonomy, today: clock.today())
/// let findings = validator.check(facts)
/// if findings.contains(where: { $0.severity == .error }) { /* refuse the write */ }
/// ```
public struct Validator: Sendable {
    public let taxonomy: Taxonomy
    /// Publication later than this is in the future (today plus one day of time-zone slack).
    public let today: CalendarDate

    /// What the rules need of each weapon, parsed once.
    struct WeaponFacts: Sendable {
        var name: String
        var ceiling: Int?
        var inService: CalendarDate?
        var inServiceText: String?
        var sideSince: [Side: (CalendarDate, String)]
        var sides: [Side]
        var isGeneric: Bool
        var isInterceptorOnly: Bool
    }

    private let weapons: [String: WeaponFacts]

    public init(taxonomy: Taxonomy, today: CalendarDate) {
        self.taxonomy = taxonomy
        self.today = today
        var weapons: [String: WeaponFacts] = [:]
        for weapon in taxonomy.weapons {
            var since: [Side: (CalendarDate, String)] = [:]
            for (side, text) in weapon.sideSince {
                if let date = PartialDate.earliest(text) { since[side] = (date, text) }
            }
            weapons[weapon.id] = WeaponFacts(
                name: weapon.name, ceiling: taxonomy.category(id: weapon.category)?.ceiling,
                inService: weapon.inService.flatMap(PartialDate.earliest), inServiceText: weapon.inService,
                sideSince: since, sides: weapon.sides, isGeneric: weapon.kind == .generic,
                isInterceptorOnly: weapon.role == .interceptor
            )
        }
        self.weapons = weapons
    }

    /// The findings of every per-claim rule, in a stable order.
    ///
    /// - Complexity: O(q·t) for quotes of length q in source texts of length t.
    public func check(_ claim: ClaimFacts) -> [Finding] {
        var findings: [Finding] = []
        let content = claim.content
        func add(_ rule: RuleID, _ field: String, _ message: String, _ fix: String) {
            findings.append(Finding(rule: rule, claim: claim.id, field: field, message: message, fix: fix))
        }

        // Names.
        let members = SystemReference(content.system).members
        let known = members.compactMap { weapons[$0] }
        let unknownMembers = members.filter { weapons[$0] == nil }
        if content.system.isEmpty || !unknownMembers.isEmpty {
            let name = unknownMembers.first ?? content.system
            add(.unknownSystem, "system", "unknown system '\(name)'", suggestionFix(taxonomy.suggestions(for: name, in: .weapons), list: "weapons"))
        }
        if taxonomy.actor(id: content.claimant) == nil {
            add(.unknownActor, "claimant", "unknown actor '\(content.claimant)'",
                suggestionFix(taxonomy.suggestions(for: content.claimant, in: .actors), list: "actors"))
        }
        if let place = content.place, taxonomy.place(id: place) == nil {
            add(.unknownPlace, "place", "unknown place '\(place)'", suggestionFix(taxonomy.suggestions(for: place, in: .places), list: "places"))
        }

        // Counts.
        let numbers: [(String, Int?)] = [("count", content.count.exact), ("count_min", content.count.minimum),
                                         ("count_max", content.count.maximum), ("launched", content.launched)]
        for (field, value) in numbers {
            if let value, value < 0 {
                add(.negativeCount, field, "\(value) is negative", "counts are 0 or more: correct the number")
            }
        }
        if let launched = content.launched, let claimed = content.count.exact ?? content.count.minimum, claimed > launched {
            add(.countExceedsLaunched, "count", "\(claimed) is more than the \(launched) launched",
                "check both numbers against the quote ('5 of 7': count 5, launched 7)")
        }
        if let claimed = content.count.exact ?? content.count.minimum {
            let ceiling = known.compactMap(\.ceiling).max()
            if let ceiling, claimed > ceiling {
                add(.implausibleCount, "count", "\(claimed) is above the plausible ceiling of \(ceiling) for one claim about \(taxonomy.displayName(ofSystem: content.system))",
                    "check the figure; if it is a cumulative total, log it as such in notes")
            }
        }

        // Citations and dates.
        if claim.citations.isEmpty {
            add(.missingCitation, "citations", "the claim has no citation", "attach a source and the quote that carries the claim")
        }
        let published = claim.citations.compactMap { claim.sources[$0.sourceID]?.published?.date }.min()
        for citation in claim.citations {
            guard let source = claim.sources[citation.sourceID] else { continue }
            if let date = source.published?.date, today.adding(days: 1) < date {
                add(.futurePublication, "published", "source \(citation.sourceID) is dated \(date), after today (\(today))",
                    "correct the source's publication date")
            }
            if let text = source.text, !QuoteMatch.contains(text: text, quote: citation.quote) {
                add(.quoteNotInSource, "quote", "the quote '\(QuoteMatch.preview(citation.quote))' is not in the text of source \(citation.sourceID)",
                    "copy the quote verbatim from the source")
            }
        }
        if let published, let event = content.event, published < event.start.date {
            add(.eventAfterPublication, "event_date", "the event (\(event.start)) is after the publication (\(published))",
                "check the event date: a source cannot report what has not happened yet")
        }

        // What the taxonomy knows about the weapon.
        if let day = content.event?.start.date {
            for weapon in known {
                if let since = weapon.inService, day < since {
                    add(.systemBeforeService, "system", "\(weapon.name) entered service in \(weapon.inServiceText ?? ""), after the event (\(day))",
                        "check the system and the date")
                } else if let side = content.weaponSide, let (since, text) = weapon.sideSince[side], day < since {
                    add(.systemBeforeService, "system", "\(weapon.name) is not known in \(side.rawValue)'s use before \(text) (event \(day))",
                        "check the system, the side and the date")
                } else if let side = content.weaponSide, side != .thirdParty, !weapon.isGeneric, !weapon.sides.contains(side) {
                    add(.systemBeforeService, "system", "\(weapon.name) is not known in \(side.rawValue)'s use",
                        "check the system and the side that used it")
                }
            }
        }
        if content.kind == .intercept, !known.isEmpty {
            if known.allSatisfy({ $0.sides == [content.claimantSide] }) {
                add(.selfIntercept, "system", "\(taxonomy.displayName(ofSystem: content.system)) is used only by \(content.claimantSide.rawValue), the claimant's own side",
                    "check the system or the claimant: a side does not intercept its own weapons")
            }
            if known.allSatisfy(\.isInterceptorOnly) {
                add(.interceptorAsTarget, "system", "\(taxonomy.displayName(ofSystem: content.system)) is an interceptor, not something that gets intercepted",
                    "the claim probably names the air defence that did the intercepting: set the system to what was shot down")
            }
        }
        return findings.count > 1 ? findings.sorted(by: Finding.stableOrder) : findings
    }

    private func suggestionFix(_ suggestions: [String], list: String) -> String {
        suggestions.isEmpty
            ? "use a name from `claims taxonomy list --kind \(list)`, or add it to taxonomy/\(list).yaml"
            : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
    }
}

/// Finds a quote in a source text after folding white space, quotes, dashes and case.
public enum QuoteMatch {
    /// Whether `quote` is in `text`, after folding both.
    ///
    /// A quote that is in the text byte for byte (what the extractor and most users paste) is found
    /// by `memchr` and `memcmp` without folding: a verbatim match is always a folded match, and folding the
    /// whole source text for every claim made `claims log --accept` of a 300 KB article (1,250
    /// claims, each validated against the whole text) take 16.6 s, 85% of it in Unicode property
    /// look-ups.
    ///
    /// - Complexity: O(t) for a verbatim quote in a text of length t; O(q·t) otherwise.
    public static func contains(text: String, quote: String) -> Bool {
        if containsVerbatim(text: text, quote: quote) { return true }
        let needle = fold(quote)
        guard !needle.isEmpty else { return true }
        let haystack = fold(text)
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Whether the UTF-8 bytes of `quote` occur in those of `text`.
    static func containsVerbatim(text: String, quote: String) -> Bool {
        var text = text, quote = quote
        return text.withUTF8 { haystack in
            quote.withUTF8 { needle in
                guard let needleBase = needle.baseAddress, !needle.isEmpty else { return true }
                guard let haystackBase = haystack.baseAddress, needle.count <= haystack.count else { return false }
                // memchr to each candidate first byte, memcmp for the rest (memmem is a GNU extension
                // that Glibc's module does not export)
                let first = Int32(needleBase.pointee)
                var offset = 0
                let last = haystack.count - needle.count
                while offset <= last {
                    guard let hit = memchr(haystackBase + offset, first, last - offset + 1) else { return false }
                    let position = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - haystackBase
                    if memcmp(haystackBase + position, needleBase, needle.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }

    /// The first 60 characters of a quote, for messages.
    static func preview(_ quote: String) -> String {
        quote.count > 60 ? String(quote.prefix(57)) + "..." : quote
    }

    /// Lower-cased scalars with typographic quotes, apostrophes and dashes unified and runs of
    /// white space folded into one space.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII white space without a Unicode property look-up (most of the text is ASCII)
            if scalar.isASCII ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2033}": out.append("\"")
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}", "`": out.append("'")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": out.append("-")
            default:
                if scalar.isASCII {
                    let value = scalar.value
                    out.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
                } else {
                    out.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
                }
            }
        }
        return out
    }
}
