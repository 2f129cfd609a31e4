import ClaimsCore
import ClaimsStore
import Foundation

/// Turns command-line fields into claim content, resolving names through the taxonomy. Every
/// problem is reported naming the flag and the fix.
public struct ClaimDraft {
    /// Names resolve through this taxonomy.
    public let taxonomy: Taxonomy

    /// Creates a draft that resolves names through `taxonomy`.
    public init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    /// Applies `options` on top of `base` (a new claim when `nil`: kind, system, claimant and a count are then required).
    public func content(from options: ClaimFields, base: ClaimContent?) throws -> ClaimContent {
        func flag<T>(_ value: T?, _ name: String) throws -> T {
            guard let value else { throw WorkflowError.usage("missing --\(name): a new claim needs --kind, --system, --claimant and --count or --count-text", field: name) }
            return value
        }
        let kind = try options.kind ?? base?.kind ?? flag(nil as ClaimKind?, "kind")
        let system = try options.system.map(resolveSystem) ?? base?.system ?? flag(nil as String?, "system")
        let claimantID = try options.claimant.map(resolveActor) ?? base?.claimant ?? flag(nil as String?, "claimant")
        guard let claimant = taxonomy.actor(id: claimantID) else { throw WorkflowError("claimant: unknown actor '\(claimantID)'") }

        var content = base ?? ClaimContent(
            kind: kind, system: system, claimant: claimantID, claimantSide: claimant.side, count: .unknown()
        )
        content.kind = kind
        content.system = system
        content.claimant = claimantID
        content.claimantSide = claimant.side

        if options.count != nil, options.countText != nil {
            throw WorkflowError.usage("give either --count or --count-text, not both")
        }
        if let text = options.count {
            content.count = .exactly(try Self.wholeNumber(text, flag: "count"))
        } else if let words = options.countText {
            guard let count = CountWords.parse(words) else {
                throw WorkflowError("count-text: '\(words)' is not a count wording: use e.g. 'at least 20', 'up to 17', '20-25', 'several'")
            }
            content.count = count
        } else if base == nil {
            throw WorkflowError.usage("missing --count or --count-text: give the number, or the words ('several') when there is none")
        }
        if let text = options.launched { content.launched = try Self.wholeNumber(text, flag: "launched") }
        if let location = options.location {
            content.place = try resolvePlace(location)
            if options.locationText == nil { content.location = location }
        }
        if let text = options.locationText { content.location = text }
        if let date = options.date { content.event = try Self.window(date, flag: "date") }
        if let target = options.target { content.target = target }
        if let origin = options.weaponOrigin { content.weaponOrigin = origin }
        if let status = options.status {
            guard status != .retracted else { throw WorkflowError.usage("status: use `claims retract ID --reason R` to retract a claim") }
            content.status = status
        }
        if let grade = options.reliability {
            guard let reliability = Reliability(grade) else {
                throw WorkflowError("reliability: '\(grade)' is not an Admiralty grade: use a letter A-F and a digit 1-6, e.g. B2")
            }
            content.reliability = reliability
        }
        if let notes = options.notes { content.notes = notes }
        if let side = options.weaponSide {
            content.weaponSide = side
        } else if base == nil || options.system != nil || options.kind != nil || options.claimant != nil {
            content.weaponSide = defaultWeaponSide(system: content.system, kind: content.kind, claimantSide: content.claimantSide)
        }
        try Self.checkCounts(content)
        return content
    }

    /// The side that most likely used the weapon: the only side that fields it, else the
    /// claimant's opponent for an intercept, else the claimant's side.
    public func defaultWeaponSide(system: String, kind: ClaimKind, claimantSide: Side) -> Side? {
        let sides = Set(SystemReference(system).members.compactMap { taxonomy.weapon(id: $0) }.flatMap(\.sides))
        if sides.count == 1 { return sides.first }
        switch kind {
        case .intercept: return claimantSide.opponent
        case .strike, .launch: return claimantSide == .thirdParty ? nil : claimantSide
        }
    }

    /// Count checks that hold whatever else is true (the validator adds the rest).
    public static func checkCounts(_ content: ClaimContent) throws {
        if let count = content.count.exact, let launched = content.launched, count > launched {
            throw WorkflowError("count: \(count) is more than launched (\(launched)): check both numbers")
        }
    }

    /// The weapon system id for a name or alias.
    ///
    /// - Throws: ``WorkflowError`` (field `system`) for an unknown name.
    public func resolveSystem(_ name: String) throws -> String {
        do { return try taxonomy.resolveSystem(name) } catch { throw WorkflowError("system: \(error)") }
    }

    /// The actor id for a name or alias.
    ///
    /// - Throws: ``WorkflowError`` (field `claimant`) for an unknown name.
    public func resolveActor(_ name: String) throws -> String {
        do { return try taxonomy.resolveActor(name) } catch { throw WorkflowError("claimant: \(error)") }
    }

    /// The gazetteer id for a place name.
    ///
    /// - Throws: ``WorkflowError`` (field `location`) for an unknown place.
    public func resolvePlace(_ name: String) throws -> String {
        do { return try taxonomy.resolvePlace(name) } catch {
            throw WorkflowError("location: \(error) (or use --location-text for a place the gazetteer does not know)")
        }
    }

    /// A non-negative whole number ("12", "12.0").
    public static func wholeNumber(_ text: String, flag: String) throws -> Int {
        guard let value = Int(text) ?? (text.hasSuffix(".0") ? Int(text.dropLast(2)) : nil) else {
            throw WorkflowError("\(flag): '\(text)' is not a whole number\(flag == "count" ? ": use --count-text for wording like 'at least 20'" : "")")
        }
        guard value >= 0 else { throw WorkflowError("\(flag): \(value) is negative: counts are 0 or more") }
        return value
    }

    /// Parses `D` or `START..END`.
    public static func window(_ text: String, flag: String) throws -> EventWindow {
        let parts = text.split(separator: ".", omittingEmptySubsequences: true)
        let pieces = text.contains("..") ? parts.map(String.init) : [text]
        guard (1...2).contains(pieces.count) else {
            throw WorkflowError("\(flag): '\(text)' is not a date: use YYYY-MM-DD, YYYY-MM-DDTHH:MM or START..END")
        }
        var times: [EventTime] = []
        for piece in pieces {
            guard let time = EventTime(piece) else {
                throw WorkflowError("\(flag): '\(piece)' is not a date: use YYYY-MM-DD, YYYY-MM-DDTHH:MM or START..END")
            }
            times.append(time)
        }
        if times.count == 2, times[1] < times[0] {
            throw WorkflowError("\(flag): the window ends before it starts: write START..END")
        }
        return EventWindow(start: times[0], end: times.count == 2 ? times[1] : nil)
    }

    /// Parses a publication date (`YYYY-MM-DD` or with a time).
    public static func date(_ text: String, flag: String) throws -> EventTime {
        guard let time = EventTime(text) else {
            throw WorkflowError("\(flag): '\(text)' is not a date: use YYYY-MM-DD")
        }
        return time
    }

    /// The host of a URL without `www.` (the default outlet).
    public static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }
}
