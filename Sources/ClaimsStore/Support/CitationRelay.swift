/// How a citation's relay text is stored since schema v8: a relay ending in digits ("Petro
/// Ivaniuk's dataset \"Massive Missile Attacks on Ukraine\", missile_attacks_daily.csv line 1234")
/// keeps its stem once in `relayStem` and only the digits in `citation.relay`, with
/// `citation.relayStem` naming the stem. The relay that is hashed, shown and exported is the stem
/// followed by the digits: only the stored form changed. On the 50x piterfm copy this takes the
/// citation rows from 347 to about 260 bytes per claim (a dataset importer writes one relay per
/// row, differing only by the line number).
enum CitationRelay {
    /// Stems shorter than this are stored with their digits: a lookup would save nothing.
    static let minimumStem = 12

    /// The stem and the trailing digits of `relay`, `nil` when it does not end in an ASCII digit
    /// or its stem is shorter than ``minimumStem``.
    static func split(_ relay: String) -> (stem: String, rest: String)? {
        let bytes = relay.utf8
        var cut = bytes.endIndex
        while cut > bytes.startIndex {
            let before = bytes.index(before: cut)
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[before]) else { break }
            cut = before
        }
        guard cut != bytes.endIndex, bytes.distance(from: bytes.startIndex, to: cut) >= minimumStem,
              let stem = String(relay.utf8[..<cut]), let rest = String(relay.utf8[cut...]) else { return nil }
        return (stem, rest)
    }

    /// SQL reading the relay text of the citation `alias`, whatever its stored form.
    static func text(_ alias: String) -> String {
        """
        CASE WHEN \(alias).relayStem IS NULL THEN \(alias).relay \
        ELSE (SELECT st.text FROM relayStem st WHERE st.id = \(alias).relayStem) || \(alias).relay END
        """
    }
}
