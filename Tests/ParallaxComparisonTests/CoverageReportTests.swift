import Foundation
import Testing
import ParallaxReading
@testable import ParallaxComparison

/// The bar of the Comparison issue on the two seed reports, asserted from the JSON report.
@Suite("Coverage report of the seed reports")
struct SeedReportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func read(_ paths: [String]) -> [Article] {
        var articles: [Article] = []
        ArticleReader().read(paths: paths) { if case .success(let article) = $0 { articles.append(article) } }
        return articles
    }

    let json: [String: Any]

    init() throws {
        let report = Comparison().compare(Self.read([Self.fixtures + "/seeds"]))
        json = try #require(try JSONSerialization.jsonObject(with: Data(report.renderJSON().utf8)) as? [String: Any])
    }

    func list(_ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }

    func texts(_ statements: Any?) -> [String] {
        (statements as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    func outlets(_ item: [String: Any]) -> [String] { item["outlets"] as? [String] ?? [] }

    @Test func sources() throws {
        let sources = list("sources")
        #expect(sources.count == 2)
        let afp = try #require(sources.first { $0["outlet"] as? String == "AFP" })
        let ap = try #require(sources.first { $0["outlet"] as? String == "AP" })
        #expect(afp["date"] as? String == "2011-03-25")
        #expect(ap["date"] as? String == "2011-03-22")
        #expect(ap["dateline"] as? String == "MOSCOW")
        #expect(ap["first"] as? Bool == true)
        #expect(afp["first"] as? Bool == false)
    }

    @Test func rosterMergesSpellings() throws {
        let roster = list("roster")
        let kadhafi = try #require(roster.first { entry in
            (entry["aliases"] as? [[String: Any]] ?? []).contains { $0["form"] as? String == "Gadhafi" }
        })
        let forms = (kadhafi["aliases"] as? [[String: Any]] ?? []).compactMap { $0["form"] as? String }
        #expect(forms.contains("Kadhafi") && forms.contains("Moammar Gadhafi"))
        let gates = try #require(roster.first { $0["name"] as? String == "Robert M. Gates" })
        let gatesForms = (gates["aliases"] as? [[String: Any]] ?? []).compactMap { $0["form"] as? String }
        #expect(Set(gatesForms).isSuperset(of: ["Robert Gates", "Robert M. Gates", "Gates"]))
    }

    @Test func ledgerHoldsTheSharedGatesQuoteWithBothVariants() throws {
        let shared = try #require(list("quotes").first { texts($0["variants"]).contains { $0.contains("outright lies") } })
        #expect(shared["speaker"] as? String == "Robert M. Gates")
        #expect(outlets(shared) == ["AFP", "AP"])
        let variants = texts(shared["variants"])
        #expect(variants.contains { $0.contains("Kadhafi's claims") } && variants.contains { $0.contains("Gadhafi’s claims") })
    }

    /// Each shared fact: words that one outlet's statement must hold and words the other's must hold.
    @Test(arguments: [
        ("abstention on resolution 1973", "abstained", "abstain"),
        ("Putin's crusades comparison", "crusades", "crusade"),
        ("Medvedev's rebuke", "criticised Putin", "rebuke"),
        ("Gates calling the casualty claims lies", "outright lies", "outright lies"),
    ])
    func sharedFacts(name: String, afpWords: String, apWords: String) {
        let found = list("shared_facts").contains { fact in
            let statements = fact["statements"] as? [[String: Any]] ?? []
            let afp = statements.filter { $0["outlet"] as? String == "AFP" }.compactMap { $0["text"] as? String }
            let ap = statements.filter { $0["outlet"] as? String == "AP" }.compactMap { $0["text"] as? String }
            return afp.contains { $0.contains(afpWords) } && ap.contains { $0.contains(apWords) }
        }
        #expect(found, "\(name) should be a fact both outlets state")
    }

    @Test func bothDiscussTheMissileDefenceDispute() throws {
        let topic = try #require(list("shared_topics").first { ($0["phrase"] as? String ?? "").lowercased().contains("defen") })
        #expect(outlets(topic) == ["AFP", "AP"])
        let statements = texts(topic["statements"])
        #expect(statements.contains { $0.contains("missile defence shield") })
        #expect(statements.contains { $0.contains("missile defense") })
    }

    @Test(arguments: [
        ("AFP", "telephone call"), ("AFP", "called Obama on Thursday"), ("AFP", "World Trade Organisation"),
        ("AFP", "Prikhodko"), ("AFP", "Chamov"),
        ("AP", "called for an immediate cease-fire"), ("AP", "hand over leadership"), ("AP", "Turkey blocked"),
        ("AP", "Italy"),
    ])
    func onlyOneSource(outlet: String, words: String) throws {
        let unique = try #require(list("unique_facts").first { $0["outlet"] as? String == outlet })
        #expect(texts(unique["statements"]).contains { $0.contains(words) }, "\(outlet) alone should report \(words)")
        let other = list("unique_facts").first { $0["outlet"] as? String != outlet }
        #expect(!texts(other?["statements"]).contains { $0.contains(words) })
        #expect(!list("shared_facts").contains { texts($0["statements"]).contains { $0.contains(words) } })
    }

    @Test func timelineInDateOrder() throws {
        let timeline = list("timeline")
        let dates = timeline.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        let putin = try #require(timeline.first { $0["date"] as? String == "2011-03-21" })
        #expect((putin["text"] as? String ?? "").contains("Putin"))
        let visit = try #require(timeline.first { $0["date"] as? String == "2011-03-22" })
        #expect((visit["text"] as? String ?? "").contains("Gates"))
        let call = try #require(timeline.first { $0["date"] as? String == "2011-03-24" })
        #expect((call["text"] as? String ?? "").contains("Medvedev called Obama"))
    }

    @Test func summaryNamesItsSources() {
        let summary = list("summary")
        #expect((3...7).contains(summary.count))
        #expect(summary.allSatisfy { !outlets($0).isEmpty })
        #expect(summary.contains { outlets($0) == ["AFP", "AP"] })
    }
}

@Suite("Conflicts and escaping")
struct ConflictAndEscapingTests {
    @Test func differentCasualtyFiguresAreAConflictWithBothValues() throws {
        let articles = SeedReportTests.read([SeedReportTests.fixtures + "/seeds", SeedReportTests.fixtures + "/conflict"])
        #expect(articles.count == 4)
        let report = Comparison().compare(articles)
        let conflict = try #require(report.conflicts.first { $0.kind == .figure })
        #expect(conflict.about == "civilians")
        let values = Dictionary(uniqueKeysWithValues: conflict.values.map { ($0.outlet, $0.value) })
        #expect(values["wire-a.example"] == "at least 64 civilians")
        #expect(values["wire-b.example"] == "48 civilians")
    }

    @Test func everyStringInThePageIsEscaped() throws {
        let hostile = Article(
            id: "x\"><script>alert(1)</script>", text: "<script>alert('body')</script> Robert Gates said <b>\"lies\"</b> & more. <img src=x onerror=alert(2)>",
            title: "<img src=x onerror=alert(3)>", outlet: "evil<i>.example", language: "en", agency: nil)
        let friendly = Article(id: "ok", text: "Robert Gates said the claims were lies, officials said on Tuesday.", outlet: "good.example", language: "en")
        let html = Comparison().compare([hostile, friendly]).renderHTML()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<i>") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;"))
        #expect(html.contains("evil&lt;i&gt;.example"))
    }

    @Test func markdownEscapesToo() {
        let article = Article(id: "m", text: "A *bold* claim | with [links](http://x) and <tags>, said Robert Gates on Tuesday.", outlet: "m.example", language: "en")
        let markdown = Comparison().compare([article]).renderMarkdown()
        #expect(markdown.contains("\\*bold\\*"))
        #expect(!markdown.contains("[links](http://x)"))
    }
}
