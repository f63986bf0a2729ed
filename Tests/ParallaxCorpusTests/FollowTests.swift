import Foundation
import Hummingbird
import LoopbackServer
import ParallaxReading
import ParallaxStorage
import Testing
@testable import ParallaxCorpus

/// Following feeds against a news site on 127.0.0.1: what is requested, and what is stored.
@Suite("Following feeds: follow, poll, poll again")
struct FollowTests {
    static func corpus() throws -> Corpus {
        try IngestTests.corpus(in: try CorpusFixtures.folder())
    }

    @Test func theSecondPollIsA304AndNewEntriesAreFetchedAndStoredOnce() async throws {
        let site = NewsSite(items: NewsSite.standardItems)
        try await LoopbackServer.run { router, _ in site.routes(router) } body: { server in
            let corpus = try Self.corpus()
            let followed = try await corpus.follow(urls: [server.url("/feed.xml")])
            #expect(followed.outcomes.map(\.status) == [.added])

            // First poll: the feed, robots.txt once, and each allowed entry's page once.
            let first = try await corpus.poll(options: FollowingFixtures.options())
            #expect(first.feeds.count == 1)
            #expect((first.newEntries, first.stored, first.disallowed, first.failedPages) == (3, 2, 1, 0))
            #expect(await server.log.count("/feed.xml") == 1)
            #expect(await server.log.count("/robots.txt") == 1)
            #expect(await server.log.count("/news/1.html") == 1)
            #expect(await server.log.count("/news/2.html") == 1)
            #expect(await server.log.count("/private/3.html") == 0)  // robots.txt disallows it
            #expect(try await corpus.statistics().articles == 2)

            // The page's own title and date win; the feed fills what the page lacks.
            var articles: [String: Article] = [:]
            try await corpus.export { articles[$0.article.url ?? ""] = $0.article }
            let one = try #require(articles[server.url("/news/1.html")])  // the canonical URL, no utm_source
            #expect(one.title == "Page title of story one")
            #expect(one.date?.description == "2011-03-22")
            #expect(one.byline == "Feed Author One")
            let two = try #require(articles[server.url("/news/2.html")])
            #expect(two.title == "Gates meets Serdyukov in Moscow")
            #expect(two.date?.description == "2011-03-23")
            #expect(two.time == "09:30:00Z")
            #expect(two.byline == "Jane Reporter")
            #expect(two.language == "en")
            #expect(two.outlet == "127.0.0.1")

            let feed = try #require(try await corpus.followedFeeds().first)
            #expect(feed.title == "Loopback News")
            #expect(feed.kind == "rss")
            #expect(feed.etag == "\"feed-v1\"")
            #expect((feed.entriesSeen, feed.entriesStored) == (3, 2))
            #expect(feed.refreshSeconds == 45 * 60)  // <ttl>45</ttl>
            #expect(feed.nextDue > Date().addingTimeInterval(40 * 60))
            #expect(!feed.lastFailed)

            // Not due yet: a plain poll asks nothing.
            let notDue = try await corpus.poll(options: FollowingFixtures.options())
            #expect(notDue.feeds.isEmpty)
            #expect(await server.log.count("/feed.xml") == 1)

            // Second poll, forced: the validators go back, the answer is 304, nothing is stored.
            let second = try await corpus.poll(options: FollowingFixtures.options(force: true))
            #expect(second.notModified == 1)
            #expect(second.stored == 0)
            let conditional = try #require(await server.log.requests("/feed.xml").last)
            #expect(conditional.headers["if-none-match"] == "\"feed-v1\"")
            #expect(conditional.headers["if-modified-since"] == "Tue, 22 Mar 2011 11:00:00 GMT")
            #expect(try await corpus.statistics().articles == 2)
            #expect(await server.log.count("/news/1.html") == 1)

            // The feed changes: only the new entry's page is fetched; a known entry is never fetched again, nor an
            // entry whose page turns out to be a stored article under another URL.
            await site.add(NewsSite.Item(guid: "story-4", path: "/news/4.html", title: "Fourth story",
                                         pubDate: "Thu, 24 Mar 2011 07:00:00 GMT", author: "Four"))
            await site.add(NewsSite.Item(guid: "story-5", path: "/news/5.html", title: "Story one again",
                                         pubDate: "Thu, 24 Mar 2011 08:00:00 GMT", author: "Five"))
            let third = try await corpus.poll(options: FollowingFixtures.options(force: true))
            #expect((third.newEntries, third.stored, third.alreadyStored) == (2, 1, 1))
            #expect(await server.log.count("/news/4.html") == 1)
            #expect(await server.log.count("/news/1.html") == 1)
            #expect(await server.log.count("/news/2.html") == 1)
            #expect(await server.log.count("/private/3.html") == 0)
            #expect(try await corpus.statistics().articles == 3)
            #expect(try await corpus.followedFeeds().first?.etag == "\"feed-v3\"")

            // And once more: 304 again.
            let fourth = try await corpus.poll(options: FollowingFixtures.options(force: true))
            #expect(fourth.notModified == 1)
            #expect(await server.log.paths.filter { $0.hasPrefix("/news/") }.count == 4)
        }
    }

    @Test func feedsThatFailAreReportedRescheduledAndLoseNothing() async throws {
        let site = NewsSite(items: NewsSite.standardItems)
        try await LoopbackServer.run { router, _ in site.routes(router) } body: { server in
            let corpus = try Self.corpus()
            _ = try await corpus.follow(urls: [server.url("/feed.xml")])
            _ = try await corpus.poll(options: FollowingFixtures.options())
            #expect(try await corpus.statistics().articles == 2)

            let failing = ["/broken.xml", "/malformed.xml", "/picture.xml", "/endless.xml", "/missing.xml"]
            _ = try await corpus.follow(urls: failing.map(server.url))
            let before = Date()
            let summary = try await corpus.poll(options: FollowingFixtures.options())
            #expect(summary.feeds.count == failing.count)
            #expect(summary.failedFeeds == failing.count)
            #expect(summary.stored == 0)
            var messages: [String: String] = [:]
            for report in summary.feeds {
                guard case .failed(let message) = report.result else { continue }
                messages[String(report.feed.url.dropFirst(server.url("").count))] = message
                #expect(message.contains(report.feed.url), "the message names the feed: \(message)")
                #expect(report.feed.consecutiveFailures == 1)
                #expect(report.feed.nextDue >= before.addingTimeInterval(FeedSchedule.shortest))
            }
            #expect(messages["/broken.xml"]?.contains("HTTP 500") == true)
            #expect(messages["/malformed.xml"]?.contains("is not a feed Parallax reads (the XML could not be read)") == true)
            #expect(messages["/picture.xml"]?.contains("image/gif") == true)
            #expect(messages["/endless.xml"]?.contains("larger than") == true)
            #expect(messages["/missing.xml"]?.contains("HTTP 404") == true)
            // Nothing stored before is lost.
            #expect(try await corpus.statistics().articles == 2)
            let feeds = try await corpus.followedFeeds()
            #expect(feeds.first?.entriesStored == 2)
            #expect(feeds.filter(\.lastFailed).count == failing.count)
        }
    }

    @Test func aFeedAnswering429IsPolledAgainNoSoonerThanItsRetryAfter() async throws {
        let site = NewsSite(items: NewsSite.standardItems)
        try await LoopbackServer.run { router, _ in site.routes(router) } body: { server in
            let corpus = try Self.corpus()
            _ = try await corpus.follow(urls: [server.url("/busy.xml")])
            let before = Date()
            let summary = try await corpus.poll(options: FollowingFixtures.options())
            let busy = try #require(summary.feeds.first)
            guard case .failed(let message) = busy.result else {
                Issue.record("a 429 is not a failure")
                return
            }
            #expect(message.contains("slow down"))
            #expect(busy.feed.nextDue >= before.addingTimeInterval(7200))  // Retry-After: 7200
        }
    }

    @Test func aFeedFailingManyPollsInARowIsDisabledUntilFollowedAgain() async throws {
        let site = NewsSite(items: NewsSite.standardItems)
        try await LoopbackServer.run { router, _ in site.routes(router) } body: { server in
            let corpus = try Self.corpus()
            _ = try await corpus.follow(urls: [server.url("/broken.xml")])
            var options = FollowingFixtures.options(force: true)
            options.disableAfterFailures = 3
            for _ in 0..<3 { _ = try await corpus.poll(options: options) }
            let feed = try #require(try await corpus.followedFeeds().first)
            #expect(feed.disabled)
            #expect(feed.consecutiveFailures == 3)
            #expect(try await corpus.poll(options: options).feeds.isEmpty)  // disabled: not even forced
            #expect(await server.log.count("/broken.xml") == 3)

            let again = try await corpus.follow(urls: [server.url("/broken.xml")])
            #expect(again.outcomes.map(\.status) == [.enabledAgain])
            #expect(try await corpus.followedFeeds().first?.disabled == false)
            #expect(try await corpus.followedFeeds().first?.consecutiveFailures == 0)
        }
    }

    @Test func pagesOfOneHostAreFetchedAtMostTwoAtATime() async throws {
        let items = (10..<18).map { number in
            NewsSite.Item(guid: "p\(number)", path: "/news/\(number).html", title: "Story \(number)",
                          pubDate: "Tue, 22 Mar 2011 08:00:00 GMT", author: "A")
        }
        let site = NewsSite(items: items)
        try await LoopbackServer.run { router, _ in site.routes(router, pageDelay: .milliseconds(50)) } body: { server in
            let corpus = try Self.corpus()
            _ = try await corpus.follow(urls: [server.url("/feed.xml")])
            let summary = try await corpus.poll(options: FollowingFixtures.options())
            #expect(summary.stored + summary.alreadyStored == 8)
            #expect(await server.log.mostAtOnce <= 2)
        }
    }

    @Test func followTakesHTTPURLsAndOPMLListsAndRefusesTheRest() async throws {
        let corpus = try Self.corpus()
        let opml = """
            <?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head><body>
            <outline text="World"><outline text="A" type="rss" xmlUrl="https://a.example/feed.xml"/>
            <outline text="B" type="rss" xmlUrl="https://b.example/rss"/></outline></body></opml>
            """
        let result = try await corpus.follow(
            urls: ["https://a.example/feed.xml", "ftp://c.example/feed", "not a url"],
            opml: [("subscriptions.opml", Array(opml.utf8))])
        #expect(result.outcomes.map(\.feed.url) == ["https://a.example/feed.xml", "https://b.example/rss"])
        #expect(result.failures.count == 2)
        #expect(result.failures.allSatisfy { $0.contains("not an http or https URL") })
        let again = try await corpus.follow(urls: ["https://b.example/rss"])
        #expect(again.outcomes.map(\.status) == [.alreadyFollowed])
        #expect(try await corpus.followedFeeds().map(\.url) == ["https://a.example/feed.xml", "https://b.example/rss"])
    }

    /// Two feeds listing the same articles: unfollowing the one that saw them first leaves them seen by the other,
    /// whose next poll fetches none of their pages again.
    @Test func unfollowingAFeedKeepsTheEntriesAnotherFollowedFeedLists() async throws {
        let site = NewsSite(items: NewsSite.standardItems)
        try await LoopbackServer.run { router, _ in
            site.routes(router)
            router.get("/mirror.xml") { request, _ -> Response in
                NewsSite.response(await site.rss(base: "http://\(request.head.authority ?? "127.0.0.1")"), type: "application/rss+xml")
            }
        } body: { server in
            let corpus = try Self.corpus()
            _ = try await corpus.follow(urls: [server.url("/feed.xml")])
            let first = try await corpus.poll(options: FollowingFixtures.options())
            #expect((first.newEntries, first.stored) == (3, 2))
            _ = try await corpus.follow(urls: [server.url("/mirror.xml")])
            let mirror = try await corpus.poll(options: FollowingFixtures.options())  // only the mirror is due
            #expect(mirror.feeds.count == 1)
            #expect(mirror.newEntries == 0)

            _ = try await corpus.unfollow([server.url("/feed.xml")])
            let afterUnfollow = try await corpus.poll(options: FollowingFixtures.options(force: true))
            #expect(afterUnfollow.feeds.count == 1)
            #expect(afterUnfollow.newEntries == 0)
            #expect(await server.log.count("/news/1.html") == 1)
            #expect(await server.log.count("/news/2.html") == 1)
            #expect(await server.log.count("/mirror.xml") == 2)
        }
    }

    @Test func unfollowRemovesFeedsByURLOrIDAndNamesTheUnknown() async throws {
        let corpus = try Self.corpus()
        _ = try await corpus.follow(urls: ["https://a.example/feed.xml", "https://b.example/rss", "https://c.example/atom"])
        let ids = try await corpus.followedFeeds().map(\.id)
        let result = try await corpus.unfollow(["https://a.example/feed.xml", String(ids[2]), "https://nowhere.example/x", "42"])
        #expect(result.removed.map(\.url) == ["https://a.example/feed.xml", "https://c.example/atom"])
        #expect(result.unknown == ["https://nowhere.example/x", "42"])
        #expect(try await corpus.followedFeeds().map(\.url) == ["https://b.example/rss"])
    }
}
