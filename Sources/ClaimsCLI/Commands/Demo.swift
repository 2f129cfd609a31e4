import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a ledger from the bundled example article and print the intercept tally.",
        discussion: """
            Uses a temporary ledger (or --db to keep it). The article, written for this project,
            is examples/overnight-barrage.txt.
            """
    )

    @Option(help: ArgumentHelp("Keep the demo ledger at this path (it must not exist yet).", valueName: "path"))
    var db: String?

    func run() throws {
        guard let article = EmbeddedExamples.files.first(where: { $0.name == "overnight-barrage.txt" })?.contents else {
            throw CLIFailure("the example article is missing from this build")
        }
        let taxonomy = try loadTaxonomy()
        let path = db ?? NSTemporaryDirectory() + "claims-demo-\(getpid()).sqlite"
        if FileManager.default.fileExists(atPath: path) {
            throw CLIFailure.usage("db: \(path) already exists: give a new path")
        }
        defer {
            if db == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let ledger = try store { try Ledger.open(path: path, create: true) }
        let annotations = DemoAnnotations.claims
        try store {
            try ledger.write { session in
                let source = try session.addSource(Source(
                    kind: .article, url: "https://example.org/overnight-barrage", outlet: "Example Wire",
                    title: "Ukraine says it downed most of an overnight barrage", published: EventTime("2024-11-17"),
                    language: "en", text: article
                ))
                for annotation in annotations {
                    guard let range = article.range(of: annotation.quote) else {
                        throw CLIFailure("demo annotation quote not found in the article: \(annotation.quote)")
                    }
                    let start = article.unicodeScalars.distance(from: article.unicodeScalars.startIndex, to: range.lowerBound)
                    let end = start + annotation.quote.unicodeScalars.count
                    var content = ClaimContent(
                        kind: annotation.kind, system: try taxonomy.resolveSystem(annotation.system),
                        claimant: try taxonomy.resolveActor(annotation.claimant), claimantSide: .ukraine, count: annotation.count,
                        launched: annotation.launched, event: EventWindow(start: EventTime("2024-11-17")!)
                    )
                    content.claimantSide = taxonomy.actor(id: content.claimant)?.side ?? .thirdParty
                    content.weaponSide = content.kind == .intercept ? content.claimantSide.opponent : content.claimantSide
                    if let place = annotation.place { content.place = try taxonomy.resolvePlace(place); content.location = place }
                    try session.createClaim(content, citations: [Citation(sourceID: source.id, quote: annotation.quote, start: start, end: end)])
                }
            }
        }
        var filter = ClaimFilter()
        filter.kinds = [.intercept]
        let claims = try store { try ledger.read { try $0.claims(matching: filter) } }
        Terminal.write("Ledger: \(path)\(db == nil ? " (temporary)" : "")\n")
        Terminal.write("Logged \(annotations.count) claims from examples/overnight-barrage.txt\n\n")
        Terminal.write("Claimed intercepts by system and claimant:\n")
        var totals: [String: (claims: Int, count: Int, launched: Int, unknown: Int)] = [:]
        for claim in claims {
            let key = "\(taxonomy.displayName(ofSystem: claim.content.system))\t\(taxonomy.actor(id: claim.content.claimant)?.name ?? "")"
            var total = totals[key, default: (0, 0, 0, 0)]
            total.claims += 1
            if let count = claim.content.count.exact { total.count += count } else { total.unknown += 1 }
            total.launched += claim.content.launched ?? 0
            totals[key] = total
        }
        var table = Table(columns: [.init("SYSTEM"), .init("CLAIMANT"), .init("CLAIMS", .right), .init("DOWNED", .right),
                                    .init("LAUNCHED", .right), .init("VAGUE", .right)])
        for key in totals.keys.sorted() {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let total = totals[key]!
            table.append([parts[0], parts[1], String(total.claims), String(total.count),
                          total.launched > 0 ? String(total.launched) : "", String(total.unknown)])
        }
        Terminal.write(table.render(.table, width: Terminal.width))
    }
}

/// Hand annotations of the example article (the extractor replaces these once it lands).
enum DemoAnnotations {
    struct Annotation {
        var kind: ClaimKind
        var system: String
        var count: ClaimCount
        var launched: Int?
        var claimant: String
        var place: String?
        var quote: String
    }

    static let claims: [Annotation] = [
        Annotation(kind: .intercept, system: "missiles", count: .exactly(104), launched: 120, claimant: "Ukrainian Air Force", place: nil,
                   quote: "Ukraine's air force said it had shot down 104 of 120 missiles and 42 of 90 drones launched at the country overnight."),
        Annotation(kind: .intercept, system: "drones", count: .exactly(42), launched: 90, claimant: "Ukrainian Air Force", place: nil,
                   quote: "Ukraine's air force said it had shot down 104 of 120 missiles and 42 of 90 drones launched at the country overnight."),
        Annotation(kind: .intercept, system: "Kalibr", count: .exactly(12), launched: nil, claimant: "Ukrainian Air Force", place: "Odesa region",
                   quote: "The air force said air defences destroyed 12 Kalibr cruise missiles over the Odesa region."),
        Annotation(kind: .intercept, system: "Shahed", count: CountWords.parse("at least 20")!, launched: nil, claimant: "Ukrainian Air Force", place: "Kyiv region",
                   quote: "It added that at least 20 Shahed drones were downed over the Kyiv region."),
        Annotation(kind: .strike, system: "Kinzhal", count: .unknown(text: "a massive strike"), launched: nil, claimant: "Russian Defence Ministry", place: nil,
                   quote: "Russia's Defence Ministry said it had struck energy facilities that supply Ukraine's defence industry with a massive strike using Kinzhal hypersonic missiles."),
        Annotation(kind: .intercept, system: "drones", count: .exactly(8), launched: nil, claimant: "Russian Defence Ministry", place: "Bryansk region",
                   quote: "In a separate statement, the Russian Defence Ministry said its air defences had shot down 8 Ukrainian drones over the Bryansk region and two Neptune missiles over the Black Sea."),
        Annotation(kind: .intercept, system: "Neptune", count: .exactly(2), launched: nil, claimant: "Russian Defence Ministry", place: "Black Sea",
                   quote: "In a separate statement, the Russian Defence Ministry said its air defences had shot down 8 Ukrainian drones over the Bryansk region and two Neptune missiles over the Black Sea."),
    ]
}
