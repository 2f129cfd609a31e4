import ClaimsCore
import Testing

/// The canonical form of a revision is frozen: hashes published from a ledger must be
/// reproducible by every later version. These golden values were recorded before the bulk-import
/// optimisations of the JSON writer and hashing, and must never change.
@Suite struct CanonicalFormGoldenTests {
    static func fullRevision() -> Revision {
        var extra: [String: String] = [:]
        extra["launch_place"] = "Kursk oblast, \"Millerovo\""
        extra["affected region"] = "['Kharkiv oblast']"
        extra["Ünïcode"] = "Молнія\n"
        let content = ClaimContent(
            kind: .intercept, system: "kalibr+kh-101-or-kh-555", claimant: "ua-air-force", claimantSide: .ukraine,
            weaponSide: .russia,
            count: ClaimCount(exact: nil, minimum: 20, maximum: nil, text: "at least 20", qualifier: .atLeast),
            launched: 25,
            event: EventWindow(start: EventTime("2024-05-15T18:00")!, end: EventTime("2024-05-16")!),
            place: "odesa-oblast", location: "over Odesa", target: "port", weaponOrigin: "Russia", status: .disputed,
            reliability: Reliability("B2"), notes: "tab\there", mergedInto: 7, extra: extra
        )
        return Revision(
            seq: 42, claimID: 9, number: 3, action: .edit, reason: "fix count", recordedAt: "2024-06-01T12:00:00Z",
            content: content,
            addedCitations: [
                Citation(sourceID: 3, quote: "“at least 20” — Air Force", start: 10, end: 31, relay: "Reuters citing the Air Force"),
                Citation(sourceID: 4, quote: "plain"),
            ],
            previousHash: String(repeating: "ab", count: 32)
        )
    }

    static func minimalRevision() -> Revision {
        let content = ClaimContent(kind: .strike, system: "shahed-136", claimant: "ru-mod", claimantSide: .russia, count: .unknown())
        return Revision(
            seq: 1, claimID: 1, number: 1, action: .create, reason: nil, recordedAt: "2024-06-01T12:00:00Z",
            content: content, addedCitations: [], previousHash: Hashing.genesis
        )
    }

    static func fingerprint(_ id: Int64) -> String? { id == 3 ? "f3" : nil }

    @Test func fullRevisionHashIsFrozen() {
        var writer = JSONWriter()
        let hash = Self.fullRevision().computeHash(sourceFingerprint: Self.fingerprint, writer: &writer)
        #expect(writer.string == Self.fullCanonical)
        #expect(hash == Self.fullHash)
    }

    @Test func minimalRevisionHashIsFrozen() {
        var writer = JSONWriter()
        let hash = Self.minimalRevision().computeHash(sourceFingerprint: Self.fingerprint, writer: &writer)
        #expect(writer.string == Self.minimalCanonical)
        #expect(hash == Self.minimalHash)
    }

    @Test func hashIsTheSHA256OfTheCanonicalBytes() {
        var writer = JSONWriter()
        let hash = Self.fullRevision().computeHash(sourceFingerprint: Self.fingerprint, writer: &writer)
        #expect(hash == Hashing.sha256Hex(writer.string))
        #expect(Hashing.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    static let fullCanonical = #"{"action":"edit","citations":[{"end":31,"quote":"“at least 20” — Air Force","relay":"Reuters citing the Air Force","source":3,"source_fingerprint":"f3","start":10},{"end":null,"quote":"plain","relay":null,"source":4,"source_fingerprint":null,"start":null}],"claim":9,"content":{"claimant":"ua-air-force","claimant_side":"ukraine","count":null,"count_max":null,"count_min":20,"count_text":"at least 20","event_end":"2024-05-16","event_precision":"day","event_start":"2024-05-15T18:00","extra":{"affected region":"['Kharkiv oblast']","launch_place":"Kursk oblast, \"Millerovo\"","Ünïcode":"Молнія\n"},"kind":"intercept","launched":25,"location":"over Odesa","merged_into":7,"notes":"tab\there","place":"odesa-oblast","qualifier":"at-least","reliability":"B2","status":"disputed","system":"kalibr+kh-101-or-kh-555","target":"port","weapon_origin":"Russia","weapon_side":"russia"},"number":3,"prev":"abababababababababababababababababababababababababababababababab","reason":"fix count","recorded_at":"2024-06-01T12:00:00Z","seq":42}"#
    static let fullHash = "2f3d582f0038ca7aa7aa5fcfc4b89c4eb1c957f87493780fcd280a3da78a88a8"
    static let minimalCanonical = #"{"action":"create","citations":[],"claim":1,"content":{"claimant":"ru-mod","claimant_side":"russia","count":null,"count_max":null,"count_min":null,"count_text":null,"event_end":null,"event_precision":null,"event_start":null,"extra":{},"kind":"strike","launched":null,"location":null,"merged_into":null,"notes":null,"place":null,"qualifier":"unknown","reliability":null,"status":"unverified","system":"shahed-136","target":null,"weapon_origin":null,"weapon_side":null},"number":1,"prev":"0000000000000000000000000000000000000000000000000000000000000000","reason":null,"recorded_at":"2024-06-01T12:00:00Z","seq":1}"#
    static let minimalHash = "46fe29fb62f8be0b0d1c1f32de505e0f140d50db12b1cd87b52e17ae9431142d"
}
