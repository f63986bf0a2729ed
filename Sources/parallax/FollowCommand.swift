import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxStorage

struct FollowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Follow feeds and sitemaps: `parallax poll` then fetches their new articles.",
        discussion: """
            Adds RSS, Atom and JSON feeds, sitemaps and sitemap indexes by URL (http or https), and the feeds of \
            OPML subscription lists with --opml. Each is due at once; nothing is fetched until `parallax poll` or \
            `parallax watch`. Following a feed again that was disabled after failing enables it again.

            Examples:
              parallax follow https://feeds.bbci.co.uk/news/world/rss.xml https://www.theguardian.com/world/rss
              parallax follow --opml subscriptions.opml       # an OPML export of a feed reader
              parallax follow --db news.sqlite https://apnews.com/sitemap.xml
            """
    )

    @Argument(help: "Feed or sitemap URLs.")
    var urls: [String] = []

    @Option(help: ArgumentHelp("An OPML subscription list whose feeds to follow (repeatable).", valueName: "file"))
    var opml: [String] = []

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !urls.isEmpty || !opml.isEmpty else { throw ValidationError("give at least one URL, or --opml FILE") }
    }

    func run() async throws {
        try await reportingErrors {
            var lists: [(name: String, bytes: [UInt8])] = []
            var failed = false
            for path in opml {
                guard let data = FileManager.default.contents(atPath: path) else {
                    Terminal.error("\(path): no such file; give the path of an OPML list")
                    failed = true
                    continue
                }
                lists.append((path, Array(data)))
            }
            let result = try await store.corpus(creating: true).follow(urls: urls, opml: lists)
            for outcome in result.outcomes {
                let verb = switch outcome.status {
                case .added: "following"
                case .alreadyFollowed: "already following"
                case .enabledAgain: "enabled again"
                }
                print("\(verb)  \(outcome.feed.url)")
            }
            for failure in result.failures { Terminal.error(failure) }
            if failed || !result.failures.isEmpty { throw ExitCode.failure }
        }
    }
}
