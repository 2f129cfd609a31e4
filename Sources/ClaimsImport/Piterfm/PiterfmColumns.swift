/// The columns of `missile_attacks_daily.csv` (Petro Ivaniuk's "Massive Missile Attacks on
/// Ukraine" dataset) and where each one goes in a claim.
struct PiterfmColumns {
    /// Columns without which a row cannot become a claim.
    static let required = ["time_start", "time_end", "model", "launched", "destroyed", "source"]

    /// Columns mapped to claim fields (the others are kept verbatim in ``ClaimContent/extra``).
    static let mapped: Set<String> = ["time_start", "time_end", "model", "launched", "destroyed", "target"]

    /// The header names, in file order.
    let names: [String]
    let timeStart: Int
    let timeEnd: Int
    let model: Int
    let launched: Int
    let destroyed: Int
    let source: Int
    let target: Int?
    /// The columns kept in `extra`: (index, name).
    let kept: [(index: Int, name: String)]

    /// Reads the header.
    ///
    /// - Throws: ``PiterfmProblem`` naming the first missing required column.
    init(header: [String]) throws(PiterfmProblem) {
        var names = header
        if let first = names.first, first.hasPrefix("\u{FEFF}") { names[0] = String(first.dropFirst()) }
        names = names.map { $0.trimmingCharacters() }
        self.names = names
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
        for name in Self.required where index[name] == nil {
            let found = names.prefix(6).joined(separator: ",")
            throw PiterfmProblem(
                "missing required column '\(name)' (the header starts '\(found.prefix(80))'): "
                    + "expected missile_attacks_daily.csv of the piterfm dataset"
            )
        }
        timeStart = index["time_start"]!
        timeEnd = index["time_end"]!
        model = index["model"]!
        launched = index["launched"]!
        destroyed = index["destroyed"]!
        source = index["source"]!
        target = index["target"]
        var kept: [(Int, String)] = []
        for (position, name) in names.enumerated() where !Self.mapped.contains(name) && !name.isEmpty && index[name] == position {
            kept.append((position, name))
        }
        self.kept = kept
    }
}

/// A problem with one row or the header; the importer adds the file and line.
struct PiterfmProblem: Error, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
}
