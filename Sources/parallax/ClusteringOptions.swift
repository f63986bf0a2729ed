import ArgumentParser
import ParallaxClustering

/// The clusterer's parameters that `parallax cluster` and `parallax eval clustering` let a user change; the
/// defaults are `StoryClusterer.Parameters`' (chosen on the ECB+ train topics).
struct ClusteringOptions: ParsableArguments {
    @Option(help: "Cosine to an event's centroid needed to join it.")
    var eventThreshold: Float?

    @Option(help: "Cosine of names and numbers alone needed to join an event.")
    var specificThreshold: Float?

    @Option(help: "Cosine to a story's centroid needed for a new event to join it.")
    var storyThreshold: Float?

    @Option(help: "Days of publication within which an article may join an event.")
    var eventDays: Int?

    @Option(help: "Days of publication within which a new event may join a story.")
    var storyDays: Int?

    @Option(help: "Days by which the day an article's lead names may differ from an event's.")
    var leadDayTolerance: Int?

    @Option(help: "Cosine at which an article joins an event even though its lead names another day.")
    var leadDayOverride: Float?

    @Option(help: "How much a name counts beside a word.")
    var nameWeight: Float?

    @Option(help: "How much a number counts beside a word.")
    var numberWeight: Float?

    var parameters: StoryClusterer.Parameters {
        var parameters = StoryClusterer.Parameters()
        eventThreshold.map { parameters.eventThreshold = $0 }
        specificThreshold.map { parameters.specificThreshold = $0 }
        storyThreshold.map { parameters.storyThreshold = $0 }
        eventDays.map { parameters.eventDays = $0 }
        storyDays.map { parameters.storyDays = $0 }
        leadDayTolerance.map { parameters.leadDayTolerance = $0 }
        nameWeight.map { parameters.nameWeight = $0 }
        numberWeight.map { parameters.numberWeight = $0 }
        leadDayOverride.map { parameters.leadDayOverride = $0 }
        return parameters
    }
}
