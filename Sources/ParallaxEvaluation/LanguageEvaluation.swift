/// Accuracy of language identification, overall and per gold language, with the confusions made.
public struct LanguageEvaluation: Sendable {
    private var correct: [String: Int] = [:]
    private var totals: [String: Int] = [:]
    private var mistakes: [String: [String?: Int]] = [:]

    public init() {}

    public mutating func add(gold: String, predicted: String?) {
        totals[gold, default: 0] += 1
        if predicted == gold {
            correct[gold, default: 0] += 1
        } else {
            mistakes[gold, default: [:]][predicted, default: 0] += 1
        }
    }

    public var total: Int { totals.values.reduce(0, +) }

    public var accuracy: Double {
        total == 0 ? 0 : Double(correct.values.reduce(0, +)) / Double(total)
    }

    public var languages: [String] { totals.keys.sorted() }

    public func count(of language: String) -> Int { totals[language, default: 0] }

    public func accuracy(of language: String) -> Double {
        let total = totals[language, default: 0]
        return total == 0 ? 0 : Double(correct[language, default: 0]) / Double(total)
    }

    /// Mistakes, most frequent first.
    public var confusions: [(gold: String, predicted: String?, count: Int)] {
        mistakes.flatMap { gold, wrong in wrong.map { (gold, $0.key, $0.value) } }
            .sorted { ($0.count, $1.gold, $1.predicted ?? "") > ($1.count, $0.gold, $0.predicted ?? "") }
    }
}
