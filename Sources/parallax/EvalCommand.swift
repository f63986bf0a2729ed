import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure Parallax against gold-labelled data.",
        subcommands: [
            EvalExtractionCommand.self, EvalDatesCommand.self, EvalLanguageCommand.self, EvalEntitiesCommand.self,
            EvalQuotesCommand.self, EvalClusteringCommand.self, EvalAlignmentCommand.self, EvalConflictsCommand.self,
            EvalConflictPairsCommand.self,
        ]
    )
}
