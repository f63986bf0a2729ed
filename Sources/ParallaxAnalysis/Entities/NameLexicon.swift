/// The words around names that say what a name is: titles and honorifics, nationality words, the head
/// nouns of organisations, speech verbs. General English news vocabulary, not any one story's names.
enum NameLexicon {
    /// Titles and honorifics that precede a person's name (lower case; abbreviations with their stop).
    static let personTitles: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "col.", "gen.", "lt.", "sgt.", "capt.", "cmdr.", "adm.", "maj.", "sen.",
        "rep.", "gov.", "pres.", "rev.", "hon.", "brig.", "cpl.", "pvt.", "supt.", "insp.", "det.", "mr", "mrs", "ms",
        "dr", "president", "president-elect", "minister", "secretary", "secretary-general", "chancellor", "king",
        "queen", "prince", "princess", "pope", "ambassador", "judge", "mayor", "governor", "senator",
        "representative", "congressman", "congresswoman", "chairman", "chairwoman", "director", "spokesman",
        "spokeswoman", "spokesperson", "adviser", "advisor", "commander", "general", "admiral", "colonel",
        "lieutenant", "sergeant", "captain", "major", "professor", "doctor", "sir", "dame", "lord", "lady", "sheikh",
        "emir", "ayatollah", "imam", "bishop", "archbishop", "cardinal", "rabbi", "premier", "ceo", "coach",
        "leader", "dictator", "strongman", "officer", "inspector", "detective", "deputy", "prosecutor", "attorney",
        "envoy", "commissioner", "sultan", "shah", "tsar", "czar", "duke", "duchess", "baron", "speaker",
        "treasurer", "chief", "justice", "marshal", "sen", "gen", "col", "lt", "sgt", "capt", "brother", "sister",
        "father", "patriarch", "crown", "dalai", "lama", "mullah", "superintendent", "constable", "chef", "counsel",
    ]

    /// Honorifics: the word after one is always a name.
    static let honorifics: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov.", "prof.", "messrs.", "mme", "mme.",
    ]

    /// Words that qualify a title without being one: "Defense Secretary", "Prime Minister", "Vice President".
    static let titleModifiers: Set<String> = [
        "prime", "vice", "deputy", "acting", "former", "chief", "supreme", "top", "senior", "foreign", "defense",
        "defence", "interior", "finance", "justice", "health", "trade", "economy", "economic", "energy", "education",
        "transport", "home", "state", "attorney", "general", "executive", "first", "grand", "assistant", "junior",
        "opposition", "majority", "minority", "national", "security", "intelligence", "police", "army", "navy",
        "party", "parliamentary", "labor", "labour", "agriculture", "environment", "culture", "information",
        "communications", "development", "exchequer", "treasury", "of", "the", "and", "for",
    ]

    /// Nationality and regional adjectives, singular and plural: never an entity on their own.
    static let demonyms: Set<String> = {
        let singular = [
            "american", "russian", "libyan", "british", "french", "german", "chinese", "japanese", "italian",
            "spanish", "turkish", "iranian", "iraqi", "syrian", "egyptian", "israeli", "palestinian", "saudi",
            "afghan", "pakistani", "indian", "korean", "ukrainian", "polish", "dutch", "belgian", "swiss",
            "austrian", "greek", "swedish", "norwegian", "danish", "finnish", "irish", "scottish", "welsh", "english",
            "canadian", "mexican", "brazilian", "argentine", "argentinian", "chilean", "colombian", "venezuelan",
            "cuban", "peruvian", "australian", "african", "nigerian", "kenyan", "ethiopian", "somali", "sudanese",
            "tunisian", "algerian", "moroccan", "lebanese", "jordanian", "yemeni", "qatari", "emirati", "kuwaiti",
            "bahraini", "omani", "european", "asian", "arab", "western", "eastern", "northern", "southern",
            "soviet", "serbian", "croatian", "bosnian", "romanian", "bulgarian", "hungarian", "czech", "slovak",
            "portuguese", "vietnamese", "thai", "indonesian", "filipino", "malaysian", "taiwanese", "georgian",
            "armenian", "azerbaijani", "kazakh", "uzbek", "belarusian", "lithuanian", "latvian", "estonian",
            "kurdish", "sunni", "shiite", "shia", "muslim", "christian", "jewish", "catholic", "orthodox",
            "protestant", "islamic", "islamist", "republican", "democratic", "democrat", "conservative", "liberal",
            "socialist", "communist",
        ]
        var words = Set(singular)
        for word in singular where !word.contains(".") && word.count > 2 {
            words.insert(word + "s")
        }
        words.formUnion(["british", "french", "dutch", "swiss", "chinese", "japanese", "lebanese", "sudanese",
                         "portuguese", "vietnamese", "taiwanese"])
        return words
    }()

    /// Head nouns of organisations: "Defense Ministry", "Security Council", "World Trade Organisation".
    static let organizationHeads: Set<String> = [
        "ministry", "department", "council", "committee", "commission", "agency", "organisation", "organization",
        "union", "bank", "university", "college", "institute", "association", "federation", "league", "party",
        "court", "parliament", "congress", "senate", "assembly", "army", "navy", "forces", "force", "police",
        "office", "bureau", "board", "corporation", "corp.", "corp", "inc.", "inc", "ltd.", "ltd", "plc", "llc",
        "company", "co.", "group", "holdings", "foundation", "fund", "trust", "alliance", "coalition", "front",
        "movement", "brigade", "brigades", "network", "channel", "radio", "television", "tv", "times", "post",
        "news", "press", "journal", "herald", "tribune", "gazette", "telegraph", "service", "services", "authority",
        "administration", "government", "club", "church", "hospital", "airlines", "airways", "motors", "systems",
        "technologies", "industries", "house", "cabinet", "guard", "command", "reserve", "exchange", "center",
        "centre", "foundation", "society", "institution", "secretariat", "directorate", "ministries", "duma",
        "kremlin", "pentagon", "nations", "council", "school", "academy", "laboratory", "observatory", "museum",
        "bloc", "commission", "tribunal", "junta", "caucus", "taliban", "hezbollah", "hamas", "qaeda",
    ]

    /// Lower-case nouns that, right after a name, show it names an organisation: "Kremlin officials",
    /// "Moscow Echo radio", "White House statement".
    static let organizationContext: Set<String> = [
        "officials", "official", "statement", "spokesman", "spokeswoman", "spokesperson", "radio", "newspaper",
        "daily", "channel", "network", "agency", "company", "firm", "group", "government", "authorities",
        "administration", "leadership", "chief", "executives", "employees", "shares", "board", "website",
    ]

    /// Words that tie the speaker to what was said: "Gates said", "told reporters".
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "insisted", "stated", "declared",
        "explained", "wrote", "argued", "warned", "claimed", "asked", "replied", "responded", "announced",
        "acknowledged", "admitted", "confirmed", "denied", "urged", "predicted", "recalled", "complained",
    ]

    /// Words that may join the parts of a name: "Osama bin Laden", "Ludwig van Beethoven", "Bank of England".
    static let nameParticles: Set<String> = [
        "bin", "ibn", "bint", "abu", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "del", "della",
        "la", "le", "dos", "das", "ter", "ten", "y", "st.",
    ]

    /// Prefixes of Arabic names written with a hyphen: "al-Assad", "el-Sisi", "ad-Din".
    static let arabicArticlePrefixes = ["al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-", "ud-", "ul-"]

    /// Trailing words of a capitalised run that name a document, not an organisation: "Resolution 1973".
    static let documentWords: Set<String> = [
        "resolution", "act", "treaty", "accord", "accords", "agreement", "bill", "convention", "protocol", "charter",
        "declaration", "amendment", "report", "plan", "doctrine",
    ]

    /// English function words: a capitalised one opens a sentence or a title, it is not part of a name.
    /// (The stop-word lists are far larger and hold words such as "world" that names contain.)
    static let functionWords: Set<String> = [
        "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "if", "when", "while", "as", "at", "by",
        "in", "on", "of", "to", "from", "with", "without", "after", "before", "since", "until", "though",
        "although", "because", "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our",
        "my", "your", "this", "that", "these", "those", "there", "here", "then", "thus", "also", "still", "even",
        "just", "only", "not", "no", "yes", "all", "some", "any", "each", "every", "many", "much", "more", "most",
        "few", "other", "another", "such", "what", "which", "who", "whom", "whose", "where", "why", "how", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "shall", "should", "may", "might", "must", "meanwhile", "however", "moreover",
        "furthermore", "nevertheless", "instead", "indeed", "perhaps", "about", "above", "across", "against",
        "along", "among", "around", "despite", "during", "into", "near", "over", "under", "upon", "within", "via",
        "per", "than", "like", "unlike", "both", "either", "neither", "whether", "once", "it's", "i'm", "we're",
        "they're", "he's", "she's", "that's", "there's", "let", "let's", "said", "says", "asked", "according",
    ]

    /// Capitalised words that are never names on their own: days, months, pronouns.
    static let neverNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "i", "i'm", "i've", "i'd",
        "i'll", "god", "internet", "web", "am", "pm", "a.m.", "p.m.",
    ]

    /// Hyphenated modifiers after a name: "NATO-led", "U.S.-backed", "Moscow-based".
    static let nameModifierSuffixes = [
        "-led", "-backed", "-based", "-style", "-born", "-era", "-owned", "-run", "-funded", "-made", "-bound",
        "-controlled", "-friendly", "-linked", "-allied", "-held", "-brokered", "-sponsored", "-supported",
    ]
}
