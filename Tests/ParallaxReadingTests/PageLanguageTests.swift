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
