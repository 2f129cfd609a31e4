import ClaimsCore
import ClaimsImport

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

    static let piterfmColumns = [
        "time_start", "time_end", "model", "launch_place", "target", "target_main", "launched", "destroyed",
        "not_reach_goal", "still_attacking", "border_crossing", "is_shahed", "num_hit_location",
        "num_fall_fragment_location", "carrier", "turbojet", "turbojet_destroyed", "affected region",
        "destroyed_details", "launched_details", "launch_place_details", "source",
    ]

    static func piterfmRow(_ start: String, _ end: String, _ model: String, launched: String, destroyed: String, source: String) -> String {
        var fields = [String](repeating: "", count: piterfmColumns.count)
        fields[0] = start
        fields[1] = end
        fields[2] = model
        fields[4] = "Ukraine"
        fields[6] = launched
        fields[7] = destroyed
        fields[10] = "{}"
        fields[21] = source
        return fields.joined(separator: ",")
    }

    static let piterfm = ([piterfmColumns.joined(separator: ",")] + [
        piterfmRow("2024-12-24 18:00", "2024-12-25 09:00", "Shahed-136/131", launched: "123.0", destroyed: "110.0", source: "kpszsu/posts/pfbidA"),
        piterfmRow("2024-12-24 18:00", "2024-12-25 09:00", "X-101/X-555 and Kalibr", launched: "10.0", destroyed: "8.0", source: "kpszsu/posts/pfbidA"),
        piterfmRow("2024-12-25", "2024-12-25", "Kalibr", launched: "4", destroyed: "3", source: "https://t.me/kpszsu/123456"),
        piterfmRow("2024-12-25", "2024-12-25", "No Such Drone", launched: "1", destroyed: "1", source: "kpszsu/posts/pfbidB"),
    ]).joined(separator: "\n") + "\n"

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
