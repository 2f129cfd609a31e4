import ClaimsCore
import ClaimsExtraction

/// Numbers and weapon noun phrases: counts in every form, names refined by their type, lists,
/// counts without a noun (parts, breakdown lines, pronouns) and hits told without one.
extension SlavicAnalyzer {
    // MARK: - Numbers

    /// Every number of the sentence: digits (with a case ending: "54-ма", "5-ти"), number words
    /// and their compounds ("двадцять п'ять", "сто двадцять"). Dates, times and years are not counts.
    func findNumbers() -> [Number] {
        var numbers: [Number] = []
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            // "F-16", "Су-34", "С-300": digits joined to letters by a hyphen are part of a name.
            if token.kind == .number, position >= 2, !token.spaceBefore, tokens[position - 1].isMark(Mark.hyphen),
               !tokens[position - 1].spaceBefore, tokens[position - 2].isWord {
                position += 1
                continue
            }
            if token.kind == .number, token.value >= 0 {
                var last = position
                var value = Int(token.value)
                // "понад 1 700 ударних дронів", "1 137 РСЗО": groups of three digits after a space
                // (or a no-break space) are thousands.
                if token.end - token.start <= 3 {
                    while last + 1 < tokens.count, tokens[last + 1].kind == .number, tokens[last + 1].value >= 0,
                          tokens[last + 1].end - tokens[last + 1].start == 3, tokens[last + 1].spaceBefore,
                          tokens[last + 1].start - tokens[last].end <= 3, value < 1_000_000 {
                        value = value * 1000 + Int(tokens[last + 1].value)
                        last += 1
                    }
                }
                if last + 2 < tokens.count, tokens[last + 1].isMark(Mark.hyphen), !tokens[last + 1].spaceBefore,
                   tokens[last + 2].isWord, !tokens[last + 2].spaceBefore,
                   tokens[last + 2].end - tokens[last + 2].start <= 8 {
                    last += 2
                }
                if !isDateOrTime(position, last) {
                    numbers.append(Number(first: position, last: last, value: value, isDigits: true))
                }
                position = last + 1
                continue
            }
            if token.isWord, token.has(.numberWord), token.value > 0 {
                var value = Int(token.value)
                var last = position
                while last + 1 < tokens.count, tokens[last + 1].isWord, tokens[last + 1].has(.numberWord) {
                    let next = Int(tokens[last + 1].value)
                    let fits = (value % 100 == 0 && next < 100) || (value % 10 == 0 && value >= 20 && next < 10 && value % 100 != 0)
                    guard next > 0, fits else { break }
                    value += next
                    last += 1
                }
                // "п'ятьма десятками", "шесть десятков": tens counted ("понад шістьма десятками БпЛА" = 60).
                if value < 10, last + 1 < tokens.count, Self.tensKeys.contains(tokens[last + 1].key) {
                    value *= 10
                    last += 1
                }
                if !isDateOrTime(position, last) {
                    var number = Number(first: position, last: last, value: value, isDigits: false)
                    // "десяток ракет", "близько десятка": a round ten, told as about ten.
                    number.isApproximate = position == last && Self.dozenKeys.contains(token.key)
                    numbers.append(number)
                }
                position = last + 1
                continue
            }
            position += 1
        }
        return numbers
    }

    /// "десяток", "десятка", "десятком": about ten.
    static let dozenKeys: KeySet = KeySet(["десяток", "десятка", "десятком"])

    static let tensKeys: KeySet = KeySet(["десятків", "десятками", "десятки", "десятка", "десятков", "десятью"])

    /// "14 вересня", "09:00", "2023 року": a date, a time or a year.
    func isDateOrTime(_ first: Int, _ last: Int) -> Bool {
        if last + 1 < tokens.count {
            let next = tokens[last + 1]
            if next.has(.month) { return true }
            if next.isMark(Mark.colon), !next.spaceBefore, last + 2 < tokens.count, tokens[last + 2].kind == .number { return true }
            if next.isMark(Mark.period), !next.spaceBefore, last + 2 < tokens.count, tokens[last + 2].kind == .number,
               !tokens[last + 2].spaceBefore { return true }
        }
        if first > 0, tokens[first - 1].isMark(Mark.colon) || tokens[first - 1].isMark(Mark.period), !tokens[first].spaceBefore {
            return true
        }
        let value = tokens[first].value
        if tokens[first].kind == .number, value >= 1900, value <= 2100, first == last { return true }
        return false
    }

    // MARK: - Phrases

    /// Weapon noun phrases, each with its count.
    func buildPhrases(numbers: [Number]) -> [Phrase] {
        var numberEndingAt = NumberIndex(tokens: tokens.count)
        for (offset, number) in numbers.enumerated() { numberEndingAt[number.last] = offset }
        var phrases: [Phrase] = []
        var position = 0
        while position < mentions.count {
            let mention = mentions[position]
            position += 1
            guard mention.ref.section == .weapon else { continue }
            var members: [Int32] = [mention.ref.index]
            var last = mention.last
            var isList = false
            // "управляемые авиабомбы «Хаммер»", "авиабомбы JDAM": a name after a class of weapons is
            // their type ("Х-101/Х-555" with a slash is a pair the sources cannot tell apart).
            var namedType: Int32?
            // Refinements and lists: "ракети типу «Калібр»", "две ракеты западного производства
            // ATACMS", "БпЛА типу Shahed, Гербера і дронів інших типів".
            while position < mentions.count, mentions[position].ref.section == .weapon {
                let next = mentions[position]
                let onlyGeneric = members.allSatisfy { index.weapons[Int($0)].isGeneric }
                var gap = last + 1
                var sawList = false
                var words = 0
                while gap < next.first {
                    let token = tokens[gap]
                    if token.slavic == .type || token.isMark(Mark.quote) || token.isMark(Mark.slash) {
                    } else if token.isMark(Mark.comma) || token.has(.conjunction) {
                        sawList = true
                    } else if onlyGeneric, !isList, !sawList, words < 4, token.isWord, !token.has(.verb), !token.has(.speech),
                              !token.has(.placePrep), token.code == 0, !token.has(.numberWord) || token.value <= 0 {
                        words += 1
                    } else if onlyGeneric, !isList, words > 0, token.isMark(Mark.hyphen) {
                    } else {
                        break
                    }
                    gap += 1
                }
                guard gap == next.first else { break }
                if !sawList, !isList, !(last + 1..<next.first).contains(where: { tokens[$0].isMark(Mark.slash) }),
                   !index.weapons[Int(next.ref.index)].isGeneric {
                    namedType = next.ref.index
                }
                if sawList {
                    // Another item with a count of its own is another claim.
                    let current = index.weapons[Int(members[0])]
                    let other = index.weapons[Int(next.ref.index)]
                    // ("три крылатые ракеты Storm Shadow и снаряд РСЗО HIMARS": a noun in the
                    // singular after the conjunction is one more weapon of its own.)
                    guard current.family.admits(other.family) || other.family.admits(current.family),
                          numberEndingAt[next.first - 1] == nil, !(onlyGeneric && other.isGeneric && !isDecoy(next.ref.index)),
                          tokens[next.first].slavic != .singular
                    else { break }
                    isList = true
                }
                members.append(next.ref.index)
                last = next.last
                position += 1
            }
            var (weapon, companions) = resolveMembers(members, isList: isList)
            if let namedType, !isList { weapon = namedType }
            // "две такие ракеты": the specific weapons named before, when of the same family.
            if mention.first > 0, tokens[mention.first - 1].slavic == .such, index.weapons[Int(weapon)].isGeneric, let specific = lastSpecific,
               index.weapons[Int(weapon)].family.admits(index.weapons[Int(specific)].family) {
                weapon = specific
            }
            // "скільки ракет збила ППО", "сколько ракет сбито": a question, no claim.
            if mention.first > 0, tokens[mention.first - 1].slavic == .howMany { continue }
            // "балістичними та крилатими ракетами", "крылатых и баллистических ракет": classes
            // coordinated before one noun are missiles of the family, one count, never split.
            var classesFirst: Int?
            if members.count == 1, index.weapons[Int(weapon)].isGeneric, let start = coordinatedClassesStart(before: mention.first),
               let generic = index.generic(of: index.weapons[Int(weapon)].family) {
                weapon = generic
                classesFirst = start
            }
            var phrase = Phrase(first: classesFirst ?? mention.first, headFirst: mention.first, last: last, weapon: weapon, count: .unknown())
            phrase.companions = companions
            phrase.namesSeveralClasses = classesFirst != nil
            attachCount(&phrase, numbers: numbers, numberEndingAt: numberEndingAt)
            if phrase.count.qualifier == .unknown, phrase.count.text == nil, isSingular(phrase, members: members) {
                phrase.count = .exactly(1)
            }
            phrases.append(phrase)
        }
        mergeCountedFamilies(&phrases)
        return phrases
    }

    /// "атакував 40 ракетами та дронами", "сбили 25 ракет и беспилотников": one count for generic
    /// names of two families is a combined count of aerial targets, never the first name's alone
    /// (the second uncounted, right after the conjunction, and not the subject of a verb of its own).
    func mergeCountedFamilies(_ phrases: inout [Phrase]) {
        var position = 0
        while position + 1 < phrases.count {
            defer { position += 1 }
            let first = phrases[position], next = phrases[position + 1]
            guard first.count.qualifier != .unknown, first.launched == nil, first.companions.isEmpty, next.companions.isEmpty,
                  next.count.qualifier == .unknown, next.count.text == nil, next.first == first.last + 2, tokens[first.last + 1].has(.conjunction),
                  let aerialTarget = index.combinedAerialTarget(first.weapon, next.weapon)
            else { continue }
            if next.last + 1 < tokens.count, tokens[next.last + 1].has(.verb) { continue }
            var merged = first
            merged.weapon = aerialTarget
            merged.last = next.last
            merged.namesSeveralClasses = true
            phrases.replaceSubrange(position...position + 1, with: [merged])
        }
    }

    /// Stems of adjectives that name a class of missiles or drones by themselves.
    static let classAdjectiveStems: [[UInt8]] = byteForms([
        "балістичн", "крилат", "гіперзвуков", "аеробалістичн", "протикорабельн", "розвідувальн", "ударн",
        "баллистическ", "крылат", "гиперзвуков", "аэробаллистическ", "противокорабельн", "разведывательн",
    ])

    /// The first of the class adjectives coordinated before the generic name at `head`
    /// ("балістичними та крилатими ракетами", "крылатые, баллистические и гиперзвуковые
    /// ракеты"), if any.
    func coordinatedClassesStart(before head: Int) -> Int? {
        var position = head - 1
        var start: Int?
        while position >= 1, tokens[position].has(.conjunction) || tokens[position].isMark(Mark.comma) {
            // (A comma only between adjectives of a list that ends in a conjunction.)
            if tokens[position].isMark(Mark.comma), start == nil { break }
            let adjective = position - 1
            guard tokens[adjective].isWord, mentionAt[adjective] < 0, tokens[adjective].code == 0 else { break }
            guard word(adjective, startsWithAny: Self.classAdjectiveStems) else { break }
            start = adjective
            position = adjective - 1
        }
        return start
    }

    /// The system a phrase's names stand for: the specific one ("ракети типу Калібр"), or for a
    /// list of one family, the composite of its members ("Shahed, Гербера і дронів інших
    /// типів": Shahed and decoy drones, with decoys of any named type and drones of "other
    /// types" beside a named drone as decoy drones), never split.
    func resolveMembers(_ members: [Int32], isList: Bool) -> (Int32, [Int32]) {
        var distinct: [Int32] = []
        let decoy = index.genericDecoy
        let hasSpecificDrone = members.contains { !index.weapons[Int($0)].isGeneric && index.weapons[Int($0)].family == .drone }
        for member in members {
            var weapon = member
            if isDecoy(member), let decoy { weapon = decoy }
            // "БпЛА типу Shahed та дрони інших типів": in the Air Force's wording the other types
            // are the decoys launched with the Shahed, counted together with them.
            else if isList, hasSpecificDrone, index.weapons[Int(member)].isGeneric, index.weapons[Int(member)].family == .drone,
                    let decoy { weapon = decoy }
            else if index.weapons[Int(member)].isGeneric { continue }
            if !distinct.contains(weapon) { distinct.append(weapon) }
        }
        guard let first = distinct.first else {
            // Generic nouns only: the last is the most precise ("крилаті ракети" after "ракети").
            return (members.last!, [])
        }
        return isList ? (first, Array(distinct.dropFirst())) : (first, [])
    }

    func isDecoy(_ weapon: Int32) -> Bool { index.weapons[Int(weapon)].isDecoy }

    /// A phrase without a count is one weapon when its noun is singular ("ракету Х-59",
    /// "крылатая ракета", "бомбардувальник Ту-22М3"), or when it names an aircraft.
    func isSingular(_ phrase: Phrase, members: [Int32]) -> Bool {
        if members.allSatisfy({ index.weapons[Int($0)].family == .aircraft }), !index.weapons[Int(phrase.weapon)].isGeneric {
            return true
        }
        guard let mention = mention(at: phrase.headFirst), index.weapons[Int(mention.ref.index)].isGeneric else { return false }
        // The noun of the generic name: its last word, in a singular form of the word tables.
        var head = mention.last
        while head > mention.first, !tokens[head].isWord { head -= 1 }
        if tokens[head].slavic == .singular { return true }
        // "снаряд РСЗО": a singular noun with the name of its launcher after it.
        if tokens[mention.first].slavic == .singular { return true }
        // "ворожий БПЛА", "вражеский БпЛА": an abbreviation does not decline; a singular
        // adjective before it tells one weapon ("ворожих БПЛА", "вражеские БПЛА" are plural).
        if Self.abbreviationKeys.contains(tokens[head].key), head > 0, tokens[head - 1].isWord, !tokens[head - 1].has(.numberWord) {
            if word(head - 1, endsWithAny: Self.singularAdjectiveEndings), letterCount(head - 1) > 4 { return true }
        }
        // "о перехвате крылатой ракеты", "про знищення ракети": the genitive of one weapon after an action noun.
        if tokens[head].slavic == .genitiveSingular, phrase.first > 0 {
            let before = tokens[phrase.first - 1]
            return before.has(.verb) && before.form == .gerund
        }
        return false
    }

    static let abbreviationKeys: KeySet = KeySet(["бпла", "бла", "бплa"])
    static let singularAdjectiveEndings = byteForms(["ий", "ій", "ый", "ой"])

    /// The generic entry of a weapon's family ("unspecified-drone" for Shahed).
    func genericOf(_ weapon: Int32) -> Int32? {
        let info = index.weapons[Int(weapon)]
        if info.isGeneric { return weapon }
        // The generic entry of its category ("балістичні ракети" for KN-23), else of its family.
        if let generic = index.weapons.firstIndex(where: { $0.isGeneric && $0.category == info.category }) { return Int32(generic) }
        let id: String
        switch info.family {
        case .drone: id = "unspecified-drone"
        case .missile: id = "unspecified-missile"
        case .rocket: id = "unspecified-rocket"
        case .bomb: id = "unspecified-bomb"
        case .aircraft: id = "unspecified-aircraft"
        case .naval: id = "unspecified-naval-drone"
        default: return nil
        }
        return index.genericByID[id]
    }

    /// Reads the count before the phrase (over adjectives), or after a dash ("Калібр – 5 з 8").
    func attachCount(_ phrase: inout Phrase, numbers: [Number], numberEndingAt: NumberIndex) {
        var position = phrase.first - 1
        var skipped = 0
        while position >= 0, skipped < 4, numberEndingAt[position] == nil, isAdjective(position) {
            position -= 1
            skipped += 1
        }
        if position >= 0, let offset = numberEndingAt[position] {
            let parsed = count(numbers[offset], numbers: numbers, numberEndingAt: numberEndingAt)
            phrase.first = parsed.first
            phrase.count = parsed.count
            phrase.launched = parsed.launched
            // "знищили 81 дрон «шахед» з 112", "сбили 20 беспилотников из 25": the whole after the noun.
            var after = phrase.last + 1
            if after < tokens.count, tokens[after].isMark(Mark.quote) { after += 1 }
            if phrase.launched == nil, let part = phrase.count.exact, after + 1 < tokens.count, tokens[after].slavic == .of,
               let whole = numbers.first(where: { $0.first == after + 1 }), whole.value > part {
                phrase.launched = whole.value
                phrase.count = ClaimCount(exact: part, minimum: phrase.count.minimum, maximum: phrase.count.maximum,
                                          text: slice(phrase.first, whole.last), qualifier: phrase.count.qualifier)
                phrase.last = whole.last
            }
            return
        }
        // ("Большинство БПЛА – 19 – сбито над ...": the count after the dash tells how many.)
        var dashAfter = phrase.last + 1
        if dashAfter < tokens.count, tokens[dashAfter].isMark(Mark.quote) { dashAfter += 1 }
        let countAfterDash = dashAfter + 1 < tokens.count
            && (tokens[dashAfter].isMark(Mark.enDash) || tokens[dashAfter].isMark(Mark.emDash) || tokens[dashAfter].isMark(Mark.hyphen))
            && numbers.contains { $0.first == dashAfter + 1 }
        if position >= 0, tokens[position].has(.vague), !countAfterDash {
            // "кілька десятків ракет", "несколько десятков дронов": vague words together;
            // "переважну більшість дронів", "большую часть ракет": a part and its size.
            let first = position > 0 && (tokens[position - 1].has(.vague) || Self.partSizeKeys.contains(tokens[position - 1].key))
                ? position - 1 : position
            phrase.first = first
            phrase.count = .unknown(text: slice(first, position))
            return
        }
        // "одна из ракет упала", "дві з ракет": that many of the weapons.
        if position >= 1, tokens[position].slavic == .of, let offset = numberEndingAt[position - 1] {
            let number = numbers[offset]
            phrase.first = number.first
            phrase.count = .exactly(number.value, text: slice(number.first, position))
            return
        }
        // A part named after its count and a dash: "в том числе пять - «Ольха», а также 15 - HIMARS".
        var before = phrase.first - 1
        if before >= 0, tokens[before].isMark(Mark.quote) { before -= 1 }
        if before >= 1, tokens[before].isMark(Mark.hyphen) || tokens[before].isMark(Mark.enDash) || tokens[before].isMark(Mark.emDash),
           let offset = numberEndingAt[before - 1] {
            let number = numbers[offset]
            let opens = number.first == 0 || tokens[number.first - 1].isMark(Mark.comma) || tokens[number.first - 1].slavic == .also
                || tokens[number.first - 1].isMark(Mark.colon) || tokens[number.first - 1].has(.conjunction)
                || Self.includingKeys.contains(tokens[number.first - 1].key)
            if opens {
                phrase.first = number.first
                phrase.count = number.isDigits && number.first == number.last ? .exactly(number.value) : .exactly(number.value, text: slice(number.first, number.last))
                return
            }
        }
        // A per-system line: "Х-101/Х-555 – 20 з 25", "Калібр — 5".
        var dash = phrase.last + 1
        if dash < tokens.count, tokens[dash].isMark(Mark.quote) { dash += 1 }  // «Калибр» — 4 из 6
        guard dash + 1 < tokens.count,
              tokens[dash].isMark(Mark.enDash) || tokens[dash].isMark(Mark.emDash) || tokens[dash].isMark(Mark.hyphen),
              let number = numbers.first(where: { $0.first == dash + 1 })
        else { return }
        phrase.count = number.isDigits && number.first == number.last ? .exactly(number.value) : .exactly(number.value, text: slice(number.first, number.last))
        phrase.last = number.last
        let of = number.last + 1
        if of + 1 < tokens.count, tokens[of].slavic == .of, let total = numbers.first(where: { $0.first == of + 1 }), total.value >= number.value {
            phrase.launched = total.value
            phrase.count = .exactly(number.value, text: slice(number.first, total.last))
            phrase.last = total.last
        }
    }

    /// "числе" of "в том числе", "числі" of "у тому числі": the parts of a total follow.
    static let includingKeys: KeySet = KeySet(["числе", "числі"])

    /// A word that may stand between a count and its noun: an adjective the lexicon does not
    /// know ("ворожих", "ударних", "крилаті"), a side or enemy word, or a quote mark.
    func isAdjective(_ position: Int) -> Bool {
        let token = tokens[position]
        if token.isMark(Mark.quote) { return true }
        guard token.isWord, mentionAt[position] < 0, token.code == 0 || token.slavic == .such else { return false }
        let allowed: Lex = [.sideRussia, .sideUkraine, .enemy]
        return token.lex.isEmpty ? !token.isCapitalized || position == 0 : allowed.isSuperset(of: token.lex)
    }

    /// The count a number makes with the words before it.
    func count(_ number: Number, numbers: [Number], numberEndingAt: NumberIndex) -> (count: ClaimCount, launched: Int?, first: Int) {
        let words = slice(number.first, number.last)
        let plain: ClaimCount = number.isDigits && number.first == number.last ? .exactly(number.value) : .exactly(number.value, text: words)
        let about = ClaimCount(exact: number.value, minimum: number.value, maximum: number.value, text: words, qualifier: .about)
        var before = number.first - 1
        guard before >= 0 else { return (number.isApproximate ? about : plain, nil, number.first) }
        // "17 із 22": count and launched.
        if tokens[before].slavic == .of, before > 0, let offset = numberEndingAt[before - 1] {
            let part = numbers[offset]
            if part.value <= number.value {
                // "щонайменше 10 із 12", "по меньшей мере 10 из 12": a bound on the part.
                if part.first > 0, tokens[part.first - 1].slavic == .atLeast || tokens[part.first - 1].slavic == .over {
                    let start = qualifierStart(endingAt: part.first - 1)
                    return (ClaimCount(exact: part.value, minimum: part.value, maximum: nil, text: slice(start, number.last), qualifier: .atLeast), number.value, start)
                }
                return (.exactly(part.value, text: slice(part.first, number.last)), number.value, part.first)
            }
        }
        // "30 из более 40", "44 з понад 50": the part counted of a bounded whole.
        if tokens[before].slavic == .over || tokens[before].slavic == .about, before >= 2, tokens[before - 1].slavic == .of,
           let offset = numberEndingAt[before - 2], numbers[offset].value <= number.value {
            let part = numbers[offset]
            return (.exactly(part.value, text: slice(part.first, number.last)), number.value, part.first)
        }
        let word = tokens[before].slavic
        switch word {
        case .all:
            return (.exactly(number.value, text: slice(before, number.last)), number.value, before)
        case .per:
            return (.exactly(number.value, text: slice(before, number.last)), nil, before)
        case .another:
            return (.exactly(number.value, text: slice(before, number.last)), nil, before)
        case .over, .atLeast:
            // The figure stays with its words and qualifier; a bounded count is never summed.
            let start = qualifierStart(endingAt: before)
            return (ClaimCount(exact: number.value, minimum: number.value, maximum: nil, text: slice(start, number.last), qualifier: .atLeast), nil, start)
        case .less where before > 0 && tokens[before - 1].has(.negation):
            // "не менее 15", "не менше 20": at least.
            return (ClaimCount(exact: number.value, minimum: number.value, maximum: nil, text: slice(before - 1, number.last), qualifier: .atLeast), nil, before - 1)
        case .about:
            return (ClaimCount(exact: number.value, minimum: number.value, maximum: number.value, text: slice(before, number.last), qualifier: .about), nil, before)
        case .upTo:
            // "від 8 до 12": a range, never summed.
            if before >= 2, let offset = numberEndingAt[before - 1], numbers[offset].first > 0,
               tokens[numbers[offset].first - 1].slavic == .from {
                let low = numbers[offset]
                return (ClaimCount(exact: nil, minimum: low.value, maximum: number.value, text: slice(low.first - 1, number.last), qualifier: .range), nil, low.first - 1)
            }
            return (ClaimCount(exact: nil, minimum: nil, maximum: number.value, text: slice(before, number.last), qualifier: .upTo), nil, before)
        default:
            // "збито/подавлено 33": the action words are kept with the count.
            if tokens[before].has(.verb), before >= 2, tokens[before - 1].isMark(Mark.slash), tokens[before - 2].has(.verb) {
                before -= 2
                return (.exactly(number.value, text: slice(before, number.last)), nil, number.first)
            }
            if tokens[before].has(.verb), before >= 2, tokens[before - 1].slavic == .or, tokens[before - 2].has(.verb) {
                return (.exactly(number.value, text: slice(before - 2, number.last)), nil, number.first)
            }
            return (number.isApproximate ? about : plain, nil, number.first)
        }
    }

    /// Where a bound's words start: "по меньшей мере", "по крайней мере" are three words.
    func qualifierStart(endingAt position: Int) -> Int {
        if position >= 2, Self.measureKeys.contains(tokens[position].key), tokens[position - 2].slavic == .per { return position - 2 }
        return position
    }

    static let measureKeys: KeySet = KeySet(["мере"])
    static let managedKeys: KeySet = KeySet(["вдалося", "удалося", "вдалось", "удалось", "удалось"])

    /// Counts without a noun of their own: "дві з них", "одиннадцать — над Курской областью",
    /// "а три влучили", "13 влучань".
    ///
    /// `previous` is the last weapon phrase of this paragraph before the sentence; `beforeBreak`
    /// the last one of the article, for a sentence that opens with a pronoun ("Усі вони були
    /// знищені" on a line of its own, as Telegram posts write each sentence).
    func ellipticalPhrases(numbers: [Number], phrases: [Phrase], previous: WeaponPhrase?, beforeBreak: WeaponPhrase?) -> [Phrase] {
        let lastWeapon = self.lastWeapon
        var result: [Phrase] = []
        for number in numbers {
            if phrases.contains(where: { $0.first <= number.first && number.last <= $0.last }) { continue }
            var next = number.last + 1
            if next + 1 < tokens.count, tokens[next].isMark(Mark.quote) { next += 1 }  // Чотири "прильоти"
            // "однак один все ж дістався цілі", "но одна всё же попала": "all the same" before the verb.
            if next + 2 < tokens.count, Self.stillKeys.contains(tokens[next].key), Self.emphasisKeys.contains(tokens[next + 1].key) { next += 2 }
            guard next < tokens.count else { continue }
            // The weapon: the last phrase before the number, in this sentence or the one before.
            let antecedent = phrases.last { $0.last < number.first }
            var weapon = antecedent?.weapon ?? previous?.weapon ?? lastWeapon
            let antecedentCount = antecedent?.count.exact ?? previous?.count.exact
            // "Чотири «прильоти» по НПЗ" before any weapon is named: hits of missiles, the
            // weapon such reports count by default (drones and shells are named when meant).
            if weapon == nil, tokens[next].has(.verb), tokens[next].verb == .strike, tokens[next].form == .gerund {
                weapon = index.genericByID["unspecified-missile"]
            }
            guard let weapon else { continue }
            var phrase = Phrase(
                first: number.first, headFirst: number.first, last: number.last, weapon: weapon, count: .unknown(), isElliptical: true
            )
            // ("104 ударними БпЛА типу Shahed і безпілотниками-імітаторами, 57 з них удалося збити":
            // a part of the weapons together.)
            if let antecedent, antecedent.weapon == weapon {
                phrase.companions = antecedent.companions
            } else if antecedent == nil, let previous, previous.weapon == weapon {
                phrase.companions = previous.companions
            }
            let parsed = count(number, numbers: numbers, numberEndingAt: NumberIndex(tokens: 0))
            phrase.first = parsed.first
            phrase.count = parsed.count
            let token = tokens[next]
            if token.slavic == .of, next + 1 < tokens.count, tokens[next + 1].slavic == .them {
                // "близько 30 із них – шахеди": what the weapons were, not a claim.
                if next + 2 < tokens.count, tokens[next + 2].isMark(Mark.enDash) || tokens[next + 2].isMark(Mark.emDash)
                    || tokens[next + 2].isMark(Mark.hyphen) { continue }
                // "два из них летели на Москву": where some of them flew, no claim about them.
                // A part is told by an action or a place: "дві з них збили", "два из них были сбиты",
                // "два из них — над Москвой".
                var after = next + 2
                while after < min(next + 5, tokens.count), tokens[after].slavic == .be || tokens[after].isMark(Mark.enDash)
                        || tokens[after].isMark(Mark.emDash) || tokens[after].isMark(Mark.hyphen) || tokens[after].has(.adverb) {
                    after += 1
                }
                if after < tokens.count, Self.managedKeys.contains(tokens[after].key) { after += 1 }  // "дві з них удалося збити"
                if after < tokens.count, !tokens[after].isPunct, !tokens[after].has(.placePrep), !(tokens[after].has(.verb) && tokens[after].verb != .none) {
                    continue
                }
                // "дві з них": part of the weapons just counted.
                phrase.last = next + 1
                phrase.count = .exactly(number.value, text: slice(parsed.first, next + 1))
                if let total = antecedentCount, total >= number.value { phrase.launched = total }
            } else if token.slavic == .vehicle || (token.slavic == .singular && mentionAt[next] < 0) {
                // "Еще 5 аппаратов уничтожили", "один аппарат был уничтожен": the craft just counted
                // ("аппарат" alone; in "беспилотный летательный аппарат" it is a weapon's name).
                phrase.last = next
            } else if placeBeforeBrackets(number.first, number.last) != nil, antecedent != nil, !(1900...2100).contains(number.value) {
                // "уничтожено над Рязанской (29), Воронежской (27) и Брянской (23) областями":
                // counts in brackets after the regions.
            } else if token.isMark(Mark.enDash) || token.isMark(Mark.emDash) || (token.isMark(Mark.hyphen) && token.spaceBefore),
                      next + 1 < tokens.count, tokens[next + 1].has(.placePrep) {
                // A breakdown line: "одиннадцать — над Курской областью", "12 - над территорией ...".
            } else if token.has(.placePrep), (0..<number.first).contains(where: { tokens[$0].isMark(Mark.colon) || isOfThem($0) }) {
                // A breakdown after a colon or "из них": "...: 12 над территорией Брянской области,
                // девять над ...", "43 беспилотника, из них 20 над Брянской областью, 15 над ...".
            } else if token.has(.placePrep), antecedent != nil, isListJoint(before: parsed.first),
                      placeFollows(next) {
                // The next part of a list by place after a counted weapon: "три беспилотника над
                // Курской областью, четыре над Брянской, восемь над Белгородской".
            } else if isListJoint(before: placeBefore(parsed.first)), antecedent != nil,
                      next >= tokens.count || tokens[next].isPunct || tokens[next].has(.conjunction) {
                // The place first: "..., над Орловской — три", "над Нижегородской областью – пять".
            } else if number.first > 0, tokens[number.first - 1].slavic == .another, isListJoint(before: number.first - 1),
                      token.has(.verb), token.verb == .intercept || token.verb == .destroy {
                // "..., ещё один уничтожен над Тульской областью": one more of the weapons counted.
            } else if token.has(.verb), token.verb == .strike {
                if token.form == .gerund {
                    phrase.isStrikeCount = true
                    phrase.weapon = genericOf(weapon) ?? weapon
                    phrase.count = .exactly(number.value, text: slice(number.first, next))
                    phrase.last = next
                } else if number.first == 0 || tokens[number.first - 1].has(.conjunction) || tokens[number.first - 1].isMark(Mark.comma)
                            || tokens[number.first - 1].slavic == .another && isListJoint(before: number.first - 1) {
                    // "а три влучили", "..., ще два поцілили": the rest of the weapons just counted.
                } else {
                    continue
                }
            } else if number.first > 0, isOfThem(number.first - 1),
                      (next..<min(next + 2, tokens.count)).contains(where: { tokens[$0].has(.verb) }) {
                // "з них 15 вдалося збити", "из них 12 сбиты": part of the weapons just counted.
                if let total = antecedentCount, total >= number.value { phrase.launched = total }
            } else if let whole = phrases.first(where: { opensPartitive($0) && $0.last < number.first }),
                      (whole.last + 1..<number.first).contains(where: { tokens[$0].isMark(Mark.comma) }) || whole.last + 1 == parsed.first,
                      (next..<min(next + 3, tokens.count)).contains(where: { tokens[$0].has(.verb) }) {
                // "Из 25 беспилотников, запущенных по Киеву, 20 были сбиты", "Из 20 ракет 18 были
                // уничтожены": part of the whole the sentence opens with.
                phrase.weapon = whole.weapon
                if let total = whole.count.exact, total >= number.value { phrase.launched = total }
            } else if number.first > 0, tokens[number.first - 1].isMark(Mark.comma), token.slavic == .be, next + 1 < tokens.count,
                      tokens[next + 1].has(.verb), tokens[next + 1].verb == .intercept || tokens[next + 1].verb == .destroy {
                // "..., семь было сбито над Смоленской областью": more of the weapons just counted.
            } else if token.has(.verb), number.first == 0 || tokens[number.first - 1].has(.conjunction) {
                // "Три попали по территории": the count opens the clause.
            } else {
                continue
            }
            result.append(phrase)
        }
        result += sameCountPhrases(phrases: phrases)
        result += allOfThemPhrases(phrases: phrases, previous: previous)
        result += partOfThemPhrases(phrases: phrases, previous: previous)
        result += missileStrikePhrases(phrases: phrases)
        result += pronounPhrases(phrases: phrases, previous: previous, beforeBreak: beforeBreak)
        if phrases.isEmpty, result.isEmpty, let hit = uncountedHit(previous: previous) { result.append(hit) }
        return result
    }

    /// "Є влучання в портову інфраструктуру", "Есть попадания": hits told without a count or a
    /// weapon, after a sentence that told of the weapons: a strike by them (one when one was
    /// fired). Not when denied ("влучань немає", "обошлось без попаданий").
    func uncountedHit(previous: WeaponPhrase?) -> Phrase? {
        guard let noun = tokens.indices.first(where: { tokens[$0].has(.verb) && tokens[$0].verb == .strike && tokens[$0].form == .gerund }),
              !tokens.contains(where: { $0.has(.negation) || Self.absenceKeys.contains($0.key) }),
              !tokens.contains(where: { $0.has(.verb) && $0.verb != .strike })
        else { return nil }
        // "попаданием повреждены склады", "влучанням пошкоджено будівлю": what a hit damaged, told
        // after a new paragraph too, is a strike by the article's last weapon.
        let damaged = noun + 1 < tokens.count && Self.damagedKeys.contains(tokens[noun + 1].key)
        guard let weapon = previous?.weapon ?? (damaged ? lastWeapon : nil) else { return nil }
        var phrase = Phrase(first: noun, headFirst: noun, last: noun, weapon: weapon, count: .unknown(), isElliptical: true)
        phrase.isStrikeCount = true
        if previous?.count.exact == 1 { phrase.count = .exactly(1) }
        return phrase
    }

    static let exceptKeys: KeySet = KeySet(["кроме", "крім", "окрім", "винятком", "исключением"])

    static let damagedKeys: KeySet = KeySet([
        "повреждены", "поврежден", "повреждена", "повреждено", "пошкоджено", "пошкоджені", "пошкоджений", "пошкоджена",
    ])

    static let absenceKeys: KeySet = KeySet(["немає", "нема", "нет", "без", "відсутні", "отсутствуют"])

    /// "ракету ..., она была перехвачена", "шесть ракет ATACMS, все они были сбиты": a subject
    /// pronoun stands for the weapons just told of, when an action follows it. "Все они" and a
    /// plural pronoun take their count; a singular one counts one.
    func pronounPhrases(phrases: [Phrase], previous: WeaponPhrase?, beforeBreak: WeaponPhrase?) -> [Phrase] {
        var result: [Phrase] = []
        for position in tokens.indices where tokens[position].slavic == .pronoun {
            // A subject: after a comma, "что"/"що" or the sentence start, maybe after "все"/"усі".
            var first = position
            if first > 0, tokens[first - 1].slavic == .all || Self.bothKeys.contains(tokens[first - 1].key) { first -= 1 }  // "все они", "обидві вони"
            guard first == 0 || tokens[first - 1].isMark(Mark.comma) || tokens[first - 1].has(.clause) else { continue }
            // "Вони всі знищені", "они все сбиты": "all" after the pronoun.
            let last = first == position && position + 1 < tokens.count && tokens[position + 1].slavic == .all ? position + 1 : position
            // (An interception; "destroyed" only for "все они": "она была разрушена" may be the building hit.)
            guard let verb = (last + 1..<min(last + 4, tokens.count)).first(where: { tokens[$0].has(.verb) && tokens[$0].verb != .none }),
                  tokens[verb].verb == .intercept || (tokens[verb].verb == .destroy && (first < position || last > position)), tokens[verb].form != .gerund,
                  !(position + 1..<verb).contains(where: { tokens[$0].isPunct })
            else { continue }
            let antecedent = phrases.last { $0.last < first && !$0.isElliptical }
            // (Across a paragraph break only when the pronoun opens the sentence.)
            let previous = previous ?? (first == 0 ? beforeBreak : nil)
            guard let weapon = antecedent?.weapon ?? previous?.weapon else { continue }
            let whole = antecedent?.count ?? previous?.count ?? .unknown()
            let isPlural = first < position || last > position || Self.pluralPronouns.contains(tokens[position].key)
            var phrase = Phrase(first: first, headFirst: position, last: last, weapon: weapon, count: .unknown(), isElliptical: true)
            if isPlural {
                guard whole.exact.map({ $0 > 1 }) ?? true else { continue }
                phrase.count = whole.exact.map { .exactly($0, text: slice(first, last)) } ?? .unknown(text: slice(first, last))
                phrase.launched = whole.exact
            } else {
                guard whole.exact.map({ $0 == 1 }) ?? true else { continue }
                phrase.count = .exactly(1, text: slice(first, position))
            }
            result.append(phrase)
        }
        return result
    }

    /// "Система ПВО сбила все беспилотники" after "атаковали район семью беспилотниками": all of
    /// the weapons just counted, in this sentence or the one before, when of one family.
    func countAllOfTheCounted(_ phrases: inout [Phrase], previous: WeaponPhrase?) {
        // (Most sentences have no "все"/"усі": they are left as they are, unsorted too.)
        guard tokens.contains(where: { $0.slavic == .all }) else { return }
        // "Все ракеты, кроме одной, были сбиты": all but some is no count of all.
        let except = Self.exceptKeys  // (a static read once: each read is a `swift_once` call)
        if tokens.contains(where: { except.contains($0.key) }) { return }
        // "сбила все летательные аппараты": the craft, named by no weapon's name, are those counted.
        for position in tokens.indices where tokens[position].slavic == .vehicle && mentionAt[position] < 0 {
            var before = position - 1
            while before >= 0, before >= position - 2, isAdjective(before), !tokens[before].isMark(Mark.quote) { before -= 1 }
            guard before >= 0, tokens[before].slavic == .all, !phrases.contains(where: { $0.first <= position && position <= $0.last }),
                  let earlier = phrases.last(where: { $0.last < before && !$0.isElliptical }) ?? previous.map({
                      Phrase(first: 0, headFirst: 0, last: 0, weapon: $0.weapon, count: $0.count, launched: $0.launched)
                  }),
                  earlier.count.isExact, let total = earlier.count.exact, total > 1
            else { continue }
            var phrase = Phrase(first: before, headFirst: position, last: position, weapon: earlier.weapon,
                                count: .exactly(total, text: slice(before, before)), isElliptical: true)
            phrase.launched = total
            phrases.append(phrase)
        }
        phrases.sort { $0.first < $1.first }
        for position in phrases.indices where !phrases[position].isElliptical {
            let phrase = phrases[position]
            guard phrase.count.qualifier == .unknown, phrase.count.text == nil, phrase.launched == nil else { continue }
            var before = phrase.first - 1
            while before >= 0, before >= phrase.first - 2, isAdjective(before), !tokens[before].isMark(Mark.quote) { before -= 1 }
            guard before >= 0, tokens[before].slavic == .all else { continue }
            let earlier = phrases[..<position].last { !$0.isElliptical && $0.count.isExact }
            guard let weapon = earlier?.weapon ?? previous?.weapon, let total = (earlier?.count ?? previous?.count)?.exact,
                  (earlier?.count ?? previous?.count)?.isExact == true, total > 1
            else { continue }
            let family = index.weapons[Int(phrase.weapon)].family
            guard family.admits(index.weapons[Int(weapon)].family) else { continue }
            if index.weapons[Int(phrase.weapon)].isGeneric { phrases[position].weapon = weapon }
            phrases[position].first = before
            phrases[position].count = .exactly(total, text: slice(before, before))
            phrases[position].launched = total
        }
    }

    /// Whether the part of a list starting at `position` follows a comma, "и"/"і"/"та", "а также"
    /// or a semicolon (or opens the sentence).
    func isListJoint(before position: Int?) -> Bool {
        guard let position else { return false }
        guard position > 0 else { return true }
        let previous = tokens[position - 1]
        return previous.isMark(Mark.comma) || previous.isMark(Mark.semicolon) || previous.has(.conjunction) || previous.slavic == .also
    }

    /// Whether a place is named right after the preposition at `position` ("над Брянской",
    /// "над территорией Курской области", "в небе над Орловской").
    func placeFollows(_ position: Int) -> Bool {
        (position + 1..<min(position + 4, tokens.count)).contains { mention(at: $0)?.ref.section == .place }
    }

    /// For a count after a dash ("над Орловской — три"): where the place before it starts (its
    /// preposition), or `nil` when no place with a preposition stands right before the dash.
    func placeBefore(_ position: Int) -> Int? {
        guard position >= 3, tokens[position - 1].isMark(Mark.enDash) || tokens[position - 1].isMark(Mark.emDash)
            || (tokens[position - 1].isMark(Mark.hyphen) && tokens[position - 1].spaceBefore),
            var place = mention(at: position - 2), place.ref.section == .place, place.first > 0
        else { return nil }
        // "над Курской и Липецкой — по три": places joined before the dash.
        while place.first >= 2, tokens[place.first - 1].has(.conjunction) || tokens[place.first - 1].isMark(Mark.comma),
              let earlier = mention(at: place.first - 2), earlier.ref.section == .place {
            place = earlier
        }
        var preposition = place.first - 1
        // "над территорией Курской области"
        if preposition > 0, !tokens[preposition].has(.placePrep), Self.territoryKeys.contains(tokens[preposition].key) { preposition -= 1 }
        return tokens[preposition].has(.placePrep) ? preposition : nil
    }

    static let territoryKeys: KeySet = KeySet(["территорией", "территории", "територією", "території", "небе", "небі"])

    /// "пять ... над Ростовской областью, столько же — над Крымом": the count of the part before.
    func sameCountPhrases(phrases: [Phrase]) -> [Phrase] {
        var result: [Phrase] = []
        var position = 0
        let sameAmount = Self.sameAmountKeys, emphasis = Self.emphasisKeys  // (read once: see above)
        while position + 2 < tokens.count {
            defer { position += 1 }
            guard sameAmount.contains(tokens[position].key), emphasis.contains(tokens[position + 1].key),
                  isListJoint(before: position),
                  let antecedent = phrases.last(where: { $0.last < position }), let each = antecedent.count.exact,
                  antecedent.count.qualifier == .exact
            else { continue }
            var next = position + 2
            if tokens[next].isMark(Mark.enDash) || tokens[next].isMark(Mark.emDash) || tokens[next].isMark(Mark.hyphen) { next += 1 }
            guard next < tokens.count, tokens[next].has(.placePrep) || tokens[next].has(.verb), placeFollows(next) || tokens[next].has(.verb) else { continue }
            var phrase = Phrase(
                first: position, headFirst: position, last: position + 1, weapon: antecedent.weapon,
                count: .exactly(each, text: slice(position, position + 1)), isElliptical: true
            )
            phrase.launched = nil
            result.append(phrase)
        }
        return result
    }

    /// "Ворог випустив шість Калібрів – усі знищено", "..., все сбиты": every one of the weapons
    /// just counted, told by "усі"/"все" and a verb of interception after a dash or comma.
    func allOfThemPhrases(phrases: [Phrase], previous: WeaponPhrase?) -> [Phrase] {
        var result: [Phrase] = []
        for position in tokens.indices.dropFirst() where tokens[position].slavic == .all && position + 1 < tokens.count {
            let before = tokens[position - 1]
            guard before.isMark(Mark.enDash) || before.isMark(Mark.emDash) || before.isMark(Mark.comma) || (before.isMark(Mark.hyphen) && before.spaceBefore)
            else { continue }
            let verb = tokens[position + 1]
            guard verb.has(.verb), verb.verb == .intercept || verb.verb == .destroy, verb.form != .gerund,
                  mentionAt[position + 1] < 0
            else { continue }
            let antecedent = phrases.last { $0.last < position && !$0.isElliptical }
            guard let weapon = antecedent?.weapon ?? previous?.weapon,
                  let whole = (antecedent?.count ?? previous?.count)?.exact, whole > 1,
                  (antecedent?.count ?? previous?.count)?.qualifier == .exact
            else { continue }
            var phrase = Phrase(
                first: position, headFirst: position, last: position, weapon: weapon,
                count: .exactly(whole, text: slice(position, position)), isElliptical: true
            )
            phrase.launched = whole
            result.append(phrase)
        }
        return result
    }

    /// "Більшість із них вдалося збити", "Большая часть из них была сбита", "кілька з них
    /// влучили": an uncounted part of the weapons just counted, told by the action after it (of
    /// so many launched, when the whole was counted).
    func partOfThemPhrases(phrases: [Phrase], previous: WeaponPhrase?) -> [Phrase] {
        var result: [Phrase] = []
        for position in tokens.indices where tokens[position].has(.vague) && position + 3 < tokens.count {
            guard tokens[position + 1].slavic == .of, tokens[position + 2].slavic == .them else { continue }
            var after = position + 3
            while after < min(position + 6, tokens.count),
                  tokens[after].slavic == .be || tokens[after].has(.adverb) || Self.managedKeys.contains(tokens[after].key) {
                after += 1
            }
            // (Not where part of them flew from: "більшість із них випустили з Курської області".)
            guard after < tokens.count, tokens[after].has(.verb), tokens[after].verb == .intercept || tokens[after].verb == .destroy || tokens[after].verb == .strike,
                  mentionAt[after] < 0
            else { continue }
            let antecedent = phrases.last { $0.last < position && !$0.isElliptical }
            guard let weapon = antecedent?.weapon ?? previous?.weapon else { continue }
            let first = position > 0 && Self.partSizeKeys.contains(tokens[position - 1].key) ? position - 1 : position
            var phrase = Phrase(
                first: first, headFirst: first, last: position + 2, weapon: weapon,
                count: .unknown(text: slice(first, position + 2)), isElliptical: true
            )
            phrase.launched = (antecedent?.count ?? previous?.count)?.exact
            result.append(phrase)
        }
        return result
    }

    /// The place named just before a count in brackets (tokens `first...last`): "Рязанской (29)".
    func placeBeforeBrackets(_ first: Int, _ last: Int) -> Mention? {
        guard first >= 2, last + 1 < tokens.count, tokens[first - 1].isMark(Mark.openParen),
              tokens[last + 1].isMark(Mark.closeParen), let place = mention(at: first - 2), place.ref.section == .place
        else { return nil }
        return place
    }

    /// "Ворог завдав ракетного удару по Одесі", "нанесли ракетный удар по Харькову": a strike by
    /// missiles the sentence neither counts nor names (the adjective stands for the weapon). Only
    /// next to a verb of striking: "через загрозу ракетного удару" is a threat, not a strike; and
    /// not beside missiles the sentence names ("завдав ракетного удару «Іскандером»").
    func missileStrikePhrases(phrases: [Phrase]) -> [Phrase] {
        // (Most sentences have no such adjective: that test first, before any lookup; and no
        // closures over `self`, whose copies retained the analyzer's arrays: +8% of bench/extract.sh
        // on Cyrillic reports.)
        guard tokens.count > 2, tokens.contains(where: { $0.has(.verb) && $0.verb == .strike }),
              tokens.contains(where: { Self.missileAdjectiveKeys.contains($0.key) }),
              let missile = index.genericByID["unspecified-missile"],
              !phrases.contains(where: { index.weapons[Int($0.weapon)].family == .missile })
        else { return [] }
        // "є ракетні влучання", "есть ракетные попадания": a hit noun asserts the hit itself.
        let denied = tokens.contains { $0.has(.negation) || Self.absenceKeys.contains($0.key) }
        var result: [Phrase] = []
        for position in tokens.indices.dropLast() where Self.missileAdjectiveKeys.contains(tokens[position].key) {
            let noun = tokens[position + 1]
            if Self.strikeNounKeys.contains(noun.key) {
                var near = false
                for other in max(0, position - 2)..<min(position + 4, tokens.count) where other < position || other >= position + 2 {
                    if isStrikeVerb(other) { near = true }
                }
                guard near else { continue }
            } else {
                guard noun.has(.verb), noun.verb == .strike, noun.form == .gerund, !denied else { continue }
            }
            var phrase = Phrase(first: position, headFirst: position, last: position + 1, weapon: missile, count: .unknown())
            // "завдав одного ракетного удару": one strike.
            if position > 0, tokens[position - 1].has(.numberWord), tokens[position - 1].value == 1 {
                phrase.first = position - 1
                phrase.count = .exactly(1, text: slice(position - 1, position - 1))
            }
            phrase.isStrikeCount = true
            result.append(phrase)
        }
        return result
    }

    /// A verb of striking, not its action noun, and not denied ("завдав", "нанесли").
    private func isStrikeVerb(_ position: Int) -> Bool {
        tokens[position].has(.verb) && tokens[position].verb == .strike && tokens[position].form != .gerund && !isNegated(position)
    }

    static let missileAdjectiveKeys: KeySet = KeySet([
        "ракетного", "ракетний", "ракетним", "ракетному", "ракетный", "ракетным",
        // (with a hit noun: "ракетні влучання", "ракетные попадания")
        "ракетні", "ракетне", "ракетные", "ракетное",
    ])
    /// A strike, singular ("ракетних ударів" counts attacks: see `isEpisodeCount`).
    static let strikeNounKeys: KeySet = KeySet(["удару", "удар", "ударом", "удара"])

    /// The size of a part: "переважна більшість", "большая часть", "подавляющее большинство".
    static let partSizeKeys: KeySet = KeySet([
        "переважна", "переважну", "переважної", "переважною", "большая", "большую", "большей", "бо́льшая",
        "подавляющее", "подавляющая", "подавляющую", "подавляющего", "подавляющим",
    ])

    static let sameAmountKeys: KeySet = KeySet(["столько", "стільки"])
    static let emphasisKeys: KeySet = KeySet(["же", "ж"])
    /// "все ж", "всё же", "усе ж": all the same.
    static let stillKeys: KeySet = KeySet(["все", "всё", "усе"])

    static let pluralPronouns: KeySet = KeySet(["они", "вони"])
    static let bothKeys: KeySet = KeySet(["обидві", "обидва", "обидвоє", "оба", "обе"])
}

/// The number that ends at each token of a sentence, by its offset in the sentence's numbers: an
/// array by token, read like the dictionary it replaces (which hashed every lookup and was
/// rebuilt for every sentence, ~1% of the Cyrillic bench run).
struct NumberIndex {
    private var offsets: [Int32]

    init(tokens: Int) { offsets = Array(repeating: -1, count: tokens) }

    subscript(position: Int) -> Int? {
        get { position >= 0 && position < offsets.count && offsets[position] >= 0 ? Int(offsets[position]) : nil }
        set { offsets[position] = newValue.map(Int32.init) ?? -1 }
    }
}
