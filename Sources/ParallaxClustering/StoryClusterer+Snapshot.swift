import ParallaxAnalysis

/// Saving and restoring a clusterer's whole state, so that a stream can be clustered across runs:
///
/// ```swift
/// var clusterer = StoryClusterer()
/// for article in monday { _ = clusterer.add(article) }
/// let saved = clusterer.snapshot()
/// var resumed = try StoryClusterer(snapshot: saved)
/// for article in tuesday { print(resumed.add(article)) }  // as if one clusterer had seen both days
/// ```
///
/// The binary form (version 3) is little-endian throughout: "PXCS", the version (UInt32) and the total length
/// (UInt64); the parameters; the articles (IDs, events, originals); document frequencies; events and stories
/// (centroid terms in arrival order, days, index terms, the language of the first article); the sum of all
/// articles (terms in arrival order); the event and story indexes, their postings as they stand (they are
/// compacted lazily, so rebuilding them would change later results); then the near-duplicate state. Dictionaries and sets are written in key order: the same state always gives the same bytes. Version 1,
/// written before stories were told apart from the stream, lacks the sum of all articles: it is read as the sum
/// of the stories' centroids, which is what those hold of it. Versions 1 and 2, written before events kept their
/// language, are read with none: a report in another language then joins those events only by their words.
extension StoryClusterer {
    static let snapshotMagic: [UInt8] = Array("PXCS".utf8)
    static let snapshotVersion: UInt32 = 3

    /// How many articles the clusterer has placed (its arrival count).
    public var articleCount: Int { articles }

    /// Every bit of state, in a compact versioned binary form (a magic + version header first).
    public func snapshot() -> [UInt8] {
        var writer = SnapshotWriter(capacity: snapshotCapacity)
        for byte in Self.snapshotMagic { writer.write(byte) }
        writer.write(Self.snapshotVersion)
        writer.write(UInt64(0))  // the length, once known

        Self.write(parameters, to: &writer)

        writer.write(count: articles)
        let ids = articleIDs.map { Array($0.utf8) }
        writer.write(contentsOf: ids.map { UInt32($0.count) })
        for id in ids { writer.write(contentsOf: id) }
        writer.write(contentsOf: eventOfArticle)
        writer.write(contentsOf: rootOfArticle)

        let frequencies = documentFrequency.sorted { $0.key < $1.key }
        writer.write(count: frequencies.count)
        writer.write(contentsOf: frequencies.map(\.key))
        writer.write(contentsOf: frequencies.map(\.value))

        for clusters in [events, stories] {
            writer.write(count: clusters.count)
            for cluster in clusters { Self.write(cluster, to: &writer, live: isLive(cluster)) }
        }
        writer.write(count: stream.count)
        writer.write(contentsOf: stream.terms)
        writer.write(contentsOf: stream.weights)
        for index in [eventIndex, storyIndex] {
            let postings = index.sorted { $0.key < $1.key }
            writer.write(count: postings.count)
            writer.write(contentsOf: postings.map(\.key))
            writer.write(contentsOf: postings.map { UInt32($0.value.count) })
            for (_, clusters) in postings { writer.write(contentsOf: clusters) }
        }
        duplicates.write(to: &writer)

        writer.overwrite(UInt64(writer.bytes.count), at: 8)
        return writer.bytes
    }

    /// Restores a clusterer from `snapshot()`, with the parameters stored in it; throws `ClusteringSnapshotError`
    /// on bytes that are not a whole snapshot this build reads.
    public init(snapshot: [UInt8], stopWords: StopWords = .shipped) throws {
        var reader = SnapshotReader(snapshot)
        guard snapshot.count >= 4, Array(try reader.readBytes(count: 4)) == Self.snapshotMagic else {
            throw ClusteringSnapshotError.notASnapshot
        }
        let version = try reader.read(UInt32.self)
        guard (1...Self.snapshotVersion).contains(version) else {
            throw ClusteringSnapshotError.unknownVersion(found: version, supported: Self.snapshotVersion)
        }
        let length = try reader.read(UInt64.self)
        guard length <= UInt64(snapshot.count) else { throw reader.truncated() }
        guard length == UInt64(snapshot.count) else {
            throw reader.corrupt("\(UInt64(snapshot.count) - length) bytes follow the snapshot's end")
        }

        reader.part = "parameters"
        self.init(parameters: try Self.readParameters(from: &reader), stopWords: stopWords)

        reader.part = "articles"
        let count = try reader.readCount(limit: Int(Int32.max), elementSize: 12)
        let lengths = try reader.read(UInt32.self, count: count)
        articleIDs.reserveCapacity(count)
        for length in lengths { articleIDs.append(String(decoding: try reader.readBytes(count: Int(length)), as: UTF8.self)) }
        eventOfArticle = try reader.read(Int32.self, count: count)
        rootOfArticle = try reader.read(Int32.self, count: count)
        articles = count

        reader.part = "document frequencies"
        let terms = try reader.readCount(elementSize: 12)
        documentFrequency = Dictionary(
            zip(try reader.read(UInt64.self, count: terms), try reader.read(Int32.self, count: terms)), uniquingKeysWith: { $1 })
        guard documentFrequency.count == terms else { throw reader.corrupt("a term repeats") }

        reader.part = "events"
        events = try Self.readClusters(from: &reader, version: version)
        reader.part = "stories"
        stories = try Self.readClusters(from: &reader, version: version)
        reader.part = "stream"
        if version == 1 {
            for story in stories {
                for (term, weight) in zip(story.centroid.terms, story.centroid.weights) { stream.add(weight, to: term) }
            }
            stream.bound(to: Self.streamTerms)
        } else {
            let terms = try reader.readCount(elementSize: 12)
            guard let sum = Centroid(terms: try reader.read(UInt64.self, count: terms), weights: try reader.readFloats(count: terms)) else {
                throw reader.corrupt("a term of the stream repeats")
            }
            guard sum.weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else { throw reader.corrupt("a stream weight is negative or not finite") }
            stream = sum
        }
        reader.part = "event index"
        eventIndex = try Self.readIndex(from: &reader, clusters: events.count)
        reader.part = "story index"
        storyIndex = try Self.readIndex(from: &reader, clusters: stories.count)
        duplicates = try NearDuplicates(from: &reader, articles: articles)
        guard reader.remaining == 0 else { throw reader.corrupt("\(reader.remaining) bytes are left over") }

        reader.part = "articles"
        for (article, event) in eventOfArticle.enumerated() {
            guard event >= 0, Int(event) < events.count else { throw reader.corrupt("article \(article) is in event \(event) of \(events.count)") }
            let root = rootOfArticle[article]
            guard root >= 0, Int(root) <= article else { throw reader.corrupt("article \(article) copies article \(root)") }
        }
        reader.part = "events"
        for event in events where event.story < 0 || event.story >= stories.count {
            throw reader.corrupt("an event is in story \(event.story) of \(stories.count)")
        }
        for cluster in events + stories where cluster.lastArrival > articles {
            throw reader.corrupt("a cluster was joined by article \(cluster.lastArrival) of \(articles)")
        }
    }

    /// Bytes `snapshot()` will take at most, to reserve them.
    private var snapshotCapacity: Int {
        var capacity = 256 + articles * 12 + articleIDs.reduce(0) { $0 + $1.utf8.count } + documentFrequency.count * 12
        for cluster in events + stories {
            capacity += 72 + (cluster.language?.utf8.count ?? 0) + cluster.centroid.count * 12
                + cluster.leadDays.count * 4 + cluster.indexed.count * 8
        }
        for index in [eventIndex, storyIndex] {
            capacity += 8 + index.count * 12 + index.values.reduce(0) { $0 + 4 * $1.count }
        }
        return capacity + 8 + stream.count * 12 + duplicates.snapshotCapacity
    }

    // MARK: Parts

    private static func write(_ parameters: Parameters, to writer: inout SnapshotWriter) {
        for value in [parameters.storyThreshold, parameters.eventThreshold, parameters.specificThreshold,
                      parameters.leadDayOverride, parameters.nameWeight, parameters.numberWeight] {
            writer.write(value)
        }
        for value in [parameters.eventDays, parameters.storyDays, parameters.leadDayTolerance, parameters.indexedTerms,
                      parameters.vectorTerms, parameters.maximumPosting, parameters.recentArrivals, parameters.maximumCandidates] {
            writer.write(Int64(value))
        }
    }

    private static func readParameters(from reader: inout SnapshotReader) throws -> Parameters {
        var parameters = Parameters()
        let floats = try (0..<6).map { _ in try reader.readFloat() }
        let integers = try (0..<8).map { _ in try reader.read(Int64.self) }
        // Bounded so that no arithmetic on days, arrivals or counts can overflow.
        guard floats.allSatisfy(\.isFinite) else { throw reader.corrupt("a threshold or weight is not finite") }
        guard let wrong = integers.first(where: { !(0...Int64(Int32.max)).contains($0) }) else {
            (parameters.storyThreshold, parameters.eventThreshold, parameters.specificThreshold) = (floats[0], floats[1], floats[2])
            (parameters.leadDayOverride, parameters.nameWeight, parameters.numberWeight) = (floats[3], floats[4], floats[5])
            let values = integers.map { Int($0) }
            (parameters.eventDays, parameters.storyDays, parameters.leadDayTolerance) = (values[0], values[1], values[2])
            (parameters.indexedTerms, parameters.vectorTerms, parameters.maximumPosting) = (values[3], values[4], values[5])
            (parameters.recentArrivals, parameters.maximumCandidates) = (values[6], values[7])
            return parameters
        }
        throw reader.corrupt("\(wrong) is not a count of days, terms or arrivals")
    }

    /// A day as an Int32 (every `CalendarDay` fits), Int32.min for none.
    private static let noDay = Int32.min

    /// Whether a cluster can still be joined. One that no article joined within `recentArrivals` is never a
    /// candidate again (arrivals only grow), and one that no article joined within the near-duplicate window is
    /// never joined by a copy (a copy joins its original's event, and originals are looked for in the window):
    /// past both, its centroid, lead days and index terms are never read again and are not saved. At 100,000
    /// articles they are most of the state.
    private func isLive(_ cluster: Cluster) -> Bool {
        articles - cluster.lastArrival <= max(parameters.recentArrivals, NearDuplicates.window)
    }

    private static func write(_ cluster: Cluster, to writer: inout SnapshotWriter, live: Bool) {
        let centroid = live ? cluster.centroid : Centroid()
        writer.write(count: centroid.count)
        writer.write(contentsOf: centroid.terms)
        writer.write(contentsOf: centroid.weights)
        writer.write(cluster.norm)
        writer.write(cluster.specificNorm)
        writer.write(cluster.firstDay.map { Int32(clamping: $0) } ?? noDay)
        writer.write(cluster.lastDay.map { Int32(clamping: $0) } ?? noDay)
        let leadDays = live ? cluster.leadDays.sorted() : []
        writer.write(count: leadDays.count)
        writer.write(contentsOf: leadDays.map { Int32(clamping: $0) })
        writer.write(Int64(cluster.lastArrival))
        writer.write(Int32(cluster.story))
        let indexed = live ? cluster.indexed.sorted() : []
        writer.write(count: indexed.count)
        writer.write(contentsOf: indexed)
        let language = Array((cluster.language ?? "").utf8)
        writer.write(count: language.count)
        writer.write(contentsOf: language)
    }

    private static func readClusters(from reader: inout SnapshotReader, version: UInt32) throws -> [Cluster] {
        let count = try reader.readCount(limit: Int(Int32.max), elementSize: 48)
        var clusters: [Cluster] = []
        clusters.reserveCapacity(count)
        for _ in 0..<count {
            let terms = try reader.readCount(elementSize: 12)
            guard let centroid = Centroid(terms: try reader.read(UInt64.self, count: terms), weights: try reader.readFloats(count: terms)) else {
                throw reader.corrupt("a centroid term repeats")
            }
            let norm = try reader.readFloat(), specificNorm = try reader.readFloat()
            guard (centroid.weights + [norm, specificNorm]).allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw reader.corrupt("a weight or norm is negative or not finite")
            }
            let firstDay = try reader.read(Int32.self), lastDay = try reader.read(Int32.self)
            let leadDays = try reader.read(Int32.self, count: try reader.readCount(elementSize: 4))
            let lastArrival = try reader.read(Int64.self)
            let story = try reader.read(Int32.self)
            let indexed = try reader.read(UInt64.self, count: try reader.readCount(elementSize: 8))
            let language = version >= 3
                ? String(decoding: try reader.readBytes(count: try reader.readCount(elementSize: 1)), as: UTF8.self) : ""
            guard lastArrival >= 0, story >= 0, !leadDays.contains(noDay) else { throw reader.corrupt("a cluster's arrival, story or day is negative") }
            clusters.append(Cluster(
                centroid: centroid, norm: norm, specificNorm: specificNorm,
                firstDay: firstDay == noDay ? nil : Int(firstDay), lastDay: lastDay == noDay ? nil : Int(lastDay),
                leadDays: Set(leadDays.map(Int.init)), lastArrival: Int(lastArrival), story: Int(story), indexed: Set(indexed),
                language: language.isEmpty ? nil : language))
        }
        return clusters
    }

    private static func readIndex(from reader: inout SnapshotReader, clusters: Int) throws -> [UInt64: [Int32]] {
        let count = try reader.readCount(elementSize: 12)
        let keys = try reader.read(UInt64.self, count: count)
        let sizes = try reader.read(UInt32.self, count: count)
        var index: [UInt64: [Int32]] = [:]
        index.reserveCapacity(count)
        for (key, size) in zip(keys, sizes) {
            let posting = try reader.read(Int32.self, count: Int(size))
            guard posting.allSatisfy({ $0 >= 0 && Int($0) < clusters }) else {
                throw reader.corrupt("a posting names a cluster beyond the \(clusters) there are")
            }
            guard index.updateValue(posting, forKey: key) == nil else { throw reader.corrupt("a term repeats") }
        }
        return index
    }
}
