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
        migrator.registerMigration("v2: article text compressed", migrate: compressText)
        migrator.registerMigration("v3: the outlets of stories and events from an index") { db in
            // Listing stories names each one's outlets; with the source in the index, that reads the index alone,
            // not every article row of a story thousands of articles long (45 ms → 2 ms for a page of 25 at 100k).
            try db.execute(sql: """
                DROP INDEX article_story;
                CREATE INDEX article_story ON article (story, coalesce(outlet, agency));
                DROP INDEX article_event;
                CREATE INDEX article_event ON article (event, coalesce(outlet, agency));
                """)
        }
        migrator.registerMigration("v4: followed feeds") { db in
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
        migrator.registerMigration("v5: an entry seen by every feed that lists it") { db in
            // One row a key and feed, not a key: unfollowing a feed forgets only the entries no other feed lists.
            // Existing rows are the first feed's; a feed that lists an entry adds its own at its next poll.
            try db.execute(sql: """
                CREATE TABLE seenEntryByFeed (
                    key TEXT NOT NULL,
                    feed INTEGER NOT NULL REFERENCES followedFeed (id) ON DELETE CASCADE,
                    seenAt DATETIME NOT NULL,
                    PRIMARY KEY (key, feed)
                ) WITHOUT ROWID;
                INSERT INTO seenEntryByFeed (key, feed, seenAt) SELECT key, feed, seenAt FROM seenEntry;
                DROP TABLE seenEntry;
                ALTER TABLE seenEntryByFeed RENAME TO seenEntry;
                CREATE INDEX seenEntry_feed ON seenEntry (feed);
                """)
        }
        return migrator
    }

    /// The text was two thirds of a store's article rows: it is kept zlib-compressed (`TextCompression`), about
    /// half the size. FTS5 must still read plain text (for `snippet()`, 'rebuild' and 'integrity-check'), so its
    /// content table becomes the view `articleContent`, which decompresses it. GRDB's triggers would index the
    /// compressed bytes: ingest indexes each article it inserts itself, with the plain text it has
    /// (`SQLiteStore.insert`), and triggers that decompress keep the index in step with deletes and updates.
    private static func compressText(_ db: Database) throws {
        // Left on the connection: SQLite refuses to remove a function while statements are prepared.
        db.add(function: .compressText)
        try db.execute(sql: """
            DROP TRIGGER __articleFTS_ai;
            DROP TRIGGER __articleFTS_ad;
            DROP TRIGGER __articleFTS_au;
            DROP TABLE articleFTS;

            -- SQLite adds a NOT NULL column only with a default; every insert gives the column its value.
            ALTER TABLE article ADD COLUMN compressedText BLOB NOT NULL DEFAULT x'';
            UPDATE article SET compressedText = compressText(text);
            ALTER TABLE article DROP COLUMN text;

            CREATE VIEW articleContent AS
                SELECT arrival, title, decompressText(compressedText) AS text FROM article;
            """)
        try db.create(virtualTable: "articleFTS", using: FTS5()) { table in
            table.content = "articleContent"
            table.contentRowID = "arrival"
            table.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
            table.column("title")
            table.column("text")
        }
        // An external-content index is given the old values to remove: FTS5 cannot read them from a view.
        try db.execute(sql: """
            CREATE TRIGGER article_afterDelete AFTER DELETE ON article BEGIN
                INSERT INTO articleFTS (articleFTS, rowid, title, text)
                VALUES ('delete', old.arrival, old.title, decompressText(old.compressedText));
            END;
            CREATE TRIGGER article_afterUpdate AFTER UPDATE OF arrival, title, compressedText ON article BEGIN
                INSERT INTO articleFTS (articleFTS, rowid, title, text)
                VALUES ('delete', old.arrival, old.title, decompressText(old.compressedText));
                INSERT INTO articleFTS (rowid, title, text)
                VALUES (new.arrival, new.title, decompressText(new.compressedText));
            END;

            INSERT INTO articleFTS (articleFTS) VALUES ('rebuild');
            INSERT INTO articleFTS (articleFTS, rank) VALUES ('automerge', 8);
            """)
    }
}
