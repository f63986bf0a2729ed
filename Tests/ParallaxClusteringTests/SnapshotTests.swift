import Foundation
import Testing
import ParallaxReading
@testable import ParallaxClustering

@Suite("Saving and restoring a clusterer")
struct SnapshotTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The fixtures' real articles (the AFP and AP seeds, ECB+ reports in five languages) in a stream of rounds,
    /// with a wire copy of an earlier article every fifth place, so that near-duplicates are part of the state.
    static let stream: [Article] = {
        var base: [Article] = []
        ArticleReader().read(paths: [fixtures.path]) { if case .success(let article) = $0 { base.append(article) } }
        let synthetic = SyntheticStream(base: base)
        var articles: [Article] = []
        for index in 0..<60 {
            articles.append(synthetic.article(index))
            if index % 5 == 4 {
                var copy = articles[index / 2]
                copy.id += "-copy"
                articles.append(copy)
            }
        }
        return articles
    }()

    /// Small limits, so that postings are compacted, clusters go quiet and candidates are cut in this short stream.
    static let tight: StoryClusterer.Parameters = {
        var parameters = StoryClusterer.Parameters()
        parameters.maximumPosting = 6
        parameters.recentArrivals = 20
        parameters.maximumCandidates = 3
        parameters.eventThreshold = 0.12
        return parameters
    }()

    @Test func theFixturesMakeAStreamWithCopiesAndManyEvents() {
        var clusterer = StoryClusterer()
        let assignments = Self.stream.map { clusterer.add($0) }
        #expect(Self.stream.count == 72)
        #expect(assignments.filter { $0.duplicateOf != nil }.count >= 12)
        #expect(clusterer.eventCount > 20)
        #expect(clusterer.articleCount == 72)
    }

    @Test(arguments: [StoryClusterer.Parameters(), tight])
    func aRestoredClustererContinuesExactlyAsOneRun(parameters: StoryClusterer.Parameters) throws {
        var single = StoryClusterer(parameters: parameters)
        let expected = Self.stream.map { single.add($0) }
        for split in [0, 1, 2, 7, 23, 36, 50, 71, 72] {
            var first = StoryClusterer(parameters: parameters)
            let before = Self.stream[..<split].map { first.add($0) }
            let bytes = first.snapshot()
            // The stored parameters are used, not the defaults.
            var resumed = try StoryClusterer(snapshot: bytes)
            #expect(resumed.articleCount == split)
            #expect(resumed.snapshot() == bytes)
            let after = Self.stream[split...].map { resumed.add($0) }
            #expect(before + after == expected, "split at \(split)")
            #expect(resumed.snapshot() == single.snapshot(), "split at \(split)")
        }
    }

    @Test func aStreamSavedAfterEveryFewArticlesGivesTheSameAssignments() throws {
        var single = StoryClusterer(parameters: Self.tight)
        let expected = Self.stream.map { single.add($0) }
        var clusterer = StoryClusterer(parameters: Self.tight)
        var assignments: [ClusterAssignment] = []
        for (index, article) in Self.stream.enumerated() {
            if index % 9 == 0 { clusterer = try StoryClusterer(snapshot: clusterer.snapshot()) }
            assignments.append(clusterer.add(article))
        }
        #expect(assignments == expected)
    }

    static let samples = fixtures.appendingPathComponent("../../../samples").standardized.path

    /// A snapshot written before events kept their language (version 2: `parallax ingest samples` of that build,
    /// its state as stored: the French page in an event and a story of its own) is read, its events with no
    /// language, and goes on: the samples again are copies of themselves in the events the snapshot put them in;
    /// saved again, it is the current version.
    @Test func aVersion2SnapshotIsReadAndGoesOn() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots/version-2-samples.snapshot")
        let bytes = try [UInt8](Data(contentsOf: url))
        #expect(bytes[4] == 2)
        var resumed = try StoryClusterer(snapshot: bytes)
        #expect(resumed.articleCount == 3)
        #expect((resumed.eventCount, resumed.storyCount) == (3, 2))
        #expect(resumed.events.allSatisfy { $0.language == nil })

        var samples: [Article] = []
        ArticleReader().read(paths: [Self.samples]) { if case .success(let article) = $0 { samples.append(article) } }
        #expect(samples.count == 3)
        for article in samples {
            let stored = try #require(resumed.articleIDs.firstIndex(of: article.id))
            let event = "e\(resumed.eventOfArticle[stored] + 1)"
            var again = article
            again.id += "-again"
            let assignment = resumed.add(again)
            #expect(assignment.duplicateOf == article.id)
            #expect(assignment.event == event)
        }
        let saved = resumed.snapshot()
        #expect(saved[4] == UInt8(StoryClusterer.snapshotVersion))
        #expect(try StoryClusterer(snapshot: saved).snapshot() == saved)
    }

    @Test func badBytesThrowAClearError() throws {
        var clusterer = StoryClusterer(parameters: Self.tight)
        for article in Self.stream.prefix(20) { _ = clusterer.add(article) }
        let bytes = clusterer.snapshot()

        #expect(throws: ClusteringSnapshotError.notASnapshot) { try StoryClusterer(snapshot: []) }
        #expect(throws: ClusteringSnapshotError.notASnapshot) { try StoryClusterer(snapshot: Array("{\"id\": 1}".utf8)) }
        var future = bytes
        future[4] = 9
        #expect(throws: ClusteringSnapshotError.unknownVersion(found: 9, supported: 3)) { try StoryClusterer(snapshot: future) }
        #expect(ClusteringSnapshotError.unknownVersion(found: 9, supported: 3).description.contains("version 9"))

        // Cut anywhere: truncated, and the message says so.
        for length in Array(5..<80) + Array(stride(from: 80, to: bytes.count, by: 331)) {
            #expect {
                try StoryClusterer(snapshot: Array(bytes.prefix(length)))
            } throws: { error in
                "\(error)".contains("truncated")
            }
        }
        // Cut anywhere with the length field mended: truncated inside the part being read.
        for length in stride(from: 16, to: bytes.count, by: 331) {
            var cut = Array(bytes.prefix(length))
            withUnsafeBytes(of: UInt64(length).littleEndian) { cut.replaceSubrange(8..<16, with: $0) }
            #expect(throws: ClusteringSnapshotError.self) { try StoryClusterer(snapshot: cut) }
        }
        #expect(throws: ClusteringSnapshotError.self) { try StoryClusterer(snapshot: bytes + [0]) }

        // Bytes overwritten anywhere: an error, or a clusterer that goes on without crashing.
        var restoredDespiteDamage = 0
        for position in stride(from: 16, to: bytes.count, by: 89) {
            var damaged = bytes
            damaged[position] ^= 0xA5
            guard var restored = try? StoryClusterer(snapshot: damaged) else { continue }
            restoredDespiteDamage += 1
            _ = restored.add(Self.stream[20])
        }
        #expect(restoredDespiteDamage > 0)
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(ClusteringSnapshotError.notASnapshot.description.contains("not a clustering snapshot"))
        #expect(ClusteringSnapshotError.truncated(part: "event index", length: 10).description
            == "the clustering snapshot is truncated: its 10 bytes end inside the event index")
    }
}
