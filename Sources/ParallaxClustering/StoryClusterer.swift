import Foundation
import ParallaxAnalysis
import ParallaxReading

/// Groups articles into stories and events as they arrive, one at a time.
///
/// Each article becomes a TF-IDF vector (IDF counted over the articles seen so far) in which names and numbers are
/// *specific* terms. Candidate events come from an inverted index over each event's strongest generic and
/// specific terms, so a new article is never compared with every stored one. The article joins the closest event
/// when the cosine reaches `eventThreshold`; when both have names or numbers, the cosine of those alone reaches
/// `specificThreshold` (two earthquakes share every word but their places, magnitudes and names); it was published
/// within `eventDays` of the event's articles; and the day its opening paragraphs name is within
/// `leadDayTolerance` of a day the event's articles name (an event is one happening); and, undated, the latest year
/// it names does not begin more than `eventDays` after the event's last dated article. The day rules, the
/// publication window among them, give way when the cosine reaches `leadDayOverride`. A report in another language
/// than the event's first article, which shares its names and numbers but few of its words, joins it when the day
/// rules hold and most of its names and numbers are the event's (`namesAgree`).
///
/// Otherwise it starts an event, and the new event joins the closest story (cosine `storyThreshold`, published
/// within `storyDays` of *all* its articles, so that its span stays within them and it cannot drift on) to which it
/// is closer than to the rest of the stream (every article so far less the story's), over all terms and over
/// names and numbers alone, or starts one. A story that has grown to look like the whole stream (a campaign, every
/// shooting in a city) is as close to a new article as everything else is, so it no longer takes in every
/// article on the subject: it grows only by articles about *it*, and with its central people and places, not
/// with those the stream names everywhere. Near-duplicates (MinHash) join their original's event and name the earliest
/// copy in `duplicateOf`.
///
/// ```swift
/// var clusterer = StoryClusterer()
/// for article in articles { print(clusterer.add(article)) }
/// ```
/// The same articles in the same order always give the same IDs.
public struct StoryClusterer: Sendable {
    public struct Parameters: Sendable {
        public var storyThreshold: Float = 0.08
        public var eventThreshold: Float = 0.16
        public var specificThreshold: Float = 0.1
        /// Days of publication within which an article may join an event.
        public var eventDays = 90
        /// Days of publication a story may span, from its first article to its last.
        public var storyDays = 365
        /// Days by which the day an article's lead names may differ from those of an event's leads.
        public var leadDayTolerance = 1
        /// A cosine at which an article joins an event even though its lead names another day, or it was
        /// published outside `eventDays`: reports this close in wording are one happening told later ("the trial
        /// opened Monday" after "the shooting"). Above the two seeds' cosine, which are two happenings of one story.
        public var leadDayOverride: Float = 0.4
        /// How many of an article's strongest terms look up candidates and are indexed.
        public var indexedTerms = 12
        /// How many terms a vector keeps.
        public var vectorTerms = 80
        /// Terms in more than this many events are too common to look candidates up by.
        public var maximumPosting = 1_000
        /// Clusters no article joined within this many arrivals are no longer candidates: a stream moves on, and
        /// without a bound the cost of each article would grow with everything ever seen.
        public var recentArrivals = 50_000
        /// How many candidate clusters an article is compared with at most.
        public var maximumCandidates = 64
        /// How much a name and a number count beside a word: names and numbers tell two similar events apart.
        public var nameWeight: Float = 3
        public var numberWeight: Float = 3

        public init() {}
    }

    static let centroidTerms = 200
    /// How many terms the sum of all articles keeps (at least): the background a story is told apart from. More
    /// than a cluster's, since the part of it outside one story is what counts.
    static let streamTerms = 1_000

    struct Cluster: Sendable {
        var centroid: Centroid
        var norm: Float
        /// The norm of the centroid's specific terms (names, numbers).
        var specificNorm: Float
        var firstDay: Int?
        var lastDay: Int?
        /// The days the members' leads place the event on.
        var leadDays: Set<Int> = []
        /// The arrival number of the last article that joined.
        var lastArrival = 0
        var story: Int
        var indexed: Set<UInt64>
        /// The language of the first article (ISO 639-1), when known.
        var language: String? = nil
    }

    public let parameters: Parameters
    private let stopWords: StopWordHashes
    // The state below is internal, not private, for StoryClusterer+Snapshot.swift.
    var documentFrequency: [UInt64: Int32] = [:]
    var articles = 0
    var events: [Cluster] = []
    var stories: [Cluster] = []
    var eventIndex: [UInt64: [Int32]] = [:]
    var storyIndex: [UInt64: [Int32]] = [:]
    /// The sum of every article's vector: the stream a story must stand out from.
    var stream = Centroid()
    var duplicates = NearDuplicates()
    var eventOfArticle: [Int32] = []
    var rootOfArticle: [Int32] = []
    var articleIDs: [String] = []
    /// Scratch space for looking candidates up (not state: a snapshot leaves it out).
    var candidateCounts = CandidateCounts()

    public init(parameters: Parameters = Parameters(), stopWords: StopWords = .shipped) {
        self.parameters = parameters
        self.stopWords = StopWordHashes(stopWords)
    }

    public var eventCount: Int { events.count }
    public var storyCount: Int { stories.count }

    /// Places one article and returns where it went.
    public mutating func add(_ article: Article) -> ClusterAssignment {
        add(preparer.prepare(article))
    }

    /// Prepares articles as this clusterer would, on any thread (`PreparedArticle`).
    public var preparer: ArticlePreparer {
        ArticlePreparer(
            stopWords: stopWords,
            weights: .init(name: parameters.nameWeight, number: parameters.numberWeight, title: 2))
    }

    /// Places one article prepared by `preparer` and returns where it went.
    public mutating func add(_ prepared: PreparedArticle) -> ClusterAssignment {
        let features = prepared.features
        let index = articles
        articles += 1
        articleIDs.append(prepared.id)
        for term in features.terms.keys { documentFrequency[term, default: 0] += 1 }
        let vector = weighted(features.terms)
        let keys = keyTerms(vector)

        let event: Int
        var duplicateOf: String?
        if let original = duplicates.add(signature: prepared.signature, index: index) {
            let root = Int(rootOfArticle[original])
            duplicateOf = articleIDs[root]
            rootOfArticle.append(Int32(root))
            event = Int(eventOfArticle[original])
        } else {
            rootOfArticle.append(Int32(index))
            let latestYear = features.day == nil ? features.latestYear : nil
            if let existing = bestEvent(for: vector, keyTerms: knownKeyTerms(vector), day: features.day, leadDay: features.leadDay,
                                        latestYear: latestYear, language: features.language) {
                event = existing
            } else {
                event = newEvent(in: bestStory(for: vector, keyTerms: keys, day: features.day) ?? newStory(), language: features.language)
            }
        }
        join(event, vector: vector, keyTerms: keys, day: features.day)
        if let leadDay = features.leadDay { events[event].leadDays.insert(leadDay) }
        eventOfArticle.append(Int32(event))
        return ClusterAssignment(article: prepared.id, story: "s\(events[event].story + 1)", event: "e\(event + 1)",
                                 duplicateOf: duplicateOf)
    }

    // MARK: Vectors

    /// Log-scaled TF times IDF, the strongest `vectorTerms` kept, unit length.
    private func weighted(_ terms: [UInt64: Float]) -> [(UInt64, Float)] {
        let count = Float(articles)
        var vector = terms.map { term, frequency -> (UInt64, Float) in
            let df = Float(documentFrequency[term] ?? 1)
            return (term, (1 + log(frequency)) * (log((count + 1) / df) + 1))
        }
        vector.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        if vector.count > parameters.vectorTerms { vector.removeLast(vector.count - parameters.vectorTerms) }
        let norm = vector.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        return norm > 0 ? vector.map { ($0.0, $0.1 / norm) } : vector
    }

    /// Cosines of an article's vector with a cluster's centroid: over all terms, and over the specific terms
    /// alone (nil when either side has none).
    private static func cosines(_ vector: ArticleVector, _ cluster: Cluster) -> (all: Float, specific: Float?) {
        vector.cosines(with: cluster.centroid, norm: cluster.norm, specificNorm: cluster.specificNorm)
    }

    /// The terms that look candidates up and are indexed: the strongest generic terms and the strongest specific
    /// ones, so that a story is found by its themes even when the people in it differ.
    private func keyTerms(_ vector: [(UInt64, Float)]) -> [(UInt64, Float)] {
        Array(vector.lazy.filter { !ArticleFeatures.isSpecific($0.0) }.prefix(parameters.indexedTerms))
            + vector.lazy.filter { ArticleFeatures.isSpecific($0.0) }.prefix(parameters.indexedTerms / 2)
    }

    /// Whether another article than the latest also has the term.
    private func isKnown(_ term: UInt64) -> Bool {
        documentFrequency[term, default: 0] > 1
    }

    /// The key terms among those another article also has, which events are looked up by: a term only this
    /// article has is in no posting, and a report in another language has many (its words, and its nouns taken for
    /// names), which would crowd out the names it shares with its event. Stories are still looked up by
    /// `keyTerms`: looked up by more of the terms the stream shares, they chain again (the largest PolNeAR story
    /// 70 → 190 articles).
    private func knownKeyTerms(_ vector: [(UInt64, Float)]) -> [(UInt64, Float)] {
        keyTerms(vector.filter { isKnown($0.0) })
    }

    /// Clusters sharing a key term with the vector and joined within `recentArrivals`. Postings are compacted
    /// as they are read, dropping clusters that have gone quiet, so that they stay short in a long stream.
    ///
    /// Only clusters the article may join by date (`admits`) are counted: otherwise, in a long stream, the same
    /// kind of happening in other years (the same words, other days) fills the candidate list and leaves out the
    /// one event the article belongs to.
    private static func candidates(
        _ terms: [(UInt64, Float)], in index: inout [UInt64: [Int32]], clusters: [Cluster], now: Int, parameters: Parameters,
        counts: inout CandidateCounts, admits: (Cluster) -> Bool
    ) -> [Int] {
        for (term, _) in terms {
            guard let count = index[term]?.count else { continue }
            if count > parameters.maximumPosting / 2 {
                // In place: a copy of a long posting for every article that reads it would cost more than the scan.
                index[term]!.removeAll { now - clusters[Int($0)].lastArrival > parameters.recentArrivals }
            }
            guard let posting = index[term], posting.count <= parameters.maximumPosting else { continue }
            for cluster in posting where now - clusters[Int(cluster)].lastArrival <= parameters.recentArrivals {
                counts.count(cluster) { admits(clusters[Int(cluster)]) }
            }
        }
        // The clusters sharing the most key terms, the most recent first among equals: the cost of an article
        // stays the same however many clusters share a common term.
        return counts.take(parameters.maximumCandidates)
    }

    /// Whether a story that takes an article of `day` still spans at most `window` days: a story is bounded in
    /// time by its first article, not only by its last, or a chain of articles a few months apart would carry it on
    /// for ever.
    private static func spanAgrees(_ day: Int?, _ cluster: Cluster, window: Int) -> Bool {
        guard let day, let first = cluster.firstDay, let last = cluster.lastDay else { return true }
        return day >= last - window && day <= first + window
    }

    private static func daysAgree(_ day: Int?, _ cluster: Cluster, window: Int) -> Bool {
        guard let day, let first = cluster.firstDay, let last = cluster.lastDay else { return true }
        return day >= first - window && day <= last + window
    }

    private mutating func bestStory(for vector: [(UInt64, Float)], keyTerms: [(UInt64, Float)], day: Int?) -> Int? {
        let window = parameters.storyDays
        let found = Self.candidates(keyTerms, in: &storyIndex, clusters: stories, now: articles, parameters: parameters,
                                     counts: &candidateCounts) {
            Self.spanAgrees(day, $0, window: window)
        }
        let query = ArticleVector(vector)
        var passing: [(story: Int, score: Float, specific: Float?)] = []
        for story in found {
            let (score, specific) = Self.cosines(query, stories[story])
            if score >= parameters.storyThreshold { passing.append((story, score, specific)) }
        }
        // The closest first (the earliest among equals), so that the stream is compared with one story or few.
        passing.sort { $0.score > $1.score || ($0.score == $1.score && $0.story < $1.story) }
        guard !passing.isEmpty else { return nil }
        let squares = stream.squaredNorms
        for (story, score, specific) in passing {
            // Closer to the story as a whole than to everything else seen: not only to one of its members, nor to
            // the subject the whole stream shares.
            let rest = query.cosines(withDifference: stream, squares: squares, less: stories[story].centroid)
            if score >= rest.all, specific.flatMap({ specific in rest.specific.map { specific < $0 } }) != true { return story }
        }
        return nil
    }

    /// An event is one happening: an article whose lead places it on a day none of the event's leads is near
    /// ("Gates in Moscow on Tuesday" against "Medvedev called Obama on Thursday") is another event.
    private func leadDaysAgree(_ leadDay: Int?, _ cluster: Cluster) -> Bool {
        guard let leadDay, !cluster.leadDays.isEmpty else { return true }
        return cluster.leadDays.contains { abs($0 - leadDay) <= parameters.leadDayTolerance }
    }

    /// An undated article was published on 1 January of the latest year it names or later: when that is past
    /// `eventDays` after the event's last dated article, it reports another happening (the ram-raid of 2013
    /// named beside a heist whose reports are all of 2008).
    private func yearsAgree(_ latestYear: Int?, _ cluster: Cluster) -> Bool {
        guard let latestYear, let last = cluster.lastDay,
              let earliest = CalendarDay(year: latestYear, month: 1, day: 1)?.dayNumber else { return true }
        return earliest <= last + parameters.eventDays
    }

    private mutating func bestEvent(
        for vector: [(UInt64, Float)], keyTerms terms: [(UInt64, Float)], day: Int?, leadDay: Int?, latestYear: Int?,
        language: String?
    ) -> Int? {
        var best: (event: Int, score: Float)?
        let window = parameters.eventDays
        let found = Self.candidates(terms, in: &eventIndex, clusters: events, now: articles, parameters: parameters,
                                     counts: &candidateCounts) {
            Self.daysAgree(day, $0, window: window)
        }
        let query = ArticleVector(vector)
        for event in found {
            let (score, specific) = Self.cosines(query, events[event])
            let dayRulesHold = leadDaysAgree(leadDay, events[event]) && yearsAgree(latestYear, events[event])
            if score >= parameters.leadDayOverride || dayRulesHold,
               score >= parameters.eventThreshold, specific.map({ $0 >= parameters.specificThreshold }) ?? true {
                if score > best?.score ?? 0 { best = (event, score) }
            } else if let language, let other = events[event].language, language != other, dayRulesHold, let specific,
                      namesAgree(vector, events[event].centroid) {
                // A report in another language shares few words with the event, but its names and numbers.
                if specific > best?.score ?? 0 { best = (event, specific) }
            }
        }
        return best?.event ?? day.flatMap { lateEvent(for: query, keyTerms: terms, day: $0) }
    }

    /// The closest event published outside `eventDays` whose cosine reaches `leadDayOverride`, over all terms and
    /// over names and numbers alone, when no event within them takes the article: like the lead's day, the
    /// publication day gives way to reports this close. A report published long after retells the happening it
    /// follows up ("convicted of the June 2005 murder" two years on) with its people and places; another happening
    /// of the same kind in another year shares the words but not the names, which the window kept out. Looked up
    /// only for a dated article that would start an event (an undated one was compared with events of any day),
    /// so the common path costs nothing more.
    private mutating func lateEvent(for query: ArticleVector, keyTerms: [(UInt64, Float)], day: Int) -> Int? {
        var best: (event: Int, score: Float)?
        let window = parameters.eventDays
        // Looked up by names and numbers alone, which must agree anyway, among the events the window left out.
        let names = keyTerms.filter { ArticleFeatures.isSpecific($0.0) }
        let late = Self.candidates(names, in: &eventIndex, clusters: events, now: articles, parameters: parameters,
                                    counts: &candidateCounts) {
            !Self.daysAgree(day, $0, window: window)
        }
        for event in late {
            let (score, specific) = Self.cosines(query, events[event])
            guard score >= parameters.leadDayOverride, let specific, specific >= parameters.leadDayOverride else { continue }
            if score > best?.score ?? 0 { best = (event, score) }
        }
        return best?.event
    }

    private mutating func join(_ event: Int, vector: [(UInt64, Float)], keyTerms: [(UInt64, Float)], day: Int?) {
        Self.add(vector, day: day, arrival: articles, to: &events[event])
        Self.index(keyTerms, cluster: event, in: &eventIndex, indexed: &events[event].indexed)
        let story = events[event].story
        Self.add(vector, day: day, arrival: articles, to: &stories[story])
        for (term, weight) in vector { stream.add(weight, to: term) }
        stream.bound(to: Self.streamTerms)
        Self.index(keyTerms, cluster: story, in: &storyIndex, indexed: &stories[story].indexed)
    }

    private mutating func newStory() -> Int {
        stories.append(Cluster(centroid: Centroid(), norm: 0, specificNorm: 0, firstDay: nil, lastDay: nil, story: stories.count, indexed: []))
        return stories.count - 1
    }

    /// Whether a report in another language than an event's carries the event's names and numbers: at least two
    /// of them, and at least half its own (by squared weight), counting only those some other article also has. Its
    /// words are of its language and meet none of the event's; a name or number no other article has is as likely
    /// a noun of its language ("Buchhaltungsfirma") as a name the event lacks, and tells nothing.
    private func namesAgree(_ vector: [(UInt64, Float)], _ centroid: Centroid) -> Bool {
        var total: Float = 0, found: Float = 0, terms = 0
        for (term, weight) in vector where ArticleFeatures.isSpecific(term) && isKnown(term) {
            total += weight * weight
            if centroid[term] != nil {
                found += weight * weight
                terms += 1
            }
        }
        return terms >= 2 && found >= total / 2
    }

    private mutating func newEvent(in story: Int, language: String?) -> Int {
        events.append(Cluster(centroid: Centroid(), norm: 0, specificNorm: 0, firstDay: nil, lastDay: nil, story: story, indexed: [],
                              language: language))
        return events.count - 1
    }

    /// Adds a member's vector to a centroid (the sum of member vectors) and widens its days. A centroid keeps
    /// its strongest `centroidTerms` terms, so that big clusters cost no more to compare than small ones.
    private static func add(_ vector: [(UInt64, Float)], day: Int?, arrival: Int, to cluster: inout Cluster) {
        cluster.lastArrival = arrival
        for (term, weight) in vector { cluster.centroid.add(weight, to: term) }
        cluster.centroid.bound(to: centroidTerms)
        (cluster.norm, cluster.specificNorm) = cluster.centroid.norms
        if let day {
            cluster.firstDay = min(cluster.firstDay ?? day, day)
            cluster.lastDay = max(cluster.lastDay ?? day, day)
        }
    }

    private static func index(
        _ terms: [(UInt64, Float)], cluster: Int, in index: inout [UInt64: [Int32]], indexed: inout Set<UInt64>
    ) {
        for (term, _) in terms where indexed.insert(term).inserted {
            index[term, default: []].append(Int32(cluster))
        }
    }
}
