import ClaimsCore
import ClaimsExtraction

/// The word lists of the lexicon, by class. General English news wording, not the wording of
/// any particular article.
enum LexiconWords {
    static func register(
        entry: (_ words: [String], _ lex: Lex, _ word: Word, _ value: Int32) -> Void,
        verb: (_ words: [String], _ verbClass: VerbClass, _ form: VerbForm) -> Void
    ) {
        func add(_ words: [String], _ lex: Lex) { entry(words, lex, .other, 0) }
        func add(_ words: [String], _ lex: Lex, _ word: Word, _ value: Int32) { entry(words, lex, word, value) }

        // MARK: Numbers
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (value, word) in units.enumerated() { add([word], .numberWord, .other, Int32(value)) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (index, word) in tens.enumerated() { add([word], .numberWord, .other, Int32(index * 10 + 20)) }
        add(["hundred"], .numberWord, .hundred, 100)
        add(["thousand"], .numberWord, .thousand, 1000)
        add(["dozen"], .numberWord, .dozen, 12)
        add(["zero"], .numberWord, .other, -3)  // a count of none: rules skip it
        add(["several", "dozens", "hundreds", "thousands", "scores", "multiple", "numerous", "many", "few",
             "various", "countless"], .vague)

        // MARK: Determiners, pronouns, conjunctions
        add(["the", "this", "these", "those"], .definite)
        add(["its", "their", "his", "her", "our", "whose"], .possessive)
        add(["a", "an"], .article)
        add(["it", "he", "she", "they"], .pronoun)
        add(["and", "or"], .conjunction)

        // MARK: Auxiliaries, modals, negation
        add(["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "getting"], .beAux)
        add(["had", "has", "have", "having"], .haveAux)
        add(["can", "could", "will", "would", "may", "might", "shall", "should", "must", "cannot", "can't",
             "won't", "wouldn't", "couldn't", "plans", "plan", "planned", "intends", "intended", "aims", "wants",
             "threatened", "threatens", "vowed", "vows", "promised", "promises", "able", "capable", "designed",
             "ready", "preparing", "prepares", "prepared", "expected", "likely", "unlikely", "tried", "tries",
             "attempted", "attempts", "sought", "seeks", "continue", "continues"], .modal)
        add(["not", "never", "didn't", "did not", "doesn't", "don't", "wasn't", "weren't", "hasn't", "haven't",
             "hadn't", "isn't", "aren't", "failed", "fails", "unable", "denied", "denies", "deny", "no", "nor",
             "neither", "without", "refuted", "rejected", "dismissed"], .negation)

        // MARK: Speech
        add(["said", "says", "say", "saying", "told", "tells", "added", "adds", "adding", "reported", "reports",
             "reporting", "stated", "states", "announced", "announces", "claimed", "claims", "claiming", "wrote",
             "writes", "posted", "posts", "confirmed", "confirms", "noted", "notes", "insisted", "insists",
             "declared", "declares", "informed", "alleged", "alleges", "specified", "clarified", "tweeted",
             "according", "cited", "citing", "quoted", "quoting", "statement", "update", "explained",
             "estimated", "acknowledged", "admitted", "asserted", "boasted", "disclosed", "revealed", "indicated"],
            .speech)

        // MARK: Clause boundaries
        add(["when", "while", "whilst", "after", "before", "because", "although", "though", "whereas", "but",
             "which", "who", "whom", "that", "where", "if", "unless", "until", "despite", "as", "since", "amid",
             "however", "meanwhile", "whether", "so", "yet", "among"], .clause)

        // MARK: Prepositions
        add(["over", "near", "in", "on", "above", "across", "around", "off", "into", "at", "towards", "toward",
             "outside", "inside", "within", "along", "from", "onto", "against", "targeting", "targetting",
             "approaching", "south", "north", "east", "west"], .placePrep)
        add(["with", "using", "by", "involving", "via"], .instrument)

        // MARK: Adverbs that may sit inside a verb phrase
        add(["also", "reportedly", "allegedly", "successfully", "then", "already", "still", "earlier", "later",
             "subsequently", "eventually", "additionally", "further", "apparently", "overnight", "mainly", "mostly",
             "again", "just", "only", "respectively", "simultaneously", "completely", "effectively", "quickly",
             "immediately", "ultimately", "jointly", "purportedly", "partially", "partly", "largely", "reliably",
             "promptly", "swiftly", "once", "twice", "probably", "presumably", "all", "both"],
            .adverb)

        // MARK: Sides and origins
        add(["russian", "russia", "moscow", "kremlin", "russian-made", "russian-launched", "russian-controlled",
             "russian-occupied", "soviet", "soviet-era", "soviet-made"], .sideRussia)
        add(["ukrainian", "ukraine", "kyiv", "kiev", "ukrainian-made", "ukrainian-launched", "ukranian", "ukrainan"],
            .sideUkraine)
        add(["russia", "moscow", "ukraine", "kyiv", "kiev"], .countryName)
        add(["enemy", "hostile"], .enemy)
        add(["us", "u.s", "american", "america", "british", "britain", "uk", "french", "france", "german",
             "germany", "western", "west", "iranian", "iran", "korean", "norwegian", "turkish", "israeli", "polish",
             "czech", "italian", "swedish", "dutch", "nato", "allied", "foreign", "chinese", "belarusian"],
            .originCountry)
        add(["supplied", "made", "designed", "built", "provided", "produced", "manufactured", "donated", "delivered",
             "developed", "origin", "sourced", "licensed", "derived"], .originSuffix)

        // MARK: Descriptive modifiers of weapon nouns
        add(["cruise", "ballistic", "hypersonic", "aeroballistic", "guided", "attack", "kamikaze", "strike",
             "long", "range", "short", "medium", "radar", "radiation", "ship", "launched", "air", "sea", "ground",
             "surface", "unmanned", "uncrewed", "newest", "new", "modern", "advanced", "latest", "high",
             "precision", "other", "more", "additional", "further", "foreign", "large", "small", "heavy",
             "combat", "tactical", "operational", "loitering", "decoy", "decoys", "jet", "powered", "upgraded",
             "modernised", "modernized", "improved", "different", "unidentified", "unknown", "type", "class",
             "aerial", "aircraft", "aviation", "glide", "gliding", "winged", "missile", "rocket", "artillery",
             "multiple", "anti", "fresh", "remaining", "incoming", "hostile", "enemy", "armed",
             "explosive", "laden", "explosives", "fixed", "wing", "strategic", "heavy", "light", "nuclear",
             "capable", "conventional", "experimental", "intermediate", "various", "rocket-propelled", "sea-based",
             "air-launched", "ground-launched", "sea-launched", "shahed-type", "geran-type", "iranian-designed",
             "iranian-made", "north", "korean", "separate", "similar", "same", "identical", "single", "approaching",
             "incoming", "hostile", "suspected", "unidentified", "suicide", "suspicious", "exploding",
             // "a third anti-ship missile": one more weapon, counted by its article.
             "second", "third", "fourth", "fifth"], .modifier)

        // MARK: Nouns that turn a weapon mention into a modifier ("drone attacks", "missile debris")
        add(["attack", "attacks", "strike", "strikes", "impact", "impacts", "debris", "fragments", "fragment", "wreckage", "remains",
             "parts", "components", "production", "factory", "factories", "plant", "plants", "maker", "makers",
             "manufacturer", "manufacturers", "programme", "program", "launcher", "launchers", "site", "sites",
             "operator", "operators", "unit", "units", "crew", "crews", "carrier", "carriers", "warning", "warnings",
             "alert", "alerts", "threat", "threats", "danger", "defence", "defense", "defences", "defenses",
             "shield", "stocks", "stockpile", "stockpiles", "supplies", "supply", "deliveries", "delivery",
             "shipment", "shipments", "package", "packages", "technology", "technologies", "warfare", "base",
             "bases", "storage", "storages", "warehouse", "warehouses", "depot", "depots", "pilot", "pilots",
             "battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "team", "teams", "expert",
             "experts", "engine", "engines", "speed", "capability", "capabilities", "salvo", "salvos",
             "barrage", "barrages", "raid", "raids", "assault", "assaults", "campaign", "campaigns", "launches",
             "sirens", "siren", "alarm", "alarms", "footage", "video", "videos", "incident", "incidents", "terror",
             "jammer", "jammers", "interception", "interceptions", "interceptor", "interceptors", "troops",
             "forces", "force", "fleet", "fleets", "boat", "ship", "ships", "vessel", "vessels", "hangar",
             "hangars", "shelter", "shelters", "workshop", "workshops", "assembly", "warhead", "warheads",
             "fuel", "technician", "technicians", "specialist", "specialists", "hunter", "hunters", "hunting",
             "school", "academy", "drills", "exercise", "exercises", "test", "tests", "testing", "contract",
             "contracts", "deal", "deals", "order", "orders", "purchase", "purchases", "programs", "programmes",
             "strikes'", "danger", "activity", "traffic", "threat", "war", "wars", "era", "age", "market",
             "industry", "industries", "sales", "export", "exports", "imports", "stock", "arsenal", "arsenals",
             "inventory", "inventories", "development", "designer", "designers", "range", "ranges", "coverage",
             "system", "systems", "complex", "complexes", "battery", "batteries"],
            .compoundHead)

        // MARK: Dates and times
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, day) in weekdays.enumerated() { add([day], .weekday, .other, Int32(index + 1)) }
        let months = [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
                      ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
                      ["october", "oct"], ["november", "nov"], ["december", "dec"]]
        for (index, names) in months.enumerated() { add(names, .month, .other, Int32(index + 1)) }
        add(["overnight", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "dawn",
             "daybreak", "midnight", "noon", "hours", "earlier", "later", "weekend"], .timeWord)

        // MARK: Generic claimant nouns ("the ministry", "the air force", "officials")
        add(["ministry", "military", "army", "governor", "mayor", "official", "officials", "spokesman",
             "spokeswoman", "spokesperson", "authorities", "administration", "command", "staff", "kremlin",
             "government", "navy", "headquarters", "commander", "commanders"], .actorNoun)

        // MARK: Other verbs (a verb-phrase scan stops at them)
        add(["caused", "causes", "fell", "falls", "fallen", "injuring", "killing", "leaving", "left",
             "sparked", "started", "damaging", "wounding", "hitting", "included", "includes", "including",
             "contained", "containing", "housed", "housing", "carried", "carrying", "sent", "delivered",
             "supplied", "provided", "pledged", "approved", "received", "receives", "bought", "acquired",
             "transferred", "promised", "announced", "unveiled", "tested", "showed", "shows", "appeared",
             "remain", "remains", "remained", "became", "become", "flies", "fly", "flew", "travel", "travels",
             "travelled", "traveled", "carry", "carries", "costs", "cost", "needed", "needs", "need", "asked",
             "urged", "called", "calls", "warned", "warns", "blamed", "accused", "accuses", "believed", "believe",
             "believes", "thought", "think", "thinks", "knew", "know", "seen", "saw", "see", "looked", "look",
             "gave", "give", "make", "makes", "made", "met", "visited", "arrived", "went", "came", "heard",
             "tracked", "monitored", "spotted", "detected", "recorded", "registered", "counted"],
            .otherVerb)

        // MARK: Action verbs
        verb(["downed", "intercepted", "neutralised", "neutralized", "repelled", "repulsed", "eliminated",
              "suppressed", "thwarted", "foiled", "jammed"], .intercept, .past)
        verb(["intercept", "neutralise", "neutralize", "repel", "eliminate", "suppress"], .intercept, .base)
        verb(["intercepts", "neutralises", "neutralizes", "repels", "eliminates", "downs"], .intercept, .present)
        verb(["intercepting", "neutralising", "neutralizing", "repelling", "eliminating", "downing"],
             .intercept, .gerund)
        verb(["destroyed"], .destroy, .past)
        verb(["destroy"], .destroy, .base)
        verb(["destroys"], .destroy, .present)
        verb(["destroying"], .destroy, .gerund)
        verb(["struck", "hit", "attacked", "targeted", "pounded", "shelled", "bombed", "slammed", "smashed",
              "damaged", "razed", "exploded", "detonated", "crashed", "rammed", "blasted", "battered",
              "ravaged", "landed", "impacted", "dropped"], .strike, .past)
        verb(["strike", "attack", "target", "pound", "slam", "smash", "damage", "explode", "crash"], .strike, .base)
        verb(["hits", "strikes", "attacks", "targets", "pounds", "slams", "smashes", "damages", "explodes",
              "crashes"], .strike, .present)
        verb(["striking", "hitting", "attacking", "pounding", "slamming", "smashing", "damaging", "exploding",
              "crashing"], .strike, .gerund)
        // "A drone dropped explosives on the village" (the drone struck); "dropped 40 glide bombs
        // on the region" (the bombs were launched: see the rules).
        verb(["drop"], .strike, .base)
        verb(["drops"], .strike, .present)
        verb(["dropping"], .strike, .gerund)
        verb(["set", "sets", "setting"], .strike, .past)  // only with "ablaze" or "on fire" (see the rules)
        verb(["reached"], .strike, .past)  // only with "(their) targets" (see the rules)
        verb(["reach"], .strike, .base)
        verb(["reaches"], .strike, .present)
        verb(["reaching"], .strike, .gerund)
        verb(["killed", "injured", "wounded"], .harm, .past)
        verb(["kills", "injures", "wounds"], .harm, .present)
        verb(["launched", "fired", "unleashed", "lobbed", "lofted"], .launch, .past)
        verb(["launch", "fire", "unleash"], .launch, .base)
        verb(["launches", "fires", "unleashes"], .launch, .present)
        verb(["launching", "firing", "unleashing"], .launch, .gerund)
        // Only with "against" a target (see the rules): "deployed drones to Belarus" is no launch.
        verb(["deployed"], .launch, .past)
        verb(["deploy"], .launch, .base)
        verb(["deploys"], .launch, .present)
        verb(["deploying"], .launch, .gerund)
        // Only toward a target or overnight (see the rules): "sent 30 ATACMS to Ukraine" is a delivery.
        verb(["sent"], .launch, .past)
        verb(["send"], .launch, .base)
        verb(["sends"], .launch, .present)
        verb(["sending"], .launch, .gerund)
        verb(["used", "employed", "deployed"], .use, .past)
        verb(["use", "employ", "deploy"], .use, .base)
        verb(["uses", "employs", "deploys"], .use, .present)
        verb(["using", "employing", "deploying"], .use, .gerund)
        // Phrasal heads: "shot down", "brought down", "took out", "set ablaze" (the rules check the particle).
        verb(["shot", "brought", "taken", "took", "knocked"], .intercept, .past)
        verb(["shoot", "bring", "take", "knock"], .intercept, .base)
        verb(["shoots", "brings", "takes", "knocks"], .intercept, .present)
        verb(["shooting", "bringing", "taking", "knocking"], .intercept, .gerund)
    }
}
