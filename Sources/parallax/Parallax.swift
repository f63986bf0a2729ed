import ArgumentParser

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "See every side of a news story.",
        subcommands: [ReadCommand.self]
    )
}
