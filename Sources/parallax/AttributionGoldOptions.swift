import ArgumentParser

/// The gold file and split shared by the evaluations that read PolNeAR-style attribution gold.
struct AttributionGoldOptions: ParsableArguments {
    @Option(help: "PolNeAR-style JSONL with `text` and `attributions`.")
    var gold: String

    @Option(help: "Only score lines whose `split` field has this value (train, dev).")
    var split: String?
}
