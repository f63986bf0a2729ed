import ArgumentParser
import ParallaxClustering

/// The clusterer's parameters that `parallax cluster` and `parallax eval clustering` let a user change; the
/// defaults are `StoryClusterer.Parameters`' (chosen on the ECB+ train topics), shown in each option's help.
struct ClusteringOptions: ParsableArguments {
    private static let defaults = StoryClusterer.Parameters()

    @Option(help: "Cosine to an event's centroid needed to join it.")
    var eventThreshold: Float = ClusteringOptions.defaults.eventThreshold

    @Option(help: "Cosine of names and numbers alone needed to join an event.")
    var specificThreshold: Float = ClusteringOptions.defaults.specificThreshold

    @Option(help: "Cosine to a story's centroid needed for a new event to join it.")
    var storyThreshold: Float = ClusteringOptions.defaults.storyThreshold

    @Option(help: "Days of publication within which an article may join an event.")
    var eventDays: Int = ClusteringOptions.defaults.eventDays

    @Option(help: "Days of publication a story may span, first article to last.")
    var storyDays: Int = ClusteringOptions.defaults.storyDays

    @Option(help: "Days by which the day an article's lead names may differ from an event's.")
    var leadDayTolerance: Int = ClusteringOptions.defaults.leadDayTolerance

    @Option(help: "Cosine at which an article joins an event even though its lead names another day or it was published outside --event-days.")
    var leadDayOverride: Float = ClusteringOptions.defaults.leadDayOverride

    @Option(help: "How much a name counts beside a word.")
    var nameWeight: Float = ClusteringOptions.defaults.nameWeight

    @Option(help: "How much a number counts beside a word.")
    var numberWeight: Float = ClusteringOptions.defaults.numberWeight

    var parameters: StoryClusterer.Parameters {
        var parameters = StoryClusterer.Parameters()
        parameters.eventThreshold = eventThreshold
        parameters.specificThreshold = specificThreshold
        parameters.storyThreshold = storyThreshold
        parameters.eventDays = eventDays
        parameters.storyDays = storyDays
        parameters.leadDayTolerance = leadDayTolerance
        parameters.nameWeight = nameWeight
        parameters.numberWeight = numberWeight
        parameters.leadDayOverride = leadDayOverride
        return parameters
    }
}
