import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing

@Suite struct TaxonomyTests {
    let taxonomy: Taxonomy

    init() throws {
        taxonomy = try Taxonomy.embedded()
    }

    @Test(arguments: [
        ("Калибр", "kalibr"), ("3M-14", "kalibr"), ("3М-14", "kalibr"), ("Kalibr cruise missiles", "kalibr"),
        ("Kh-47M2", "kinzhal"), ("X-47 Kinzhal", "kinzhal"), ("Кинжал", "kinzhal"), ("kinzhal hypersonic missile", "kinzhal"),
        ("MGM-140", "atacms"), ("ATACMS missiles", "atacms"), ("US-supplied ATACMS", "atacms"),
        ("X-101", "kh-101"), ("Х-101", "kh-101"), ("Kh-101", "kh-101"),
        ("C-300", "s-300"), ("С-300", "s-300"), ("S-300", "s-300"),
        ("Geran-2", "shahed-136"), ("Shahed-136/131", "shahed-136"), ("Shaheds", "shahed-136"),
        ("Vilha", "vilkha"), ("Вільха", "vilkha"), ("Vilkha", "vilkha"),
        ("Harm", "harm"), ("AGM-88 HARM", "harm"), ("anti-radar Harm missiles", "harm"),
        ("Hammer", "hammer"), ("Hammer guided bombs", "hammer"),
        ("Storm Shadow", "storm-shadow"), ("SCALP-EG", "storm-shadow"),
        ("Patriot", "patriot"), ("Iskander-M", "iskander-m"),
        ("drones", "unspecified-drone"), ("Ukrainian drones", "unspecified-drone"), ("missile", "unspecified-missile"),
        ("rockets", "unspecified-rocket"), ("aircraft", "unspecified-aircraft"),
    ])
    func aliasResolvesToRequiredID(name: String, id: String) throws {
        #expect(try taxonomy.resolveSystem(name) == id)
    }

    @Test func everyRequiredIDExists() {
        let required = ["kalibr", "kinzhal", "atacms", "iskander-m", "kh-101", "shahed-136", "s-300", "harm", "hammer",
                        "vilkha", "storm-shadow", "patriot", "unspecified-drone", "unspecified-missile",
                        "unspecified-rocket", "unspecified-aircraft"]
        for id in required {
            #expect(taxonomy.weapon(id: id) != nil, "missing required id \(id)")
        }
        #expect(taxonomy.actor(id: "ru-mod")?.side == .russia)
        #expect(taxonomy.actor(id: "ua-air-force")?.side == .ukraine)
    }

    @Test func ambiguousAlternativeIsItsOwnEntryLinkedToBothMembers() throws {
        let id = try taxonomy.resolveSystem("Iskander-M/KN-23")
        let entry = try #require(taxonomy.weapon(id: id))
        #expect(entry.kind == .ambiguous)
        #expect(Set(entry.members) == ["iskander-m", "kn-23"])
    }

    @Test func namesJoinedByAndResolveToASortedComposite() throws {
        let id = try taxonomy.resolveSystem("X-101/X-555 and Kalibr")
        #expect(id == "kalibr+kh-101-or-kh-555")
        #expect(taxonomy.isKnownSystem(id))
        #expect(taxonomy.displayName(ofSystem: id).contains("Kalibr"))
        #expect(try taxonomy.resolveSystem("Kalibr and X-101/X-555") == id)
    }

    @Test func unknownNameSuggestsTheClosestEntries() {
        #expect(throws: ClaimsError.self) { try taxonomy.resolveSystem("Kalibrr") }
        do {
            _ = try taxonomy.resolveSystem("Kalibrr")
        } catch let ClaimsError.unknownName(kind, name, suggestions) {
            #expect(kind == "system")
            #expect(name == "Kalibrr")
            #expect(suggestions.first == "Kalibr")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: [("Russia's Defence Ministry", "ru-mod"), ("kpszsu", "ua-air-force"), ("Ukrainian Air Force", "ua-air-force")])
    func actorsResolveByAliasAndAccount(name: String, id: String) throws {
        #expect(try taxonomy.resolveActor(name) == id)
    }

    @Test func placesResolveAcrossSpellings() throws {
        let region = try taxonomy.resolvePlace("Zaporizhzhia region")
        #expect(try taxonomy.resolvePlace("Запорізька область") == region)
        #expect(try taxonomy.resolvePlace("the Belgorod region") == taxonomy.resolvePlace("Belgorod Oblast"))
    }

    @Test func aNameSharedByTwoEntriesIsRejectedAtLoad() {
        let weapons = """
            categories:
              - {id: drone, name: drone}
            weapons:
              - {id: a, name: Alpha, category: drone, aliases: [Same]}
              - {id: b, name: Beta, category: drone, aliases: [same]}
            """
        #expect(throws: ClaimsError.self) {
            try Taxonomy.load(files: [("weapons.yaml", weapons), ("actors.yaml", "actors: []"), ("places.yaml", "places: []")])
        }
    }

    @Test func aReferenceToAMissingCategoryIsRejectedAtLoad() {
        let weapons = """
            categories:
              - {id: drone, name: drone}
            weapons:
              - {id: a, name: Alpha, category: missile}
            """
        #expect(throws: ClaimsError.self) {
            try Taxonomy.load(files: [("weapons.yaml", weapons), ("actors.yaml", "actors: []"), ("places.yaml", "places: []")])
        }
    }
}

@Suite struct NameFoldingTests {
    @Test(arguments: [("X-101", "Х-101"), ("C-300", "С-300"), ("Kh 47 M2", "kh-47m2"), ("ATACMS", "atacms")])
    func lookAlikesAndSeparatorsFoldTogether(a: String, b: String) {
        #expect(NameFolding.key(a) == NameFolding.key(b))
    }

    @Test func differentNamesStayDifferent() {
        #expect(NameFolding.key("Kh-101") != NameFolding.key("Kh-555"))
    }

    /// ASCII names take a byte-wise path: it folds every ASCII byte as `fold(_:)` does.
    @Test func asciiNamesFoldAsScalarsDo() {
        var generator = SystemRandomNumberGenerator()
        let samples = (0..<500).map { _ in
            String(decoding: (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }, as: UTF8.self)
        } + ["Shahed-136", "Kh-101/Kh-555", "S-300 (SA-10)", "MQ-9 Reaper", "Kyiv's", "Storm Shadow/SCALP"]
        for name in samples {
            let scalars = String(String.UnicodeScalarView(name.unicodeScalars.compactMap(NameFolding.fold)))
            #expect(NameFolding.key(name) == scalars, "\(name.debugDescription)")
            #expect(NameFolding.key(name[...]) == scalars, "\(name.debugDescription)")
        }
    }
}

@Suite struct EmbeddedTaxonomyTests {
    /// The build converts taxonomy/*.yaml to JSON for a fast start-up; both must say the same.
    @Test func theEmbeddedFormEqualsTheYAMLInTheRepository() throws {
        let folder = SharedData.repositoryRoot.appendingPathComponent("taxonomy")
        let files = try ["weapons.yaml", "actors.yaml", "places.yaml"].map { name in
            (name: name, contents: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        let fromYAML = try Taxonomy.load(files: files)
        let embedded = try Taxonomy.embedded()
        #expect(fromYAML.weapons == embedded.weapons)
        #expect(fromYAML.actors == embedded.actors)
        #expect(fromYAML.places == embedded.places)
        #expect(fromYAML.categories == embedded.categories)
        #expect(embedded.weapons.count > 100)
    }
}
