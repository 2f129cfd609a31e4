import ClaimsCore
import ClaimsTestSupport
import Testing

/// The quick name scan must agree with the full taxonomy on every entry, or fall back cleanly.
@Suite struct TaxonomyNamesTests {
    @Test func agreesWithTheFullTaxonomyOnEveryEntry() throws {
        let taxonomy = try TestLedger.taxonomy()
        let names = try #require(TaxonomyNames.embedded(), "the embedded YAML left the plain block style: extend TaxonomyNames.scan")
        #expect(names.weapons.count == taxonomy.weapons.count)
        for weapon in taxonomy.weapons { #expect(names.weapons[weapon.id] == weapon.name, "\(weapon.id)") }
        #expect(names.actors.count == taxonomy.actors.count)
        for actor in taxonomy.actors { #expect(names.actors[actor.id] == actor.name, "\(actor.id)") }
        #expect(names.places.count == taxonomy.places.count)
        for place in taxonomy.places {
            #expect(names.places[place.id] == .init(name: place.name, kind: place.kind, parent: place.parent), "\(place.id)")
        }
        for system in ["kalibr", "kalibr+kh-101", "kh-101-or-kh-555+shahed-136", "not-a-weapon"] {
            #expect(names.displayName(ofSystem: system) == taxonomy.displayName(ofSystem: system))
        }
    }

    @Test(arguments: [
        ("Kalibr", "Kalibr"), ("\"Storm Shadow: SCALP\"", "Storm Shadow: SCALP"), ("'People''s Republic'", "People's Republic"),
        ("Neptune  # a comment", "Neptune"), ("|", nil), ("[a, b]", nil), ("\"escaped \\\" quote\"", nil), ("", nil),
    ] as [(String, String?)])
    func readsPlainAndQuotedScalars(raw: String, value: String?) {
        #expect(TaxonomyNames.value(Substring(raw)) == value)
    }

    @Test func fallsBackOnFormsItDoesNotRead() {
        let weapons = "weapons:\n  - {id: kalibr, name: Kalibr}\n"
        let files = [("weapons.yaml", weapons), ("actors.yaml", "actors:\n"), ("places.yaml", "places:\n")]
        #expect(TaxonomyNames.scan(files: files.map { (name: $0.0, contents: $0.1) }) == nil)
    }

    @Test func readsTheBlockStyle() throws {
        let files = [
            ("weapons.yaml", "categories:\n  - id: cruise-missile\n    name: Cruise missile\nweapons:\n  - id: kalibr\n    name: Kalibr\n    aliases: [Калибр]\n"),
            ("actors.yaml", "actors:\n  - id: ru-mod\n    name: Russian Defence Ministry\n"),
            ("places.yaml", "places:\n  - id: odesa\n    name: Odesa\n    kind: city\n    parent: odesa-oblast\n"),
        ]
        let names = try #require(TaxonomyNames.scan(files: files.map { (name: $0.0, contents: $0.1) }))
        #expect(names.weapons == ["kalibr": "Kalibr"])
        #expect(names.actors == ["ru-mod": "Russian Defence Ministry"])
        #expect(names.places["odesa"] == .init(name: "Odesa", kind: .city, parent: "odesa-oblast"))
    }
}
