import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxStorage

struct UnfollowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unfollow",
        abstract: "Stop following feeds, by URL or by the ID `parallax feeds` shows.",
        discussion: """
            Removes each feed from the store with the entries no other followed feed lists: following it again \
            later fetches the pages of those entries once more, and articles already stored are known by their \
            URL and not stored twice. An entry another followed feed lists stays seen. Articles stored from the feed stay. A URL or ID no followed feed has is an error naming it \
            (exit status 1); the others are removed all the same.

            Examples:
              parallax follow --db demo.sqlite https://a.example/feed.xml https://b.example/rss
              parallax unfollow --db demo.sqlite https://a.example/feed.xml
              parallax unfollow --db demo.sqlite 2     # by the ID `parallax feeds` shows
            """
    )

    @Argument(help: "Feed URLs as followed, or feed IDs.")
    var feeds: [String] = []

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !feeds.isEmpty else { throw ValidationError("give at least one feed URL or ID (see `parallax feeds`)") }
    }

    func run() async throws {
        try await reportingErrors {
            let (removed, unknown) = try await store.corpus().unfollow(feeds)
            for feed in removed { print("unfollowed  \(feed.url)") }
            for target in unknown {
                Terminal.error("\(target): no followed feed has this URL or ID; `parallax feeds` lists them")
            }
            if !unknown.isEmpty { throw ExitCode.failure }
        }
    }
}
