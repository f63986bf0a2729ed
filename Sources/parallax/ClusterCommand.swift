import ArgumentParser
import ParallaxClustering
import ParallaxReading

struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group articles into stories and events as they arrive, and find wire copies.",
        discussion: """
            Articles are taken one at a time in input order (any input `parallax read` takes). Prints one JSON \
            line per article, in input order: {"id", "story", "event", "duplicate_of"}; duplicate_of names the \
            earliest article this one copies, or is null. The same input in the same order gives the same IDs.

            Example:
              parallax cluster ../shared/data/ecbplus/dev.jsonl > clusters.jsonl
            """
    )

    @Argument(help: "Files or folders to read; - reads standard input.")
    var paths: [String]

    @OptionGroup var clustering: ClusteringOptions

    func run() throws {
        var clusterer = StoryClusterer(parameters: clustering.parameters)
        var failures = 0
        var options = ArticleReader.Options()
        options.identifiesLanguage = false
        ArticleReader(options: options).read(paths: paths) { result in
            switch result {
            case .success(let article):
                let assignment = clusterer.add(article)
                var object = JSONObjectWriter()
                object.add("id", assignment.article)
                object.add("story", assignment.story)
                object.add("event", assignment.event)
                object.add("duplicate_of", assignment.duplicateOf)
                print(object.text)
            case .failure(let error):
                failures += 1
                Terminal.error(error.description)
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
