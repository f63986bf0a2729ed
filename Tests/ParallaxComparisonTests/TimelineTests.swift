import Testing
import ParallaxReading
@testable import ParallaxComparison

@Suite("Timeline dates")
struct TimelineTests {
    @Test func futureMeetingsAreDatedForwardAndPastOnesBack() {
        // Friday 25 March 2011: the meeting "will" happen on the coming Wednesday; the talks "were held" on the
        // Wednesday before.
        let friday = CalendarDay(year: 2011, month: 3, day: 25)
        let articles = [
            Article(id: "a", text: """
                The foreign ministers of France and Germany will meet in Brussels on Wednesday to discuss the sanctions. \
                Earlier talks between the two governments were held in Paris on Wednesday, officials said.
                """, date: friday, outlet: "a.example", language: "en"),
            Article(id: "b", text: """
                France and Germany's foreign ministers will meet on Wednesday in Brussels to discuss new sanctions, \
                a spokesman said.
                """, date: friday, outlet: "b.example", language: "en"),
        ]
        let timeline = Comparison().compare(articles).timeline
        let meeting = timeline.first { $0.description.text.contains("will meet") }
        #expect(meeting?.date == CalendarDay(year: 2011, month: 3, day: 30))
        let talks = timeline.first { $0.description.text.contains("were held") }
        #expect(talks?.date == CalendarDay(year: 2011, month: 3, day: 23))
    }
}

@Suite("Reported first")
struct ReportedFirstTests {
    @Test func timesOfTheSameDayDecideToTheMinuteAcrossZones() {
        let day = CalendarDay(year: 2011, month: 3, day: 22)!
        func article(_ id: String, _ time: String?) -> Article {
            var article = Article(id: id, text: "Robert Gates arrived in Moscow on Tuesday, officials said.", date: day,
                                  outlet: "\(id).example", language: "en")
            article.time = time
            return article
        }
        // 09:30 in New York (UTC-4 in March) is 13:30 UTC, after 12:05 UTC; 14:20+01:00 is 13:20 UTC.
        let report = Comparison().compare([
            article("ny", "09:30:00-04:00"), article("london", "12:05:00Z"), article("paris", "14:20:00+01:00"),
        ])
        #expect(report.sources.filter(\.isFirst).map(\.outlet) == ["london.example"])
        #expect(report.sources.first { $0.outlet == "ny.example" }?.time == "09:30:00-04:00")
        #expect(PublicationMoment.utcMinute(day: day, time: "09:30:00-04:00") == PublicationMoment.utcMinute(day: day, time: "13:30Z"))
    }

    @Test func aSourceWithoutATimeCannotBeOrderedWithinItsDay() {
        let day = CalendarDay(year: 2011, month: 3, day: 22)!
        var timed = Article(id: "t", text: "Robert Gates arrived in Moscow.", date: day, outlet: "t.example", language: "en")
        timed.time = "08:00:00Z"
        let untimed = Article(id: "u", text: "Robert Gates arrived in Moscow.", date: day, outlet: "u.example", language: "en")
        let later = Article(id: "l", text: "Robert Gates arrived in Moscow.", date: day.adding(days: 1), outlet: "l.example", language: "en")
        let firsts = Comparison().compare([timed, untimed, later]).sources.filter(\.isFirst).map(\.outlet)
        #expect(firsts == ["t.example", "u.example"])
    }
}
