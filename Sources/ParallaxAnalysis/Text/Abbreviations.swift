/// Words written with a full stop that does not end a sentence: titles, initials, months, "No.", "Inc.".
enum Abbreviations {
    /// Titles that always precede a name: a full stop after them never ends a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep",
        "gov", "pres", "rev", "hon", "gen", "brig", "cpl", "pvt", "supt", "insp", "det", "fr", "sr", "jr", "st",
        "mt", "ft", "messrs", "mme", "mlle", "herr", "frau",
    ]

    /// Other abbreviations that take a full stop.
    static let others: Set<String> = [
        "inc", "co", "corp", "ltd", "plc", "no", "nos", "vs", "etc", "approx", "dept", "est", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u", "d.c",
        "ave", "blvd", "rd", "fig", "vol", "ed", "eds", "al",
    ]

    static func isAbbreviation(_ lowercased: String) -> Bool {
        titles.contains(lowercased) || others.contains(lowercased)
    }
}
