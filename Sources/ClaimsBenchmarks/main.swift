// Library-level benchmarks, driven by the scripts in bench/.
//
// Usage: claims-bench add LEDGER CLAIMS.csv
//   Reads rows made by `bench/generate_claims.py N --format csv` (parsing is not timed), then adds
//   them all as claims through ClaimsStore in one transaction and prints the seconds it took.
import ClaimsCore
import ClaimsStore
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("claims-bench: \(message)\n".utf8))
    exit(2)
}

/// Splits one line of the generator's CSV (only the last field is quoted).
func fields(_ line: Substring) -> [Substring] {
    guard let quote = line.firstIndex(of: "\"") else { return line.split(separator: ",", omittingEmptySubsequences: false) }
    var parts = line[..<quote].split(separator: ",", omittingEmptySubsequences: false)
    parts.removeLast()
    parts.append(line[line.index(after: quote)..<line.index(before: line.endIndex)])
    return parts
}

func loadRows(_ path: String) -> [(ClaimContent, String, String)] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    var rows: [(ClaimContent, String, String)] = []
    for line in text.split(separator: "\n").dropFirst() {
        let f = fields(line)
        guard f.count == 13 else { fail("bad row: \(line)") }
        let count: ClaimCount = f[5].isEmpty ? .unknown(text: String(f[6])) : .exactly(Int(f[5])!)
        let content = ClaimContent(
            kind: ClaimKind(rawValue: String(f[0]))!, system: String(f[1]), claimant: String(f[2]),
            claimantSide: Side(rawValue: String(f[3]))!, weaponSide: Side(rawValue: String(f[4])), count: count,
            launched: Int(f[8]), event: EventTime(f[9]).map { EventWindow(start: $0) },
            place: f[10].isEmpty ? nil : String(f[10])
        )
        rows.append((content, String(f[11]), String(f[12])))
    }
    return rows
}

let arguments = CommandLine.arguments
guard arguments.count == 4, arguments[1] == "add" else { fail("usage: claims-bench add LEDGER CLAIMS.csv") }
let rows = loadRows(arguments[3])
let ledger: Ledger
do { ledger = try Ledger.open(path: arguments[2], create: true) } catch { fail("\(error)") }
let clock = ContinuousClock()
let elapsed = try clock.measure {
    try ledger.write { session in
        var sources: [String: Int64] = [:]
        for (content, url, quote) in rows {
            let sourceID: Int64
            if let known = sources[url] {
                sourceID = known
            } else {
                sourceID = try session.addSource(Source(url: url, outlet: "example.org")).id
                sources[url] = sourceID
            }
            try session.createClaim(content, citations: [Citation(sourceID: sourceID, quote: quote)])
        }
    }
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(String(format: "%.3f", seconds))
