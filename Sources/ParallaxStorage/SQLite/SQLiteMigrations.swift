import GRDB

/// The schema of a Parallax SQLite store, one named step per change. A step is never edited once released: a
/// change is a new step, so that every store, however old, reaches the same schema.
enum SQLiteMigrations {
    /// The table whose presence says a file is a Parallax store.
    static let markerTable = "parallaxStore"

    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, stories, events, clustering state, search") { db in
            try db.execute(sql: """
                CREATE TABLE parallaxStore (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    createdAt DATETIME NOT NULL
                );
                INSERT INTO parallaxStore (id, createdAt) VALUES (1, CURRENT_TIMESTAMP);

                -- One row a story; counts and days are kept up to date as articles arrive, so that listing
                -- stories never scans articles.
                CREATE TABLE story (
                    id TEXT PRIMARY KEY NOT NULL,
                    headline TEXT,
                    firstDate TEXT,
                    lastDate TEXT,
                    -- lastDate, or '' when no article has a date: stories sort newest first on it.
                    sortDay TEXT NOT NULL DEFAULT '',
                    articleCount INTEGER NOT NULL,
                    eventCount INTEGER NOT NULL,
                    firstArrival INTEGER NOT NULL,
                    lastArrival INTEGER NOT NULL
                );
                CREATE INDEX story_newest ON story (sortDay DESC, lastArrival DESC);

                CREATE TABLE event (
                    id TEXT PRIMARY KEY NOT NULL,
                    story TEXT NOT NULL REFERENCES story (id),
                    headline TEXT,
                    firstDate TEXT,
                    lastDate TEXT,
                    articleCount INTEGER NOT NULL,
                    firstArrival INTEGER NOT NULL,
                    lastArrival INTEGER NOT NULL
                );
                CREATE INDEX event_story ON event (story, firstArrival);

                -- arrival is the rowid: the order the clusterer saw the articles in.
                CREATE TABLE article (
                    arrival INTEGER PRIMARY KEY NOT NULL,
                    id TEXT NOT NULL UNIQUE,
                    title TEXT,
                    text TEXT NOT NULL,
                    date TEXT,
                    time TEXT,
                    url TEXT,
                    canonicalURL TEXT,
                    outlet TEXT,
                    language TEXT,
                    agency TEXT,
                    dateline TEXT,
                    byline TEXT,
                    contentHash TEXT,
                    ingestedAt DATETIME NOT NULL,
                    story TEXT NOT NULL REFERENCES story (id),
                    event TEXT NOT NULL REFERENCES event (id),
                    duplicateOf TEXT
                );
                CREATE UNIQUE INDEX article_canonicalURL ON article (canonicalURL) WHERE canonicalURL IS NOT NULL;
                CREATE INDEX article_contentHash ON article (contentHash) WHERE contentHash IS NOT NULL;
                CREATE INDEX article_story ON article (story);
                CREATE INDEX article_event ON article (event);
                CREATE INDEX article_source ON article (coalesce(outlet, agency));
                CREATE INDEX article_duplicateOf ON article (duplicateOf) WHERE duplicateOf IS NOT NULL;

                -- The clusterer's state as of article `arrivals`; later articles are replayed on opening. The
                -- snapshot is stored in chunks, so that saving it never copies the whole of it at once.
                CREATE TABLE clusteringState (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    arrivals INTEGER NOT NULL,
                    byteCount INTEGER NOT NULL,
                    savedAt DATETIME NOT NULL
                );
                CREATE TABLE clusteringStateChunk (
                    number INTEGER PRIMARY KEY NOT NULL,
                    bytes BLOB NOT NULL
                );
                """)
            // Kept in step with `article` by triggers.
            try db.create(virtualTable: "articleFTS", using: FTS5()) { table in
                table.synchronize(withTable: "article")
                table.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                table.column("title")
                table.column("text")
            }
            // Merge index segments in larger steps: ingest spends less time merging (about 15% of indexing at
            // 30,000 articles) for a few more segments to read per query.
            try db.execute(sql: "INSERT INTO articleFTS (articleFTS, rank) VALUES ('automerge', 8)")
        }
        // Named v3, not v2: a step "v2: …" is being written beside it, and steps run in the order registered.
        migrator.registerMigration("v3: followed feeds") { db in
            try db.execute(sql: """
                -- Feeds and sitemaps `parallax follow` added, with what the last polls found and when the next is due.
                CREATE TABLE followedFeed (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    url TEXT NOT NULL UNIQUE,
                    title TEXT,
                    -- rss, atom, json-feed, sitemap, sitemap-index (Feed.Kind), once read.
                    kind TEXT,
                    -- Validators as the server sent them, sent back in conditional requests.
                    etag TEXT,
                    lastModified TEXT,
                    -- The last poll in a few words ("200: 3 new", "304", "HTTP 500 …"), and whether it failed.
                    lastStatus TEXT,
                    lastFailed BOOLEAN NOT NULL DEFAULT 0,
                    consecutiveFailures INTEGER NOT NULL DEFAULT 0,
                    disabled BOOLEAN NOT NULL DEFAULT 0,
                    -- Seconds between polls the feed last asked for (ttl, sy:updatePeriod, Cache-Control, Expires).
                    refreshSeconds INTEGER,
                    nextDue DATETIME NOT NULL,
                    lastPolled DATETIME,
                    entriesSeen INTEGER NOT NULL DEFAULT 0,
                    entriesStored INTEGER NOT NULL DEFAULT 0,
                    addedAt DATETIME NOT NULL
                );
                CREATE INDEX followedFeed_due ON followedFeed (nextDue, id) WHERE NOT disabled;

                -- Entries whose pages were fetched (or will never be), so that none is fetched twice: keyed by the
                -- entry's guid within its feed ("guid <feed> <guid>") and by its link's canonical URL
                -- ("url <canonical URL>"), which is the same whichever feed lists it.
                CREATE TABLE seenEntry (
                    key TEXT PRIMARY KEY NOT NULL,
                    feed INTEGER NOT NULL REFERENCES followedFeed (id) ON DELETE CASCADE,
                    seenAt DATETIME NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX seenEntry_feed ON seenEntry (feed);
                """)
        }
        return migrator
    }
}
