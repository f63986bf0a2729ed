import Foundation
import GRDB
import Testing
import ParallaxClustering
import ParallaxReading
@testable import ParallaxStorage

/// What every `Store` must do, run against each kind of store (`StoreKind`).
@Suite("Store conformance: adding, identity, copies, listing, search")
struct StoreConformanceTests {

    static func article(_ id: String, url: String? = nil, text: String? = nil, date: String? = nil, outlet: String? = nil) -> Article {
        Article(id: id, text: text ?? "Report \(id): " + String(repeating: "words about \(id) ", count: 12),
                title: "Title of \(id)", date: date.flatMap { CalendarDay(iso8601: $0) }, url: url, outlet: outlet)
    }

    @Test(arguments: StoreKind.allCases)
    func theSeedsAreStoredOnceInOneStoryOfTwoEvents(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let sample = TestArticles.incoming(TestArticles.sample())
        #expect(try await store.changeMark() == nil)
        let first = try await store.add(sample, clusterer: try await store.clusterer())
        #expect(first.map(\.status) == [.new, .new, .new])
        // The change mark moves with every write of articles, and only then.
        let mark = try #require(try await store.changeMark())
        let afp = try #require(first.first { $0.id.hasPrefix("000_") })
        let ap = try #require(first.first { $0.id.hasPrefix("001_") })
        let french = try #require(first.first { $0.id.hasPrefix("quotidien") })
        #expect(afp.story == ap.story)
        #expect(afp.event != ap.event)
        #expect(french.event == afp.event)  // AFP's report, in French

        let again = try await store.add(sample, clusterer: try await store.clusterer())
        #expect(again.allSatisfy { $0.status == .alreadyStored })
        #expect(again.map(\.story) == first.map(\.story))
        #expect(again.map(\.event) == first.map(\.event))
        let statistics = try await store.statistics()
        #expect(statistics.articles == 3)
        #expect(try await store.changeMark() == mark)

        let story = try #require(try await store.story(id: afp.story))
        #expect(story.articleCount == 3)
        #expect(story.eventCount == 2)
        #expect(Set(story.outlets) == ["AFP", "AP", "www.example-quotidien.fr"])
        #expect(story.firstDate?.description == "2011-03-22")
        #expect(story.lastDate?.description == "2011-03-25")
        let events = try await store.events(inStory: afp.story)
        #expect(events.map(\.id) == [ap.event, afp.event])  // oldest first: AP's 22 March, AFP's 25 March
        _ = try await store.add(TestArticles.incoming([Self.article("later")]), clusterer: try await store.clusterer())
        #expect(try await store.changeMark().map { $0 > mark } == true)
    }

    @Test(arguments: StoreKind.allCases)
    func anArticleIsKnownByItsCanonicalURLUnderAnotherID(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let clusterer = try await store.clusterer()
        _ = try await store.add(TestArticles.incoming([Self.article("a", url: "https://www.example.com/x?id=3")]), clusterer: clusterer)
        let outcomes = try await store.add(
            TestArticles.incoming([Self.article("b", url: "http://EXAMPLE.com/x?id=3&utm_source=feed#top"),
                                   Self.article("c", url: "https://example.com/x?id=4")]),
            clusterer: clusterer)
        #expect(outcomes[0].status == .alreadyStored)
        #expect(outcomes[0].storedID == "a")
        #expect(outcomes[1].status == .new)
        #expect(try await store.statistics().articles == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func theSameTextUnderAnotherIdentityIsACopyOfTheEarliest(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let text = String(repeating: "The ministers agreed on a ceasefire that starts at noon on Friday. ", count: 4)
        let outcomes = try await store.add(
            TestArticles.incoming([Self.article("wire", text: text, outlet: "AP"), Self.article("paper", text: text, outlet: "Daily"),
                                   Self.article("site", text: text.uppercased(), outlet: "Site")]),
            clusterer: try await store.clusterer())
        #expect(outcomes.map(\.status) == [.new, .copy, .copy])
        #expect(outcomes.map(\.duplicateOf) == [nil, "wire", "wire"])
        #expect(Set(outcomes.map(\.event)).count == 1)
        #expect(try await store.copies(of: "wire").map(\.id) == ["paper", "site"])
        #expect(try await store.statistics().copies == 2)
    }

    @Test(arguments: StoreKind.allCases)
    func storiesAreListedNewestFirstAndFiltered(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        // The sample is one story; an unrelated report of the day before the seeds is another, older one.
        let older = Self.article("older", date: "2011-03-21", outlet: "Gazette")
        _ = try await store.add(TestArticles.incoming(TestArticles.sample() + [older]), clusterer: try await store.clusterer())
        let all = try await store.stories(StoryQuery())
        #expect(all.count == 2)
        #expect(all.first?.lastDate?.description == "2011-03-25")
        #expect(all.last?.outlets == ["Gazette"])
        let ap = try await store.stories(StoryQuery(filter: ArticleFilter(outlet: "AP")))
        #expect(ap.count == 1)
        #expect(ap.first?.outlets.contains("AP") == true)
        #expect(try await store.stories(StoryQuery(filter: ArticleFilter(entity: "Robert Gates"))).count == 1)
        #expect(try await store.stories(StoryQuery(filter: ArticleFilter(entity: "Gates Robert"))).isEmpty)
        #expect(try await store.stories(StoryQuery(filter: ArticleFilter(since: CalendarDay(iso8601: "2011-04-01")))).isEmpty)
        #expect(try await store.stories(StoryQuery(filter: ArticleFilter(until: CalendarDay(iso8601: "2011-03-21")))).count == 1)
        #expect(try await store.stories(StoryQuery(filter: ArticleFilter(since: CalendarDay(iso8601: "2011-03-22")))).count == 1)
        #expect(try await store.stories(StoryQuery(limit: 1)).count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func searchRanksHighlightsAndFilters(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await store.add(TestArticles.incoming(TestArticles.sample()), clusterer: try await store.clusterer())
        let hits = try await store.search(SearchQuery(text: "Serdyukov cease-fire"))
        #expect(hits.map(\.article.id).first?.hasPrefix("001_") == true)
        let highlighted = hits.first.map { $0.snippet.filter(\.highlighted).map { $0.text.lowercased() } } ?? []
        #expect(!highlighted.isEmpty)
        #expect(Set(highlighted).isSubset(of: ["serdyukov", "cease", "fire"]))
        // English forms meet (stemming), accents and case do not count.
        #expect(try await store.search(SearchQuery(text: "CASUALTY")).count >= 2)
        let afp = try await store.search(SearchQuery(text: "Gates", filter: ArticleFilter(outlet: "AFP")))
        #expect(afp.map { $0.article.article.outlet ?? $0.article.article.agency } == ["AFP"])
    }

    @Test(arguments: StoreKind.allCases)
    func searchTextIsNeverSyntax(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        _ = try await store.add(TestArticles.incoming(TestArticles.sample()), clusterer: try await store.clusterer())
        for hostile in ["\"", "NEAR(", "*", "AND OR NOT", "'; DROP TABLE article; --", "title:x", "^", "\u{0}", ""] {
            _ = try await store.search(SearchQuery(text: hostile))
            _ = try await store.stories(StoryQuery(filter: ArticleFilter(entity: hostile, query: hostile)))
        }
        #expect(try await store.statistics().articles == 3)
    }

    @Test(arguments: StoreKind.allCases)
    func exportPagesThroughEveryArticleInArrivalOrder(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let articles = (1...25).map { Self.article("a\($0)", date: "2020-01-\(String(format: "%02d", $0))") }
        _ = try await store.add(TestArticles.incoming(articles), clusterer: try await store.clusterer())
        var seen: [String] = []
        var after = 0
        while true {
            let page = try await store.articles(matching: ArticleFilter(), after: after, limit: 10)
            guard let last = page.last else { break }
            seen += page.map(\.id)
            after = last.arrival
        }
        #expect(seen == articles.map(\.id))
        let late = try await store.articles(matching: ArticleFilter(since: CalendarDay(iso8601: "2020-01-20")), after: 0, limit: 100)
        #expect(late.map(\.id) == (20...25).map { "a\($0)" })
    }

    @Test(arguments: StoreKind.allCases)
    func aStoredArticleComesBackAsItWasRead(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        var article = Self.article("full", url: "https://example.com/full", date: "2011-03-22", outlet: "Example")
        article.agency = "AP"
        article.dateline = "MOSCOW"
        article.byline = "By A. Reporter"
        article.language = "en"
        article.time = "14:05:00Z"
        _ = try await store.add(TestArticles.incoming([article]), clusterer: try await store.clusterer())
        let stored = try #require(try await store.article(id: "full"))
        #expect(stored.article == article)
        #expect(stored.canonicalURL == "https://example.com/full")
        #expect(stored.contentHash != nil)
        #expect(stored.arrival == 1)
    }
}
