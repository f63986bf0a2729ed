import Foundation
import Testing
@testable import ParallaxEvaluation

@Suite("The scikit-learn-like TF-IDF clustering baselines")
struct TFIDFBaselineTests {
    /// Python 3: `re.findall(r'(?u)\b\w\w+\b', text.lower())` gives exactly these (the combining accent of the
    /// decomposed "été" is not a word character there, so only "te" is left).
    @Test func tokensAreScikitLearnsDefaultOnes() {
        let text = "Don't stop-believing: 2,000 Ça_va e\u{301}te\u{301} ²³"
        #expect(TFIDFVectors.tokens(of: text) == ["don", "stop", "believing", "000", "ça_va", "te", "²³"])
    }

    /// n = 4; df: the 3, cat 2, dog 2, sat 2, bird 1 ("a" is one letter, no token).
    @Test func weightsAreSublinearTermFrequencyTimesSmoothIDFOfUnitLength() throws {
        let vectors = TFIDFVectors(documents: ["The cat sat.", "The dog sat.", "The dog dog cat.", "A bird"])
        func idf(_ term: String) throws -> Double {
            vectors.inverseDocumentFrequency[try #require(vectors.terms.firstIndex(of: term))]
        }
        #expect(abs(try idf("the") - (log(5.0 / 4) + 1)) < 1e-12)
        #expect(abs(try idf("cat") - (log(5.0 / 3) + 1)) < 1e-12)
        #expect(abs(try idf("bird") - (log(5.0 / 2) + 1)) < 1e-12)
        #expect(!vectors.terms.contains("a"))
        // "The dog dog cat.": the 1·idf(the), dog (1 + ln 2)·idf(dog), cat 1·idf(cat), then scaled to length 1.
        let raw = [try idf("the"), (1 + log(2.0)) * (try idf("dog")), try idf("cat")]
        let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let row = Dictionary(uniqueKeysWithValues: vectors.rows[2].map { (vectors.terms[$0.term], $0.weight) })
        #expect(row.count == 3)
        #expect(abs(row["the"]! - raw[0] / norm) < 1e-12)
        #expect(abs(row["dog"]! - raw[1] / norm) < 1e-12)
        #expect(abs(row["cat"]! - raw[2] / norm) < 1e-12)
        #expect(vectors.rows[3].map(\.weight) == [1])
    }

    /// Every term has the same IDF, so the bridge (documents 2 and 3) has cosine 1/√2 with each of 0 and 1, which
    /// share nothing. The single pass has put 0 and 1 apart before the bridge comes (and the bridge joins the first
    /// of two equal clusters); average link merges the two bridges (1), then one side (0.707), then the other at
    /// the mean (0.707 + 0.707 + 0) / 3 = 0.471.
    @Test func singlePassDecidesBeforeTheBridgeWhereAverageLinkJoinsThroughIt() {
        let vectors = TFIDFVectors(documents: ["alpha beta", "gamma delta", "alpha beta gamma delta", "alpha beta gamma delta"])
        #expect(SinglePassBaseline.clusters(of: vectors, threshold: 0.2) == [0, 1, 0, 0])
        #expect(AverageLinkBaseline.clusters(of: vectors, threshold: 0.2) == [0, 0, 0, 0])
        // Above the last merge's 0.471 one side stays apart.
        #expect(Set(AverageLinkBaseline.clusters(of: vectors, threshold: 0.5)).count == 2)
        #expect(Set(AverageLinkBaseline.clusters(of: vectors, threshold: 0.8)) == [0, 1, 2])
    }

    /// The sentences of the two seed reports (one story, AFP and AP): the nearest-neighbour chain cut at the
    /// threshold must give the partition of the plain O(n³) procedure (merge the most similar pair until it is
    /// below the threshold), and the single pass that of recomputing each centroid from its members.
    @Test func fastBaselinesAgreeWithTheirPlainDefinitionsOnRealSentences() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ParallaxClusteringTests/Fixtures/seeds")
        var sentences: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            sentences += text.split(separator: "\n").flatMap { $0.components(separatedBy: ". ") }
                .filter { TFIDFVectors.tokens(of: $0).count >= 3 }
        }
        #expect(sentences.count > 50)
        let vectors = TFIDFVectors(documents: sentences)
        for threshold in [0.1, 0.2, 0.3] {
            let averageLink = AverageLinkBaseline.clusters(of: vectors, threshold: threshold)
            #expect(Self.partition(averageLink) == Self.partition(Self.plainAverageLink(vectors, threshold)))
            let singlePass = SinglePassBaseline.clusters(of: vectors, threshold: threshold)
            #expect(singlePass == Self.plainSinglePass(vectors, threshold))
            // Neither trivially all apart nor all together.
            #expect(Set(averageLink).count > 1 && Set(averageLink).count < sentences.count)
        }
    }

    private static func partition(_ clusters: [Int]) -> Set<Set<Int>> {
        Set(Dictionary(grouping: clusters.indices) { clusters[$0] }.values.map(Set.init))
    }

    private static func dense(_ vectors: TFIDFVectors, _ document: Int) -> [Double] {
        var row = [Double](repeating: 0, count: vectors.terms.count)
        for (term, weight) in vectors.rows[document] { row[term] = weight }
        return row
    }

    private static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    private static func plainAverageLink(_ vectors: TFIDFVectors, _ threshold: Double) -> [Int] {
        let rows = vectors.rows.indices.map { dense(vectors, $0) }
        let cosines = rows.map { x in rows.map { y in dot(x, y) } }
        var clusters = rows.indices.map { [$0] }
        while clusters.count > 1 {
            var best = (a: 0, b: 0, similarity: -Double.infinity)
            for a in clusters.indices {
                for b in clusters.indices where b > a {
                    var sum = 0.0
                    for x in clusters[a] { for y in clusters[b] { sum += cosines[x][y] } }
                    let mean = sum / Double(clusters[a].count * clusters[b].count)
                    if mean > best.similarity { best = (a, b, mean) }
                }
            }
            guard best.similarity >= threshold else { break }
            clusters[best.a] += clusters.remove(at: best.b)
        }
        var assigned = [Int](repeating: 0, count: rows.count)
        for (number, members) in clusters.enumerated() { for member in members { assigned[member] = number } }
        return assigned
    }

    private static func plainSinglePass(_ vectors: TFIDFVectors, _ threshold: Double) -> [Int] {
        var sums: [[Double]] = [], assigned: [Int] = []
        for document in vectors.rows.indices {
            let row = dense(vectors, document)
            var best: (cluster: Int, cosine: Double)?
            for (cluster, sum) in sums.enumerated() {
                let norm = dot(sum, sum).squareRoot()
                let cosine = norm > 0 ? dot(row, sum) / norm : 0
                if cosine >= threshold, cosine > best?.cosine ?? -1 { best = (cluster, cosine) }
            }
            if let best {
                sums[best.cluster] = zip(sums[best.cluster], row).map { $0 + $1 }
                assigned.append(best.cluster)
            } else {
                sums.append(row)
                assigned.append(sums.count - 1)
            }
        }
        return assigned
    }
}
