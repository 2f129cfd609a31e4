import ClaimsCore
import Foundation
import GRDB

/// The ledger schema. Shipped migrations are frozen: change the schema by appending a migration.
enum LedgerMigrator {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 ledger: sources, claims, revisions, citations") { db in
            try db.execute(sql: """
                CREATE TABLE ledgerInfo (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                INSERT INTO ledgerInfo (key, value) VALUES ('format', 'claims-ledger');

                CREATE TABLE source (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    url TEXT,
                    outlet TEXT,
                    title TEXT,
                    wire TEXT,
                    published TEXT,
                    retrieved TEXT,
                    language TEXT,
                    text TEXT,
                    textSHA256 TEXT,
                    recordedAt TEXT NOT NULL
                );
                CREATE UNIQUE INDEX source_on_url ON source(url);
                CREATE INDEX source_on_textSHA256 ON source(textSHA256);

                -- One row per claim; headRevision is the seq of its latest revision.
                CREATE TABLE claim (
                    id INTEGER PRIMARY KEY,
                    headRevision INTEGER NOT NULL
                );

                -- Append-only: every change to a claim is a new row. The hash chain runs in seq order.
                CREATE TABLE revision (
                    seq INTEGER PRIMARY KEY,
                    claimId INTEGER NOT NULL REFERENCES claim(id),
                    number INTEGER NOT NULL,
                    action TEXT NOT NULL,
                    reason TEXT,
                    recordedAt TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    system TEXT NOT NULL,
                    claimant TEXT NOT NULL,
                    claimantSide TEXT NOT NULL,
                    weaponSide TEXT,
                    count INTEGER,
                    countMin INTEGER,
                    countMax INTEGER,
                    countText TEXT,
                    qualifier TEXT NOT NULL,
                    launched INTEGER,
                    eventStart TEXT,
                    eventEnd TEXT,
                    place TEXT,
                    location TEXT,
                    target TEXT,
                    weaponOrigin TEXT,
                    status TEXT NOT NULL,
                    reliability TEXT,
                    notes TEXT,
                    mergedInto INTEGER,
                    extra TEXT,
                    prevHash TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    UNIQUE (claimId, number)
                );

                CREATE TABLE citation (
                    id INTEGER PRIMARY KEY,
                    claimId INTEGER NOT NULL REFERENCES claim(id),
                    revisionNumber INTEGER NOT NULL,
                    sourceId INTEGER NOT NULL REFERENCES source(id),
                    quote TEXT NOT NULL,
                    start INTEGER,
                    "end" INTEGER,
                    relay TEXT
                );
                CREATE INDEX citation_on_claim ON citation(claimId, revisionNumber);
                CREATE INDEX citation_on_source ON citation(sourceId);

                -- The current view: the head revision of every claim.
                CREATE VIEW currentClaim AS
                    SELECT r.* FROM claim c JOIN revision r ON r.seq = c.headRevision;
                """)
        }
        migrator.registerMigration("v2 validation: stored warnings, claim key index") { db in
            try db.execute(sql: """
                -- Warnings found when a claim was written (derived data, recomputed on each write).
                CREATE TABLE finding (
                    id INTEGER PRIMARY KEY,
                    claimId INTEGER NOT NULL REFERENCES claim(id),
                    rule TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    field TEXT NOT NULL,
                    message TEXT NOT NULL,
                    fix TEXT NOT NULL
                );
                CREATE INDEX finding_on_claim ON finding(claimId);
                -- Looks up claims of one claimant, kind, system and day (duplicates, conflicts).
                CREATE INDEX revision_on_key ON revision(claimant, kind, system, eventEnd);
                """)
        }
        migrator.registerMigration("v3 reporting views: counted claims, citations with sources, intercept tally") { db in
            try db.execute(sql: """
                -- Current claims that count in tallies (neither retracted nor merged), with the day and
                -- month they count under (the end of the event window; no day for month-precision dates).
                CREATE VIEW countedClaim AS
                    SELECT r.*,
                        CASE WHEN length(r.eventEnd) >= 10 THEN substr(r.eventEnd, 1, 10) END AS day,
                        substr(r.eventEnd, 1, 7) AS month
                    FROM claim c JOIN revision r ON r.seq = c.headRevision
                    WHERE r.status <> 'retracted' AND r.mergedInto IS NULL;

                -- Every citation with its source.
                CREATE VIEW citationSource AS
                    SELECT ci.id AS citationId, ci.claimId, ci.revisionNumber, ci.quote, ci.start, ci."end", ci.relay,
                        s.id AS sourceId, s.kind AS sourceKind, s.url, s.outlet, s.title, s.wire, s.published, s.language
                    FROM citation ci JOIN source s ON s.id = ci.sourceId;

                -- Claimed intercepts per system, by the rules of `claims tally --by system --kind intercept`:
                -- count sums exact counts only; count_min/count_max carry bounded counts (count_max is NULL
                -- when open); vague counts are counted in unknown_count_claims; sources are distinct.
                CREATE VIEW interceptTally AS
                    WITH f AS (
                        SELECT system, count(*) AS claims,
                            sum(qualifier = 'exact' AND count IS NOT NULL) AS exactClaims,
                            sum(CASE WHEN qualifier = 'exact' THEN count END) AS exactSum,
                            coalesce(sum(CASE WHEN qualifier = 'exact' THEN count
                                WHEN qualifier IN ('at-least', 'up-to', 'range') THEN coalesce(countMin, 0) END), 0) AS minimumSum,
                            coalesce(sum(CASE WHEN qualifier = 'exact' THEN count
                                WHEN qualifier IN ('at-least', 'up-to', 'range') THEN countMax END), 0) AS maximumSum,
                            sum(NOT (qualifier = 'exact' AND count IS NOT NULL)
                                AND (qualifier NOT IN ('at-least', 'up-to', 'range') OR countMax IS NULL)) AS openMaximumClaims,
                            sum(NOT (qualifier = 'exact' AND count IS NOT NULL)
                                AND qualifier NOT IN ('at-least', 'up-to', 'range')) AS unknownCountClaims,
                            count(launched) AS launchedClaims,
                            sum(launched) AS launchedSum,
                            sum(CASE WHEN qualifier = 'exact' AND count IS NOT NULL AND launched > 0 THEN count END) AS rateCount,
                            sum(CASE WHEN qualifier = 'exact' AND count IS NOT NULL AND launched > 0 THEN launched END) AS rateLaunched
                        FROM countedClaim WHERE kind = 'intercept' GROUP BY system
                    ), s AS (
                        SELECT cc.system, count(DISTINCT ci.sourceId) AS sources
                        FROM countedClaim cc JOIN citation ci ON ci.claimId = cc.claimId
                        WHERE cc.kind = 'intercept' GROUP BY cc.system
                    )
                    SELECT f.system, f.claims, coalesce(s.sources, 0) AS sources,
                        CASE WHEN f.exactClaims > 0 THEN f.exactSum END AS count,
                        f.minimumSum AS count_min,
                        CASE WHEN f.openMaximumClaims = 0 THEN f.maximumSum END AS count_max,
                        f.unknownCountClaims AS unknown_count_claims,
                        f.launchedSum AS launched,
                        CASE WHEN f.rateLaunched > 0 THEN round(1.0 * f.rateCount / f.rateLaunched, 4) END AS intercept_rate
                    FROM f LEFT JOIN s ON s.system = f.system
                    ORDER BY f.system;
                """)
        }
        migrator.registerMigration("v4 piterfm: index of revisions that carry a dataset row key") { db in
            // `claims import-piterfm` keeps each row's key in the claim's `extra` (hash-chained,
            // restored with the ledger). This partial index lists the revisions that carry one, so
            // an import finds them without reading the whole ledger. It indexes the small claim id,
            // filtered by a substring test: an index on json_extract(extra, ...) parsed every
            // inserted row's JSON twice and cost a fifth of a bulk import.
            try db.execute(sql: """
                CREATE INDEX revision_on_piterfmRow ON revision(claimId) WHERE instr(extra, '"piterfm_key":') > 0;
                """)
        }
        migrator.registerMigration("v5 review queue: extraction candidates and source shingles") { db in
            try db.execute(sql: """
                -- Claims found by `claims log` that wait for a person (see `claims review`).
                CREATE TABLE candidate (
                    id INTEGER PRIMARY KEY,
                    sourceId INTEGER NOT NULL REFERENCES source(id),
                    content TEXT NOT NULL,
                    quote TEXT NOT NULL,
                    start INTEGER,
                    "end" INTEGER,
                    confidence REAL NOT NULL,
                    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
                    claimId INTEGER REFERENCES claim(id),
                    copyOf INTEGER REFERENCES candidate(id),
                    reason TEXT,
                    recordedAt TEXT NOT NULL,
                    decidedAt TEXT
                );
                CREATE INDEX candidate_on_status ON candidate(status, id);
                CREATE INDEX candidate_on_source ON candidate(sourceId);
                CREATE INDEX candidate_on_copyOf ON candidate(copyOf);

                -- Sampled word-shingle hashes of source texts, to recognise syndicated copies.
                CREATE TABLE sourceShingle (
                    hash INTEGER NOT NULL,
                    sourceId INTEGER NOT NULL REFERENCES source(id),
                    PRIMARY KEY (hash, sourceId)
                ) WITHOUT ROWID;
                CREATE INDEX sourceShingle_on_source ON sourceShingle(sourceId);
                """)
        }
        migrator.registerMigration("v6 claim identity: a queued candidate may repeat a stored claim") { db in
            try db.execute(sql: """
                -- "Same as claim N?": a candidate whose claim identity found a possible match,
                -- waiting for a person to accept it as a citation of that claim or as a new claim.
                -- (Claim identity looks claims up through revision_on_key's claimant and kind: no
                -- new index on revision, whose every index slows a bulk import.)
                ALTER TABLE candidate ADD COLUMN sameAs INTEGER REFERENCES claim(id);
                """)
        }
        migrator.registerMigration("v7 lean storage: hashes as 32-byte blobs, the current claim's columns on claim, fixes stored once") { db in
            // A frozen copy of the conversion (migrations use no app types): 64 lower-case hex digits
            // become their 32 bytes; any other value is kept as it is, for `verify` to report.
            let toBlob = DatabaseFunction("claimsV7HashBlob", argumentCount: 1, pure: true) { values -> (any DatabaseValueConvertible)? in
                guard let text = String.fromDatabaseValue(values[0]) else { return values[0] }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(32)
                var high: UInt8?
                for byte in text.utf8 {
                    let digit: UInt8
                    switch byte {
                    case 48...57: digit = byte - 48  // 0-9
                    case 97...102: digit = byte - 87  // a-f
                    default: return text
                    }
                    if let first = high {
                        bytes.append(first << 4 | digit)
                        high = nil
                    } else {
                        high = digit
                    }
                }
                return bytes.count == 32 && high == nil ? Data(bytes) : text
            }
            db.add(function: toBlob)
            defer { db.remove(function: toBlob) }
            try db.execute(sql: """
                -- The chain's hashes as their 32 bytes (hashed, exported and shown as hex, as before).
                UPDATE revision SET prevHash = claimsV7HashBlob(prevHash), hash = claimsV7HashBlob(hash);

                -- The head revision's counted columns, on the claim row: tallies, comparisons and list
                -- filters read these narrow rows. Derived data, set with the head pointer by every
                -- write and checked against the head revision by `claims verify`.
                ALTER TABLE claim ADD COLUMN kind TEXT NOT NULL DEFAULT '';
                ALTER TABLE claim ADD COLUMN system TEXT NOT NULL DEFAULT '';
                ALTER TABLE claim ADD COLUMN claimant TEXT NOT NULL DEFAULT '';
                ALTER TABLE claim ADD COLUMN claimantSide TEXT NOT NULL DEFAULT '';
                ALTER TABLE claim ADD COLUMN weaponSide TEXT;
                ALTER TABLE claim ADD COLUMN count INTEGER;
                ALTER TABLE claim ADD COLUMN countMin INTEGER;
                ALTER TABLE claim ADD COLUMN countMax INTEGER;
                ALTER TABLE claim ADD COLUMN countText TEXT;
                ALTER TABLE claim ADD COLUMN qualifier TEXT NOT NULL DEFAULT '';
                ALTER TABLE claim ADD COLUMN launched INTEGER;
                ALTER TABLE claim ADD COLUMN eventStart TEXT;
                ALTER TABLE claim ADD COLUMN eventEnd TEXT;
                ALTER TABLE claim ADD COLUMN place TEXT;
                ALTER TABLE claim ADD COLUMN status TEXT NOT NULL DEFAULT '';
                ALTER TABLE claim ADD COLUMN mergedInto INTEGER;
                UPDATE claim SET kind = r.kind, system = r.system, claimant = r.claimant, claimantSide = r.claimantSide,
                    weaponSide = r.weaponSide, count = r.count, countMin = r.countMin, countMax = r.countMax,
                    countText = r.countText, qualifier = r.qualifier, launched = r.launched, eventStart = r.eventStart,
                    eventEnd = r.eventEnd, place = r.place, status = r.status, mergedInto = r.mergedInto
                FROM revision r WHERE r.seq = claim.headRevision;

                -- Warnings: a rule's fix is mostly the same words for every claim, stored once in
                -- findingText; the severity is the rule's (only warnings are stored).
                CREATE TABLE findingText (
                    id INTEGER PRIMARY KEY,
                    text TEXT NOT NULL UNIQUE
                );
                INSERT OR IGNORE INTO findingText (text) SELECT fix FROM finding ORDER BY id;
                CREATE TABLE newFinding (
                    id INTEGER PRIMARY KEY,
                    claimId INTEGER NOT NULL REFERENCES claim(id),
                    rule TEXT NOT NULL,
                    field TEXT NOT NULL,
                    message TEXT NOT NULL,
                    fixId INTEGER NOT NULL REFERENCES findingText(id)
                );
                INSERT INTO newFinding (id, claimId, rule, field, message, fixId)
                    SELECT f.id, f.claimId, f.rule, f.field, f.message, t.id FROM finding f JOIN findingText t ON t.text = f.fix ORDER BY f.id;
                DROP TABLE finding;
                ALTER TABLE newFinding RENAME TO finding;
                CREATE INDEX finding_on_claim ON finding(claimId);

                -- The views show the hashes as hex text, as they did.
                DROP VIEW currentClaim;
                CREATE VIEW currentClaim AS
                    SELECT r.seq, r.claimId, r.number, r.action, r.reason, r.recordedAt, r.kind, r.system, r.claimant,
                        r.claimantSide, r.weaponSide, r.count, r.countMin, r.countMax, r.countText, r.qualifier,
                        r.launched, r.eventStart, r.eventEnd, r.place, r.location, r.target, r.weaponOrigin, r.status,
                        r.reliability, r.notes, r.mergedInto, r.extra,
                        CASE WHEN typeof(r.prevHash) = 'blob' THEN lower(hex(r.prevHash)) ELSE r.prevHash END AS prevHash,
                        CASE WHEN typeof(r.hash) = 'blob' THEN lower(hex(r.hash)) ELSE r.hash END AS hash
                    FROM claim c JOIN revision r ON r.seq = c.headRevision;
                DROP VIEW countedClaim;
                CREATE VIEW countedClaim AS
                    SELECT r.*,
                        CASE WHEN length(r.eventEnd) >= 10 THEN substr(r.eventEnd, 1, 10) END AS day,
                        substr(r.eventEnd, 1, 7) AS month
                    FROM currentClaim r
                    WHERE r.status <> 'retracted' AND r.mergedInto IS NULL;
                """)
        }
        migrator.registerMigration("v8 dataset rows kept once: extra's keys and relays' stems stored once") { db in
            try db.execute(sql: """
                -- `extra` as an array of values (revision.extra) and its keys, a JSON array stored once
                -- per key set. The hashed object is the two zipped, as before.
                CREATE TABLE extraKeys (
                    id INTEGER PRIMARY KEY,
                    keys TEXT NOT NULL UNIQUE
                );
                ALTER TABLE revision ADD COLUMN extraKeys INTEGER REFERENCES extraKeys(id);
                -- A relay ending in digits (a dataset's "... line 1234"): its stem once, the digits in
                -- citation.relay. The hashed relay is the two joined, as before.
                CREATE TABLE relayStem (
                    id INTEGER PRIMARY KEY,
                    text TEXT NOT NULL UNIQUE
                );
                ALTER TABLE citation ADD COLUMN relayStem INTEGER REFERENCES relayStem(id);
                DROP INDEX revision_on_piterfmRow;
                """)
            try V8Conversion.convertRevisions(db)
            try V8Conversion.convertCitations(db)
            try db.execute(sql: """
                -- The revisions of one key set (a dataset's rows: `claims import-piterfm` finds its
                -- stored rows by the key set holding piterfm_key).
                CREATE INDEX revision_on_extraKeys ON revision(extraKeys) WHERE extraKeys IS NOT NULL;

                -- The views show `extra` as an object and relays whole, as they did.
                DROP VIEW countedClaim;
                DROP VIEW currentClaim;
                CREATE VIEW currentClaim AS
                    SELECT r.seq, r.claimId, r.number, r.action, r.reason, r.recordedAt, r.kind, r.system, r.claimant,
                        r.claimantSide, r.weaponSide, r.count, r.countMin, r.countMax, r.countText, r.qualifier,
                        r.launched, r.eventStart, r.eventEnd, r.place, r.location, r.target, r.weaponOrigin, r.status,
                        r.reliability, r.notes, r.mergedInto,
                        -- (values stored against their quote, ExtraAgainstQuote, are left to `claims export`)
                        CASE WHEN r.extraKeys IS NULL THEN r.extra WHEN instr(r.extra, char(1)) > 0 THEN NULL ELSE (
                            SELECT json_group_object(k.value, v.value)
                            FROM extraKeys x, json_each(x.keys) k JOIN json_each(r.extra) v ON v.key = k.key
                            WHERE x.id = r.extraKeys) END AS extra,
                        CASE WHEN typeof(r.prevHash) = 'blob' THEN lower(hex(r.prevHash)) ELSE r.prevHash END AS prevHash,
                        CASE WHEN typeof(r.hash) = 'blob' THEN lower(hex(r.hash)) ELSE r.hash END AS hash
                    FROM claim c JOIN revision r ON r.seq = c.headRevision;
                CREATE VIEW countedClaim AS
                    SELECT r.*,
                        CASE WHEN length(r.eventEnd) >= 10 THEN substr(r.eventEnd, 1, 10) END AS day,
                        substr(r.eventEnd, 1, 7) AS month
                    FROM currentClaim r
                    WHERE r.status <> 'retracted' AND r.mergedInto IS NULL;
                DROP VIEW citationSource;
                CREATE VIEW citationSource AS
                    SELECT ci.id AS citationId, ci.claimId, ci.revisionNumber, ci.quote, ci.start, ci."end",
                        CASE WHEN ci.relayStem IS NULL THEN ci.relay
                            ELSE (SELECT st.text FROM relayStem st WHERE st.id = ci.relayStem) || ci.relay END AS relay,
                        s.id AS sourceId, s.kind AS sourceKind, s.url, s.outlet, s.title, s.wire, s.published, s.language
                    FROM citation ci JOIN source s ON s.id = ci.sourceId;
                """)
        }
        return migrator
    }
}

/// The row conversions of "v8 dataset rows kept once", frozen here (the migration must keep
/// converting as it does when the app's storage helpers change): in batches of rows read by key,
/// each row rewritten in place.
private enum V8Conversion {
    static let batch = 20_000

    /// `extra` objects become an array of values (stored against the quote of the revision's first
    /// citation, ``ExtraAgainstQuote``) and a key set. Only an object of strings written
    /// exactly as the tool writes it (keys in byte order, canonical escapes) is converted, so that
    /// the object read back is the one stored; any other value is left as it is, for `verify`.
    static func convertRevisions(_ db: Database) throws {
        var keySets: [String: Int64] = [:]
        // The one app type used here: its output is only ever read back by its decoder, whose
        // format (`\u{1}OFFSET,LENGTH\u{2}` references into the quote) must never change; an
        // encoder that finds other runs writes other, equally readable, values.
        var againstQuote = ExtraAgainstQuote()
        let update = try db.makeStatement(sql: "UPDATE revision SET extra = ?, extraKeys = ? WHERE seq = ?")
        let insertKeys = try db.makeStatement(sql: "INSERT INTO extraKeys (keys) VALUES (?)")
        var after: Int64 = .min
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT seq, extra, (SELECT q.quote FROM citation q WHERE q.claimId = revision.claimId
                    AND q.revisionNumber = revision.number ORDER BY q.id LIMIT 1)
                FROM revision WHERE seq > ? AND typeof(extra) = 'text' ORDER BY seq LIMIT ?
                """, arguments: [after, batch])
            guard let last = rows.last else { return }
            after = last[0]
            for row in rows {
                guard let text: String = row[1], let (keys, values) = split(extra: text) else { continue }
                let id: Int64
                if let known = keySets[keys] {
                    id = known
                } else {
                    try insertKeys.execute(arguments: [keys])
                    id = db.lastInsertedRowID
                    keySets[keys] = id
                }
                var stored = values
                if let quote: String = row[2] { stored = againstQuote.encode(values: values, quote: quote) ?? values }
                try update.execute(arguments: [stored, id, row[0] as Int64])
            }
        }
    }

    static func split(extra text: String) -> (keys: String, values: String)? {
        guard case let .object(members)? = try? JSONParser.parse(text), !members.isEmpty else { return nil }
        var map: [String: String] = [:]
        for (key, value) in members {
            guard case let .string(string) = value, map[key] == nil else { return nil }
            map[key] = string
        }
        var canonical = JSONWriter(capacity: text.utf8.count)
        canonical.sortedStringMap(map)
        guard canonical.bytes.elementsEqual(text.utf8) else { return nil }
        var keys = JSONWriter(capacity: 256)
        var values = JSONWriter(capacity: text.utf8.count)
        keys.beginArray()
        values.beginArray()
        for (key, value) in members {  // in byte order: the text is canonical
            keys.string(key)
            values.string(value.stringValue ?? "")
        }
        keys.endArray()
        values.endArray()
        return (keys.string, values.string)
    }

    /// Relays ending in ASCII digits with a stem of at least 12 bytes keep the stem once.
    static func convertCitations(_ db: Database) throws {
        var stems: [String: Int64] = [:]
        let update = try db.makeStatement(sql: "UPDATE citation SET relay = ?, relayStem = ? WHERE id = ?")
        let insertStem = try db.makeStatement(sql: "INSERT INTO relayStem (text) VALUES (?)")
        var after: Int64 = .min
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, relay FROM citation WHERE id > ? AND typeof(relay) = 'text' ORDER BY id LIMIT ?
                """, arguments: [after, batch])
            guard let last = rows.last else { return }
            after = last[0]
            for row in rows {
                guard let relay: String = row[1] else { continue }
                let bytes = Array(relay.utf8)
                var cut = bytes.count
                while cut > 0, (48...57).contains(bytes[cut - 1]) { cut -= 1 }
                guard cut < bytes.count, cut >= 12 else { continue }
                // A cut before a digit never splits a UTF-8 sequence.
                let stem = String(decoding: bytes[..<cut], as: UTF8.self)
                let id: Int64
                if let known = stems[stem] {
                    id = known
                } else {
                    try insertStem.execute(arguments: [stem])
                    id = db.lastInsertedRowID
                    stems[stem] = id
                }
                try update.execute(arguments: [String(decoding: bytes[cut...], as: UTF8.self), id, row[0] as Int64])
            }
        }
    }
}
