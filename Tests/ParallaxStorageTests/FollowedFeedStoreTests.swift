import Foundation
import Testing
@testable import ParallaxStorage

/// What every `Store` keeps of followed feeds and seen entries.
@Suite("Store: followed feeds and seen entries")
struct FollowedFeedStoreTests {
    let now = Date(timeIntervalSince1970: 1_300_000_000)

    @Test(arguments: StoreKind.allCases)
    func feedsAreFollowedOnceDueAtOnceAndListedInOrder(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let first = try await store.follow(["https://a.example/feed.xml", "https://b.example/rss"], at: now)
        #expect(first.map(\.status) == [.added, .added])
        let again = try await store.follow(["https://b.example/rss", "https://c.example/atom"], at: now)
        #expect(again.map(\.status) == [.alreadyFollowed, .added])
        #expect(try await store.followedFeeds().map(\.url) == ["https://a.example/feed.xml", "https://b.example/rss", "https://c.example/atom"])
        #expect(try await store.feedsDue(at: now).count == 3)
        #expect(try await store.feedsDue(at: now.addingTimeInterval(-1)).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aPollIsRecordedWithItsValidatorsCountsAndNextDueTime(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let feed = try #require(try await store.follow(["https://a.example/feed.xml"], at: now).first?.feed)
        let later = now.addingTimeInterval(3600)
        var updated = try await store.record(FeedPollRecord(
            feedID: feed.id, polledAt: now, status: "200: 3 new, 2 stored", failed: false, title: "A", kind: "rss",
            replacesValidators: true, etag: "\"v1\"", lastModified: "Tue, 22 Mar 2011 10:00:00 GMT", refreshSeconds: 2700,
            nextDue: later, consecutiveFailures: 0, entriesSeen: 3, entriesStored: 2))
        #expect((updated.title, updated.kind, updated.etag, updated.refreshSeconds) == ("A", "rss", "\"v1\"", 2700))
        #expect((updated.entriesSeen, updated.entriesStored, updated.nextDue, updated.lastPolled) == (3, 2, later, now))
        #expect(try await store.feedsDue(at: now).isEmpty)
        #expect(try await store.feedsDue(at: later).map(\.id) == [feed.id])

        // A failed poll keeps the validators, the title and the counts, and counts the failure.
        updated = try await store.record(FeedPollRecord(
            feedID: feed.id, polledAt: later, status: "HTTP 500", failed: true, nextDue: later.addingTimeInterval(600),
            consecutiveFailures: 1))
        #expect((updated.title, updated.etag, updated.lastModified) == ("A", "\"v1\"", "Tue, 22 Mar 2011 10:00:00 GMT"))
        #expect((updated.entriesSeen, updated.entriesStored, updated.consecutiveFailures, updated.lastFailed) == (3, 2, 1, true))

        // Disabled: never due, until followed again.
        _ = try await store.record(FeedPollRecord(
            feedID: feed.id, polledAt: later, status: "HTTP 500", failed: true, nextDue: later, consecutiveFailures: 10,
            disabled: true))
        #expect(try await store.feedsDue(at: later.addingTimeInterval(86400)).isEmpty)
        let enabled = try await store.follow(["https://a.example/feed.xml"], at: later)
        #expect(enabled.map(\.status) == [.enabledAgain])
        #expect(enabled.first?.feed.consecutiveFailures == 0)
        #expect(try await store.feedsDue(at: later).count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func seenEntriesAreKnownByGuidWithinTheirFeedAndByCanonicalURLEverywhere(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let feeds = try await store.follow(["https://a.example/feed.xml", "https://b.example/rss"], at: now).map(\.feed.id)
        let keys = EntryKey.keys(guid: "item-1", link: "https://www.example.com/news/1?utm_source=rss", feed: feeds[0])
        #expect(keys == ["guid \(feeds[0]) item-1", "url https://example.com/news/1"])
        try await store.markEntriesSeen(keys, feed: feeds[0], at: now)
        try await store.markEntriesSeen(keys, feed: feeds[0], at: now)  // twice is harmless

        let sameLinkElsewhere = EntryKey.keys(guid: "other", link: "http://example.com/news/1#top", feed: feeds[1])
        #expect(try await store.seenEntryKeys(among: sameLinkElsewhere) == ["url https://example.com/news/1"])
        let sameGuidElsewhere = EntryKey.keys(guid: "item-1", link: "https://example.com/news/2", feed: feeds[1])
        #expect(try await store.seenEntryKeys(among: sameGuidElsewhere).isEmpty)
        let many = (0..<1_200).map { "url https://example.com/\($0)" } + keys
        #expect(try await store.seenEntryKeys(among: many).count == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func aMovedFeedTakesItsNewURLUnlessAnotherFeedHasIt(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let feeds = try await store.follow(["https://a.example/old.xml", "https://b.example/rss"], at: now).map(\.feed.id)
        #expect(try await store.moveFeed(feeds[0], to: "https://a.example/feed.xml"))
        #expect(try await store.moveFeed(feeds[0], to: "https://b.example/rss") == false)
        #expect(try await store.followedFeeds().map(\.url) == ["https://a.example/feed.xml", "https://b.example/rss"])
        #expect(try await store.follow(["https://a.example/feed.xml"], at: now).map(\.status) == [.alreadyFollowed])
    }

    @Test(arguments: StoreKind.allCases)
    func anUnfollowedFeedGoesWithTheEntriesItSawFirst(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let feeds = try await store.follow(["https://a.example/feed.xml", "https://b.example/rss"], at: now).map(\.feed.id)
        try await store.markEntriesSeen(["url https://example.com/a1"], feed: feeds[0], at: now)
        try await store.markEntriesSeen(["url https://example.com/b1"], feed: feeds[1], at: now)
        #expect(try await store.unfollow([feeds[0], 999_999]) == 1)
        #expect(try await store.followedFeeds().map(\.url) == ["https://b.example/rss"])
        let seen = try await store.seenEntryKeys(among: ["url https://example.com/a1", "url https://example.com/b1"])
        #expect(seen == ["url https://example.com/b1"])
        #expect(try await store.unfollow([feeds[0]]) == 0)
        // Following it again starts afresh, as a new feed.
        let again = try await store.follow(["https://a.example/feed.xml"], at: now)
        #expect(again.map(\.status) == [.added])
        #expect(again.first?.feed.id != feeds[0])
    }

    @Test(arguments: StoreKind.allCases)
    func anEntryAnotherFollowedFeedMarkedStaysSeenWhenTheFirstIsUnfollowed(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let feeds = try await store.follow(["https://a.example/feed.xml", "https://b.example/rss"], at: now).map(\.feed.id)
        let shared = "url https://example.com/shared"
        let onlyA = "url https://example.com/only-a"
        try await store.markEntriesSeen([shared, onlyA], feed: feeds[0], at: now)
        try await store.markEntriesSeen([shared], feed: feeds[1], at: now)  // b lists it too, seen after a
        #expect(try await store.seenEntryKeys(among: [shared, onlyA], feed: feeds[0]) == [shared, onlyA])
        #expect(try await store.seenEntryKeys(among: [shared, onlyA], feed: feeds[1]) == [shared])
        #expect(try await store.seenEntryKeys(among: [shared, onlyA]) == [shared, onlyA])

        #expect(try await store.unfollow([feeds[0]]) == 1)
        #expect(try await store.seenEntryKeys(among: [shared, onlyA]) == [shared])
        #expect(try await store.unfollow([feeds[1]]) == 1)
        #expect(try await store.seenEntryKeys(among: [shared, onlyA]).isEmpty)
    }
}
