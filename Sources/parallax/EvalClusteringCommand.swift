import ArgumentParser
import ParallaxClustering
import ParallaxEvaluation
import ParallaxReading

struct EvalClusteringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustering",
        abstract: "Score story and event clustering against gold `event` and `story` fields.",
        discussion: """
            The articles are clustered online in file order, one pass. For events and for stories: B³ \
            precision/recall/F1, pairwise precision/recall/F1, the adjusted Rand index and NMI.

            Beside them, on the same articles: two TF-IDF baselines as scikit-learn computes them \
            (TfidfVectorizer(sublinear_tf=True), IDF fitted on all the articles scored, title and text), an online \
            single pass (each article joins the cluster whose centroid is most similar at cosine ≥ --tfidf-threshold, \
            or starts one) and offline average-link agglomerative clustering (cosine, merging while the best average \
            similarity is ≥ --tfidf-threshold), each scored against the gold events and the gold stories; and the \
            in-binary nearest-centroid baseline (Parallax's terms, IDF of the articles so far) for events.

            Example:
              parallax eval clustering ../shared/data/ecbplus/dev.jsonl
              parallax eval clustering ../shared/data/ecbplus/dev.jsonl --split dev --errors 10
            """
    )

    @Argument(help: "JSONL with `event` and `story` on every line.")
    var file: String

    @Option(help: "Only articles whose `split` field has this value.")
    var split: String?

    @OptionGroup var clustering: ClusteringOptions

    @Option(help: "Cosine to an event's centroid for the TF-IDF nearest-centroid baseline printed beside.")
    var baselineThreshold: Float = 0.16

    @Option(help: "Cosine for the scikit-learn-like single-pass and average-link baselines printed beside.")
    var tfidfThreshold = 0.2

    @Option(help: "Also list this many merged events (gold events sharing a predicted one) and split ones.")
    var errors = 0

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    func run() throws {
        let evaluation = try ClusteringEvaluation(path: file, split: split, parameters: clustering.parameters,
                                                   baselineThreshold: baselineThreshold, peerThreshold: tfidfThreshold)
        let rows = [("events", evaluation.events), ("stories", evaluation.stories),
                    ("single_pass_events", evaluation.singlePass.events),
                    ("single_pass_stories", evaluation.singlePass.stories),
                    ("average_link_events", evaluation.averageLink.events),
                    ("average_link_stories", evaluation.averageLink.stories),
                    ("baseline_events", evaluation.baselineEvents)]
        if json {
            var object = JSONObjectWriter()
            object.add("tfidf_threshold", evaluation.peerThreshold)
            for (name, scores) in rows {
                var item = JSONObjectWriter()
                item.add("b3_precision", scores.b3Precision)
                item.add("b3_recall", scores.b3Recall)
                item.add("b3_f1", scores.b3F1)
                item.add("pair_precision", scores.pairPrecision)
                item.add("pair_recall", scores.pairRecall)
                item.add("pair_f1", scores.pairF1)
                item.add("ari", scores.adjustedRandIndex)
                item.add("nmi", scores.normalizedMutualInformation)
                item.add("clusters", scores.clusters)
                item.add("classes", scores.classes)
                object.addRaw(name, item.text)
            }
            print(object.text)
            return
        }
        print("articles  \(evaluation.events.items)  (clustered in \(Terminal.decimal(evaluation.seconds, places: 2)) s)")
        print("level                 B3 P   B3 R   B3 F1  pair P pair R pair F1  ARI    NMI    clusters/gold")
        for (name, scores) in rows {
            let values = [scores.b3Precision, scores.b3Recall, scores.b3F1, scores.pairPrecision, scores.pairRecall,
                          scores.pairF1, scores.adjustedRandIndex, scores.normalizedMutualInformation]
            let label = name == "baseline_events" ? "centroid events" : name.replacingOccurrences(of: "_", with: " ")
                .replacingOccurrences(of: "single pass", with: "single-pass").replacingOccurrences(of: "average link", with: "average-link")
            print(label.padding(toLength: 22, withPad: " ", startingAt: 0)
                  + values.map { Terminal.decimal($0).padding(toLength: 7, withPad: " ", startingAt: 0) }.joined()
                  + "\(scores.clusters)/\(scores.classes)")
        }
        print("single-pass, average-link: scikit-learn-like TF-IDF over these articles, cosine ≥ "
              + "\(Terminal.decimal(evaluation.peerThreshold)); centroid: Parallax's terms, IDF so far, cosine ≥ "
              + "\(Terminal.decimal(Double(baselineThreshold)))")
        let joins = evaluation.crossLanguage
        if joins.articles > 0 {
            print("other languages: \(joins.articles) articles; joined their event's main cluster \(joins.joinedEvent), "
                  + "their story's \(joins.joinedStory)")
        }
        printErrors(evaluation.eventErrors)
    }

    private func printErrors(_ found: ClusteringErrors) {
        guard errors > 0 else { return }
        print("\nmerged events (predicted event: gold events and their articles), \(found.merges.count) in all:")
        for merge in found.merges.prefix(errors) {
            print("  \(merge.cluster): " + merge.classes.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
        }
        print("split events (gold event: sizes of its parts), \(found.splits.count) in all:")
        for split in found.splits.prefix(errors) {
            print("  \(split.goldClass): " + split.parts.map(String.init).joined(separator: " + "))
        }
    }
}
