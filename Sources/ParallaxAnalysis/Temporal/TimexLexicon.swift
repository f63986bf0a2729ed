/// The English words temporal expressions are made of.
enum TimexLexicon {
    static let months: [String: Int] = {
        var months: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        for (index, name) in names.enumerated() {
            months[name] = index + 1
            if name.count > 3 {
                months[String(name.prefix(3)) + "."] = index + 1
                months[String(name.prefix(3))] = index + 1
            }
        }
        months["sept."] = 9
        months["sept"] = 9
        return months
    }()

    /// Month names that are also common words or names: they need a date around them.
    static let ambiguousMonths: Set<String> = ["may", "march", "jan", "mar", "apr", "aug", "jun", "jul", "oct", "dec",
                                               "sept", "sep", "nov", "feb"]

    /// 0 for Monday … 6 for Sunday, as `CalendarDay.weekday`.
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// Parts of a day and their TIMEX3 codes.
    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "single": 1, "half": 0.5,
    ]

    /// Words for an unspecified number: "several years" is PXY.
    static let vagueQuantities: Set<String> = ["several", "few", "many", "some", "numerous", "multiple"]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]

    /// A unit of time: its TIMEX3 letter and whether it is a time (PT…) rather than a date unit.
    struct Unit {
        var code: String
        var isTime: Bool
        /// The granularity of "N units ago": how the resulting date is written.
        var name: String
        /// Units of the code in one of these: a decade is written as 10 years ("P10Y"), as TimeBank does.
        var scale: Double = 1
    }

    static let units: [String: Unit] = {
        var units: [String: Unit] = [:]
        let table: [(String, String, Bool)] = [
            ("second", "S", true), ("minute", "M", true), ("hour", "H", true), ("day", "D", false),
            ("week", "W", false), ("month", "M", false), ("year", "Y", false), ("decade", "Y", false),
            ("quarter", "Q", false), ("weekend", "WE", false),
        ]
        for (name, code, isTime) in table {
            units[name] = Unit(code: code, isTime: isTime, name: name)
            units[name + "s"] = Unit(code: code, isTime: isTime, name: name)
        }
        units["century"] = Unit(code: "Y", isTime: false, name: "century", scale: 100)
        units["centuries"] = Unit(code: "Y", isTime: false, name: "century", scale: 100)
        units["decade"]?.scale = 10
        units["decades"]?.scale = 10
        units["hrs"] = Unit(code: "H", isTime: true, name: "hour")
        units["mins"] = Unit(code: "M", isTime: true, name: "minute")
        return units
    }()

    /// Words before a quantity that TimeML keeps in the extent (as its `mod`): "nearly five months".
    static let quantityModifiers: Set<String> = [
        "about", "around", "almost", "nearly", "approximately", "roughly", "some", "over", "under", "barely",
        "just", "only", "fully", "up",
    ]

    /// Prepositions after which a bare year or month is a date: "in 2009", "since March".
    static let datePrepositions: Set<String> = [
        "in", "since", "until", "till", "by", "of", "from", "to", "between", "and", "before", "after", "through",
        "during", "for", "early", "late", "mid", "last", "next", "this", "around", "on", "throughout", "into",
        "as", "circa", "end", "beginning", "start", "summer", "spring", "autumn", "winter", "fall", "year",
    ]

    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]

    /// SET words: how often.
    static let recurrenceAdverbs: [String: String] = [
        "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "weekly": "P1W", "daily": "P1D", "monthly": "P1M",
        "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
    ]

    /// Words that refer to the present, past or future without a date.
    static let references: [String: String] = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
        "recently": "PAST_REF",
    ]
}
