import Foundation
import Yams

/// The taxonomy files embedded at build time (see the EmbedTaxonomy plugin): the YAML of
/// `taxonomy/`, converted to JSON by the build so that start-up decodes JSON, not YAML.
package enum EmbeddedTaxonomy {}

extension Taxonomy {
    private struct WeaponsFile: Decodable {
        var categories: [WeaponCategory]
        var weapons: [WeaponSystem]
    }

    private struct ActorsFile: Decodable { var actors: [Actor] }
    private struct PlacesFile: Decodable { var places: [Place] }

    /// Loads a taxonomy from the contents of `weapons.yaml`, `actors.yaml` and `places.yaml`.
    ///
    /// - Parameter files: File name and YAML text pairs.
    /// - Throws: ``ClaimsError/taxonomy(file:problem:)`` naming the file and what is wrong.
    public static func load(files: [(name: String, contents: String)]) throws(ClaimsError) -> Taxonomy {
        try load(files: files, fileExtension: "yaml") { type, text in try YAMLDecoder().decode(type, from: text) }
    }

    /// Loads the JSON form the build makes of the YAML files (`weapons.json`, ...): the same
    /// schema and types, decoded several times faster than YAML.
    public static func load(jsonFiles files: [(name: String, contents: String)]) throws(ClaimsError) -> Taxonomy {
        try load(files: files, fileExtension: "json") { type, text in try JSONDecoder().decode(type, from: Data(text.utf8)) }
    }

    private static func load(
        files: [(name: String, contents: String)], fileExtension: String,
        decoder: (any Decodable.Type, String) throws -> any Decodable
    ) throws(ClaimsError) -> Taxonomy {
        func decode<T: Decodable>(_ type: T.Type, _ base: String) throws(ClaimsError) -> T {
            let name = "\(base).\(fileExtension)"
            guard let file = files.first(where: { $0.name == name }) else {
                throw .taxonomy(file: name, problem: "missing")
            }
            do {
                guard let value = try decoder(type, file.contents) as? T else { throw ClaimsError.taxonomy(file: name, problem: "unexpected type") }
                return value
            } catch let error as ClaimsError {
                throw error
            } catch let error as DecodingError {
                throw .taxonomy(file: name, problem: describe(error))
            } catch {
                throw .taxonomy(file: name, problem: "\(error)")
            }
        }
        let weapons = try decode(WeaponsFile.self, "weapons")
        let actors = try decode(ActorsFile.self, "actors")
        let places = try decode(PlacesFile.self, "places")
        return try Taxonomy(categories: weapons.categories, weapons: weapons.weapons, actors: actors.actors, places: places.places)
    }

    /// The taxonomy shipped inside the tool.
    ///
    /// - Throws: ``ClaimsError/taxonomy(file:problem:)`` if the embedded YAML is broken (a build defect
    ///   that the test suite catches).
    public static func embedded() throws(ClaimsError) -> Taxonomy {
        try embeddedResult.get()
    }

    private static let embeddedResult: Result<Taxonomy, ClaimsError> = {
        do throws(ClaimsError) {
            return .success(try load(jsonFiles: EmbeddedTaxonomy.files))
        } catch {
            return .failure(error)
        }
    }()

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context):
            return "\(path(context)): missing key '\(key.stringValue)'"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
