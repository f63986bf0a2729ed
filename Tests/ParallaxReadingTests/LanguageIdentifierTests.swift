import Foundation
import Testing
@testable import ParallaxReading

@Suite("Language identification")
struct LanguageIdentifierTests {
    let identifier = LanguageIdentifier()

    @Test(arguments: [
        ("en", "The defense minister called for an immediate cease-fire to avoid civilian casualties."),
        ("de", "Der Verteidigungsminister forderte eine sofortige Waffenruhe, um zivile Opfer zu vermeiden."),
        ("es", "El ministro de Defensa pidió un alto el fuego inmediato para evitar víctimas civiles."),
        ("fr", "Le ministre de la Défense a appelé à un cessez-le-feu immédiat pour éviter des victimes civiles."),
        ("it", "Il ministro della Difesa ha chiesto un cessate il fuoco immediato per evitare vittime civili."),
        ("pt", "O ministro da Defesa pediu um cessar-fogo imediato para evitar vítimas civis."),
        ("nl", "De minister van Defensie riep op tot een onmiddellijk staakt-het-vuren om burgerslachtoffers te voorkomen."),
        ("pl", "Minister obrony wezwał do natychmiastowego zawieszenia broni, aby uniknąć ofiar cywilnych."),
        ("ru", "Министр обороны призвал к немедленному прекращению огня, чтобы избежать жертв среди мирного населения."),
        ("uk", "Міністр оборони закликав до негайного припинення вогню, щоб уникнути жертв серед цивільного населення."),
        ("ar", "دعا وزير الدفاع إلى وقف فوري لإطلاق النار لتجنب سقوط ضحايا مدنيين."),
        ("zh", "国防部长呼吁立即停火，以避免平民伤亡。"),
        ("ja", "国防相は、民間人の犠牲を避けるため即時停戦を求めた。"),
        ("tr", "Savunma bakanı, sivil kayıpları önlemek için derhal ateşkes çağrısında bulundu."),
    ])
    func identifiesEachRequiredLanguage(expected: String, sentence: String) {
        #expect(identifier.identify(sentence) == expected)
    }

    @Test func tooLittleTextHasNoLanguage() {
        #expect(identifier.identify("") == nil)
        #expect(identifier.identify("12 345 — 67") == nil)
    }

    /// The translated messages of Django (see Scripts/make-language-sample.py): 809 texts of 120 characters
    /// or more in the 14 languages, from a source unrelated to the Wikipedia text the profiles come from.
    @Test func accuracyOnTranslatedMessages() throws {
        var correct = 0
        var total = 0
        ArticleReader(options: { var options = ArticleReader.Options(); options.identifiesLanguage = false; return options }())
            .read(paths: [Fixture.path("language/django-messages.jsonl")]) { result in
                guard let article = try? result.get(), let gold = article.language else { return }
                total += 1
                if identifier.identify(article.text) == gold { correct += 1 }
            }
        #expect(total == 809)
        #expect(Double(correct) / Double(total) >= 0.98)
    }
}
