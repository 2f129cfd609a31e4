import Foundation
import PackagePlugin

/// Embeds text files of the package into a target as Swift string literals, so they ship inside
/// every binary: `taxonomy/*.yaml` into ClaimsCore (as `EmbeddedTaxonomy.files`) and
/// `examples/*.txt` into ClaimsCLI (as `EmbeddedExamples.files`, for `claims demo`).
@main
struct EmbedTaxonomy: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let (folder, fileExtension, typeName) = target.name == "ClaimsCLI"
            ? ("examples", "txt", "EmbeddedExamples")
            : ("taxonomy", "yaml", "EmbeddedTaxonomy")
        let directory = context.package.directoryURL.appending(path: folder)
        let files = try FileManager.default
            .contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == fileExtension }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(typeName).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(folder)/*.\(fileExtension) (\(files.count) files)",
                executable: try context.tool(named: "TaxonomyEmbedder").url,
                arguments: [typeName, output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
