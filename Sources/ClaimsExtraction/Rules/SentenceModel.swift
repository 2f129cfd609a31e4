import ClaimsCore

/// A taxonomy name found in a sentence, over tokens `first...last`.
package struct Mention: Sendable {
    package var first: Int
    package var last: Int
    package var ref: EntityRef

    package init(first: Int, last: Int, ref: EntityRef) {
        self.first = first
        self.last = last
        self.ref = ref
    }
}

/// Who a sentence says is speaking, before the article context resolves it.
package enum ClaimantRef: Sendable, Equatable {
    /// A named actor of the taxonomy (index into its actors).
    case actor(Int32)
    /// A news agency or outlet speaking: a relay, used as claimant only when nothing better is known.
    case media(Int32)
    /// "the ministry", "the air force", "Russian officials".
    case generic(GenericActor, Side?)
    /// "the coalition said", "the group said": the last word of a name the article gave before
    /// (its ``Lexicon/key(_:)``).
    case headNoun(UInt64)
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
package enum GenericActor: Sendable, Equatable {
    case ministry, airForce, military, generalStaff, governor, officials
}

/// A weapon noun phrase with its count: "10 US-supplied Ukrainian ATACMS missiles".
package struct WeaponPhrase: Sendable {
    package var weapon: Int32
    /// First token of the phrase (the count's first token when there is one).
    package var first: Int
    /// Last token of the phrase (after "out of 7" when that follows).
    package var last: Int
    package var headFirst: Int
    package var headLast: Int
    package var count: ClaimCount
    package var launched: Int?
    /// "the missiles": a reference back to weapons already mentioned.
    package var isDefinite: Bool = false
    package var side: Side?
    package var isEnemy: Bool = false
    package var origin: String?
    /// "its air force": an aircraft mention that also names an organisation.
    package var isOrganisation: Bool = false
    /// Built from an elliptical count ("and three over Bryansk", "42 of them").
    package var isElliptical: Bool = false
    /// "a downed drone": wreckage of a weapon already claimed, not a new claim.
    package var isDebris: Bool = false
    /// "a drone attack", "the missile strike": the weapon names an attack, not a count of weapons.
    package var isAttackCompound: Bool = false
    /// "Of the 40 drones launched, 31 were shot down": the whole a later count is taken from; its
    /// figure is that count's `launched`, not a claim of its own.
    package var isPartitiveWhole: Bool = false
    /// The other members of a composite named with one count ("31 Shahed and decoy drones").
    package var companions: [Int32] = []
    /// "ballistic and cruise missiles", "40 drones and missiles": a generic entry standing for
    /// several classes the text names, which no one system of them may refine.
    package var namesSeveralClasses: Bool = false
    /// Passed to the first sentence of a new paragraph: only an explicit reference back ("Among
    /// them, 138 were intercepted") may take it.
    package var isFromEarlierParagraph: Bool = false

    package init(weapon: Int32, first: Int, last: Int, headFirst: Int, headLast: Int, count: ClaimCount, launched: Int? = nil, isDefinite: Bool = false, side: Side? = nil, isEnemy: Bool = false, origin: String? = nil, isOrganisation: Bool = false, isElliptical: Bool = false, isDebris: Bool = false, isAttackCompound: Bool = false) {
        self.weapon = weapon
        self.first = first
        self.last = last
        self.headFirst = headFirst
        self.headLast = headLast
        self.count = count
        self.launched = launched
        self.isDefinite = isDefinite
        self.side = side
        self.isEnemy = isEnemy
        self.origin = origin
        self.isOrganisation = isOrganisation
        self.isElliptical = isElliptical
        self.isDebris = isDebris
        self.isAttackCompound = isAttackCompound
    }
}

/// An action verb found in a sentence, with its voice and modality.
package struct VerbHit: Sendable {
    package var head: Int
    package var last: Int
    package var verbClass: VerbClass
    package var form: VerbForm
    package var isPassive: Bool
    package var isNegated: Bool
    package var isHypothetical: Bool

    package init(head: Int, last: Int, verbClass: VerbClass, form: VerbForm, isPassive: Bool, isNegated: Bool, isHypothetical: Bool) {
        self.head = head
        self.last = last
        self.verbClass = verbClass
        self.form = form
        self.isPassive = isPassive
        self.isNegated = isNegated
        self.isHypothetical = isHypothetical
    }
}

/// A claim found in one sentence, before the article context resolves its claimant.
package struct Draft: Sendable {
    package var kind: ClaimKind
    package var weapon: Int32
    package var count: ClaimCount
    package var launched: Int?
    package var claimant: ClaimantRef?
    package var side: Side?
    package var isEnemy: Bool
    package var origin: String?
    package var place: Int32
    package var location: Range<Int32>?
    /// Tokens between the weapon phrase and its verb.
    package var verbDistance: Int
    package var isElliptical: Bool
    /// The byte range of the verb, for sorting candidates of one sentence.
    package var order: Int32
    /// "attacked with 35 drones": a strike whose count is also how many were launched.
    package var isAttackInstrument: Bool = false
    /// The claimant is only the subject of the action ("Russian forces launched ..."), not a speaker.
    package var isImplicitClaimant: Bool = false
    /// "debris from five downed drones": wreckage that counts an interception nobody else states.
    package var isDebris: Bool = false
    /// "the missile struck", "the drones hit": weapons already mentioned; the article context
    /// gives their system and count.
    package var isDefiniteReference: Bool = false
    /// The head noun is singular ("the missile").
    package var isSingular: Bool = false
    /// "another missile", "ещё одна ракета", "ще два дрони": weapons besides those already
    /// counted, never a repeat of an earlier claim.
    package var isAdditional: Bool = false
    /// Other systems one count covers ("Shahed and decoy drones"): the claim is about the
    /// composite, never split between them.
    package var companions: [Int32] = []
    /// A generic entry for several classes the text names ("ballistic and cruise missiles"): never
    /// resolved to one system of them.
    package var namesSeveralClasses = false
    /// Given the last speaker only by default, after that speaker's statement closed ("Про це
    /// повідомили в X.") and a paragraph break: a speaker named in the next sentence ("дві з них
    /// ..., розповів Y") claims it instead.
    package var yieldsToNextSpeaker = false
    /// A launch from a verb of aiming ("targeted Eilat with a ballistic missile"): a strike once
    /// the same statement goes on to say the operation "achieved its goal".
    package var isAimedStrike = false

    package init(kind: ClaimKind, weapon: Int32, count: ClaimCount, launched: Int? = nil, claimant: ClaimantRef? = nil, side: Side? = nil, isEnemy: Bool, origin: String? = nil, place: Int32, location: Range<Int32>? = nil, verbDistance: Int, isElliptical: Bool, order: Int32, isAttackInstrument: Bool = false, isImplicitClaimant: Bool = false, isDebris: Bool = false, isDefiniteReference: Bool = false, isSingular: Bool = false, companions: [Int32] = []) {
        self.kind = kind
        self.weapon = weapon
        self.count = count
        self.launched = launched
        self.claimant = claimant
        self.side = side
        self.isEnemy = isEnemy
        self.origin = origin
        self.place = place
        self.location = location
        self.verbDistance = verbDistance
        self.isElliptical = isElliptical
        self.order = order
        self.isAttackInstrument = isAttackInstrument
        self.isImplicitClaimant = isImplicitClaimant
        self.isDebris = isDebris
        self.isDefiniteReference = isDefiniteReference
        self.isSingular = isSingular
        self.companions = companions
    }
}

/// What one sentence contributes to the article's context and candidates.
package struct SentenceResult: Sendable {
    package var drafts: [Draft] = []
    /// The sentence's main speaker, when it names one.
    package var speaker: ClaimantRef?
    /// The speaker is only the subject of an action verb.
    package var speakerIsImplicit: Bool = false
    /// Actors named in the sentence, in order (indexes into the taxonomy's actors).
    package var actors: [Int32] = []
    package var date: EventWindow?
    /// The sentence talks about the past or about totals ("since the start of the war").
    package var isBackground: Bool = false
    /// The last weapon phrase, for "42 of them" in the next sentence.
    package var lastPhrase: WeaponPhrase?
    /// The speaker is credited with what the sentences before said ("Про це повідомили в ...").
    package var speakerCoversPrevious: Bool = false
    /// The sentence ends inside an open quotation.
    package var endsInQuote: Bool = false
    /// The sentence names no weapon but says the attack hit its targets ("All intended targets
    /// were successfully hit"): the speaker's uncounted launches just before it were strikes.
    package var confirmsHits: Bool = false

    package init(drafts: [Draft] = [], speaker: ClaimantRef? = nil, speakerIsImplicit: Bool = false, actors: [Int32] = [], date: EventWindow? = nil, isBackground: Bool = false, lastPhrase: WeaponPhrase? = nil, endsInQuote: Bool = false) {
        self.drafts = drafts
        self.speaker = speaker
        self.speakerIsImplicit = speakerIsImplicit
        self.actors = actors
        self.date = date
        self.isBackground = isBackground
        self.lastPhrase = lastPhrase
        self.endsInQuote = endsInQuote
    }

    /// Empties the result for the next sentence, keeping its arrays' storage.
    package mutating func reset() {
        drafts.removeAll(keepingCapacity: true)
        speaker = nil
        speakerIsImplicit = false
        actors.removeAll(keepingCapacity: true)
        date = nil
        isBackground = false
        lastPhrase = nil
        speakerCoversPrevious = false
        endsInQuote = false
        confirmsHits = false
    }
}

