import ClaimsCore
import ClaimsImport
import ClaimsTestSupport

/// Small valid inputs of each format, written for these tests (the piterfm rows are invented;
/// only the dataset's column layout is real).
enum ImportFixtures {
    static let jsonLines = """
        {"type":"ledger","format":"claims-ledger","version":1}
        {"type":"source","id":1,"kind":"article","url":"https://example.org/a","outlet":"example.org"}
        {"type":"claim","kind":"intercept","system":"kalibr","claimant":"ua-air-force","claimant_side":"ukraine","count":10,"event_date":"2024-05-15","citations":[{"source":1,"quote":"ten Kalibr shot down"}]}

        {"kind":"intercept","system":"shahed-136","claimant":"ua-air-force","claimant_side":"ukraine","count":20,"launched":25,"event_date":"2024-05-16"}

        """

    static let csv = """
        # a comment before the header
        kind,system,claimant,claimant_side,count,event_date,source,quote
        intercept,kalibr,ua-air-force,ukraine,10,2024-05-15,https://example.org/a,"ten Kalibr, all shot down"
        intercept,shahed-136,ua-air-force,ukraine,20,2024-05-16,https://example.org/b | https://example.org/c,one | two

        """

    static let piterfm = PiterfmFixture.lines([
        PiterfmFixture.row("2024-12-24 18:00", "2024-12-25 09:00", "Shahed-136/131", launched: "123.0", destroyed: "110.0", source: "kpszsu/posts/pfbidA"),
        PiterfmFixture.row("2024-12-24 18:00", "2024-12-25 09:00", "X-101/X-555 and Kalibr", launched: "10.0", destroyed: "8.0", source: "kpszsu/posts/pfbidA"),
        PiterfmFixture.row("2024-12-25", "2024-12-25", "Kalibr", launched: "4", destroyed: "3", source: "https://t.me/kpszsu/123456"),
        PiterfmFixture.row("2024-12-25", "2024-12-25", "No Such Drone", launched: "1", destroyed: "1", source: "kpszsu/posts/pfbidB"),
    ])

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
