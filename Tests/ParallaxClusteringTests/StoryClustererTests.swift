import Foundation
import Testing
import ParallaxReading
@testable import ParallaxClustering

@Suite("Online story and event clustering")
struct StoryClustererTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seeds").path

    static func seedArticles() -> [Article] {
        var articles: [Article] = []
        ArticleReader().read(paths: [seeds]) { if case .success(let article) = $0 { articles.append(article) } }
        return articles
    }

    /// The AP seed retold: every other paragraph, lead first; not a copy, but the same report in substance.
    static func retelling(id: String) throws -> (original: Article, retelling: Article) {
        let original = try #require(seedArticles().last)
        var retelling = original
        retelling.id = id
        retelling.text = original.text.components(separatedBy: "\n\n").enumerated().filter { $0.offset % 2 == 0 }
            .map(\.element).joined(separator: "\n\n")
        return (original, retelling)
    }

    /// AFP covers the 24 March call, AP the 22 March visit: one story, two events.
    @Test func theSeedsAreOneStoryInTwoEvents() {
        var clusterer = StoryClusterer()
        let assignments = Self.seedArticles().map { clusterer.add($0) }
        #expect(assignments.count == 2)
        #expect(assignments[0].story == assignments[1].story)
        #expect(assignments[0].event != assignments[1].event)
        #expect(assignments.allSatisfy { $0.duplicateOf == nil })
    }

    /// A later report telling the same happening in much the same words joins its event even though its lead
    /// names another day; without the override, the day alone would split it off.
    @Test func aCloseRetellingOnAnotherDayJoinsItsEvent() throws {
        var (original, retelling) = try Self.retelling(id: "retelling")
        // Its day now Saturday.
        retelling.date = try #require(CalendarDay(year: 2011, month: 3, day: 26))
        retelling.text = retelling.text.replacingOccurrences(of: "on Tuesday", with: "on Saturday")
        var closeEnough = StoryClusterer()
        let first = closeEnough.add(original)
        let joined = closeEnough.add(retelling)
        #expect(joined.duplicateOf == nil)
        #expect(joined.event == first.event)

        var parameters = StoryClusterer.Parameters()
        parameters.leadDayOverride = 2
        var dayDecides = StoryClusterer(parameters: parameters)
        #expect(dayDecides.add(original).event != dayDecides.add(retelling).event)
    }

    /// A report published long after the event's reports, telling it in much the same words (a follow-up that
    /// retells the happening), joins it; with other names and figures, or at a cosine below the override, the
    /// publication window keeps it apart.
    @Test func aCloseRetellingPublishedLongAfterJoinsItsEvent() throws {
        var (original, retelling) = try Self.retelling(id: "retelling-a-year-on")
        retelling.date = try #require(CalendarDay(year: 2012, month: 3, day: 22))
        var closeEnough = StoryClusterer()
        let first = closeEnough.add(original)
        let joined = closeEnough.add(retelling)
        #expect(joined.duplicateOf == nil)
        #expect(joined.event == first.event)

        // The same words with other names and figures, a year on: another happening of the same kind.
        var another = retelling
        another.id = "another-happening-a-year-on"
        another.text = SyntheticStream.rewriting(retelling.text, round: 1, prefix: SyntheticStream.syllables(1))
        another.title = retelling.title.map { SyntheticStream.rewriting($0, round: 1, prefix: SyntheticStream.syllables(1)) }
        var namesDecide = StoryClusterer()
        #expect(namesDecide.add(original).event != namesDecide.add(another).event)

        var parameters = StoryClusterer.Parameters()
        parameters.leadDayOverride = 2
        var windowDecides = StoryClusterer(parameters: parameters)
        #expect(windowDecides.add(original).event != windowDecides.add(retelling).event)
    }

    /// An undated report naming a year that begins more than `eventDays` after the event's last dated report was
    /// written later, so it tells another happening; naming the event's own year, it joins. (The override by
    /// cosine is lifted, so that only the year decides.)
    @Test func anUndatedReportNamingALaterYearStartsAnotherEvent() throws {
        let (original, retold) = try Self.retelling(id: "retelling")
        #expect(original.date == CalendarDay(year: 2011, month: 3, day: 22))
        func retelling(naming year: Int) -> Article {
            var article = retold
            article.id = "retelling-\(year)"
            article.date = nil
            article.text += "\n\nThe talks are to resume in January \(year)."
            return article
        }
        var parameters = StoryClusterer.Parameters()
        parameters.leadDayOverride = 2
        for (year, joins) in [(2011, true), (2012, false)] {
            var clusterer = StoryClusterer(parameters: parameters)
            let first = clusterer.add(original)
            let later = clusterer.add(retelling(naming: year))
            #expect(later.duplicateOf == nil)
            #expect((later.event == first.event) == joins, "naming \(year)")
        }
    }

    @Test func aLightlyEditedWireCopyIsADuplicateOfTheFirst() throws {
        let original = try #require(Self.seedArticles().last)
        var edited = original
        edited.id = "copy-on-another-site"
        edited.text = original.text.replacingOccurrences(of: "Mr. Gates", with: "Gates")
            .replacingOccurrences(of: "Click to Read More", with: "") + "\n\nCopyright 2011 The Associated Press."
        var unrelated = original
        unrelated.id = "unrelated"
        unrelated.title = "Council approves road works"
        unrelated.text = "The city council voted on Tuesday to repave Main Street and to open two new libraries next spring, "
            + "the mayor said, after a long debate about the budget and the parking fees that will pay for the work."
        var clusterer = StoryClusterer()
        let first = clusterer.add(original)
        let copy = clusterer.add(edited)
        let other = clusterer.add(unrelated)
        #expect(copy.duplicateOf == original.id)
        #expect(copy.event == first.event)
        #expect(other.duplicateOf == nil)
        #expect(other.story != first.story)
    }

    static let campaign = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/data/polnear/dev.jsonl").standardized.path

    /// PolNeAR: 924 articles of the 2016 US campaign, all sharing its people and words. A story that took in
    /// whatever was close to it grew into "the campaign" (253 articles, 27% of them, before a story had to stand
    /// out from the rest of the stream); each story must now be a part of the campaign, not the whole.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: campaign), "needs ../shared/data/polnear/dev.jsonl"))
    func aStreamOnOneSubjectDoesNotChainIntoOneStory() {
        var articles: [Article] = []
        ArticleReader().read(paths: [Self.campaign]) { if case .success(let article) = $0 { articles.append(article) } }
        #expect(articles.count == 924)
        var clusterer = StoryClusterer()
        var sizes: [String: Int] = [:]
        for article in articles { sizes[clusterer.add(article).story, default: 0] += 1 }
        let largest = sizes.values.max() ?? 0
        #expect(largest * 10 < articles.count, "the largest story holds \(largest) of \(articles.count) articles")
        // Still stories, not one per article: most articles share theirs with others.
        #expect(sizes.values.filter { $0 > 1 }.reduce(0, +) * 2 > articles.count)
    }

    @Test func theSameInputGivesTheSameIDs() {
        let articles = Self.seedArticles()
        var first = StoryClusterer(), second = StoryClusterer()
        #expect(articles.map { first.add($0) } == articles.map { second.add($0) })
    }

    @Test func minHashEstimatesSimilarity() throws {
        let shingles = (0..<200).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        var index = NearDuplicates()
        #expect(index.add(signature: NearDuplicates.signature(shingles), index: 0) == nil)
        // 90% of the shingles shared: a copy; a disjoint set: not.
        #expect(index.add(signature: NearDuplicates.signature(Array(shingles.prefix(180)) + (1000..<1020).map(UInt64.init)), index: 1) == 0)
        #expect(index.add(signature: NearDuplicates.signature((5000..<5200).map(UInt64.init)), index: 2) == nil)
    }
}
