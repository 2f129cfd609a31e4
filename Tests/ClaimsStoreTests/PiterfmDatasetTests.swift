import ClaimsCore
import ClaimsStore
import ClaimsTestSupport
import CSV
import Foundation
import Testing

/// The whole public dataset (../shared/data/piterfm): the intercept tally read back from the
/// ledger must equal a count made independently over the CSV (parsed by another CSV library).
@Suite(.enabled(if: SharedData.isAvailable)) struct PiterfmDatasetTests {
    /// Per system (or composite group): destroyed (known counts), launched, rows, rows without a destroyed count.
    struct Tally: Equatable, CustomStringConvertible {
        var destroyed = 0, launched = 0, rows = 0, unknownDestroyed = 0
        var description: String { "\(destroyed) of \(launched) in \(rows) rows (\(unknownDestroyed) unknown)" }
    }

    static var attacks: String { SharedData.piterfm.appendingPathComponent("missile_attacks_daily.csv").path }

    /// The expectation, computed from the CSV alone with CSV.swift, floats summed as the file writes them.
    static func independentTally(taxonomy: Taxonomy) throws -> [String: Tally] {
        let stream = try #require(InputStream(fileAtPath: attacks))
        let reader = try CSVReader(stream: stream, hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        let model = try #require(header.firstIndex(of: "model"))
        let launched = try #require(header.firstIndex(of: "launched"))
        let destroyed = try #require(header.firstIndex(of: "destroyed"))
        var tally: [String: Tally] = [:]
        while let row = reader.next() {
            let system = try taxonomy.resolveSystem(row[model])
            var entry = tally[system, default: Tally()]
            entry.rows += 1
            if let value = Double(row[destroyed]) { entry.destroyed += Int(value) } else { entry.unknownDestroyed += 1 }
            if let value = Double(row[launched]) { entry.launched += Int(value) }
            tally[system] = entry
        }
        return tally
    }

    /// The tally read back from the ledger's current claims.
    static func ledgerTally(_ ledger: Ledger) throws -> [String: Tally] {
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        var tally: [String: Tally] = [:]
        try ledger.read { reader in
            try reader.forEachClaim(matching: filter) { claim in
                let content = claim.content
                var entry = tally[content.system, default: Tally()]
                entry.rows += 1
                if content.count.isExact, let count = content.count.exact { entry.destroyed += count } else { entry.unknownDestroyed += 1 }
                entry.launched += content.launched ?? 0
                tally[content.system] = entry
            }
        }
        return tally
    }

    static func total(_ tally: [String: Tally]) -> Tally {
        tally.values.reduce(into: Tally()) { sum, entry in
            sum.destroyed += entry.destroyed
            sum.launched += entry.launched
            sum.rows += entry.rows
            sum.unknownDestroyed += entry.unknownDestroyed
        }
    }

    @Test func interceptTallyEqualsAnIndependentCountOverTheCSV() throws {
        let taxonomy = try TestLedger.taxonomy()
        let ledger = try TestLedger.make()

        let summary = try ledger.importPiterfm(file: Self.attacks, taxonomy: taxonomy)

        let expected = try Self.independentTally(taxonomy: taxonomy)
        let actual = try Self.ledgerTally(ledger)
        #expect(actual == expected)
        // Every row is accounted for.
        #expect(summary.rowsRead == Self.total(expected).rows)
        #expect(summary.rejected.isEmpty)
        #expect(summary.isBalanced)

        // The figures stated in the issue.
        let total = Self.total(actual)
        #expect(total.destroyed == 63_810)
        #expect(total.launched == 89_870)
        #expect(total.unknownDestroyed == 6)
        #expect(actual["shahed-136"].map { [$0.destroyed, $0.launched] } == [55_684, 78_878])
        #expect(actual["kalibr"].map { [$0.destroyed, $0.launched] } == [397, 518])
        #expect(actual["kinzhal"].map { [$0.destroyed, $0.launched] } == [64, 224])
    }

    @Test func compositeRowsAreTalliedAsTheirGroupNeverAddedToMembers() throws {
        let taxonomy = try TestLedger.taxonomy()
        let ledger = try TestLedger.make()
        _ = try ledger.importPiterfm(file: Self.attacks, taxonomy: taxonomy)

        let tally = try Self.ledgerTally(ledger)

        let composites = tally.keys.filter { SystemReference($0).isComposite }
        #expect(composites.contains("kalibr+kh-101-or-kh-555"))
        #expect(tally["kalibr+kh-101-or-kh-555"]?.rows == 9)
        // Kalibr alone counts only the 71 rows that name Kalibr alone.
        #expect(tally["kalibr"]?.rows == 71)
    }

    @Test func reimportingTheDatasetAddsNothingAndTheLedgerVerifies() throws {
        let taxonomy = try TestLedger.taxonomy()
        let ledger = try TestLedger.make()
        let first = try ledger.importPiterfm(file: Self.attacks, taxonomy: taxonomy)
        let head = try ledger.read { try $0.headHash() }

        let second = try ledger.importPiterfm(file: Self.attacks, taxonomy: taxonomy)

        #expect(second.claimsUnchanged == first.claimsAdded)
        #expect(second.claimsAdded == 0 && second.claimsUpdated == 0)
        #expect(try ledger.read { try $0.headHash() } == head)
        #expect(try ledger.verify().isValid)
    }
}
