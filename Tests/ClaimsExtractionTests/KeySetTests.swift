import ClaimsExtraction
import Testing

/// The word-key set the grammars use instead of `Set<UInt64>`.
@Suite struct KeySetTests {
    @Test func holdsExactlyItsWords() {
        let words = (0..<300).map { "word\($0)" }
        let set = KeySet(words)
        for word in words { #expect(set.contains(Lexicon.key(word)), "\(word)") }
        for other in (300..<600).map({ "word\($0)" }) { #expect(!set.contains(Lexicon.key(other)), "\(other)") }
        #expect(!set.contains(0))
    }

    @Test func agreesWithASetOnRandomKeys() {
        var generator = SystemRandomNumberGenerator()
        let members = (0..<50).map { _ in UInt64.random(in: 1...UInt64.max, using: &generator) }
        let set = KeySet(keys: members + [0])
        let reference = Set(members + [0])
        for key in members + (0..<1000).map({ _ in UInt64.random(in: 0...UInt64.max, using: &generator) }) {
            #expect(set.contains(key) == reference.contains(key))
        }
        #expect(KeySet(keys: []).contains(42) == false)
    }
}
