import ClaimsExtraction
import ClaimsLanguages
import Testing

/// The start-up structures the extractor builds from the taxonomy (alias trie, name stemmer) and
/// the per-sentence language detector, tested directly: the extraction tests only see them through
/// their results.
@Suite struct AliasTrieTests {
    static func ref(_ section: EntityRef.Section, _ index: Int32, capital: Bool = false) -> EntityRef {
        EntityRef(section: section, index: index, requiresCapital: capital)
    }

    /// What the trie holds for a key: its references, or `nil` when no key ends there.
    static func lookup(_ trie: AliasTrie, _ key: String) -> [EntityRef]? {
        var node = AliasTrie.rootNode
        for byte in key.utf8 {
            node = trie.child(node, byte)
            if node < 0 { return nil }
        }
        let payload = trie.payload(node)
        return payload < 0 ? nil : trie.payloads[Int(payload)]
    }

    @Test func findsEveryKeyWithItsReferencesInTheOrderGiven() {
        // Keys given out of order, sharing prefixes, one a prefix of others, one twice.
        let entries: [(String, EntityRef)] = [
            ("shahed", Self.ref(.weapon, 3)), ("kalibr", Self.ref(.weapon, 1, capital: true)),
            ("shahe", Self.ref(.place, 9)), ("shahed136", Self.ref(.weapon, 4)),
            ("kalibr", Self.ref(.place, 2)), ("kh101", Self.ref(.weapon, 5)), ("k", Self.ref(.actor, 7)),
        ]
        let trie = AliasTrie(entries: entries.map { (Array($0.0.utf8), $0.1) })
        #expect(Self.lookup(trie, "shahed") == [Self.ref(.weapon, 3)])
        #expect(Self.lookup(trie, "shahe") == [Self.ref(.place, 9)])
        #expect(Self.lookup(trie, "shahed136") == [Self.ref(.weapon, 4)])
        #expect(Self.lookup(trie, "kalibr") == [Self.ref(.weapon, 1, capital: true), Self.ref(.place, 2)])
        #expect(Self.lookup(trie, "kh101") == [Self.ref(.weapon, 5)])
        #expect(Self.lookup(trie, "k") == [Self.ref(.actor, 7)])
        // Paths that are no key, and bytes that lead nowhere.
        #expect(Self.lookup(trie, "shah") == nil)
        #expect(Self.lookup(trie, "kalibrs") == nil)
        #expect(Self.lookup(trie, "x") == nil)
        #expect(trie.hasPath(Array("kal".utf8)))
        #expect(!trie.hasPath(Array("kax".utf8)))
        // One node per distinct prefix, plus the root.
        let prefixes = Set(entries.flatMap { key, _ in (1...key.utf8.count).map { Array(key.utf8.prefix($0)) } })
        #expect(trie.nodeCount == prefixes.count + 1)
    }

    @Test func oneEntryGivenTwiceKeepsOneReferenceNeedingACapitalOnlyIfBothDo() {
        let trie = AliasTrie(entries: [
            (Array("harm".utf8), Self.ref(.weapon, 2, capital: true)),
            (Array("harm".utf8), Self.ref(.weapon, 2, capital: false)),
            (Array("grad".utf8), Self.ref(.weapon, 6, capital: true)),
            (Array("grad".utf8), Self.ref(.weapon, 6, capital: true)),
            (Array("".utf8), Self.ref(.weapon, 8)),  // an empty key is skipped
        ])
        #expect(Self.lookup(trie, "harm") == [Self.ref(.weapon, 2, capital: false)])
        #expect(Self.lookup(trie, "grad") == [Self.ref(.weapon, 6, capital: true)])
        #expect(trie.payloads.count == 2)
    }

    @Test func agreesWithADictionaryOnRandomKeys() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abck".utf8) + [0xD0, 0xB0]  // few letters: many shared prefixes
        var expected: [[UInt8]: [EntityRef]] = [:]
        var entries: [(key: [UInt8], ref: EntityRef)] = []
        for index in 0..<400 {
            let key = (0..<Int.random(in: 1...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let ref = Self.ref(.weapon, Int32(index % 50))
            entries.append((key, ref))
            if !(expected[key]?.contains(ref) ?? false) { expected[key, default: []].append(ref) }
        }
        let trie = AliasTrie(entries: entries)
        for (key, refs) in expected {
            var node = AliasTrie.rootNode
            for byte in key { node = trie.child(node, byte) }
            #expect(node >= 0 && trie.payload(node) >= 0 && trie.payloads[Int(trie.payload(node))] == refs, "\(key)")
        }
        #expect(trie.payloads.count == expected.count)
    }
}

@Suite struct NameStemmerTests {
    let stemmer = NameStemmer(endings: ["ами", "ою", "ів", "а", "и"])

    @Test func stripsOneEndingFromEachCyrillicWordOfAName() {
        #expect(stemmer.stem(name: "Калібрами") == "Калібр")
        #expect(stemmer.stem(name: "над Харківською областю") == "над Харківськ областю")
        #expect(stemmer.stem(name: "шахедів, ракети") == "шахед, ракет")
        // Capitals are kept; endings match folded letters ("КАЛІБРАМИ").
        #expect(stemmer.stem(name: "КАЛІБРАМИ") == "КАЛІБР")
    }

    @Test func leavesShortWordsOtherScriptsAndMixedWordsAsTheyAre() {
        #expect(stemmer.stem(name: "Shahed drones") == "Shahed drones")
        #expect(stemmer.stem(name: "Бука") == "Бука")  // words of five letters or more only
        #expect(stemmer.stem(name: "рками") == "ркам")  // "-ами" would leave two letters: a shorter ending
        #expect(stemmer.stem(name: "Кaлібрами") == "Кaлібрами")  // a Latin "a" inside: not one script
        #expect(stemmer.stem(name: "п'ятьома") == "п'ятьома")  // an apostrophe keeps the word whole
        #expect(stemmer.stem(name: "Х-101 «Калібрами»") == "Х-101 «Калібр»")
        #expect(stemmer.stem(name: "ракетами 🚀 Шахедами") == "ракет 🚀 Шахед")
        #expect(NameStemmer(endings: []).stem(name: "Калібрами") == "Калібрами")
    }
}

@Suite struct LanguageDetectorTests {
    // English, Ukrainian, Russian, as the tool orders them.
    let detector = LanguageDetector(grammars: Extractor.allGrammars)
    static let english = 0, ukrainian = 1, russian = 2

    func language(_ sentence: String, fallback: Int) -> Int {
        var text = sentence
        return text.withUTF8 { detector.grammar(of: $0, 0..<$0.count, fallback: fallback) }
    }

    @Test func readsEachSentenceByItsLettersAndWords() {
        let ukrainian = "Сили ППО збили 17 із 22 ударних дронів, повідомили в Повітряних силах."
        let russian = "Дежурными средствами ПВО сбиты 25 беспилотников, сообщили в Минобороны."
        #expect(language(ukrainian, fallback: Self.ukrainian) == Self.ukrainian)
        #expect(language(ukrainian, fallback: Self.russian) == Self.ukrainian)
        #expect(language(russian, fallback: Self.ukrainian) == Self.russian)
        #expect(language(russian, fallback: Self.russian) == Self.russian)
        #expect(language(ukrainian, fallback: Self.english) == Self.ukrainian)
        #expect(language("Air defence shot down 17 of 22 drones.", fallback: Self.ukrainian) == Self.english)
        // One word of each script is a tie: the article's language stays.
        #expect(language("Shahed – 41 з 45", fallback: Self.ukrainian) == Self.ukrainian)
    }

    /// A Ukrainian word at the start of an English sentence gives Ukrainian a hit early; the
    /// sentence is still English by its words (the detector stops hashing words after the hit
    /// but goes on counting them).
    @Test func aSentenceOfAnotherScriptAfterAnEarlyHitIsStillReadInItsOwn() {
        let sentence = "Київ: the air force said it shot down twenty drones over the capital overnight."
        #expect(language(sentence, fallback: Self.ukrainian) == Self.english)
        #expect(language("Київ і Харків: the air force said it shot down twenty drones.", fallback: Self.ukrainian) == Self.english)
        // More Cyrillic words than Latin ones: Ukrainian.
        #expect(language("Київ і Харків атаковані вночі, drones", fallback: Self.ukrainian) == Self.ukrainian)
        // A Russian sentence in a Ukrainian article with one word of Ukrainian letters: the article's.
        #expect(language("Над Київщиною сбиты 12 беспилотников.", fallback: Self.ukrainian) == Self.ukrainian)
        #expect(language("Над Курской областью сбиты 12 беспилотников.", fallback: Self.ukrainian) == Self.russian)
    }
}
