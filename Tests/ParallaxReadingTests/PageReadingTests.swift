import Testing
@testable import ParallaxReading

/// A page's `<html lang>` is kept unless its text clearly says otherwise.
@Suite struct PageLanguageTests {
    static let english = """
        The defence secretary said on Tuesday that the coalition was going to great lengths to avoid civilian \
        casualties, and that the claims made by the Libyan leader about the number of victims were simply not true. \
        He spoke to reporters on his way out of Moscow after a meeting with his Russian counterpart.
        """
    static let german = """
        Der Verteidigungsminister sagte am Dienstag, die Koalition bemühe sich sehr, zivile Opfer zu vermeiden, und \
        die Behauptungen des libyschen Machthabers über die Zahl der Opfer seien schlicht nicht wahr. Er sprach mit \
        Journalisten, als er Moskau nach einem Treffen mit seinem russischen Amtskollegen verließ.
        """

    func language(declared: String, text: String) -> String? {
        let page = "<html lang=\"\(declared)\"><head><title>Report</title></head><body><article><p>\(text)</p></article></body></html>"
        var language: String?
        ArticleReader().read(bytes: Array(page.utf8), source: "page.html", format: .html, id: "p") {
            if case .success(let article) = $0 { language = article.language }
        }
        return language
    }

    @Test func theTextWinsWhenItClearlyContradictsTheDeclaration() {
        #expect(language(declared: "de", text: Self.english) == "en")
        #expect(language(declared: "en-GB", text: Self.german) == "de")
    }

    @Test func theDeclarationStandsWhenTheTextAgreesOrIsTooShortToTell() {
        #expect(language(declared: "de", text: Self.german) == "de")
        #expect(language(declared: "en", text: Self.english) == "en")
        #expect(language(declared: "de", text: "Breaking news from Moscow today.") == "de")
    }
}

/// Publication dates no news page can have are not taken.
@Suite struct ImpossibleDateTests {
    func date(_ head: String) -> CalendarDay? {
        let page = "<html><head><title>T</title>\(head)</head><body><article><p>\(PageLanguageTests.english)</p></article></body></html>"
        var date: CalendarDay?
        ArticleReader().read(bytes: Array(page.utf8), source: "page.html", format: .html, id: "p") {
            if case .success(let article) = $0 { date = article.date }
        }
        return date
    }

    @Test func placeholdersAndFutureDatesGiveWayToTheNextDateThePageGives() {
        #expect(date("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\"><meta name=\"date\" content=\"2011-03-22\">")
            == CalendarDay(year: 2011, month: 3, day: 22))
        #expect(date("<meta property=\"article:published_time\" content=\"2999-01-01\">") == nil)
        #expect(date("<meta name=\"date\" content=\"1989-12-31\">") == nil)
        #expect(date("<meta name=\"date\" content=\"1990-01-01\">") == CalendarDay(year: 1990, month: 1, day: 1))
    }
}

/// Texts of adjacent block elements stay apart, as a browser shows them.
@Suite struct AdjacentBlockTests {
    @Test func aSummaryBlockDoesNotRunIntoTheTextAfterIt() {
        let page = """
            <html><head><title>T</title></head><body><article>
            <p>\(PageLanguageTests.english)</p><details><summary>Governor Kristi Noem</summary>\
            South Dakota lawmakers met on Monday to discuss the budget for the coming year and the roads it pays for.</details>
            </article></body></html>
            """
        var text = ""
        ArticleReader().read(bytes: Array(page.utf8), source: "page.html", format: .html, id: "p") {
            if case .success(let article) = $0 { text = article.text }
        }
        #expect(text.contains("South Dakota lawmakers"))
        #expect(!text.contains("NoemSouth"))
    }
}
