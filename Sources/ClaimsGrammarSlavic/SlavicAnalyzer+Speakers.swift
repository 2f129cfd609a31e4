import ClaimsCore
import ClaimsExtraction

/// Who speaks (an office credited after a dash or before a colon, the name nearest a speech
/// word, a defence ministry or general staff named without its side) and when.
extension SlavicAnalyzer {
    // MARK: - Claimant and date

    /// The actor named after a closing dash ("... – КМВА", "... — Минобороны"), the sentence's
    /// last words, when it is an office and not an outlet.
    func creditedAfterDash() -> ClaimantRef? {
        var last = tokens.count - 1
        while last >= 0, tokens[last].isPunct, !tokens[last].isMark(Mark.emDash), !tokens[last].isMark(Mark.enDash) { last -= 1 }
        guard last > 1, let mention = mention(at: last), mention.ref.section == .actor, mention.last == last else { return nil }
        let dash = mention.first - 1
        guard dash > 0, tokens[dash].isMark(Mark.emDash) || tokens[dash].isMark(Mark.enDash) || (tokens[dash].isMark(Mark.hyphen) && tokens[dash].spaceBefore)
        else { return nil }
        return index.actors[Int(mention.ref.index)].kind == .media ? nil : .actor(mention.ref.index)
    }

    /// "беспилотников ВСУ", "ракет ЗСУ": the owner of the weapons, in the genitive after them,
    /// is no speaker and no office the article has named for later sentences.
    func isWeaponOwner(_ mention: Mention) -> Bool {
        mention.ref.section == .actor && mention.first > 0 && self.mention(at: mention.first - 1)?.ref.section == .weapon
    }

    /// The actor a speech word attributes the sentence to ("повідомили в Повітряних силах",
    /// "по данным Минобороны", "сообщил губернатор").
    func findSpeaker() -> ClaimantRef? {
        let speech = tokens.indices.filter { tokens[$0].has(.speech) }
        // "ППО збила 17 «Шахедів» – Повітряні сили": a headline names its source after a dash.
        if let credited = creditedAfterDash() { return credited }
        // "Минобороны РФ: над Белгородской областью сбиты 10 беспилотников": a source as a header.
        if let credited = creditedBeforeColon() { return credited }
        guard !speech.isEmpty else { return nil }
        // The actor nearest a speech word speaks ("ВСУ выпустили ..., сообщил Гладков": Gladkov).
        var media: Int32?
        var best: (actor: Int32, distance: Int)?
        for mention in mentions where mention.ref.section == .actor {
            let info = index.actors[Int(mention.ref.index)]
            if isWeaponOwner(mention) { continue }
            if info.kind == .media {
                media = media ?? mention.ref.index
                continue
            }
            // "голова ОВА Олександр Старух": a title of no region before the holder's name; the name
            // tells the office.
            if info.kind == .regionalOfficial, info.region == nil, let next = mentions.first(where: { $0.first > mention.last }),
               next.ref.section == .actor, next.first <= mention.last + 3, index.actors[Int(next.ref.index)].kind != .media,
               !(mention.last + 1..<next.first).contains(where: { tokens[$0].isPunct }) {
                continue
            }
            let distance = speech.map { speechDistance(from: $0, to: mention.first, mention.last) }.min() ?? .max
            if best == nil || distance < best!.distance { best = (mention.ref.index, distance) }
        }
        // "..., – уточнив він", "сказала она": the person already speaking, not an office the
        // quote mentions ("у зоні відповідальності Повітряного командування Схід, – уточнив він").
        let bestDistance = best?.distance ?? .max
        if bestDistance > 2, speech.contains(where: { position in
            [position - 1, position + 1].contains { $0 >= 0 && $0 < tokens.count && tokens[$0].slavic == .pronoun && Self.personalPronouns.contains(tokens[$0].key) }
        }) {
            return .pronoun
        }
        // "– йдеться у повідомленні Генштабу": a general staff named without its side speaks when
        // it is nearer the speech word than any named actor.
        if let staff = nearestToSpeech(speech, within: bestDistance, where: isGeneralStaff(at:)) {
            // (Ukraine's in Ukrainian text unless an adjective says otherwise, so that "Про це
            // повідомили у Генштабі" credits the sentences before it; a Russian text's side is
            // left to the article, which usually names the staff in full first.)
            let side = ministrySide(at: staff)
            return .generic(.generalStaff, language == .ukrainian || side == .russia ? side : nil)
        }
        // "..., сообщило Минобороны": a defence ministry named without its country, nearer the
        // speech word than any named actor ("ВСУ выпустили ..., сообщило Минобороны": not the ВСУ).
        if let ministry = nearestToSpeech(speech, within: bestDistance, where: isDefenceMinistry(at:)) {
            return .generic(.ministry, ministrySide(at: ministry))
        }
        // "в ведомстве уточнили", "говорится в telegram-канале ведомства": the office named before.
        if nearestToSpeech(speech, within: bestDistance, where: { tokens[$0].slavic == .agency }) != nil {
            return .generic(.ministry, nil)
        }
        if let best { return .actor(best.actor) }
        // "..., – вказали військові", "сообщили военные": the military the article has named.
        if speech.contains(where: { position in
            [position - 1, position + 1].contains { $0 >= 0 && $0 < tokens.count && tokens[$0].slavic == .military }
        }) {
            return .generic(.military, nil)
        }
        // "повідомив начальник слідчого управління поліції ..., передає Укрінформ": an official the
        // taxonomy does not know speaks; the outlet only relays.
        // (An official of the outlet's own country, for all the outlet says.)
        if let media, tokens.contains(where: { $0.slavic == .official }) {
            let side = index.actors[Int(media)].side
            return .generic(.officials, side == .thirdParty ? nil : side)
        }
        if let media { return .media(media) }
        // "Болвінов розповів", "заявил Синегубов", "начальник поліції повідомив": a person the
        // taxonomy does not know; the claim's place tells whose official (the article context).
        // (A capitalised word opening the sentence may be any word: only a title counts there.)
        let speaksInPerson = speech.contains { position in
            let named = [position - 1, position + 1].contains { near in
                near > 0 && near < tokens.count && tokens[near].isWord && mentionAt[near] < 0 && tokens[near].isCapitalized
            }
            let titled = (max(0, position - 3)...min(tokens.count - 1, position + 3)).contains { tokens[$0].slavic == .official }
            return tokens[position].isWord && (named || titled)
        }
        guard speaksInPerson else { return nil }
        // "сообщил губернатор Калужской области": a governor the taxonomy does not name is the
        // region's head (the place of the claim tells which region).
        let governor = speech.contains { position in
            (max(0, position - 3)...min(tokens.count - 1, position + 3)).contains { Self.governorKeys.contains(tokens[$0].key) }
        }
        return .generic(governor ? .governor : .officials, nil)
    }

    static let governorKeys: KeySet = KeySet(["губернатор", "губернатора", "губернатору", "губернатором"])

    /// Pronouns for a person ("він", "она"), not for the weapons ("воно", "оно" may be either).
    static let personalPronouns: KeySet = KeySet(["він", "вона", "вони", "он", "она", "они"])

    /// The token matching `test` nearest a speech word, when it is at most three tokens away and
    /// nearer than `bound` (the nearest named actor's distance): an office named by a common noun.
    func nearestToSpeech(_ speech: [Int], within bound: Int, where test: (Int) -> Bool) -> Int? {
        var nearest: (position: Int, distance: Int)?
        for position in tokens.indices where test(position) {
            let distance = speech.map { speechDistance(from: $0, to: position, position) }.min() ?? .max
            if distance < nearest?.distance ?? .max { nearest = (position, distance) }
        }
        guard let nearest, nearest.distance <= 3, nearest.distance < bound else { return nil }
        return nearest.position
    }

    /// How far a name is from a speech word, in tokens; one more across a comma, so that of two
    /// names as near, the one in the speech word's own clause speaks ("... на позиции ВСУ,
    /// сообщили в Минобороны": the ministry).
    func speechDistance(from speech: Int, to first: Int, _ last: Int) -> Int {
        let range = speech < first ? speech + 1..<first : last + 1..<speech
        let crossesComma = range.contains { tokens[$0].isMark(Mark.comma) }
        return (speech < first ? first - speech : speech - last) + (crossesComma ? 1 : 0)
    }

    /// A source named at the head of the sentence and followed by a colon ("Минобороны РФ: ...",
    /// "Міноборони: ..."): it speaks for the sentence.
    func creditedBeforeColon() -> ClaimantRef? {
        var first = 0
        while first < tokens.count, tokens[first].isPunct, !tokens[first].isMark(Mark.colon) { first += 1 }
        guard first < tokens.count else { return nil }
        if let mention = mention(at: first), mention.ref.section == .actor, mention.last + 1 < tokens.count,
           tokens[mention.last + 1].isMark(Mark.colon) {
            return index.actors[Int(mention.ref.index)].kind == .media ? nil : .actor(mention.ref.index)
        }
        var last = first
        while last + 1 < tokens.count, last - first < 2, !tokens[last + 1].isPunct { last += 1 }
        guard last + 1 < tokens.count, tokens[last + 1].isMark(Mark.colon),
              let ministry = (first...last).first(where: { isDefenceMinistry(at: $0) }) else { return nil }
        return .generic(.ministry, ministrySide(at: ministry))
    }

    /// "Минобороны", or "министерство" before "обороны", not part of a named actor.
    func isDefenceMinistry(at position: Int) -> Bool {
        guard mentionAt[position] < 0 else { return false }
        if tokens[position].slavic == .defenceMinistry { return true }
        return tokens[position].slavic == .ministry && position + 1 < tokens.count && tokens[position + 1].slavic == .defence
    }

    /// Whose defence ministry: an adjective before it ("российское Минобороны", "українське
    /// Міноборони"), else the language's own country.
    func ministrySide(at position: Int) -> Side {
        if position > 0, tokens[position - 1].has(.sideRussia) { return .russia }
        if position > 0, tokens[position - 1].has(.sideUkraine) { return .ukraine }
        let after = tokens[position].slavic == .ministry ? position + 2 : position + 1
        if after < tokens.count, tokens[after].has(.sideRussia) { return .russia }
        if after < tokens.count, tokens[after].has(.sideUkraine) { return .ukraine }
        return language == .russian ? .russia : .ukraine
    }

    /// "Генштаб", or "штаб" after "Генеральний" (not a regional "штаб оборони").
    func isGeneralStaff(at position: Int) -> Bool {
        guard tokens[position].slavic == .generalStaff, mentionAt[position] < 0 else { return false }
        return tokens[position].isCapitalized || (position > 0 && tokens[position - 1].slavic == .general)
    }

    /// "у ніч на 14 вересня", "в ночь на 14 сентября", "14 вересня"; "сьогодні", "за минувшие
    /// сутки" give the publication date.
    func findDate() -> EventWindow? {
        for position in tokens.indices where tokens[position].has(.month) {
            guard position > 0, tokens[position - 1].kind == .number else { continue }
            let day = Int(tokens[position - 1].value)
            let month = Int(tokens[position].value)
            var year = published?.year ?? 0
            if position + 1 < tokens.count, tokens[position + 1].kind == .number, (1990...2100).contains(tokens[position + 1].value) {
                year = Int(tokens[position + 1].value)
            } else if let published, month > published.month || (month == published.month && day > published.day + 1) {
                year -= 1
            }
            guard year > 0, let date = CalendarDate(year: year, month: month, day: day) else { continue }
            return EventWindow(start: EventTime(date: date))
        }
        if tokens.contains(where: { $0.slavic == .today }), let published {
            return EventWindow(start: EventTime(date: published))
        }
        return nil
    }

    func slice(_ first: Int, _ last: Int) -> String {
        let start = Int(tokens[first].start)
        let end = Int(tokens[last].end)
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }
}
