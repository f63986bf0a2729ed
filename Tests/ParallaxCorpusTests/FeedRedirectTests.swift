import Foundation
import Hummingbird
import LoopbackServer
import Testing
@testable import ParallaxCorpus

/// A followed feed whose server moved it: for good (301, 308) the stored address follows, for now (302, 307) not.
@Suite("Following feeds: redirects")
struct FeedRedirectTests {
    static func redirect(_ status: HTTPResponse.Status, to path: String) -> Response {
        Response(status: status, headers: [.location: path])
    }

    @Test func aPermanentRedirectMovesTheFeedATemporaryOneDoesNot() async throws {
        let site = NewsSite(items: NewsSite.standardItems)
        try await LoopbackServer.run { router, _ in
            site.routes(router)
            router.get("/old.xml") { _, _ in Self.redirect(.movedPermanently, to: "/feed.xml") }
            router.get("/for-now.xml") { _, _ in Self.redirect(.found, to: "/feed.xml") }
            router.get("/also-moved.xml") { _, _ in Self.redirect(.permanentRedirect, to: "/feed.xml") }
        } body: { server in
            let corpus = try FollowTests.corpus()
            _ = try await corpus.follow(urls: [server.url("/old.xml"), server.url("/for-now.xml")])

            let first = try await corpus.poll(options: FollowingFixtures.options())
            let moves = first.feeds.map(\.move)
            #expect(moves.contains(.moved(from: server.url("/old.xml"), to: server.url("/feed.xml"))))
            #expect(moves.count { $0 == nil } == 1)  // the 302
            #expect(try await corpus.followedFeeds().map(\.url) == [server.url("/feed.xml"), server.url("/for-now.xml")])

            // The next poll asks the new address directly; the temporary one still asks its own first.
            _ = try await corpus.poll(options: FollowingFixtures.options(force: true))
            #expect(await server.log.count("/old.xml") == 1)
            #expect(await server.log.count("/for-now.xml") == 2)
            #expect(await server.log.count("/feed.xml") == 4)

            // A feed moved to an address followed already keeps its own, and says so.
            _ = try await corpus.follow(urls: [server.url("/also-moved.xml")])
            let third = try await corpus.poll(options: FollowingFixtures.options(force: true))
            #expect(third.feeds.map(\.move).contains(.alreadyFollowed(server.url("/feed.xml"))))
            #expect(try await corpus.followedFeeds().map(\.url)
                == [server.url("/feed.xml"), server.url("/for-now.xml"), server.url("/also-moved.xml")])
        }
    }
}
