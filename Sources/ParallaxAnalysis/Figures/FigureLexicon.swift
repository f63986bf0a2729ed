/// The words figures are written with: numbers in words, scales, currencies, percent and qualifiers, in English
/// and the scale and percent words of German, French and Spanish copy ("1,2 Mio.", "2,5 millions", "45 Prozent").
enum FigureLexicon {
    static let wordNumbers: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let units: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    static let ordinalWords: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
    ]
    /// Scale words after a number, any case, a final stop removed ("Mio." → "mio").
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000, "bln": 1_000_000_000,
        "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
        // German
        "tausend": 1_000, "tsd": 1_000, "mio": 1_000_000, "millionen": 1_000_000, "mrd": 1_000_000_000,
        "milliarde": 1_000_000_000, "milliarden": 1_000_000_000, "billionen": 1_000_000_000_000,
        // French and Spanish
        "mille": 1_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000, "millón": 1_000_000,
        "millones": 1_000_000,
    ]
    /// Scale letters written against the number ("2m", "5k"); "m" is also metres, so it needs money or a
    /// counted word that is not a measure (see `FigureExtractor.scale`).
    static let scaleLetters: [String: Double] = ["m": 1_000_000, "k": 1_000, "b": 1_000_000_000]
    /// Words after "2m" that make it metres, not millions.
    static let measureWords: Set<String> = [
        "tall", "high", "long", "deep", "wide", "away", "race", "sprint", "hurdles", "freestyle", "backstroke",
        "breaststroke", "butterfly", "relay", "final", "dash", "above", "below", "from", "metres", "meters",
    ]
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]
    static let currencyCodes: [String: String] = ["usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY"]
    /// Currency words after a number: "2 million euros", "2,5 millions d'euros", "1,2 Mio. Euro".
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "d'euros": "EUR", "d’euros": "EUR",
        "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
        "de dollars": "USD", "de dólares": "USD", "dólares": "USD",
    ]
    /// Qualifiers before a figure, longest first so that "an estimated" wins over "estimated".
    static let qualifiers = [
        "no more than", "upwards of", "in excess of", "as many as", "an estimated", "at least", "more than",
        "fewer than", "less than", "at most", "up to", "well over", "close to", "some", "about", "around", "nearly",
        "almost", "over", "under", "roughly", "approximately", "estimated", "only", "just",
    ]
    /// Qualifiers that compare amounts: a year is never "less than" another.
    static let comparisons: Set<String> = [
        "no more than", "upwards of", "in excess of", "as many as", "at least", "more than", "fewer than", "less than",
        "at most", "up to", "well over",
    ]
    /// Words after which a number that could be a year is one: "the 2016 elections", "in 2000", "its 2011 budget".
    static let beforeYears: Set<String> = [
        "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "a", "an",
        "in", "since", "by", "until", "till", "of", "from", "for", "before", "after", "during", "through", "to",
        "and", "or", "between", "s", "’s", "'s", "early", "late", "mid", "summer", "winter", "spring", "autumn", "fall",
    ]
}
