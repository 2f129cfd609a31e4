import ClaimsCore

/// A taxonomy name found in a sentence, over tokens `first...last`.
struct Mention: Sendable {
    var first: Int
    var last: Int
    var ref: EntityRef
}

/// Who a sentence says is speaking, before the article context resolves it.
enum ClaimantRef: Sendable, Equatable {
    /// A named actor of the taxonomy (index into its actors).
    case actor(Int32)
    /// A news agency or outlet speaking: a relay, used as claimant only when nothing better is known.
    case media(Int32)
    /// "the ministry", "the air force", "Russian officials".
    case generic(GenericActor, Side?)
    /// "Russia said", "Kyiv said".
    case country(Side)
    /// "he said", "it added".
    case pronoun
    /// Somebody the taxonomy does not know ("Yuriy Ignat said").
    case unknown
    /// Nobody in particular ("analysts said", "local channels wrote"): never a claimant.
    case anonymous
}

/// The kinds of unnamed claimant a sentence may refer to.
enum GenericActor: Sendable, Equatable {
    case ministry, airForce, military, generalStaff, governor, officials
}

/// A weapon noun phrase with its count: "10 US-supplied Ukrainian ATACMS missiles".
struct WeaponPhrase: Sendable {
    var weapon: Int32
    /// First token of the phrase (the count's first token when there is one).
    var first: Int
    /// Last token of the phrase (after "out of 7" when that follows).
    var last: Int
    var headFirst: Int
    var headLast: Int
    var count: ClaimCount
    var launched: Int?
    /// "the missiles": a reference back to weapons already mentioned.
    var isDefinite = false
    var side: Side?
    var isEnemy = false
    var origin: String?
    /// "its air force": an aircraft mention that also names an organisation.
    var isOrganisation = false
    /// Built from an elliptical count ("and three over Bryansk", "42 of them").
    var isElliptical = false
    /// "a downed drone": wreckage of a weapon already claimed, not a new claim.
    var isDebris = false
    /// "a drone attack", "the missile strike": the weapon names an attack, not a count of weapons.
    var isAttackCompound = false
}

/// An action verb found in a sentence, with its voice and modality.
struct VerbHit: Sendable {
    var head: Int
    var last: Int
    var verbClass: VerbClass
    var form: VerbForm
    var isPassive: Bool
    var isNegated: Bool
    var isHypothetical: Bool
}

/// A claim found in one sentence, before the article context resolves its claimant.
struct Draft: Sendable {
    var kind: ClaimKind
    var weapon: Int32
    var count: ClaimCount
    var launched: Int?
    var claimant: ClaimantRef?
    var side: Side?
    var isEnemy: Bool
    var origin: String?
    var place: Int32
    var location: Range<Int32>?
    /// Tokens between the weapon phrase and its verb.
    var verbDistance: Int
    var isElliptical: Bool
    /// The byte range of the verb, for sorting candidates of one sentence.
    var order: Int32
    /// "attacked with 35 drones": a strike whose count is also how many were launched.
    var isAttackInstrument = false
    /// The claimant is only the subject of the action ("Russian forces launched ..."), not a speaker.
    var isImplicitClaimant = false
    /// "debris from five downed drones": wreckage that counts an interception nobody else states.
    var isDebris = false
    /// "the missile struck", "the drones hit": weapons already mentioned; the article context
    /// gives their system and count.
    var isDefiniteReference = false
    /// The head noun is singular ("the missile").
    var isSingular = false
}

/// What one sentence contributes to the article's context and candidates.
struct SentenceResult: Sendable {
    var drafts: [Draft] = []
    /// The sentence's main speaker, when it names one.
    var speaker: ClaimantRef?
    /// The speaker is only the subject of an action verb.
    var speakerIsImplicit = false
    /// Actors named in the sentence, in order (indexes into the taxonomy's actors).
    var actors: [Int32] = []
    var date: EventWindow?
    /// The sentence talks about the past or about totals ("since the start of the war").
    var isBackground = false
    /// The last weapon phrase, for "42 of them" in the next sentence.
    var lastPhrase: WeaponPhrase?
    /// The sentence ends inside an open quotation.
    var endsInQuote = false
}

/// Applies the extraction rules to one sentence at a time. Its buffers are reused.
struct SentenceAnalyzer {
    let index: TaxonomyIndex
    var tokenizer: Tokenizer
    var mentions: [Mention] = []
    var phrases: [WeaponPhrase] = []
    var verbs: [VerbHit] = []
    /// For each token: the verb hit covering it, or -1.
    var verbAt: [Int32] = []
    /// For each token: the weapon phrase covering it, or -1.
    var phraseAt: [Int32] = []
    /// For each token: the mention covering it, or -1.
    var mentionAt: [Int32] = []
    var published: CalendarDate?
    /// The article's bytes (valid during ``analyze(_:_:previous:inQuote:)``).
    var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// The current sentence's tokens (shares the tokenizer's buffer).
    private(set) var tokens: [Token] = []

    init(index: TaxonomyIndex, lexicon: Lexicon) {
        self.index = index
        tokenizer = Tokenizer(lexicon: lexicon)
    }

    /// Analyses the sentence at `span`.
    ///
    /// - Parameters:
    ///   - previous: The previous sentence's last weapon phrase, for elliptical counts.
    ///   - inQuote: Whether the sentence starts inside a quotation.
    mutating func analyze(
        _ text: UnsafeBufferPointer<UInt8>, _ span: SentenceSpan, previous: WeaponPhrase?, inQuote: Bool
    ) -> SentenceResult {
        self.text = text
        tokens = []  // let the tokenizer reuse its buffer without copying
        tokenizer.tokenize(text, span.start..<span.end)
        tokens = tokenizer.tokens
        var result = SentenceResult()
        result.endsInQuote = quoteState(startingIn: inQuote)
        scanMentions()
        var hasWeapon = false
        for mention in mentions {
            switch mention.ref.section {
            case .weapon: hasWeapon = true
            case .actor: result.actors.append(mention.ref.index)
            case .place: break
            }
        }
        let date = findDate()
        result.date = date.window
        result.isBackground = date.isBackground
        let hasVerb = tokens.contains { $0.lex.contains(.verb) }
        guard hasWeapon || (previous != nil && hasVerb) else {
            let first = findAnchors().first
            result.speaker = first?.ref
            result.speakerIsImplicit = first?.isImplicit ?? false
            return result
        }
        findVerbs()
        buildPhrases(previous: previous)
        let anchors = findAnchors()
        result.speaker = anchors.first?.ref
        result.speakerIsImplicit = anchors.first?.isImplicit ?? false
        if !result.isBackground {
            for phraseIndex in phrases.indices {
                guard var draft = draft(for: phraseIndex) else { continue }
                let anchor = nearestAnchor(to: phrases[phraseIndex].headFirst, in: anchors)
                draft.claimant = anchor?.ref
                draft.isImplicitClaimant = anchor?.isImplicit ?? false
                // "Russia launched 40 missiles": the next sentence's "35 were destroyed" were Russian too.
                if phrases[phraseIndex].side == nil { phrases[phraseIndex].side = draft.side }
                result.drafts.append(draft)
            }
        }
        result.lastPhrase = phrases.last { !$0.isElliptical && !$0.isOrganisation } ?? phrases.last { !$0.isOrganisation }
        return result
    }

    // MARK: - Quotes

    /// Whether the sentence ends inside a quotation, given whether it starts inside one.
    private func quoteState(startingIn inQuote: Bool) -> Bool {
        var open = inQuote
        for token in tokens where token.isMark(Mark.quote) { open.toggle() }
        return open
    }
}
