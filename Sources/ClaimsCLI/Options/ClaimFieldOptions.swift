import ArgumentParser
import ClaimsCore
import ClaimsWorkflows

/// The fields of a claim, shared by `add` (some required) and `edit` (all optional).
struct ClaimFieldOptions: ParsableArguments {
    @Option(help: "What is claimed: strike, intercept or launch.")
    var kind: ClaimKind?

    @Option(help: ArgumentHelp("The weapon system: a taxonomy id, name or alias (Kalibr, Калибр, 3M-14).", valueName: "name"))
    var system: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("The exact count, a whole number (use --count-text for 'at least 20', 'several').", valueName: "n"))
    var count: String?

    @Option(name: .customLong("count-text"), help: ArgumentHelp(
        "The count as worded: 'at least 20', 'up to 17', '20-25', 'about 30', 'several'.", valueName: "words"))
    var countText: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("For intercepts: how many were launched ('5 of 7' → 7).", valueName: "n"))
    var launched: String?

    @Option(help: ArgumentHelp("Who makes the claim: an actor id, name or alias (ru-mod, \"Ukrainian Air Force\").", valueName: "actor"))
    var claimant: String?

    @Option(name: .customLong("weapon-side"), help: ArgumentHelp(
        "The side that used the weapon (default: from the taxonomy and the kind).", valueName: "side"))
    var weaponSide: Side?

    @Option(help: ArgumentHelp("Where: a gazetteer name (Belgorod region, Zaporozhye); use --location-text for free text.", valueName: "place"))
    var location: String?

    @Option(name: .customLong("location-text"), help: ArgumentHelp("The location as the source words it.", valueName: "text"))
    var locationText: String?

    @Option(help: ArgumentHelp("When: YYYY-MM-DD, YYYY-MM-DDTHH:MM, or a window START..END.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("What was targeted (an arms depot, Dnipro).", valueName: "text"))
    var target: String?

    @Option(name: .customLong("weapon-origin"), help: ArgumentHelp("Where the weapon came from ('United States').", valueName: "country"))
    var weaponOrigin: String?

    @Option(help: "Verification status: unverified, confirmed, disputed, denied (use `claims retract` to retract).")
    var status: VerificationStatus?

    @Option(help: ArgumentHelp("Admiralty grade: source A-F, information 1-6 (B2).", valueName: "grade"))
    var reliability: String?

    @Option(help: ArgumentHelp("Free-text notes.", valueName: "text"))
    var notes: String?

    /// The fields as the workflows take them.
    var claimFields: ClaimFields {
        var fields = ClaimFields()
        fields.kind = kind
        fields.system = system
        fields.count = count
        fields.countText = countText
        fields.launched = launched
        fields.claimant = claimant
        fields.weaponSide = weaponSide
        fields.location = location
        fields.locationText = locationText
        fields.date = date
        fields.target = target
        fields.weaponOrigin = weaponOrigin
        fields.status = status
        fields.reliability = reliability
        fields.notes = notes
        return fields
    }

    /// Whether any claim field was given on the command line.
    var hasCorrections: Bool { claimFields.hasCorrections }
}

/// How a citation is given on the command line.
struct CitationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The source: a URL (created if new) or an existing source id.", valueName: "url-or-id"))
    var source: String?

    @Option(help: ArgumentHelp("The verbatim words of the source that carry the claim.", valueName: "text"))
    var quote: String?

    @Option(help: ArgumentHelp("For a new source: its publication date, YYYY-MM-DD.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("For a new source: the outlet (default: the URL's host).", valueName: "name"))
    var outlet: String?

    @Option(help: ArgumentHelp("For a new source: its title.", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("The relay chain: 'Reuters citing Ukrinform citing the Air Force'.", valueName: "text"))
    var relay: String?
}
