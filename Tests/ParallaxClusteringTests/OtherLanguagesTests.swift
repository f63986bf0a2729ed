import Foundation
import Testing
import ParallaxReading
@testable import ParallaxClustering

/// Reports in other languages share few words with their English coverage: they meet it through names and
/// numbers, and must not be drowned by nouns or words that only look like names.
@Suite("Reports in other languages")
struct OtherLanguagesTests {
    static func features(_ text: String, language: String) -> ArticleFeatures {
        ArticleFeatures(Article(id: "a", text: text, language: language), stopWords: StopWordHashes(.shipped))
    }

    static func specificTerms(_ text: String, language: String) -> Int {
        features(text, language: language).terms.keys.filter(ArticleFeatures.isSpecific).count
    }

    /// Only a capital letter makes a name: lower-case Cyrillic, Greek or accented words inside a sentence are
    /// words (every non-ASCII word was once taken for a name).
    @Test func lowerCaseWordsOfOtherScriptsAreNotNames() {
        #expect(Self.specificTerms("Телеведущая станет ведущей церемонии вручения премии.", language: "ru") == 0)
        #expect(Self.specificTerms("Телеведущая Эллен станет ведущей.", language: "ru") == 1)
        #expect(Self.specificTerms("Le ministre a évoqué une élection anticipée.", language: "fr") == 0)
        #expect(Self.specificTerms("La police égyptienne a arrêté Ézéchiel hier.", language: "fr") == 1)
    }

    /// German capitalises its nouns; after an article, an inflected adjective or a numeral a capital is a noun.
    @Test func germanNounsAreNotNames() {
        let text = "In Troy im US-Bundesstaat Michigan hat ein Mann in einer Buchhaltungsfirma, die ihn in der "
            + "vergangenen Woche entlassen hatte, auf drei Menschen geschossen, teilte die Polizei von Troy mit."
        let german = Self.features(text, language: "de")
        let names = Set(german.terms.keys.filter(ArticleFeatures.isSpecific))
        #expect(names.count == 2)  // Troy and Michigan
        #expect(Set(Self.features(text, language: "de-AT").terms.keys.filter(ArticleFeatures.isSpecific)) == names)
        #expect(ArticleFeatures.primaryLanguage("DE_ch") == "de")
        #expect(ArticleFeatures.primaryLanguage(String(repeating: "x", count: 100_000)) == nil)
        #expect(ArticleFeatures.primaryLanguage("") == nil && ArticleFeatures.primaryLanguage("1e") == nil)
        #expect(Self.specificTerms(text, language: "en") > 2)  // read as English, every noun is a name
        // A German stop word is not a term of a German article, but "war" is an English word.
        #expect(Self.features("war", language: "de").terms.isEmpty)
        #expect(Self.features("war", language: "en").terms.count == 1)
    }

    static func report(_ id: String, _ title: String, _ text: String, language: String = "en", day: Int) -> Article {
        Article(id: id, text: text, title: title, date: CalendarDay(year: 2007, month: 4, day: day), language: language)
    }

    /// English coverage of two shootings of one kind, then a German and a French report of the first that share
    /// with it only a place or two and a number: each joins the first event, not the look-alike, though its words
    /// are all of its own language.
    @Test func aReportInAnotherLanguageJoinsItsEventByItsNamesAndNumbers() {
        let english = [
            Self.report("en-1", "Troy office shooting kills 1, injures 2",
                        "A Michigan man shot to death one person and injured two others Monday at the Troy accounting "
                        + "firm that fired him last week, police said. Anthony LaCalamita, 38, was arrested hours later "
                        + "on a freeway near Dexter, said Troy police Lt. Gerry Scherlinck.", day: 9),
            Self.report("en-2", "Fired accountant charged in Troy shooting",
                        "Anthony LaCalamita was charged with murder on Tuesday, a day after the shooting at the Troy "
                        + "accounting firm Gordon Advisors that left a receptionist dead, Michigan police said.", day: 10),
            Self.report("en-4", "Receptionist killed in Troy was 'a ray of sunshine'",
                        "Friends of Gerri Gordon remembered the receptionist shot at Gordon Advisors as warm and "
                        + "generous. Two executives, Paul Gordon and Dean Landers, underwent surgery at Beaumont Hospital "
                        + "in Royal Oak, Oakland County officials said.", day: 10),
            Self.report("en-5", "Suspect in Troy shooting arraigned",
                        "Anthony LaCalamita stood mute at his arraignment before Judge Dennis Drury in Oakland County "
                        + "on Wednesday; prosecutor David Gorcyca said more charges may follow. Troy Mayor Louise "
                        + "Schilling thanked the Michigan State Police.", day: 11),
            Self.report("en-3", "Gunman kills 2 at Denver warehouse",
                        "A man shot two co-workers to death at a Denver warehouse on Monday, police said. Marcus Bell, "
                        + "44, was arrested at the scene, Denver police spokesman Sonny Jackson said.", day: 9),
        ]
        let others = [
            Self.report("de-1", "Troy, Michigan: Schüsse in Buchhaltungsfirma, ein Toter",
                        "In Troy im US-Bundesstaat Michigan hat ein Mann in einer Buchhaltungsfirma, die ihn in der "
                        + "vergangenen Woche entlassen hatte, auf drei Menschen geschossen. Ein Mensch starb, zwei "
                        + "wurden verletzt. Der Verdächtige wurde wenige Stunden später festgenommen, teilte die "
                        + "Polizei von Troy mit.", language: "de", day: 10),
            Self.report("fr-1", "Fusillade meurtrière dans un cabinet comptable",
                        "Un homme licencié la semaine dernière a tué une réceptionniste et blessé deux cadres lundi "
                        + "dans un cabinet comptable de Troy, dans le Michigan. Le suspect, âgé de 38 ans, a été "
                        + "arrêté quelques heures plus tard sur une autoroute.", language: "fr", day: 10),
        ]
        var clusterer = StoryClusterer()
        let placed = (english + others).map { clusterer.add($0) }
        #expect(placed[1...3].allSatisfy { $0.event == placed[0].event })
        #expect(placed[4].event != placed[0].event)
        #expect(placed[5].event == placed[0].event, "the German report")
        #expect(placed[6].event == placed[0].event, "the French report")
    }

    static let ecbPlus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/data/ecbplus/dev.jsonl").standardized.path
    static let translations = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/multilingual-ecbplus.jsonl").path

    /// The eight reports written in French, German, Spanish, Russian, Italian, Portuguese, Dutch and Polish after
    /// ECB+ events, placed after the whole ECB+ file: each joins the cluster that holds most of its event's English
    /// articles (six of eight did, before the names of a report in another language could decide alone).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: ecbPlus), "needs ../shared/data/ecbplus/dev.jsonl"))
    func translatedReportsJoinTheirEventsMainCluster() throws {
        struct Gold: Decodable { let id: String; let event: String }
        func read(_ path: String) throws -> (articles: [Article], events: [String: String]) {
            var articles: [Article] = []
            ArticleReader().read(paths: [path]) { if case .success(let article) = $0 { articles.append(article) } }
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            let gold = try lines.map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
            return (articles, Dictionary(uniqueKeysWithValues: gold.map { ($0.id, $0.event) }))
        }
        let english = try read(Self.ecbPlus), other = try read(Self.translations)
        #expect(other.articles.count == 8)
        var clusterer = StoryClusterer()
        var eventsOf: [String: [String: Int]] = [:]  // gold event → predicted event → English articles
        for article in english.articles {
            let event = clusterer.add(article).event
            eventsOf[english.events[article.id]!, default: [:]][event, default: 0] += 1
        }
        for article in other.articles {
            let gold = try #require(other.events[article.id])
            let main = try #require(eventsOf[gold]?.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })
            #expect(clusterer.add(article).event == main.key, "\(article.id)")
        }
    }
}
