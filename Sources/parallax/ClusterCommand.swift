import ArgumentParser
import Foundation
import ParallaxClustering
import ParallaxReading

struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group articles into stories and events as they arrive, and find wire copies.",
        discussion: """
            Articles are taken one at a time in input order (any input `parallax read` takes). Prints one line \
            per article, in input order. With --json, or when the output is not a terminal, the line is JSON: \
            {"id", "story", "event", "duplicate_of"}, where duplicate_of names the earliest article this one \
            copies, or is null; on a terminal it reads "s1  e1  ID  (copy of ID)". The same input in the same \
            order gives the same IDs.

            Example:
              parallax cluster samples/000_*.txt samples/001_*.txt
              parallax cluster --json samples/ > clusters.jsonl
            """
    )

    @Argument(help: "Files or folders to read; - reads standard input.")
    var paths: [String]

    @Flag(help: "Print JSON lines, also on a terminal (they are the default when the output is a file or a pipe).")
    var json = false

    @OptionGroup var clustering: ClusteringOptions

    func run() throws {
        var clusterer = StoryClusterer(parameters: clustering.parameters)
        let printsJSON = json || isatty(STDOUT_FILENO) == 0
        var failures = 0
        var options = ArticleReader.Options()
        options.identifiesLanguage = false
        ArticleReader(options: options).read(paths: paths) { result in
            switch result {
            case .success(let article):
                let assignment = clusterer.add(article)
                guard printsJSON else {
                    print([assignment.story, assignment.event].map { $0.padding(toLength: 6, withPad: " ", startingAt: 0) }.joined()
                          + assignment.article + (assignment.duplicateOf.map { "  (copy of \($0))" } ?? ""))
                    return
                }
                print(assignment.jsonLine)
                // Each line goes out as it is made, also into a pipe: `tail -f feed.jsonl | parallax cluster -`
                // answers as articles arrive.
                fflush(nil)
            case .failure(let error):
                failures += 1
                Terminal.error(error.description)
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
