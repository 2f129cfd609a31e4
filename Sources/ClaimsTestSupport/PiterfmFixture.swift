import Foundation

/// Small attack tables in the layout of the piterfm dataset's `missile_attacks_daily.csv`,
/// written for these tests (the rows are invented; only the column layout is the dataset's).
public enum PiterfmFixture {
    public static let columns = [
        "time_start", "time_end", "model", "launch_place", "target", "target_main", "launched", "destroyed",
        "not_reach_goal", "still_attacking", "border_crossing", "is_shahed", "num_hit_location",
        "num_fall_fragment_location", "carrier", "turbojet", "turbojet_destroyed", "affected region",
        "destroyed_details", "launched_details", "launch_place_details", "source",
    ]
    public static var header: String { columns.joined(separator: ",") }

    /// One row; every column not given is empty.
    public static func row(
        _ start: String, _ end: String, _ model: String, launched: String, destroyed: String,
        target: String = "Ukraine", source: String = "kpszsu/posts/pfbidTestReportA", launchPlace: String = "",
        carrier: String = "", notReachGoal: String = ""
    ) -> String {
        var fields = [String](repeating: "", count: columns.count)
        fields[0] = start
        fields[1] = end
        fields[2] = model
        fields[3] = launchPlace
        fields[4] = target
        fields[6] = launched
        fields[7] = destroyed
        fields[8] = notReachGoal
        fields[10] = "{}"
        fields[14] = carrier
        fields[21] = source
        return fields.map(quoted).joined(separator: ",")
    }

    /// A night's report in six rows, with the dataset's quirks: float counts, an empty count,
    /// composite and ambiguous models, a Cyrillic name, a Telegram URL and an unknown account.
    public static let night: [String] = [
        row("2024-12-24 18:00", "2024-12-25 09:00", "Shahed-136/131", launched: "123.0", destroyed: "110.0",
            launchPlace: "Kursk oblast and Primorsko-Akhtarsk", notReachGoal: "13.0"),
        row("2024-12-24 18:00", "2024-12-25 09:00", "X-101/X-555 and Kalibr", launched: "10.0", destroyed: "8.0",
            carrier: "Tu-95MS"),
        row("2024-12-24 18:00", "2024-12-25 09:00", "Iskander-M/KN-23", launched: "2.0", destroyed: ""),
        row("2024-12-25", "2024-12-25", "Молнія", launched: "1.0", destroyed: "1.0", target: "Kharkiv oblast",
            source: "pvkshid/posts/pfbidTestReportB"),
        row("2024-12-25", "2024-12-25", "Kalibr", launched: "4", destroyed: "3", target: "south",
            source: "https://t.me/kpszsu/123456"),
        row("2024-12-25", "2024-12-25", "Lancet", launched: "1.0", destroyed: "1.0", target: "south",
            source: "watch/?v=42"),
    ]

    /// The header and `rows` as the text of a table, ending with a line break.
    public static func lines(_ rows: [String], header: String = header) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    /// Writes a table into a fresh folder of `parent` (with a reference table naming some models).
    ///
    /// - Returns: The path of `missile_attacks_daily.csv`.
    public static func write(
        rows: [String], header: String = header, endsWithLineBreak: Bool = true, reference: [String]? = nil,
        in parent: TemporaryDirectory
    ) throws -> String {
        let directory = try folder(in: parent)
        let text = ([header] + rows).joined(separator: "\n") + (endsWithLineBreak ? "\n" : "")
        let file = directory.appendingPathComponent("missile_attacks_daily.csv")
        try Data(text.utf8).write(to: file)
        if let reference {
            let table = (["model,category,national_origin"] + reference.map { "\(quoted($0)),missile,russia" }).joined(separator: "\n") + "\n"
            try Data(table.utf8).write(to: directory.appendingPathComponent("missiles_and_uavs.csv"))
        }
        return file.path
    }

    /// Writes raw bytes as `missile_attacks_daily.csv` in a fresh folder of `parent`.
    public static func write(bytes: [UInt8], in parent: TemporaryDirectory) throws -> String {
        let directory = try folder(in: parent)
        let file = directory.appendingPathComponent("missile_attacks_daily.csv")
        try Data(bytes).write(to: file)
        return file.path
    }

    /// A new folder in `parent`, one for each table written (a test may write several).
    static func folder(in parent: TemporaryDirectory) throws -> URL {
        let directory = parent.url("piterfm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    public static func quoted(_ field: String) -> String {
        guard field.contains(",") || field.contains("\"") || field.contains("\n") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
