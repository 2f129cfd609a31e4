import ClaimsCore
import ClaimsExtraction

/// Which action a wording claims beyond its verb's class: air defence as the agent of a verb of
/// hitting shot the weapons down; weapons that arrived somewhere hit it; weapons in the
/// instrumental that destroyed something on the ground struck it.
extension SlavicAnalyzer {
    /// "силами та засобами ППО ... було уражено", "средствами противовоздушной обороны поражено",
    /// "знищені протиповітряною обороною": air defence named in the instrumental in the verb's
    /// clause (no comma between) is who hit the weapons: it shot them down.
    func hasAirDefenceAgent(near verb: Int) -> Bool {
        let (first, last) = clause(from: verb, to: verb, endingAtCommas: true)
        return (first...last).contains { position in
            tokens[position].slavic == .airDefence
                && (position > first && Self.agentKeys.contains(tokens[position - 1].key)
                    || position < last && Self.defenceAgentKeys.contains(tokens[position + 1].key))
        }
    }

    /// The instrumental nouns of a force acting: "силами ППО", "засобами протиповітряної оборони",
    /// "средствами ПВО", "расчетами ПВО".
    static let agentKeys: KeySet = KeySet([
        "силами", "засобами", "розрахунками", "підрозділами", "системами", "комплексами",
        "средствами", "расчетами", "расчётами", "подразделениями",
    ])
    static let defenceAgentKeys: KeySet = KeySet(["обороною", "обороной"])

    /// "дві ракети прилетіли в промзону": where arriving weapons hit.
    static let arrivalKeys: KeySet = KeySet(["в", "у", "во", "біля", "по", "поблизу", "возле", "около", "рядом"])
    /// Ukrainian full participles of launch verbs ("застосовані"), a predicate only after "були".
    static let attributiveParticipleKeys: KeySet = KeySet(["застосовані", "застосована", "застосований"])

    /// "у бік", "в сторону", "в направлении": a direction flown, not a place hit.
    static let directionKeys: KeySet = KeySet(["бік", "сторону", "напрямку", "напрямі", "направлении", "направлению"])

    /// Whether the phrase is a weapon in the instrumental ("высокоточными ракетами", "ударними
    /// дронами") that the destroying verb at `verb` tells destroyed something on the ground
    /// ("авиатехнику", "склад", "на аэродроме"): a strike. Not air defence's own missiles.
    func destroysOnTheGround(_ phrase: Phrase, verb: Int) -> Bool {
        let info = index.weapons[Int(phrase.weapon)]
        // (The cheap tests first: this runs for every weapon of a verb of destroying.)
        guard !phrase.isElliptical, info.family != .aircraft, !info.isInterceptor,
              !tokens.contains(where: { $0.slavic == .airDefence }), isInstrumental(phrase)
        else { return false }
        let (first, last) = clause(from: min(verb, phrase.first), to: max(verb, phrase.last))
        return (first...last).contains { position in
            guard tokens[position].isWord, position < phrase.first || position > phrase.last else { return false }
            return word(position, startsWithAny: Self.groundStems)
        }
    }

    /// Stems of what stands on the ground: airfields, hardware, depots, positions.
    static let groundStems: [[UInt8]] = byteForms([
        "аэродром", "аеродром", "авиатехник", "авіатехнік", "техник", "технік", "склад", "ангар", "стоянк",
        "позици", "позиці", "казарм", "нпз", "нефтебаз", "нафтобаз", "пусков", "пускові", "установк",
    ])
}
