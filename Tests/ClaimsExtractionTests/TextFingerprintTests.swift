import ClaimsExtraction
import Foundation
import Testing

@Suite struct TextFingerprintTests {
    static let story = """
        Russia's Defence Ministry said on Tuesday that its air defences had destroyed 31 Ukrainian drones over the \
        Belgorod, Kursk and Bryansk regions overnight. Regional officials reported damage to a power line and a \
        warehouse, but no casualties. The ministry also said two Neptune missiles were intercepted over the Black \
        Sea. Ukraine's military did not comment on the claims, which could not be independently verified. Kyiv has \
        stepped up long-range attacks on Russian energy and military sites in recent months.
        """

    @Test func syndicatedCopyWithOtherHeadlineAndTrimmedEndIsACopy() {
        let copy = "Moscow claims 31 drones downed\n\n" + Self.story.replacingOccurrences(of: " Kyiv has stepped up long-range attacks on Russian energy and military sites in recent months.", with: "")
        let original = TextFingerprint.shingles(of: Self.story)
        let copied = TextFingerprint.shingles(of: copy)
        let shared = Set(original).intersection(copied).count
        #expect(TextFingerprint.isCopy(shared: shared, own: copied.count, other: original.count))
    }

    @Test func layoutCaseAndQuotesDoNotChangeTheFingerprint() {
        let reformatted = Self.story.uppercased().replacingOccurrences(of: "'", with: "\u{2019}").replacingOccurrences(of: " ", with: "  \n")
        #expect(TextFingerprint.shingles(of: reformatted) == TextFingerprint.shingles(of: Self.story))
    }

    @Test func anotherStoryOnTheSameTopicIsNotACopy() {
        let other = """
            Ukraine's air force said on Tuesday it had shot down 27 of 35 Russian drones launched overnight, most of \
            them over the Kyiv and Odesa regions. Falling debris damaged several houses, the regional administration \
            said. Russia did not comment. Moscow has launched waves of drones at Ukrainian cities for months.
            """
        let original = TextFingerprint.shingles(of: Self.story)
        let candidate = TextFingerprint.shingles(of: other)
        let shared = Set(original).intersection(candidate).count
        #expect(!TextFingerprint.isCopy(shared: shared, own: candidate.count, other: original.count))
    }
}
