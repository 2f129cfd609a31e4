// swift-tools-version:6.1
import PackageDescription

/// One set of settings for every target (Swift 6 language mode is the default for tools 6.x).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "claims-ledger",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "claims", targets: ["ClaimsCLI"]),
        .executable(name: "claims-bench", targets: ["ClaimsBenchmarks"]),
        .library(name: "ClaimsCore", targets: ["ClaimsCore"]),
        .library(name: "ClaimsImport", targets: ["ClaimsImport"]),
        .library(name: "ClaimsStore", targets: ["ClaimsStore"]),
        .library(name: "ClaimsExtraction", targets: ["ClaimsExtraction"]),
        .library(name: "ClaimsLanguages", targets: ["ClaimsLanguages"]),
        .library(name: "ClaimsReporting", targets: ["ClaimsReporting"]),
        .library(name: "ClaimsWorkflows", targets: ["ClaimsWorkflows"]),
        .library(name: "ClaimsServer", targets: ["ClaimsServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // MARK: Libraries

        /// Domain model, taxonomy, validation rules. No GRDB.
        .target(
            name: "ClaimsCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["EmbedTaxonomy"]
        ),
        /// Import formats (JSON Lines, claims CSV, the piterfm dataset) decoded into records the
        /// store writes through one bulk-import entry point. No GRDB, no Foundation.
        .target(
            name: "ClaimsImport",
            dependencies: ["ClaimsCore"],
            swiftSettings: swiftSettings
        ),
        /// The append-only SQLite ledger (GRDB lives here only).
        .target(
            name: "ClaimsStore",
            dependencies: [
                "ClaimsCore",
                "ClaimsImport",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API, for binding values directly in bulk-import hot paths.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        /// Rule-based claim extraction from article text.
        .target(
            name: "ClaimsExtraction",
            dependencies: ["ClaimsCore"],
            swiftSettings: swiftSettings
        ),
        /// The English grammar of the extraction engine.
        .target(
            name: "ClaimsGrammarEnglish",
            dependencies: ["ClaimsCore", "ClaimsExtraction"],
            swiftSettings: swiftSettings
        ),
        /// The rules the East Slavic grammars share, read from each language's word tables.
        .target(
            name: "ClaimsGrammarSlavic",
            dependencies: ["ClaimsCore", "ClaimsExtraction"],
            swiftSettings: swiftSettings
        ),
        /// The Ukrainian grammar (word tables over the East Slavic rules).
        .target(
            name: "ClaimsGrammarUkrainian",
            dependencies: ["ClaimsCore", "ClaimsExtraction", "ClaimsGrammarSlavic"],
            swiftSettings: swiftSettings
        ),
        /// The Russian grammar (word tables over the East Slavic rules).
        .target(
            name: "ClaimsGrammarRussian",
            dependencies: ["ClaimsCore", "ClaimsExtraction", "ClaimsGrammarSlavic"],
            swiftSettings: swiftSettings
        ),
        /// Every grammar behind one `Extractor(taxonomy:)`: the only target that lists languages.
        .target(
            name: "ClaimsLanguages",
            dependencies: [
                "ClaimsCore", "ClaimsExtraction", "ClaimsGrammarEnglish", "ClaimsGrammarUkrainian", "ClaimsGrammarRussian",
            ],
            swiftSettings: swiftSettings
        ),
        /// Tallies, comparisons and renderers (table, CSV, Markdown, JSON, HTML).
        .target(
            name: "ClaimsReporting",
            dependencies: ["ClaimsCore"],
            swiftSettings: swiftSettings
        ),
        /// Workflows shared by the CLI and the server: logging an article, the review queue,
        /// claim drafts, tally support. No ArgumentParser, no Hummingbird.
        .target(
            name: "ClaimsWorkflows",
            dependencies: ["ClaimsCore", "ClaimsStore", "ClaimsExtraction", "ClaimsLanguages", "ClaimsReporting"],
            swiftSettings: swiftSettings
        ),
        /// `claims serve`: the Hummingbird web UI and JSON API over the workflows.
        .target(
            name: "ClaimsServer",
            dependencies: [
                "ClaimsCore", "ClaimsStore", "ClaimsExtraction", "ClaimsLanguages", "ClaimsReporting", "ClaimsWorkflows",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        /// The thin `claims` executable.
        .executableTarget(
            name: "ClaimsCLI",
            dependencies: [
                "ClaimsCore", "ClaimsStore", "ClaimsExtraction", "ClaimsLanguages", "ClaimsReporting", "ClaimsWorkflows",
                "ClaimsServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["EmbedTaxonomy"]
        ),
        /// Builders and in-memory ledgers for tests.
        .target(
            name: "ClaimsTestSupport",
            dependencies: ["ClaimsCore", "ClaimsImport", "ClaimsStore"],
            swiftSettings: swiftSettings
        ),

        /// Library-level benchmarks driven by bench/*.sh (not shipped).
        .executableTarget(
            name: "ClaimsBenchmarks",
            dependencies: ["ClaimsCore", "ClaimsStore"],
            swiftSettings: swiftSettings
        ),

        // MARK: Build tooling

        /// Embeds `taxonomy/*.yaml` into the ClaimsCore binary at build time.
        .executableTarget(
            name: "TaxonomyEmbedder",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .plugin(name: "EmbedTaxonomy", capability: .buildTool(), dependencies: ["TaxonomyEmbedder"]),

        // MARK: Tests

        .testTarget(
            name: "ClaimsCoreTests",
            dependencies: ["ClaimsCore", "ClaimsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimsImportTests",
            dependencies: ["ClaimsImport", "ClaimsCore", "ClaimsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimsStoreTests",
            dependencies: [
                "ClaimsStore", "ClaimsTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                // An independent CSV parser, to check the importers' counts against.
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["Fixtures"],  // a v6 ledger and how it was made, read through #filePath
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimsExtractionTests",
            dependencies: ["ClaimsExtraction", "ClaimsLanguages", "ClaimsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimsGrammarSlavicTests",
            dependencies: ["ClaimsExtraction", "ClaimsLanguages", "ClaimsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimsReportingTests",
            dependencies: ["ClaimsReporting", "ClaimsTestSupport"],
            exclude: ["Fixtures"],  // golden files, read through #filePath
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimsWorkflowsTests",
            dependencies: ["ClaimsWorkflows", "ClaimsCore", "ClaimsStore", "ClaimsExtraction", "ClaimsLanguages", "ClaimsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimsServerTests",
            dependencies: [
                "ClaimsServer", "ClaimsWorkflows", "ClaimsExtraction", "ClaimsLanguages", "ClaimsTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ClaimsCLITests",
            dependencies: [
                "ClaimsCLI", "ClaimsServer", "ClaimsTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
