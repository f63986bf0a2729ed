/// The words that report speech, and the words that stand for a speaker.
public enum QuoteLexicon {
    /// Whether a lower-case word reports speech ("said", "told", "reporters"): such words describe the reporting,
    /// not the news.
    public static func isReportingWord(_ word: String) -> Bool {
        cueVerbs.contains(word) || ["reporters", "reporter", "journalists", "interview", "according"].contains(word)
    }

    /// Reporting verbs in their common forms.
    static let cueVerbs: Set<String> = {
        let stems = [
            ("say", ["said", "says", "saying"]), ("tell", ["told", "tells", "telling"]),
            ("add", ["added", "adds", "adding"]), ("note", ["noted", "notes", "noting"]),
            ("insist", ["insisted", "insists", "insisting"]), ("state", ["stated", "states"]),
            ("declare", ["declared", "declares"]), ("explain", ["explained", "explains", "explaining"]),
            ("write", ["wrote", "writes", "writing"]), ("argue", ["argued", "argues", "arguing"]),
            ("warn", ["warned", "warns", "warning"]), ("claim", ["claimed", "claims", "claiming"]),
            ("ask", ["asked", "asks", "asking"]), ("reply", ["replied", "replies"]),
            ("respond", ["responded", "responds"]), ("announce", ["announced", "announces"]),
            ("acknowledge", ["acknowledged", "acknowledges"]), ("admit", ["admitted", "admits"]),
            ("confirm", ["confirmed", "confirms"]), ("deny", ["denied", "denies"]), ("urge", ["urged", "urges"]),
            ("predict", ["predicted", "predicts"]), ("recall", ["recalled", "recalls"]),
            ("complain", ["complained", "complains"]), ("concede", ["conceded", "concedes"]),
            ("suggest", ["suggested", "suggests"]), ("stress", ["stressed", "stresses"]),
            ("emphasize", ["emphasized", "emphasised", "emphasizes"]), ("remark", ["remarked"]),
            ("observe", ["observed"]), ("tweet", ["tweeted", "tweets"]), ("report", ["reported"]),
            ("testify", ["testified"]), ("charge", ["charged"]), ("contend", ["contended", "contends"]),
            ("maintain", ["maintained", "maintains"]), ("continue", ["continued"]), ("joke", ["joked"]),
            ("vow", ["vowed", "vows"]), ("promise", ["promised", "promises"]), ("predict", ["predicted"]),
            ("insist", ["insisted"]), ("believe", ["believes", "believed"]), ("think", ["thinks"]),
            ("estimate", ["estimated", "estimates"]), ("assert", ["asserted", "asserts"]),
            ("allege", ["alleged", "alleges"]), ("counter", ["countered"]), ("retort", ["retorted"]),
            ("wonder", ["wondered"]), ("threaten", ["threatened"]), ("pledge", ["pledged"]),
            ("reiterate", ["reiterated"]), ("indicate", ["indicated"]), ("signal", ["signaled", "signalled"]),
            ("boast", ["boasted"]), ("quip", ["quipped"]), ("shout", ["shouted"]), ("recount", ["recounted"]),
        ]
        var verbs = Set<String>()
        for (base, forms) in stems {
            verbs.insert(base)
            verbs.formUnion(forms)
        }
        return verbs
    }()

    /// Verbs that report what someone holds or found, beyond speech: enough to frame reported speech
    /// ("Sanders accused Clinton of …", "the poll found …"), too loose to attribute a quotation.
    static let reportingVerbs: Set<String> = cueVerbs.union([
        "accused", "accuses", "called", "calls", "calling", "described", "describes", "criticized", "criticised",
        "criticizes", "endorsed", "endorses", "declined", "show", "shows", "showed", "shown", "found", "finds",
        "reveal", "reveals", "revealed", "rejected", "rejects", "wants", "wanted", "expects", "expected", "hopes",
        "hoped", "proposed", "proposes", "questioned", "dismissed", "blamed", "blames", "praised", "praises",
        "defended", "defends", "demanded", "demands", "agreed", "agrees", "disagreed", "mentioned", "hinted",
        "implied", "speculated", "projected", "feared", "fears", "worried", "insist", "think", "believe", "acknowledging",
        "noting", "arguing", "suggesting", "warning", "claiming", "insisting", "explaining", "adding",
    ])

    /// Verbs after which a quotation mark or clause is reported speech even without "that" ("said:", "told reporters").
    static let takesObject: Set<String> = ["told", "tells", "tell", "telling", "asked", "asks", "urged", "warned", "assured"]

    static let personalPronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "who"]

    /// Words that may sit between a speaker and the reporting verb: "Gates also said", "he has repeatedly said".
    static let fillers: Set<String> = [
        "also", "later", "then", "previously", "again", "once", "has", "had", "have", "was", "is", "were", "would",
        "will", "had", "repeatedly", "frequently", "often", "publicly", "privately", "recently", "earlier", "further",
        "simply", "just", "already", "even", "still", "reportedly", "separately", "quickly", "flatly", "told",
    ]

    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "one", "another"]

    /// Whether a lower-case noun names a person by role: "chief", "businessman", "spokeswoman", "candidate".
    static func personNouns(_ word: String) -> Bool {
        if NameLexicon.personTitles.contains(word) { return true }
        let roles: Set<String> = [
            "businessman", "businesswoman", "candidate", "nominee", "official", "lawmaker", "politician", "billionaire",
            "mogul", "senator", "governor", "leader", "chief", "boss", "president", "secretary", "minister", "lawyer",
            "attorney", "spokesman", "spokeswoman", "adviser", "advisor", "strategist", "aide", "veteran", "actor",
            "actress", "star", "executive", "founder", "host", "anchor", "reporter", "author", "economist", "analyst",
            "diplomat", "envoy", "ambassador", "general", "commander", "officer", "director", "chairman", "chairwoman",
            "mayor", "prosecutor", "judge", "congressman", "congresswoman", "democrat", "republican", "incumbent",
            "frontrunner", "front-runner", "challenger", "president-elect", "premier", "monarch", "king", "queen",
        ]
        return roles.contains(word)
    }

    /// Nouns through which an organisation or person speaks: "the Kremlin statement", "a White House spokesman".
    static let voiceNouns: Set<String> = [
        "statement", "statements", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "release", "communique",
        "communiqué", "letter", "report", "website", "account", "office", "campaign", "aide", "aides", "officials",
        "official", "representative", "representatives", "lawyer", "lawyers", "tweet", "post", "memo", "filing",
    ]

    /// Words that end a speaker's noun phrase when walking back from the verb.
    static let phraseBreakers: Set<String> = [
        "and", "but", "or", "that", "which", "who", "when", "while", "because", "if", "as", "after", "before",
        "since", "to", "in", "on", "at", "for", "with", "by", "from", "of", "about", "than", "said", "says",
    ]

    /// Words of a time adjunct between a subject and its verb ("Russia's defense minister on Tuesday called
    /// for …"): a day or a time is never the one who speaks.
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "earlier", "later", "recently", "previously",
    ]
    /// Words that open a time adjunct: "on Tuesday", "last week", "earlier this month".
    static let timeOpeners: Set<String> = ["on", "in", "last", "this", "next", "early", "late", "earlier", "later", "that", "the"]
}
