/// The display names of the embedded taxonomy (and each place's kind and parent), read by a line
/// scan of its YAML instead of a full decode: about a millisecond instead of tens. Enough for
/// commands that only print names (`claims tally` tables); anything that resolves aliases or
/// validates uses ``Taxonomy``, which stays the authority — a test checks both agree on every entry.
public struct TaxonomyNames: Sendable {
    /// A gazetteer entry as far as names and regions go.
    public struct PlaceEntry: Sendable, Equatable {
        public var name: String
        public var kind: PlaceKind
        public var parent: String?

        public init(name: String, kind: PlaceKind, parent: String?) {
            self.name = name
            self.kind = kind
            self.parent = parent
        }
    }

    /// Weapon id → name.
    public let weapons: [String: String]
    /// Actor id → name.
    public let actors: [String: String]
    /// Place id → name, kind and parent.
    public let places: [String: PlaceEntry]

    /// The names of the embedded taxonomy, or `nil` when its YAML uses a form the line scan does
    /// not read (then use ``Taxonomy/embedded()``).
    public static func embedded() -> TaxonomyNames? { embeddedNames }

    private static let embeddedNames: TaxonomyNames? = scan(files: EmbeddedTaxonomy.files)

    /// Scans `weapons.yaml`, `actors.yaml` and `places.yaml` texts; `nil` when an entry is not
    /// in the plain block style the files use (`  - id: x` then `    name: y` lines).
    public static func scan(files: [(name: String, contents: String)]) -> TaxonomyNames? {
        func entries(_ file: String, section: String) -> [String: [String: String]]? {
            guard let text = files.first(where: { $0.name == file })?.contents else { return nil }
            var result: [String: [String: String]] = [:]
            var inSection = false
            var current: (id: String, fields: [String: String])?
            func finish() -> Bool {
                guard let entry = current else { return true }
                guard entry.fields["name"] != nil, result.updateValue(entry.fields, forKey: entry.id) == nil else { return false }
                current = nil
                return true
            }
            // Lines are cut on bytes: splitting a String by Character would cost more than the scan.
            for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
                let line = Substring(bytes)
                if line.first != " ", line.first != "#" {
                    guard finish() else { return nil }
                    inSection = line.hasPrefix(section + ":")
                    continue
                }
                guard inSection else { continue }
                if line.hasPrefix("  - ") {
                    guard finish(), line.hasPrefix("  - id: "), let id = value(line.dropFirst(8)) else { return nil }
                    current = (id, [:])
                } else if line.hasPrefix("    "), !line.hasPrefix("     "), current != nil,
                          let colon = line.firstIndex(of: ":") {
                    let key = String(line[line.index(line.startIndex, offsetBy: 4)..<colon])
                    guard key == "name" || key == "kind" || key == "parent" else { continue }
                    guard let text = value(line[line.index(after: colon)...]) else { return nil }
                    current!.fields[key] = text
                }
            }
            guard finish() else { return nil }
            return result
        }
        guard let weapons = entries("weapons.yaml", section: "weapons"),
              let actors = entries("actors.yaml", section: "actors"),
              let places = entries("places.yaml", section: "places")
        else { return nil }
        var placeEntries: [String: PlaceEntry] = [:]
        for (id, fields) in places {
            guard let kind = fields["kind"].flatMap(PlaceKind.init(rawValue:)) else { return nil }
            placeEntries[id] = PlaceEntry(name: fields["name"]!, kind: kind, parent: fields["parent"])
        }
        return TaxonomyNames(
            weapons: weapons.mapValues { $0["name"]! }, actors: actors.mapValues { $0["name"]! }, places: placeEntries
        )
    }

    /// The display name of a system id or composite, as ``Taxonomy/displayName(ofSystem:)``.
    public func displayName(ofSystem system: String) -> String {
        if let name = weapons[system] { return name }
        let reference = SystemReference(system)
        guard reference.isComposite else { return system }
        return reference.members.map { weapons[$0] ?? $0 }.joined(separator: " + ")
    }

    /// A plain or simply quoted YAML scalar; `nil` for forms the scan does not read (block
    /// scalars, flow collections, anchors, escapes).
    package static func value(_ raw: Substring) -> String? {
        var text = raw.trimmingSpaces()
        if let first = text.first, first == "\"" || first == "'" {
            guard text.count >= 2, text.last == first else { return nil }
            let inner = String(text.dropFirst().dropLast())
            if first == "\"", inner.contains("\\") { return nil }
            return first == "'" ? inner.replacingAll("''", with: "'") : inner
        }
        if let comment = text.range(of: " #") { text = String(text[..<comment.lowerBound]).trimmingSpaces() }
        guard !text.isEmpty, let first = text.first, !"|>[{&*!%@`".contains(first) else { return nil }
        return text
    }
}

private extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        splitting(on: target).joined(separator: replacement)
    }

    func range(of needle: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
