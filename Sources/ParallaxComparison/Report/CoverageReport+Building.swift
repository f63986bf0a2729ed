import ParallaxAnalysis
import ParallaxReading

extension CoverageReport {
    /// Builds every part of the report from the analysed articles, their roster, the aligned facts and the quotes.
    init(articles: [AnalyzedArticle], roster: Roster, alignment: FactAlignment, quotes: QuoteLedger) {
        let outlets = articles.map { $0.article.outlet ?? $0.article.agency ?? $0.article.id }
        let builder = ReportBuilder(articles: articles, outlets: outlets, alignment: alignment)
        self.init(
            sources: builder.sources(),
            roster: roster.entries,
            quotes: quotes.entries,
            sharedFacts: builder.sharedFacts(),
            sharedTopics: builder.sharedTopics(),
            uniqueFacts: builder.uniqueFacts(),
            conflicts: builder.conflicts(),
            timeline: builder.timeline(),
            summary: builder.summary())
        coverage = Coverage(outlets: builder.distinctOutlets(Array(articles.indices)), sharedFacts: sharedFacts)
    }
}

/// The computations behind each part of a coverage report.
struct ReportBuilder {
    let articles: [AnalyzedArticle]
    let outlets: [String]
    let alignment: FactAlignment
    /// How close each sentence is to the story as a whole (cosine with the sum of all sentence vectors).
    let centrality: [Double]

    init(articles: [AnalyzedArticle], outlets: [String], alignment: FactAlignment) {
        self.articles = articles
        self.outlets = outlets
        self.alignment = alignment
        var centroid: [Int: Double] = [:]
        for vector in alignment.vectors {
            for (feature, weight) in vector { centroid[feature, default: 0] += weight }
        }
        let norm = centroid.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        centrality = alignment.vectors.map { vector in
            norm == 0 ? 0 : vector.reduce(0) { $0 + $1.1 * (centroid[$1.0] ?? 0) } / norm
        }
    }

    func statement(_ profile: Int) -> CoverageReport.Statement {
        let item = alignment.profiles[profile]
        var text = item.text[...], start = item.start
        // The dateline that opens wire copy ("MOSCOW (AP) — ") belongs to the article, not to its first sentence.
        if let place = articles[item.article].article.dateline, text.hasPrefix(place), let dashEnd = Self.datelineDashEnd(in: text) {
            let rest = text[dashEnd...].drop { $0 == " " }
            if !rest.isEmpty {
                start += text.unicodeScalars.count - rest.unicodeScalars.count
                text = rest
            }
        }
        return CoverageReport.Statement(outlet: outlets[item.article], article: articles[item.article].article.id,
                                        text: String(text), start: start, end: item.end)
    }

    /// Where the dash that ends a dateline ends: "—", "–" or " - " within the first 100 characters.
    static func datelineDashEnd(in text: Substring) -> Substring.Index? {
        let head = text.prefix(100)
        if let dash = head.firstIndex(where: { $0 == "—" || $0 == "–" }) { return text.index(after: dash) }
        let spaced: Range<Substring.Index>? = head.firstRange(of: " - ")
        return spaced?.upperBound
    }

    func distinctOutlets(_ articleIndices: [Int]) -> [String] {
        var seen = Set<String>()
        return articleIndices.map { outlets[$0] }.filter { seen.insert($0).inserted }
    }

    // MARK: Sources

    func sources() -> [CoverageReport.Source] {
        let firsts = PublicationMoment.firsts(articles.map { analyzed in
            analyzed.article.date.map { PublicationMoment(day: $0, time: analyzed.article.time) }
        })
        return articles.enumerated().map { index, analyzed in
            let article = analyzed.article
            return CoverageReport.Source(
                article: article.id, outlet: outlets[index], agency: article.agency,
                ownReporting: article.agency == nil || article.outlet == nil || article.outlet == article.agency,
                language: article.language, date: article.date, time: article.time, dateline: article.dateline,
                title: article.title, url: article.url, isFirst: firsts[index])
        }
    }

    // MARK: Facts

    func sharedFacts() -> [CoverageReport.Fact] {
        // Each fact's rank computed once, not at each of the sort's comparisons.
        alignment.facts
            .map { fact in (fact: fact, outlets: distinctOutlets(fact.articles).count, central: fact.members.map { centrality[$0] }.max() ?? 0) }
            .filter { $0.outlets >= 2 }
            .sorted { ($0.outlets, $0.central) > ($1.outlets, $1.central) }
            .map { ranked in
                let fact = ranked.fact
                // The most central statement first: it stands for the fact in the coverage matrix.
                let members = fact.members.sorted { (centrality[$0], $1) > (centrality[$1], $0) }
                return CoverageReport.Fact(statements: members.map(statement), outlets: distinctOutlets(fact.articles))
            }
    }

    /// Phrases of two content words used by two sources or more. A phrase is listed once per set of sentences:
    /// "missile defense" and "defense shield" in the same sentences are one topic.
    func sharedTopics(limit: Int = 8) -> [CoverageReport.Topic] {
        var sentencesOfPhrase: [String: [Int]] = [:]
        for (index, profile) in alignment.profiles.enumerated() {
            for phrase in profile.phrases.keys { sentencesOfPhrase[phrase, default: []].append(index) }
        }
        let total = Double(alignment.profiles.count)
        // Each phrase's count of outlets computed once, not at each of the sort's comparisons.
        let ranked = sentencesOfPhrase
            .map { (phrase: $0.key, members: $0.value, outlets: distinctOutlets($0.value.map { alignment.profiles[$0].article }.sorted()).count) }
            .filter { $0.outlets >= 2 }
            .sorted { ($0.outlets, -$0.members.count, $0.phrase) > ($1.outlets, -$1.members.count, $1.phrase) }
        var topics: [CoverageReport.Topic] = []
        var usedSentenceSets: [Set<Int>] = []
        for (phrase, members, _) in ranked where topics.count < limit && Double(members.count) <= total / 4 {
            let surface = alignment.profiles[members[0]].phrases[phrase] ?? phrase
            if surface.lowercased().split(separator: " ").contains(where: { QuoteLexicon.isReportingWord(String($0)) }) { continue }
            let memberSet = Set(members)
            if usedSentenceSets.contains(where: { memberSet.isSubset(of: $0) || $0.isSubset(of: memberSet) }) { continue }
            usedSentenceSets.append(memberSet)
            var best: [Int: Int] = [:]  // article → most central member
            for member in members {
                let article = alignment.profiles[member].article
                if best[article].map({ centrality[$0] < centrality[member] }) ?? true { best[article] = member }
            }
            let chosen = best.values.sorted { alignment.profiles[$0].article < alignment.profiles[$1].article }
            topics.append(CoverageReport.Topic(
                phrase: surface,
                outlets: distinctOutlets(chosen.map { alignment.profiles[$0].article }), statements: chosen.map(statement)))
        }
        return topics
    }

    func uniqueFacts() -> [CoverageReport.OutletFacts] {
        var byOutlet: [String: [Int]] = [:]
        for fact in alignment.facts where distinctOutlets(fact.articles).count == 1 {
            for member in fact.members where alignment.profiles[member].wordCount >= 6 {
                byOutlet[outlets[alignment.profiles[member].article], default: []].append(member)
            }
        }
        var seen = Set<String>()
        return outlets.filter { seen.insert($0).inserted }.map { outlet in
            let members = (byOutlet[outlet] ?? []).sorted { (centrality[$0], $1) > (centrality[$1], $0) }
            return CoverageReport.OutletFacts(outlet: outlet, facts: members.map(statement))
        }
    }

    // MARK: Timeline

    func timeline() -> [CoverageReport.TimelineEvent] {
        var byDay: [CalendarDay: [Int]] = [:]
        for (index, profile) in alignment.profiles.enumerated() {
            for day in Set(profile.days) { byDay[day, default: []].append(index) }
        }
        return byDay.keys.sorted().map { day in
            let members = byDay[day]!
            let central = members.max { centrality[$0] < centrality[$1] }!
            return CoverageReport.TimelineEvent(
                date: day, description: statement(central),
                outlets: distinctOutlets(members.map { alignment.profiles[$0].article }.sorted()))
        }
    }

    // MARK: Summary

    /// How much a sentence matters to the summary: its centrality, plus a bonus for the first sentences of an
    /// article (news states the most important first).
    func importance(_ profile: Int) -> Double {
        let position = alignment.profiles[profile].sentence
        return centrality[profile] + (position == 0 ? 0.2 : position == 1 ? 0.1 : 0)
    }

    /// How many sentences the summary holds: about five for two outlets, growing with the story up to twelve.
    func summaryLength() -> Int {
        min(12, 4 + (Set(outlets).count + 1) / 2)
    }

    /// One sentence per fact: the facts several sources state, most widely carried first, then each source's
    /// most important fact of its own, in turn. Each fact is represented by its most important statement that
    /// does not lean on a sentence before it ("And he defended …" read alone names no one); a sentence too
    /// close (cosine ≥ 0.35) to one already taken is skipped. Read in that order: the fact 30 outlets share
    /// comes before what one outlet alone says.
    func summary() -> [CoverageReport.SummarySentence] {
        let limit = summaryLength()
        // Each fact's outlets and best statement found once, not at each of the sorts' comparisons.
        let ranked = alignment.facts.map { fact in
            let best = fact.members.filter {
                alignment.profiles[$0].wordCount >= 8 && alignment.profiles[$0].wordCount <= 45
                    && !Self.leansOnEarlierSentence(alignment.profiles[$0].text)
            }
            .max { importance($0) < importance($1) }
            return (fact: fact, outlets: distinctOutlets(fact.articles), best: best, importance: best.map(importance) ?? 0)
        }
        var chosen: [(profile: Int, outlets: [String])] = []
        func take(_ fact: (fact: FactAlignment.Fact, outlets: [String], best: Int?, importance: Double)) {
            guard chosen.count < limit, let profile = fact.best,
                  !chosen.contains(where: { alignment.similarity($0.profile, profile) >= 0.35 })
            else { return }
            // Tagged with the outlets that say it: a member whose figures contradict the sentence's does not.
            let agreeing = fact.fact.members.filter { $0 == profile || !figuresDisagree(profile, $0) }
            chosen.append((profile, agreeing.count == fact.fact.members.count
                ? fact.outlets : distinctOutlets(agreeing.map { alignment.profiles[$0].article })))
        }
        let shared = ranked.filter { $0.outlets.count >= 2 }
            .sorted { ($0.outlets.count, $0.importance) > ($1.outlets.count, $1.importance) }
        // Keep room for one fact of each source's own when the story is small; in a large story, shared facts
        // take more than half the summary.
        let room = max(limit / 2 + 1, limit - Set(outlets).count)
        for fact in shared where chosen.count < room { take(fact) }
        var own: [String: [(fact: FactAlignment.Fact, outlets: [String], best: Int?, importance: Double)]] = [:]
        for fact in ranked where fact.outlets.count == 1 {
            own[outlets[fact.fact.articles[0]], default: []].append(fact)
        }
        for outlet in own.keys { own[outlet]!.sort { $0.importance > $1.importance } }
        var round = 0
        while chosen.count < limit, own.values.contains(where: { $0.count > round }) {
            for outlet in distinctOutlets(Array(articles.indices)) where round < own[outlet]?.count ?? 0 {
                take(own[outlet]![round])
            }
            round += 1
        }
        // Shared facts left over fill what the sources' own facts did not.
        for fact in shared where chosen.count < limit { take(fact) }
        return chosen.sorted { $0.outlets.count > $1.outlets.count }  // stable: ties keep the order above
            .map { CoverageReport.SummarySentence(statement: statement($0.profile), outlets: $0.outlets) }
    }

    /// Words that, opening a sentence, point back to one before it: pronouns and connectives.
    static let backReferences: Set<String> = [
        "and", "but", "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "their", "its",
        "him", "them", "so", "yet", "also", "however", "meanwhile", "instead", "then", "still", "such",
    ]

    /// A quotation that opens with "It's …" quotes a speaker, who is named after it: it does not lean.
    static func leansOnEarlierSentence(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.first?.isLetter == true else { return false }
        let first = trimmed.prefix { $0.isLetter }.lowercased()
        return backReferences.contains(first)
    }
}
