import ArgumentParser
import ParallaxReading
import ParallaxEvaluation

struct EvalLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Score language identification on JSONL with gold `lang` fields.",
        discussion: """
            Each line needs `text` and `lang` (ISO 639-1). Prints accuracy overall and per language, and the \
            most frequent confusions.

            Example:
              parallax eval language Tests/ParallaxReadingTests/Fixtures/language/django-messages.jsonl
            """
    )

    @Argument(help: "JSONL files with `text` and `lang`.")
    var files: [String]

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    func run() throws {
        var options = ArticleReader.Options()
        options.identifiesLanguage = false
        var evaluation = LanguageEvaluation()
        let identifier = LanguageIdentifier()
        ArticleReader(options: options).read(paths: files) { result in
            switch result {
            case .success(let article):
                guard let gold = article.language else { return }
                evaluation.add(gold: gold, predicted: identifier.identify(article.text))
            case .failure(let error):
                Terminal.error(error.description)
            }
        }
        if json {
            var object = JSONObjectWriter()
            object.add("texts", evaluation.total)
            object.add("accuracy", evaluation.accuracy)
            var perLanguage = JSONObjectWriter()
            for language in evaluation.languages { perLanguage.add(language, evaluation.accuracy(of: language)) }
            object.addRaw("by_language", perLanguage.text)
            print(object.text)
            return
        }
        print("texts     \(evaluation.total)")
        print("accuracy  \(Terminal.decimal(evaluation.accuracy))")
        for language in evaluation.languages {
            print("  \(language)  \(Terminal.decimal(evaluation.accuracy(of: language)))  (\(evaluation.count(of: language)) texts)")
        }
        let confusions = evaluation.confusions.prefix(10)
        if !confusions.isEmpty {
            print("most frequent confusions (gold → identified):")
            for confusion in confusions { print("  \(confusion.gold) → \(confusion.predicted ?? "none")  \(confusion.count)") }
        }
    }
}
