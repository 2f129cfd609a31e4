import ClaimsCore

/// Who claims what: a claim stated without a speaker is the same claim as a spoken one nearby,
/// else it takes the speaker of the sentences around it.
extension Consolidation {
    func absorbUnspoken(_ found: inout [Found]) {
        // ("Another drone strike damaged a shop": weapons besides those told, never a restatement.)
        for position in found.indices where !found[position].hasAnchor && !found[position].draft.isAdditional {
            let item = found[position]
            var absorbed = false
            var absorber = -1
            neighbours(of: position, in: found) { other in
                let spoken = found[other]
                guard spoken.hasAnchor, spoken.actor != nil, spoken.draft.kind == item.draft.kind else { return false }
                // (Bounds compare whole: "more than 14,670" is not "around 1,300", though neither is exact.)
                let (a, b) = (item.draft.count, spoken.draft.count)
                let sameCount = a.qualifier == .unknown || (a.exact == b.exact && a.minimum == b.minimum && a.maximum == b.maximum)
                if sameCount, spoken.draft.weapon == item.draft.weapon
                    || (isGeneric(item) && item.draft.count.qualifier == .unknown && family(item).admits(family(spoken))) {
                    absorbed = true
                    absorber = other
                }
                return absorbed
            }
            found[position].isDropped = absorbed
            // "We shot down 73 out of more than 90": the spoken claim keeps the launch figure.
            if absorbed, found[absorber].draft.launched == nil, let launched = item.draft.launched,
               (item.draft.count.exact ?? 0) <= launched, found[absorber].draft.count.exact == item.draft.count.exact {
                found[absorber].draft.launched = launched
            }
        }
    }

    func inheritSpeakers(_ found: inout [Found]) {
        for position in found.indices where found[position].draft.yieldsToNextSpeaker {
            let next = found[position].sentence + 1
            if next < spans.count, let speaker = explicitSpeakers[next] {
                found[position].actor = speaker
                found[position].isInferred = true
            }
        }
        // "Четыре из них сбила ПВО. Об этом сообщает ...": the air defence taken as the speaker by
        // default gives way to the office a later sentence credits.
        for position in found.indices where found[position].draft.isImplicitClaimant && !backwardSpeakers.isEmpty {
            guard case .generic = found[position].draft.claimant else { continue }
            let sentence = found[position].sentence
            // «Вночі було тривожно. Сили ППО збили три шахеди. ...», - наголосив голова ОВА: a
            // sentence inside a quote is the speaker's who closes the quote.
            // (Also the sentence that opens the quote: the next one starts inside it.)
            if startsInQuote[sentence] || sentence + 1 < spans.count && startsInQuote[sentence + 1] {
                var next = sentence + 1
                var quoted: Int32?
                while quoted == nil, next < spans.count, next <= sentence + 4, startsInQuote[next],
                      spans[next].paragraph == spans[sentence].paragraph {
                    quoted = explicitSpeakers[next]
                    next += 1
                }
                if let quoted {
                    found[position].actor = quoted
                    found[position].isCredited = true
                    continue
                }
            }
            var next = sentence + 1
            while next < spans.count, next <= sentence + Self.window, explicitSpeakers[next] == nil || backwardSpeakers[next] != nil {
                if let credited = backwardSpeakers[next] {
                    found[position].actor = credited
                    found[position].isCredited = true
                    break
                }
                next += 1
            }
        }
        // Also claims whose speaker words did not resolve ("it said" opening an article, "the
        // ministry" before any ministry is named): the speaker of a neighbouring sentence.
        // Anonymous speakers ("analysts said", "local channels wrote") stay nobody.
        for position in found.indices where !found[position].isDropped
            && (!found[position].hasAnchor || (found[position].actor == nil && found[position].draft.claimant != .anonymous)) {
            let sentence = found[position].sentence
            let paragraph = spans[sentence].paragraph
            var speaker: Int32?
            if startsInQuote[sentence] {
                var next = sentence + 1
                while speaker == nil, next < spans.count, next <= sentence + 4, spans[next].paragraph == paragraph {
                    speaker = speakers[next]
                    next += 1
                }
            }
            // The sentence before (even across a paragraph break, as in an agency's numbered report),
            // else the one before it in the same paragraph.
            if speaker == nil, sentence > 0 { speaker = speakers[sentence - 1] }
            if speaker == nil, sentence > 1, spans[sentence - 2].paragraph == paragraph { speaker = speakers[sentence - 2] }
            // After the claim: "..., the statement reads." / "The ministry reported this in its daily briefing."
            // (A speaker there who is only the subject of an action, "ППО збила", gives way to
            // one credited below.)
            var isSubjectAfter = false
            if speaker == nil, sentence + 1 < spans.count, spans[sentence + 1].paragraph == paragraph || found[position].actor == nil {
                speaker = speakers[sentence + 1]
                isSubjectAfter = speaker != nil && explicitSpeakers[sentence + 1] == nil
            }
            if speaker == nil, sentence + 2 < spans.count, spans[sentence + 2].paragraph == paragraph {
                speaker = speakers[sentence + 2]
                isSubjectAfter = speaker != nil && explicitSpeakers[sentence + 2] == nil
            }
            // "Про це повідомили в ...": a later sentence credits its speaker with what came before
            // (often a whole post, so as far as the article window reaches).
            if speaker == nil || isSubjectAfter, found[position].actor == nil, !backwardSpeakers.isEmpty {
                var next = sentence + 1
                var credited: Int32?
                while credited == nil, next < spans.count, next <= sentence + Self.window {
                    credited = backwardSpeakers[next]
                    next += 1
                }
                if let credited {
                    speaker = credited
                    found[position].isCredited = true
                }
            }
            // A claim that refers back to weapons already reported continues the report: the last
            // speaker two or three sentences back, across paragraph breaks, when nobody spoke since
            // ("Centcom reported ... / No ships were damaged. / Of the two drones deployed, one was
            // intercepted"). A fresh count there ("Today, 16 drones were shot down") is the outlet's.
            if speaker == nil, found[position].actor == nil, found[position].draft.isElliptical || found[position].draft.isDefiniteReference {
                var back = sentence - 2
                while speaker == nil, back >= 0, sentence - back <= 3 {
                    speaker = explicitSpeakers[back]
                    back -= 1
                }
            }
            // "..., it said." opening an article: the body it stands for is named further on.
            if speaker == nil, found[position].draft.claimant == .pronoun {
                var next = sentence + 1
                while speaker == nil, next < spans.count, next <= sentence + 4 {
                    if let candidate = explicitSpeakers[next], index.actors[Int(candidate)].kind != .media { speaker = candidate }
                    next += 1
                }
            }
            if let speaker {
                found[position].actor = speaker
                found[position].isInferred = true
            }
        }
    }
}
