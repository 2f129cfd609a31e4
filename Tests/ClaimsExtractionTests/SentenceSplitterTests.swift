import ClaimsCore
@testable import ClaimsExtraction
import Testing

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { buffer in
            SentenceSplitter.split(buffer).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0.start..<$0.end]), as: UTF8.self) }
        }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let text = "Lt. Gen. Ivan Petrov said U.S. officials met on Nov. 17 in Kyiv. The talks ended."
        #expect(sentences(text) == ["Lt. Gen. Ivan Petrov said U.S. officials met on Nov. 17 in Kyiv.", "The talks ended."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = "\u{201C}Five drones were downed.\u{201D} The mayor said so! Was it true? Nobody knew\u{2026} Then it rained."
        #expect(sentences(text) == ["\u{201C}Five drones were downed.\u{201D}", "The mayor said so!", "Was it true?", "Nobody knew\u{2026}", "Then it rained."])
    }

    @Test func aPeriodGluedToTheNextSentenceEndsIt() {
        #expect(sentences("The city gave no figures.Meanwhile, the army said more.") == ["The city gave no figures.", "Meanwhile, the army said more."])
        // Domain names, initials and short capitalised words stay whole.
        #expect(sentences("Sources include Trend.Az and U.S.Army posts.") == ["Sources include Trend.Az and U.S.Army posts."])
    }

    @Test func lowerCaseAfterAPeriodContinues() {
        #expect(sentences("The range is approx. five km. Next.") == ["The range is approx. five km.", "Next."])
    }

    @Test func linesAreParagraphsUnlessWrapped() {
        var text = "Headline without a period\nFirst paragraph runs\non the next line.\n\nSecond paragraph."
        #expect(sentences(text) == ["Headline without a period", "First paragraph runs\non the next line.", "Second paragraph."])
        let spans = text.withUTF8 { SentenceSplitter.split($0) }
        #expect(spans.map(\.paragraph) == [0, 1, 2])
    }

    /// Wire copy wrapped at a fixed width: a line that ends with a preposition or conjunction, or
    /// a next line in Cyrillic lower case, goes on; a headline before a capitalised line does not.
    @Test func wrappedLinesContinue() {
        #expect(sentences("The air force said it downed 45 of\n53 drones overnight.") == ["The air force said it downed 45 of\n53 drones overnight."])
        #expect(sentences("Сили ППО збили 20 з\n25 дронів.") == ["Сили ППО збили 20 з\n25 дронів."])
        #expect(sentences("Средства ПВО уничтожили\nпять беспилотников.") == ["Средства ПВО уничтожили\nпять беспилотников."])
        // Near misses: a headline ending in a noun, a Cyrillic line starting with a capital.
        #expect(sentences("Drones hit Kharkiv overnight\n12 people were hurt.") == ["Drones hit Kharkiv overnight", "12 people were hurt."])
        #expect(sentences("Атака на Харків\nВорог випустив 12 дронів.") == ["Атака на Харків", "Ворог випустив 12 дронів."])
        // A word that merely ends in "of" or "на" is no joining word.
        #expect(sentences("Kyiv was spared the worst thanks to Chernihiv\nDefences held.") == ["Kyiv was spared the worst thanks to Chernihiv", "Defences held."])
    }

    @Test func offsetsCountUnicodeScalars() {
        var text = "Київ — «Дрони». Air defence shot down 5 drones."
        let spans = text.withUTF8 { SentenceSplitter.split($0) }
        let scalars = Array(text.unicodeScalars)
        let last = spans[1]
        #expect(String(String.UnicodeScalarView(scalars[last.scalarStart..<last.scalarEnd])) == "Air defence shot down 5 drones.")
    }

    /// The split skips eight bytes at a time inside a sentence: on random mixes of Latin,
    /// Cyrillic, emoji, marks and line breaks, every span's scalar offsets still match its bytes.
    @Test func scalarOffsetsHoldOnRandomText() {
        let pieces = ["Air", " ", "defence", "Київ", "ракет", "—", "«", "»", "5", ". ", "! ", "? ", "\n", "\n\n", "… ", "Ш", "é", "💥", "U.S.", "Gen. ", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var text = (0..<Int.random(in: 1...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let spans = text.withUTF8 { SentenceSplitter.split($0) }
            let bytes = Array(text.utf8)
            for span in spans {
                let before = String(decoding: bytes[..<span.start], as: UTF8.self).unicodeScalars.count
                let inside = String(decoding: bytes[span.start..<span.end], as: UTF8.self).unicodeScalars.count
                #expect(span.scalarStart == before, "\(text.debugDescription)")
                #expect(span.scalarEnd == before + inside, "\(text.debugDescription)")
            }
        }
    }
}
