import Testing
@testable import ParallaxAnalysis

@Suite("Porter2 stemmer")
struct EnglishStemmerTests {
    /// Pairs from the Snowball project's published English vocabulary and output.
    @Test(arguments: [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
        ("consistently", "consist"), ("consisting", "consist"), ("consists", "consist"), ("consolation", "consol"),
        ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"), ("consoled", "consol"),
        ("consoles", "consol"), ("consolidate", "consolid"), ("consolidated", "consolid"), ("consolidating", "consolid"),
        ("consoling", "consol"), ("consolingly", "consol"), ("consols", "consol"), ("consonant", "conson"),
        ("consort", "consort"), ("consorted", "consort"), ("consorting", "consort"), ("conspicuous", "conspicu"),
        ("conspicuously", "conspicu"), ("conspiracy", "conspiraci"), ("conspirator", "conspir"),
        ("conspirators", "conspir"), ("conspire", "conspir"), ("conspired", "conspir"), ("conspiring", "conspir"),
        ("constable", "constabl"), ("constables", "constabl"), ("constance", "constanc"), ("constancy", "constanc"),
        ("constant", "constant"), ("knack", "knack"), ("knackeries", "knackeri"), ("knacks", "knack"),
        ("knag", "knag"), ("knave", "knave"), ("knaves", "knave"), ("knavish", "knavish"), ("kneaded", "knead"),
        ("kneading", "knead"), ("knee", "knee"), ("kneel", "kneel"), ("kneeled", "kneel"), ("kneeling", "kneel"),
        ("kneels", "kneel"), ("knees", "knee"), ("knell", "knell"), ("knelt", "knelt"), ("knew", "knew"),
        ("knick", "knick"), ("knif", "knif"), ("knife", "knife"), ("knight", "knight"), ("knightly", "knight"),
        ("knights", "knight"), ("knit", "knit"), ("knits", "knit"), ("knitted", "knit"), ("knitting", "knit"),
        ("knives", "knive"), ("knob", "knob"), ("knobs", "knob"), ("knock", "knock"), ("knocked", "knock"),
        ("knocker", "knocker"), ("knockers", "knocker"), ("knocking", "knock"), ("knocks", "knock"),
        ("generously", "generous"), ("generate", "generat"), ("communism", "communism"), ("skies", "sky"),
        ("casualties", "casualti"), ("civilians", "civilian"), ("hostilities", "hostil"), ("happily", "happili"),
        ("relational", "relat"), ("hopefulness", "hope"), ("agreed", "agre"), ("feed", "feed"), ("hoping", "hope"),
        ("hopping", "hop"), ("cry", "cri"), ("by", "by"), ("say", "say"), ("news", "news"), ("succeeding", "succeed"),
    ])
    func stems(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    @Test func leavesOtherScriptsAlone() {
        #expect(EnglishStemmer.stem("Медведев") == "медведев")
        #expect(EnglishStemmer.stem("naïve") == "naïve")
    }
}
