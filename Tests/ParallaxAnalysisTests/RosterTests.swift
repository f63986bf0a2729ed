import Testing
import ParallaxReading
@testable import ParallaxAnalysis

@Suite("Aliases across articles")
struct RosterTests {
    func roster(_ texts: [(outlet: String, text: String, language: String)]) -> Roster {
        let analyzer = Analyzer()
        return Roster(texts.enumerated().map { index, item in
            analyzer.analyze(Article(id: "a\(index)", text: item.text, outlet: item.outlet, language: item.language))
        })
    }

    @Test func transliterationsOfOneNameAreOnePerson() throws {
        let result = roster([
            ("afp", "Libyan strongman Moamer Kadhafi spoke on Monday. Kadhafi said he would fight.", "en"),
            ("ap", "Col. Moammar Gadhafi appeared on television, and Gadhafi said the West would fail.", "en"),
            ("bbc", "Colonel Muammar Gaddafi has ruled since 1969, Gaddafi told his supporters.", "en"),
            ("nyt", "Col. Muammar el-Qaddafi vowed to stay. Mr. Qaddafi said so in a speech.", "en"),
            ("old", "Moammar Khadafy spoke to reporters, and Khadafy said little.", "en"),
        ])
        let people = result.entries.filter { $0.type == .person }
        #expect(people.count == 1, "\(people.map(\.name))")
        let forms = Set(try #require(people.first).aliases.map(\.form))
        for form in ["Kadhafi", "Gadhafi", "Gaddafi", "Qaddafi", "Khadafy", "Muammar el-Qaddafi"] {
            #expect(forms.contains(form), "\(form)")
        }
        #expect(try #require(people.first).articles.count == 5)
    }

    @Test func cyrillicNamesMeetTheirLatinSpelling() throws {
        let result = roster([
            ("afp", "Russian President Dmitry Medvedev urged restraint, Medvedev said.", "en"),
            ("ria", "Дмитрий Медведев заявил журналистам, что Медведев не изменит позицию.", "ru"),
        ])
        let medvedev = try #require(result.entries.first { $0.aliases.contains { $0.form == "Medvedev" } })
        #expect(medvedev.aliases.contains { $0.form == "Медведев" && $0.outlets == ["ria"] })
        #expect(medvedev.articles.count == 2)
    }

    @Test func differentPeopleWithOneSurnameStayApart() {
        let result = roster([
            ("a", "John Smith, a farmer, said the harvest failed. Smith said prices would rise.", "en"),
            ("b", "Mary Smith, a judge, said the case was closed. Smith said no more.", "en"),
            ("c", "Smith said nothing about it.", "en"),
        ])
        let smiths = result.entries.filter { $0.type == .person || $0.type == .other }
        #expect(Set(smiths.map(\.name)) == ["John Smith", "Mary Smith", "Smith"])
    }

    @Test func similarSurnamesOfDifferentPeopleStayApart() {
        let result = roster([
            ("a", "Robert Gates met Moammar Gadhafi. Gates said Gadhafi lied.", "en"),
            ("b", "Bill Gates and Melinda Gates gave money, Gates said.", "en"),
        ])
        let names = Set(result.entries.filter { $0.type == .person }.map(\.name))
        #expect(names.contains("Moammar Gadhafi"))
        #expect(names.contains("Robert Gates"))
        #expect(names.contains("Bill Gates"))
    }

    @Test func acronymsMeetTheirExpansion() throws {
        let result = roster([
            ("a", "Russia hopes to join the World Trade Organization this year.", "en"),
            ("b", "The WTO said talks with Russia would go on, WTO officials said.", "en"),
        ])
        let wto = try #require(result.entries.first { $0.name == "World Trade Organization" })
        #expect(wto.aliases.contains { $0.form == "WTO" })
    }
}
