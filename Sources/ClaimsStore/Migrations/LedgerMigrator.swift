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
        migrator.registerMigration("v2 review queue: extraction candidates and source shingles") { db in
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
        return migrator
    }
}
