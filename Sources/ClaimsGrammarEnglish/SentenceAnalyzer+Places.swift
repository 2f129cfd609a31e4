import ClaimsCore
import ClaimsExtraction

/// The place of a claim: the first gazetteer name after the weapon phrase in its clause
/// ("five drones over the Kursk region and three over the Bryansk region"), else the nearest one
/// before it ("In Odesa, air defences destroyed ...").
extension SentenceAnalyzer {
    struct PlaceFind {
        /// The gazetteer place, or -1 when the words name several ("over the Bryansk, Kursk and
        /// Oryol regions": the claim covers them all, so no single place is guessed).
        var place: Int32
        /// Byte range of the words, from the preposition ("over the Belgorod region").
        var location: Range<Int32>
    }

    func place(for phraseIndex: Int, verb: VerbHit?) -> PlaceFind? {
        let phrase = phrases[phraseIndex]
        var firstCountry: Mention?
        var position = phrase.last + 1
        if position < tokens.count, let end = asideEnd(from: position) { position = end + 1 }  // "missiles — new ones — were"
        scan: while position < tokens.count {
            let token = tokens[position]
            if token.isMark(Mark.semicolon) || token.isMark(Mark.colon) || token.isMark(Mark.emDash) || token.isMark(Mark.openParen) {
                break
            }
            if token.has(.speech) || isClauseBreak(token) { break }
            // "42 drones, 17 over the Bryansk region and 25 over ...": the place is the part's.
            if phraseAt[position] >= 0, Int(phraseAt[position]) != phraseIndex, phrases[Int(phraseAt[position])].isElliptical { break }
            // A later verb starts another clause, unless it is a participle right after the phrase ("missiles fired at Kyiv").
            if verbAt[position] >= 0, let verb, verb.verbClass != .use, verbs[Int(verbAt[position])].head > verb.head,
               verbs[Int(verbAt[position])].head != phrase.last + 1,
               !((verb.last + 1)..<position).allSatisfy({ tokens[$0].has(.conjunction) || tokens[$0].has(.adverb) }) {
                break  // "intercepted and destroyed" is one predicate
            }
            if let mention = mention(at: position) {
                if mention.ref.section == .place, !isAgent(mention), !isHolder(mention) {
                    if self.index.places[Int(mention.ref.index)].kind == .country {
                        if firstCountry == nil { firstCountry = mention }
                    } else {
                        return find(mention)
                    }
                }
                position = mention.last + 1
                continue scan
            }
            position += 1
        }
        if let firstCountry { return find(firstCountry) }
        // Before the phrase, within its clause.
        position = phrase.first - 1
        while position >= 0 {
            let token = tokens[position]
            if token.isMark(Mark.semicolon) || token.isMark(Mark.emDash) || isClauseBreak(token) { break }
            if let mention = mention(at: position) {
                if mention.ref.section == .place, !isAgent(mention) {
                    // A place right after an earlier weapon phrase belongs to that phrase.
                    return belongsToEarlierPhrase(mention, before: phraseIndex) ? nil : find(mention)
                }
                position = mention.first - 1
                continue
            }
            position -= 1
        }
        return nil
    }

    private func belongsToEarlierPhrase(_ mention: Mention, before phraseIndex: Int) -> Bool {
        phrases[..<phraseIndex].contains { $0.last < mention.first }
            && !(phrases[..<phraseIndex].last { $0.last < mention.first }.map { earlier in
                (earlier.last + 1..<mention.first).contains { tokens[$0].has(.speech) || tokens[$0].isMark(Mark.semicolon) }
            } ?? false)
    }

    /// "Moscow said", "Ukraine had used", "Ukraine's defence industry": a country or capital
    /// speaking, acting or owning, not a location; "KYIV, March 22 -": a dateline.
    private func isAgent(_ mention: Mention) -> Bool {
        if mention.first == 0, mention.last + 1 < tokens.count, tokens[mention.last + 1].isMark(Mark.comma), isUpperCase(tokens[0]) {
            return true
        }
        if index.places[Int(mention.ref.index)].kind == .country, tokens[mention.last].isPossessive { return true }
        // "drones launched by Russia": the agent of a passive, not where it happened.
        if mention.first > 0, tokens[mention.first - 1].word == .by { return true }
        guard tokens[mention.last].has(.countryName), mention.last + 1 < tokens.count else { return false }
        let next = tokens[mention.last + 1]
        return next.has(.speech) || next.has(.haveAux) || next.has(.beAux) || next.has(.modal) || verbAt[mention.last + 1] >= 0
            || isPastTense(next)  // "Russia carried out an attack"
    }

    /// A lower-case word ending in "-ed" ("carried", "conducted"): a verb the lexicon need not know.
    private func isPastTense(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, token.end - token.start > 3 else { return false }
        return text[Int(token.end) - 2] == UInt8(ascii: "e") && text[Int(token.end) - 1] == UInt8(ascii: "d")
    }

    private func isUpperCase(_ token: Token) -> Bool {
        (Int(token.start)..<Int(token.end)).allSatisfy { text[$0] < 0x61 || text[$0] > 0x7A }
    }

    private func find(_ mention: Mention) -> PlaceFind {
        var start = mention.first
        var position = mention.first - 1
        var steps = 0
        while position >= 0, steps < 3 {
            let token = tokens[position]
            if token.has(.placePrep) {
                start = position
                break
            }
            guard token.has(.definite) || token.isPossessive || token.has(.modifier) || token.isMark(Mark.apostrophe) else { break }
            position -= 1
            steps += 1
        }
        // A list of places: "the Belgorod and Kursk regions", "the Bryansk, Kursk and Oryol regions",
        // "Kherson and Mykolaiv". Unknown capitalised words count only when a plural noun closes
        // the list ("..., Ihnat said" is a speaker, not a place).
        var end = mention.last
        var listed = false
        var onlyPlaces = true
        var after = mention.last + 1
        while after + 1 < tokens.count, tokens[after].isMark(Mark.comma) || tokens[after].word == .and {
            let next = after + 1
            // ("..., Kyiv's military administration said": an owner, not a listed place.)
            if let other = self.mention(at: next), other.ref.section == .place, !tokens[other.last].isPossessive {
                end = other.last
            } else if tokens[next].isWord, tokens[next].isCapitalized, tokens[next].lex.isEmpty {
                end = next
                onlyPlaces = false
            } else {
                break
            }
            listed = true
            after = end + 1
        }
        if after < tokens.count, Self.pluralPlaceNouns.contains(tokens[after].key) {
            end = after
            listed = true
        } else if listed, !onlyPlaces {
            end = mention.last
            listed = false
        }
        return PlaceFind(place: listed ? -1 : mention.ref.index, location: tokens[start].start..<tokens[end].end)
    }

    /// "two drones each over Kaluga and Lipetsk", "three each over the Kaluga and Lipetsk
    /// regions": the same count for every place of the list, one part for each. The places, with
    /// each one's words, or nil.
    func distributedPlaces(of phraseIndex: Int) -> [PlaceFind]? {
        let phrase = phrases[phraseIndex]
        var position = phrase.last
        if position + 3 < tokens.count, tokens[position + 1].has(.placePrep), tokens[position + 2].word == .each,
           tokens[position + 3].word == .of {
            // "and one over each of the Kursk, Oryol and Tula regions"
            position += 4
        } else {
            if tokens[position].word != .each {
                position += 1
                guard position < tokens.count, tokens[position].word == .each else { return nil }
            }
            position += 1
            guard position < tokens.count, tokens[position].has(.placePrep) else { return nil }
            position += 1
        }
        var places: [PlaceFind] = []
        var sawAnd = false
        while position < tokens.count, !sawAnd || places.count < 2 || tokens[position - 1].word == .and {
            let token = tokens[position]
            // ("each of the territories of Astrakhan, ...")
            if token.has(.definite) || token.isMark(Mark.comma) || token.word == .and
                || places.isEmpty && (Self.areaKeys.contains(token.key) || token.word == .of) {
                if token.word == .and { sawAnd = true }
                position += 1
                continue
            }
            guard let mention = mention(at: position), mention.ref.section == .place,
                  index.places[Int(mention.ref.index)].kind != .country
            else { break }
            places.append(PlaceFind(place: mention.ref.index, location: tokens[mention.first].start..<tokens[mention.last].end))
            position = mention.last + 1
        }
        guard sawAnd, places.count >= 2 else { return nil }
        // "the Kursk, Oryol and Tula regions": the names are the regions', not their capitals'.
        let namesRegions = position < tokens.count && Self.pluralPlaceNouns.contains(tokens[position].key)
            || places.contains { index.places[Int($0.place)].kind != .city && index.places[Int($0.place)].kind != .country }
        if namesRegions {
            for item in places.indices {
                let place = index.places[Int(places[item].place)]
                if place.kind == .city, let region = place.region, let regionIndex = index.placeIndexByID[region] {
                    places[item].place = regionIndex
                }
            }
        }
        return places
    }

    /// "regions", "oblasts": the noun that closes a list of places.
    static let pluralPlaceNouns: KeySet = KeySet(["regions", "oblasts", "provinces", "districts", "areas"])

    @inline(__always)
    private func isClauseBreak(_ token: Token) -> Bool {
        token.isWord && (token.has(.clause) || token.has(.otherVerb)) && Self.clauseBreaks.contains(token.key)
    }

    /// Words that end the clause a place belongs to.
    static let clauseBreaks: KeySet = KeySet([
        "while", "whilst", "when", "but", "after", "before", "although", "though", "whereas", "however", "meanwhile",
        "because", "as", "since", "amid", "despite", "including", "among",
    ])
}
