import Foundation
import Synchronization
import Yams

/// The taxonomy YAML files embedded at build time (see the EmbedTaxonomy plugin).
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
        func text(_ name: String) throws(ClaimsError) -> String {
            guard let file = files.first(where: { $0.name == name }) else {
                throw .taxonomy(file: name, problem: "missing")
            }
            return file.contents
        }
        let texts = (weapons: try text("weapons.yaml"), places: try text("places.yaml"), actors: try text("actors.yaml"))
        // The three files decode on separate threads: YAML decoding dominates the start-up of
        // every command that needs names (measured by bench/tally.sh).
        let results = Mutex<(weapons: Result<WeaponsFile, ClaimsError>?, actors: Result<ActorsFile, ClaimsError>?, places: Result<PlacesFile, ClaimsError>?)>((nil, nil, nil))
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            switch index {
            case 0:
                let result = decode(WeaponsFile.self, texts.weapons, file: "weapons.yaml")
                results.withLock { $0.weapons = result }
            case 1:
                let result = decode(PlacesFile.self, texts.places, file: "places.yaml")
                results.withLock { $0.places = result }
            default:
                let result = decode(ActorsFile.self, texts.actors, file: "actors.yaml")
                results.withLock { $0.actors = result }
            }
        }
        let decoded = results.withLock { $0 }
        let weapons = try decoded.weapons!.get()
        let actors = try decoded.actors!.get()
        let places = try decoded.places!.get()
        return try Taxonomy(categories: weapons.categories, weapons: weapons.weapons, actors: actors.actors, places: places.places)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ yaml: String, file name: String) -> Result<T, ClaimsError> {
        do {
            return .success(try YAMLDecoder().decode(type, from: yaml))
        } catch let error as DecodingError {
            return .failure(.taxonomy(file: name, problem: describe(error)))
        } catch {
            return .failure(.taxonomy(file: name, problem: "\(error)"))
        }
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
            return .success(try load(files: EmbeddedTaxonomy.files))
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
