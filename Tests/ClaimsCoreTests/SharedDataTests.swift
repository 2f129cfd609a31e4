import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing

@Suite struct SharedDataTests {
    /// With CI=true, a missing ../shared is a failure, not a silent skip.
    @Test func sharedDataIsPresentWhenRunningInCI() {
        if SharedData.isCI {
            #expect(SharedData.isAvailable, "CI=true but \(SharedData.directory.path) has no corpus/dataset: clone the shared folder beside the repository")
        }
    }

    @Test(.enabled(if: SharedData.isAvailable))
    func everyDatasetModelResolvesThroughTheTaxonomy() throws {
        let taxonomy = try TestLedger.taxonomy()
        let text = try String(contentsOf: SharedData.piterfm.appendingPathComponent("missile_attacks_daily.csv"), encoding: .utf8)
        var models = Set<String>()
        for line in text.split(separator: "\n").dropFirst() {
            // `model` is the third column and never quoted in this dataset.
            let columns = line.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
            if columns.count > 2 { models.insert(String(columns[2])) }
        }
        #expect(models.count > 50)
        for model in models.sorted() {
            #expect((try? taxonomy.resolveSystem(model)) != nil, "dataset model '\(model)' does not resolve")
        }
    }
}
