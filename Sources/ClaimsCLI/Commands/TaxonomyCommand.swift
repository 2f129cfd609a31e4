import ArgumentParser
import ClaimsCore
import ClaimsReporting
import ClaimsWorkflows

struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "Look up weapon systems, actors and places, and their aliases.",
        subcommands: [Resolve.self, ListEntries.self]
    )

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resolve",
            abstract: "Resolve a name through the aliases (any script, case, hyphens): exit 1 with suggestions when unknown.",
            discussion: "Examples: claims taxonomy resolve Калибр; claims taxonomy resolve \"Sevastopol governor\" --kind actors"
        )

        @Argument(help: "The name to resolve.")
        var name: String
        @Option(help: "Where to look: weapons (default), actors or places.")
        var kind: Taxonomy.Section = .weapons
        @OptionGroup var output: FormatOptions

        func run() throws {
            let taxonomy = try loadTaxonomy()
            let id: String
            let entryName: String
            let category: String
            do {
                switch kind {
                case .weapons:
                    id = try taxonomy.resolveSystem(name)
                    entryName = taxonomy.displayName(ofSystem: id)
                    category = taxonomy.weapon(id: id).map { $0.category } ?? "composite"
                case .actors:
                    id = try taxonomy.resolveActor(name)
                    let actor = taxonomy.actor(id: id)
                    entryName = actor?.name ?? id
                    category = actor.map { "\($0.kind.rawValue), \($0.side.rawValue)" } ?? ""
                case .places:
                    id = try taxonomy.resolvePlace(name)
                    let place = taxonomy.place(id: id)
                    entryName = place?.name ?? id
                    category = place?.kind.rawValue ?? ""
                }
            } catch {
                throw CLIFailure(error.description)
            }
            if output.format == .json {
                var writer = JSONWriter()
                writer.beginObject()
                writer.key("category"); writer.string(category)
                writer.key("id"); writer.string(id)
                writer.key("name"); writer.string(entryName)
                writer.endObject()
                writer.newline()
                Terminal.write(bytes: writer.bytes)
            } else {
                let table = Table(columns: [.init("ID"), .init("NAME"), .init("CATEGORY")], rows: [[id, entryName, category]])
                Terminal.write(table.render(output.format, width: Terminal.width))
            }
        }
    }

    struct ListEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the taxonomy's entries with their names and aliases.",
            discussion: "Example: claims taxonomy list --kind places --format csv"
        )

        @Option(help: "weapons (default), actors or places.")
        var kind: Taxonomy.Section = .weapons
        @OptionGroup var output: FormatOptions

        func run() throws {
            let taxonomy = try loadTaxonomy()
            var table: Table
            switch kind {
            case .weapons:
                table = Table(columns: [.init("ID"), .init("NAME"), .init("CATEGORY"), .init("SIDES"), .init("ROLE"), .init("ALIASES")])
                for weapon in taxonomy.weapons {
                    table.append([weapon.id, weapon.name, weapon.category, weapon.sides.map(\.rawValue).joined(separator: ","),
                                  weapon.role.rawValue, (weapon.designations + weapon.aliases).joined(separator: "; ")])
                }
            case .actors:
                table = Table(columns: [.init("ID"), .init("NAME"), .init("SIDE"), .init("KIND"), .init("ALIASES")])
                for actor in taxonomy.actors {
                    table.append([actor.id, actor.name, actor.side.rawValue, actor.kind.rawValue, actor.aliases.joined(separator: "; ")])
                }
            case .places:
                table = Table(columns: [.init("ID"), .init("NAME"), .init("KIND"), .init("COUNTRY"), .init("ALIASES")])
                for place in taxonomy.places {
                    table.append([place.id, place.name, place.kind.rawValue, place.country ?? "", place.aliases.joined(separator: "; ")])
                }
            }
            if output.format == .json {
                var writer = JSONWriter(capacity: 1 << 16)
                writer.beginArray()
                for row in table.rows {
                    writer.beginObject()
                    for (column, cell) in zip(table.columns, row) {
                        writer.key(dynamic: column.title.lowercased())
                        writer.string(cell)
                    }
                    writer.endObject()
                }
                writer.endArray()
                writer.newline()
                Terminal.write(bytes: writer.bytes)
            } else {
                Terminal.write(table.render(output.format, width: Terminal.width))
            }
        }
    }
}

extension Taxonomy.Section: ExpressibleByArgument {}
