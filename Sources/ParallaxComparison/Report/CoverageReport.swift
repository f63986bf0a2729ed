import ParallaxAnalysis
import ParallaxReading

/// How a set of articles covers one story: who reported it and when, who is in it, who said what, what the
/// sources agree on, what each adds, where their figures or dates disagree, what happened when, and a summary.
public struct CoverageReport: Sendable {
    public struct Source: Sendable {
        public var article: String
        /// The name the report uses for the source: the outlet, else the agency, else the article ID.
        public var outlet: String
        public var agency: String?
        /// True when the outlet is the agency itself or no agency is named; false for wire copy run by another outlet.
        public var ownReporting: Bool
        public var language: String?
        public var date: CalendarDay?
        /// The time of publication on `date` when the source gives one ("14:05:00Z").
        public var time: String?
        public var dateline: String?
        public var title: String?
        /// Where the article was published, as given (any scheme: a page links it only when http or https).
        public var url: String?
        /// Whether no other source was published earlier: an earlier day, or on the same day an earlier minute
        /// where both give a time.
        public var isFirst: Bool
    }

    /// A sentence of one source.
    public struct Statement: Sendable {
        public var outlet: String
        public var article: String
        public var text: String
        public var start: Int
        public var end: Int
    }

    /// One fact and the sentences that state it.
    public struct Fact: Sendable {
        public var statements: [Statement]
        /// The sources that state it, in source order.
        public var outlets: [String]
    }

    /// A phrase several sources use ("missile defense shield"), with each source's most central sentence using it:
    /// what the sources all discuss, even where their sentences do not state the same fact.
    public struct Topic: Sendable {
        public var phrase: String
        public var outlets: [String]
        public var statements: [Statement]
    }

    public struct OutletFacts: Sendable {
        public var outlet: String
        /// What only this source reports, most central first.
        public var facts: [Statement]
    }

    public struct Conflict: Sendable {
        public enum Kind: String, Sendable {
            case figure, date
        }

        public struct Value: Sendable {
            public var outlet: String
            /// As written: "at least 40 civilians", "Wednesday".
            public var value: String
            public var statement: Statement
        }

        public var kind: Kind
        /// What the values are about: "civilians", or the fact's shared words for dates.
        public var about: String
        public var values: [Value]
    }

    public struct TimelineEvent: Sendable {
        public var date: CalendarDay
        /// The most central sentence that mentions the day.
        public var description: Statement
        public var outlets: [String]
    }

    public struct SummarySentence: Sendable {
        public var statement: Statement
        /// Every source that states the fact.
        public var outlets: [String]
    }

    public var sources: [Source]
    public var roster: [Roster.Entry]
    public var quotes: [QuoteLedger.Entry]
    /// Facts stated by two sources or more, most widely reported first.
    public var sharedFacts: [Fact]
    /// Distinctive phrases used by two sources or more, most widely used and rarest first.
    public var sharedTopics: [Topic]
    public var uniqueFacts: [OutletFacts]
    /// The main shared facts × the outlets: who carries what, and which main facts each outlet leaves out.
    public var coverage = Coverage(outlets: [], facts: [])
    public var conflicts: [Conflict]
    public var timeline: [TimelineEvent]
    public var summary: [SummarySentence]
}
