extension CoverageReport {
    /// The story's main facts × its outlets: which outlet carries which of the facts most widely shared, and which
    /// of them each outlet leaves out.
    public struct Coverage: Sendable {
        public struct Row: Sendable {
            /// Index into `sharedFacts`.
            public var fact: Int
            /// The fact's most central statement, standing for it.
            public var statement: Statement
            /// Whether each outlet of `outlets` carries the fact, in that order.
            public var carried: [Bool]
        }

        /// Every outlet of the story, in source order.
        public var outlets: [String]
        /// The main facts, most widely carried first.
        public var facts: [Row]

        /// How many shared facts count as main facts: a reader scans a dozen rows, not a hundred.
        public static let mainFacts = 12

        public init(outlets: [String], facts: [Row]) {
            self.outlets = outlets
            self.facts = facts
        }

        /// The first `mainFacts` shared facts (already ranked by the number of outlets) against every outlet.
        public init(outlets: [String], sharedFacts: [Fact]) {
            self.outlets = outlets
            facts = sharedFacts.prefix(Self.mainFacts).enumerated().compactMap { index, fact in
                guard let first = fact.statements.first else { return nil }
                let carriers = Set(fact.outlets)
                return Row(fact: index, statement: first, carried: outlets.map { carriers.contains($0) })
            }
        }

        /// The main facts (indices into `facts`) that the outlet at `outlet` does not carry.
        public func leftOut(by outlet: Int) -> [Int] {
            facts.indices.filter { !facts[$0].carried[outlet] }
        }
    }
}
