import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure Parallax against gold-labelled data.",
        subcommands: [EvalExtractionCommand.self, EvalLanguageCommand.self, EvalEntitiesCommand.self, EvalQuotesCommand.self, EvalClusteringCommand.self, EvalConflictsCommand.self, EvalConflictPairsCommand.self]
    )
}
