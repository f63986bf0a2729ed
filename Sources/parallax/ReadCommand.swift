import ArgumentParser
import ParallaxReading

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Read articles.")
    @Argument var paths: [String]
    func run() throws {
        ArticleReader().read(paths: paths) { result in print(result) }
    }
}
