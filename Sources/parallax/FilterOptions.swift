import ArgumentParser
import ParallaxReading
import ParallaxStorage

/// The filters `stories`, `search` and `export` share.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only stories or articles on or after this day.", valueName: "YYYY-MM-DD"))
    var since: CalendarDay?

    @Option(help: ArgumentHelp("Only stories or articles on or before this day.", valueName: "YYYY-MM-DD"))
    var until: CalendarDay?

    @Option(help: ArgumentHelp("Only what this outlet (else agency) carried, as stored: \"www.bbc.co.uk\", \"AP\".", valueName: "name"))
    var outlet: String?

    @Option(help: ArgumentHelp("Only what mentions this name, as a phrase: \"Robert Gates\".", valueName: "name"))
    var entity: String?

    var filter: ArticleFilter {
        ArticleFilter(since: since, until: until, outlet: outlet, entity: entity)
    }

    func validate() throws {
        if let since, let until, until < since { throw ValidationError("--until (\(until)) is before --since (\(since))") }
    }
}

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) {
        guard argument.count == 10 else { return nil }
        self.init(iso8601: argument)
    }
}
