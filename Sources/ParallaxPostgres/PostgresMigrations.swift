/// The schema of a Parallax PostgreSQL store, one numbered step per change, each applied in one transaction and
/// recorded in `parallax_migration`. A step is never edited once released: a change is a new step, so that every
/// store, however old, reaches the same schema.
enum PostgresMigrations {
    struct Step: Sendable {
        var number: Int
        var name: String
        /// One statement each: the extended query protocol runs one statement a query.
        var statements: [String]
    }

    /// The table of applied steps; its presence says a database holds a Parallax store.
    static let markerTable = "parallax_migration"

    static let steps: [Step] = [
        Step(number: 1, name: "articles partitioned by month, identity, stories, events, clustering state, search",
             statements: [
            // Search: English stemming with accents removed, as SQLite's porter+unicode61 tokenizer does.
            "CREATE EXTENSION IF NOT EXISTS unaccent",
            "CREATE TEXT SEARCH CONFIGURATION parallax (COPY = english)",
            """
            ALTER TEXT SEARCH CONFIGURATION parallax
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem
            """,
            // One row a story; counts and days are kept up to date as articles arrive, so that listing stories
            // never scans articles. Days are ISO text ('2011-03-22'): they compare in the C collation.
            """
            CREATE TABLE story (
                id text PRIMARY KEY,
                headline text,
                first_date text COLLATE "C",
                last_date text COLLATE "C",
                sort_day text COLLATE "C" NOT NULL DEFAULT '',
                article_count integer NOT NULL,
                event_count integer NOT NULL,
                first_arrival bigint NOT NULL,
                last_arrival bigint NOT NULL
            )
            """,
            "CREATE INDEX story_newest ON story (sort_day DESC, last_arrival DESC)",
            """
            CREATE TABLE event (
                id text PRIMARY KEY,
                story text NOT NULL REFERENCES story (id),
                headline text,
                first_date text COLLATE "C",
                last_date text COLLATE "C",
                article_count integer NOT NULL,
                first_arrival bigint NOT NULL,
                last_arrival bigint NOT NULL
            )
            """,
            "CREATE INDEX event_story ON event (story, first_arrival)",
            // The identity of every article, in one table that is not partitioned: PostgreSQL enforces a unique
            // constraint on a partitioned table only with the partition key in it, and an ID or a canonical URL
            // must be unique across all months. `arrival` is the commit sequence: writers assign it under the
            // assignment lock, so arrival order is the order the transactions committed in.
            """
            CREATE TABLE article_key (
                arrival bigint PRIMARY KEY,
                id text NOT NULL UNIQUE,
                canonical_url text UNIQUE,
                content_hash text,
                published date,
                -- Where it was placed, read by every batch that checks which of its articles are stored.
                story text NOT NULL,
                event text NOT NULL,
                duplicate_of text
            )
            """,
            "CREATE INDEX article_key_content_hash ON article_key (content_hash) WHERE content_hash IS NOT NULL",
            // The articles, partitioned by month of publication so that old months can be detached; undated ones
            // go to the default partition. Partitions of months are made as articles of them arrive.
            """
            CREATE TABLE article (
                arrival bigint NOT NULL,
                published date,
                id text NOT NULL,
                title text,
                text text NOT NULL,
                date text COLLATE "C",
                time text,
                url text,
                canonical_url text,
                outlet text,
                language text,
                agency text,
                dateline text,
                byline text,
                content_hash text,
                ingested_at timestamptz NOT NULL,
                story text NOT NULL,
                event text NOT NULL,
                duplicate_of text,
                search tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('parallax'::regconfig, coalesce(title, '')), 'A')
                    || setweight(to_tsvector('parallax'::regconfig, text), 'B')) STORED
            ) PARTITION BY RANGE (published)
            """,
            // Only undated articles: a month's partition is then made without scanning this one.
            "CREATE TABLE article_undated PARTITION OF article (CHECK (published IS NULL)) DEFAULT",
            "CREATE INDEX article_arrival ON article (arrival)",
            "CREATE INDEX article_id ON article (id)",
            "CREATE INDEX article_story ON article (story, (coalesce(outlet, agency)))",
            "CREATE INDEX article_event ON article (event, (coalesce(outlet, agency)))",
            "CREATE INDEX article_source ON article ((coalesce(outlet, agency)))",
            "CREATE INDEX article_duplicate_of ON article (duplicate_of) WHERE duplicate_of IS NOT NULL",
            "CREATE INDEX article_search ON article USING gin (search)",
            // The clusterer's state as of article `arrivals`; later articles are replayed on opening.
            """
            CREATE TABLE clustering_state (
                id integer PRIMARY KEY CHECK (id = 1),
                arrivals bigint NOT NULL,
                byte_count bigint NOT NULL,
                saved_at timestamptz NOT NULL
            )
            """,
            "CREATE TABLE clustering_state_chunk (number integer PRIMARY KEY, bytes bytea NOT NULL)",
            // Feeds and sitemaps `parallax follow` added, and the entries whose pages were fetched.
            """
            CREATE TABLE followed_feed (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                url text NOT NULL UNIQUE,
                title text,
                kind text,
                etag text,
                last_modified text,
                last_status text,
                last_failed boolean NOT NULL DEFAULT false,
                consecutive_failures integer NOT NULL DEFAULT 0,
                disabled boolean NOT NULL DEFAULT false,
                refresh_seconds integer,
                next_due timestamptz NOT NULL,
                last_polled timestamptz,
                entries_seen integer NOT NULL DEFAULT 0,
                entries_stored integer NOT NULL DEFAULT 0,
                added_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX followed_feed_due ON followed_feed (next_due, id) WHERE NOT disabled",
            """
            CREATE TABLE seen_entry (
                key text PRIMARY KEY,
                feed bigint NOT NULL REFERENCES followed_feed (id) ON DELETE CASCADE,
                seen_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX seen_entry_feed ON seen_entry (feed)",
        ]),
        // One row a key and feed, not a key: unfollowing a feed forgets only the entries no other feed lists.
        // Existing rows are the first feed's; a feed that lists an entry adds its own at its next poll.
        Step(number: 2, name: "an entry seen by every feed that lists it", statements: [
            "ALTER TABLE seen_entry DROP CONSTRAINT seen_entry_pkey",
            "ALTER TABLE seen_entry ADD PRIMARY KEY (key, feed)",
        ]),
    ]
}
