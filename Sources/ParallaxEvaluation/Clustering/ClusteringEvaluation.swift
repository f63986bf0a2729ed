import Foundation
import ParallaxClustering
import ParallaxReading

/// Runs the online clusterer over a JSONL file with gold `event` and `story` fields, in file order, and scores
/// events and stories, beside the TF-IDF baselines on the same articles.
public struct ClusteringEvaluation: Sendable {
    /// A baseline's clusters scored against the gold events and against the gold stories (it makes one set of
    /// clusters, so the same clusters are scored twice).
    public struct Peer: Sendable {
        public var events: ClusteringScores
        public var stories: ClusteringScores
    }

    public var events: ClusteringScores
    public var stories: ClusteringScores
    /// Events found by the plain TF-IDF nearest-centroid baseline on the same stream (IDF of the articles so far).
    public var baselineEvents: ClusteringScores
    /// The scikit-learn-like baselines (`TFIDFVectors`, IDF fitted on all the articles scored), online single
    /// pass and offline average link, at `peerThreshold`.
    public var singlePass: Peer
    public var averageLink: Peer
    public var peerThreshold: Double
    /// Which gold events the clusterer merged or split.
    public var eventErrors: ClusteringErrors
    /// Whether reports in other languages joined the event and story of their English coverage.
    public var crossLanguage: CrossLanguageJoins
    public var seconds: Double

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case unlabelled(path: String, line: Int)

        public var description: String {
            switch self {
            case .unreadable(let path): "\(path): cannot be read"
            case .unlabelled(let path, let line):
                "\(path):\(line): a JSON object with gold \"event\" and \"story\" fields is needed on every line"
            }
        }
    }

    private struct Labels: Decodable {
        var event: String?
        var story: String?
        var split: String?
    }

    /// `split` keeps only lines whose `split` field has that value; the stream is still one pass in file order.
    public init(
        path: String, split: String?, parameters: StoryClusterer.Parameters = .init(), baselineThreshold: Float = 0.16,
        peerThreshold: Double = 0.2
    ) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.unreadable(path) }
        let decoder = JSONDecoder()
        var articles: [(Article, Labels)] = []
        var options = ArticleReader.Options()
        options.identifiesLanguage = false
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            lineNumber += 1
            guard let labels = try? decoder.decode(Labels.self, from: Data(line)), labels.event != nil, labels.story != nil else {
                throw Failure.unlabelled(path: path, line: lineNumber)
            }
            if let split, labels.split != split { continue }
            var article: Article?
            ArticleReader(options: options).read(bytes: Array(line), source: path, format: .jsonl, id: "") {
                article = try? $0.get()
            }
            if let article { articles.append((article, labels)) }
        }
        var clusterer = StoryClusterer(parameters: parameters)
        let started = Date()
        let assignments = articles.map { clusterer.add($0.0) }
        seconds = Date().timeIntervalSince(started)
        let (predictedEvents, predictedStories) = (assignments.map(\.event), assignments.map(\.story))
        let (goldEvents, goldStories) = (articles.map { $0.1.event! }, articles.map { $0.1.story! })
        events = ClusteringScores(predicted: predictedEvents, gold: goldEvents)
        stories = ClusteringScores(predicted: predictedStories, gold: goldStories)
        crossLanguage = CrossLanguageJoins(
            languages: articles.map(\.0.language), predictedEvents: predictedEvents, goldEvents: goldEvents,
            predictedStories: predictedStories, goldStories: goldStories)
        eventErrors = ClusteringErrors(predicted: predictedEvents, gold: goldEvents)
        var baseline = NearestCentroidBaseline(threshold: baselineThreshold)
        baselineEvents = ClusteringScores(predicted: articles.map { String(baseline.add($0.0)) }, gold: goldEvents)
        let vectors = TFIDFVectors(documents: articles.map { article, _ in
            article.title.map { $0 + "\n\n" + article.text } ?? article.text
        })
        func peer(_ clusters: [Int]) -> Peer {
            let predicted = clusters.map(String.init)
            return Peer(events: ClusteringScores(predicted: predicted, gold: goldEvents),
                        stories: ClusteringScores(predicted: predicted, gold: goldStories))
        }
        self.peerThreshold = peerThreshold
        singlePass = peer(SinglePassBaseline.clusters(of: vectors, threshold: peerThreshold))
        averageLink = peer(AverageLinkBaseline.clusters(of: vectors, threshold: peerThreshold))
    }
}
