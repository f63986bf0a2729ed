/// How often a report in another language than English lands where the English coverage of its gold event and
/// story went: the predicted cluster holding most of the *other* articles of its gold class.
public struct CrossLanguageJoins: Sendable, Equatable {
    /// Articles not in English whose gold class has other articles.
    public var articles = 0
    public var joinedEvent = 0
    public var joinedStory = 0

    /// `languages[i]` is item i's language (nil when unknown, counted as English).
    public init(languages: [String?], predictedEvents: [String], goldEvents: [String],
                predictedStories: [String], goldStories: [String]) {
        for item in languages.indices {
            guard let language = languages[item], language != "en" else { continue }
            guard let event = Self.majority(excluding: item, of: goldEvents[item], predicted: predictedEvents, gold: goldEvents)
            else { continue }
            articles += 1
            if predictedEvents[item] == event { joinedEvent += 1 }
            if let story = Self.majority(excluding: item, of: goldStories[item], predicted: predictedStories, gold: goldStories),
               predictedStories[item] == story {
                joinedStory += 1
            }
        }
    }

    /// The predicted cluster most of the class's other items went to (the first one met among equals).
    private static func majority(excluding item: Int, of goldClass: String, predicted: [String], gold: [String]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for other in gold.indices where other != item && gold[other] == goldClass {
            if counts[predicted[other]] == nil { order.append(predicted[other]) }
            counts[predicted[other], default: 0] += 1
        }
        var best: String?
        for cluster in order where counts[cluster]! > best.map({ counts[$0]! }) ?? 0 { best = cluster }
        return best
    }
}
