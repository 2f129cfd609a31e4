import ArgumentParser
import ClaimsExtraction
import ClaimsLanguages
import ClaimsCore
import ClaimsReporting
import ClaimsStore
import ClaimsWorkflows
import Foundation

/// `--db`: where the ledger is.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The ledger file.", discussion: "Defaults to $CLAIMS_DB, else ./claims.sqlite.", valueName: "path"))
    var db: String?

    /// The ledger path after applying the defaults.
    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["CLAIMS_DB"], !environment.isEmpty { return environment }
        return "claims.sqlite"
    }

    /// Opens the ledger (it must exist unless `create`), validating every write against the
    /// taxonomy and the rule catalogue.
    func open(create: Bool = false) throws -> Ledger {
        let taxonomy = try loadTaxonomy()
        do {
            let ledger = try Ledger.open(path: path, create: create)
            return ledger.validating(with: Validator(taxonomy: taxonomy, today: LedgerClock.system.today()))
        } catch {
            throw CLIFailure(error.description)
        }
    }
}

/// `--format`: how data is printed.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: table, json, csv or md.", valueName: "format"))
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}

/// `--language en|uk|ru|auto` for the commands that extract.
struct LanguageOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The article's language: en, uk, ru, or auto to detect it for each sentence from its letters.",
        valueName: "language"
    ))
    var language: String = "auto"

    /// The language to read with, or `nil` to detect it.
    var selected: Language? {
        language == "auto" ? nil : Language(rawValue: language)
    }

    func validate() throws {
        let codes = Extractor.supportedLanguages.map(\.rawValue)
        guard language == "auto" || codes.contains(language) else {
            throw ValidationError("--language: '\(language)' is not supported; use \((codes + ["auto"]).joined(separator: ", "))")
        }
    }
}

extension ClaimKind: ExpressibleByArgument {}
extension VerificationStatus: ExpressibleByArgument {}
extension Side: ExpressibleByArgument {}

/// The embedded taxonomy, with errors mapped for the command line.
func loadTaxonomy() throws -> Taxonomy {
    do {
        return try Taxonomy.embedded()
    } catch {
        throw CLIFailure("the built-in taxonomy is broken: \(error)")
    }
}

/// Runs a store operation, mapping its errors to one-line failures.
func store<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        if case let .caller(inner) = error, let failure = inner as? CLIFailure { throw failure }
        if case let .caller(inner) = error, let failure = inner as? WorkflowError {
            throw CLIFailure(failure.message, exitCode: failure.kind == .usage ? 2 : 1)
        }
        throw CLIFailure(error.description)
    }
}
