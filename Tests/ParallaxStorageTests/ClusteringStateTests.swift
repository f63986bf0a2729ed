import Foundation
import GRDB
import Testing
import ParallaxClustering
import ParallaxReading
@testable import ParallaxStorage

/// The clustering state lives in the store: however the articles arrive (one run, several runs, two writers taking
/// turns), their stories and events are those one clusterer gives over them in the order they were stored.
@Suite("Clustering state kept in the store")
struct ClusteringStateTests {
    static let articles = TestArticles.stream(60)

    static func oneRun() -> [ClusterAssignment] {
        var clusterer = StoryClusterer()
        return articles.map { clusterer.add($0) }
    }

    static func placements(_ outcomes: [IngestOutcome]) -> [String] {
        outcomes.map { "\($0.id) \($0.story) \($0.event) \($0.duplicateOf ?? "-")" }
    }

    static func expected() -> [String] {
        oneRun().map { "\($0.article) \($0.story) \($0.event) \($0.duplicateOf ?? "-")" }
    }

    @Test(arguments: StoreKind.allCases)
    func batchesInOneRunGiveTheClustererAssignments(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let clusterer = try await store.clusterer()
        var outcomes: [IngestOutcome] = []
        for start in stride(from: 0, to: Self.articles.count, by: 7) {
            let batch = Array(Self.articles[start..<min(start + 7, Self.articles.count)])
            outcomes += try await store.add(TestArticles.incoming(batch), clusterer: clusterer)
        }
        #expect(Self.placements(outcomes) == Self.expected())
    }

    @Test(arguments: StoreKind.allCases, [1, 23, 59])
    func aNewRunContinuesWhereTheLastStopped(kind: StoreKind, split: Int) async throws {
        let store = try await kind.makeStore()
        let first = try await store.clusterer()
        var outcomes = try await store.add(TestArticles.incoming(Array(Self.articles[..<split])), clusterer: first)
        try await store.saveClusteringState(first)
        let second = try await store.clusterer()
        #expect(second.arrivals == split)
        outcomes += try await store.add(TestArticles.incoming(Array(Self.articles[split...])), clusterer: second)
        #expect(Self.placements(outcomes) == Self.expected())
    }

    /// A run killed before it saved its state: the next one replays the stored articles.
    @Test(arguments: StoreKind.allCases)
    func aRunThatNeverSavedIsReplayed(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        var outcomes = try await store.add(TestArticles.incoming(Array(Self.articles[..<30])), clusterer: try await store.clusterer())
        let replayed = try await store.clusterer()
        #expect(replayed.arrivals == 30)
        outcomes += try await store.add(TestArticles.incoming(Array(Self.articles[30...])), clusterer: replayed)
        #expect(Self.placements(outcomes) == Self.expected())
    }

    /// Two writers taking turns: each catches up with the other's batches inside its transaction.
    @Test(arguments: StoreKind.allCases)
    func twoWritersTakingTurnsGiveTheOrderTheyCommittedIn(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let writers = [try await store.clusterer(), try await store.clusterer()]
        var outcomes: [IngestOutcome] = []
        for (turn, start) in stride(from: 0, to: Self.articles.count, by: 10).enumerated() {
            let batch = Array(Self.articles[start..<min(start + 10, Self.articles.count)])
            outcomes += try await store.add(TestArticles.incoming(batch), clusterer: writers[turn % 2])
        }
        #expect(Self.placements(outcomes) == Self.expected())
    }

    @Test(arguments: StoreKind.allCases)
    func aClustererWhoseWriteFailedIsRefused(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let clusterer = try await store.clusterer()
        clusterer.spoil()
        await #expect(throws: StoreError.self) {
            try await store.add(TestArticles.incoming(Array(Self.articles[..<2])), clusterer: clusterer)
        }
        #expect(try await store.statistics().articles == 0)
    }
}
