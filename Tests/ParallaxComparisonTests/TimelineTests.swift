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
