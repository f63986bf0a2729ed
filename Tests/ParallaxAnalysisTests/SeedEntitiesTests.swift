import Foundation
import Testing
import ParallaxReading
@testable import ParallaxAnalysis

/// The bar of the Analysis stage: the roster of the two seed reports.
@Suite("Entities of the seed reports")
struct SeedEntitiesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seeds").path

    let roster: Roster
    let analyzed: [AnalyzedArticle]

    init() {
        var articles: [Article] = []
        ArticleReader().read(paths: [Self.folder]) { if case .success(let article) = $0 { articles.append(article) } }
        analyzed = articles.map(Analyzer().analyze)
        roster = Roster(analyzed)
    }

    func entry(_ alias: String) -> Roster.Entry? {
        roster.entries.first { $0.aliases.contains { $0.form == alias } }
    }

    @Test(arguments: [
        ["Kadhafi", "Moamer Kadhafi", "Gadhafi", "Moammar Gadhafi"],
        ["Robert Gates", "Robert M. Gates", "Gates"],
        ["Dmitry Medvedev", "Medvedev"],
        ["Vladimir Putin", "Putin"],
        ["Barack Obama", "Obama"],
        ["Anatoly Serdyukov", "Serdyukov"],
        ["Sergei Prikhodko", "Prikhodko"],
        ["Vladimir Chamov"],
    ])
    func eachPersonIsOneEntity(aliases: [String]) throws {
        let entries = Set(aliases.compactMap { entry($0)?.name })
        #expect(entries.count == 1, "\(aliases) are split over \(entries)")
        let person = try #require(entry(aliases[0]))
        #expect(person.type == .person)
    }

    @Test func aliasesCarryTheirOutlets() throws {
        let kadhafi = try #require(entry("Gadhafi"))
        #expect(kadhafi.aliases.first { $0.form == "Kadhafi" }?.outlets == ["AFP"])
        #expect(kadhafi.aliases.first { $0.form == "Gadhafi" }?.outlets == ["AP"])
        #expect(kadhafi.articles.count == 2)
        let gates = try #require(entry("Gates"))
        #expect(gates.name == "Robert M. Gates")
        #expect(gates.titles.contains("US Defence Secretary"))
        #expect(gates.titles.contains("Mr."))
        #expect(gates.aliases.first { $0.form == "Gates" }?.outlets == ["AFP", "AP"])
    }

    @Test(arguments: ["Libya", "Moscow", "Tripoli", "Europe", "Afghanistan", "Egypt", "Tunisia", "Iraq", "Turkey", "Italy"])
    func places(name: String) {
        #expect(roster.entries.contains { $0.name == name && $0.type == .place })
    }

    @Test(arguments: [
        ("UN Security Council", ["UN Security Council", "U.N. Security Council", "Security Council"]),
        ("Kremlin", ["Kremlin"]), ("White House", ["White House"]), ("NATO", ["NATO"]),
        ("World Trade Organisation", ["World Trade Organisation"]), ("Pentagon", ["Pentagon"]),
    ])
    func organizations(name: String, aliases: [String]) throws {
        let organization = try #require(roster.entries.first { $0.name == name })
        #expect(organization.type == .organization)
        for alias in aliases { #expect(organization.aliases.contains { $0.form == alias }, "\(alias)") }
    }

    @Test func gatesAndGadhafiStayApart() throws {
        #expect(entry("Gates")?.name != entry("Gadhafi")?.name)
    }

    /// Sentence openers, pronouns, days and nationality words are not entities.
    @Test func noCommonWordIsAnEntity() {
        let names = Set(roster.entries.flatMap { $0.aliases.map(\.form) })
        for word in ["But", "Meanwhile", "Standing", "Speaking", "Unfortunately", "Transferring", "While", "The", "It",
                     "That", "We", "A", "And", "Russian", "Russians", "Libyan", "Tuesday", "Monday", "I"] {
            #expect(!names.contains(word), "\(word) is not an entity")
        }
        for entry in roster.entries {
            #expect(entry.aliases.allSatisfy { $0.form.first?.isUppercase == true }, "\(entry.name)")
        }
    }

    @Test func mentionOffsetsPointAtTheName() throws {
        for article in analyzed {
            let scalars = Array(article.article.text.unicodeScalars)
            for entity in article.entities {
                for mention in entity.mentions {
                    let written = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
                    #expect(written == mention.text)
                }
            }
        }
    }

    @Test func relativeDatesResolveAgainstThePublicationDate() throws {
        let afp = try #require(analyzed.first { $0.article.agency == "AFP" })
        let ap = try #require(analyzed.first { $0.article.agency == "AP" })
        #expect(afp.dates.first { $0.text == "Thursday" }?.date == CalendarDay(year: 2011, month: 3, day: 24))
        #expect(ap.dates.first { $0.text == "Monday" }?.date == CalendarDay(year: 2011, month: 3, day: 21))
        #expect(ap.dates.first { $0.text == "Tuesday" }?.date == CalendarDay(year: 2011, month: 3, day: 22))
        let lastWeek = try #require(ap.dates.first { $0.text == "last week" })
        #expect(lastWeek.date == CalendarDay(year: 2011, month: 3, day: 14))
        #expect(lastWeek.granularity == .week)
    }

    @Test func figuresOfTheAPReport() throws {
        let ap = try #require(analyzed.first { $0.article.agency == "AP" })
        let third = try #require(ap.figures.first { $0.isOrdinal })
        #expect(third.value == 3)
        #expect(third.counted == "day")
        #expect(third.text == "third day")
        // "Resolution 1973" in the AFP report is a name, not a figure.
        let afp = try #require(analyzed.first { $0.article.agency == "AFP" })
        #expect(!afp.figures.contains { $0.value == 1973 })
    }
}
