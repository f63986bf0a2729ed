import ArgumentParser
import ParallaxCorpus
import ParallaxFetching

/// What `poll` and `watch` share: which feeds, and how politely.
struct FetchOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(
        "Fetch from private, loopback and link-local addresses too.",
        discussion: "Refused by default, so that a feed cannot make Parallax reach into this network."))
    var allowPrivate = false

    @Option(help: ArgumentHelp("Seconds between the starts of two requests to one host.", valueName: "seconds"))
    var pause: Double = 1

    @Option(help: ArgumentHelp("New entries fetched per feed and poll at most; the rest wait for the next poll.", valueName: "n"))
    var maxEntries = 100

    @Option(help: ArgumentHelp("The largest feed or page accepted, in MB.", valueName: "MB"))
    var maxPageMb = 8

    func validate() throws {
        guard pause >= 0 else { throw ValidationError("--pause must be 0 or more seconds") }
        guard maxEntries > 0 else { throw ValidationError("--max-entries must be at least 1") }
        guard maxPageMb > 0 else { throw ValidationError("--max-page-mb must be at least 1") }
    }

    var pollOptions: PollOptions {
        var options = PollOptions()
        options.fetch.allowPrivate = allowPrivate
        options.fetch.pauseBetweenRequests = .milliseconds(Int64(pause * 1000))
        options.fetch.maxBodyBytes = maxPageMb << 20
        options.maxNewEntriesPerFeed = maxEntries
        return options
    }
}
