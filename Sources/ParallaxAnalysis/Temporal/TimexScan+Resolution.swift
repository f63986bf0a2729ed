import ParallaxReading

/// Placing dates written without a year or week: forward when the clause looks forward, backward when it looks
/// back, else the nearest candidate (news reports the past: a tie goes back).
extension TimexScan {
    /// "March 3" → "2012-03-03": of the candidates in the year before, of and after the reference, the first on
    /// or after it (forward), the last on or before it (backward) or the nearest.
    func resolve(month: Int, day: Int, direction: TemporalDirection) -> String {
        guard let reference else { return "XXXX-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))" }
        let candidates = (reference.year - 1...reference.year + 1).compactMap { CalendarDay(year: $0, month: month, day: day) }
        guard let chosen = direction.choose(candidates.map { ($0, $0.dayNumber - reference.dayNumber) }) else {
            return "XXXX-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))"
        }
        return chosen.timexDay
    }

    /// "in October" → "2011-10", placed like a month and day, a month at a time.
    func resolve(month: Int, direction: TemporalDirection) -> String {
        guard let reference else { return "XXXX-\(CalendarDay.pad(month, 2))" }
        let candidates = (reference.year - 1...reference.year + 1).map { year in
            (year, year * 12 + month - (reference.year * 12 + reference.month))
        }
        let year = direction.choose(candidates) ?? reference.year
        return "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))"
    }

    /// "the fourth quarter" → "2010-Q4", a quarter at a time.
    func resolve(quarter: Int, direction: TemporalDirection) -> String {
        guard let reference else { return "XXXX-Q\(quarter)" }
        let candidates = (reference.year - 1...reference.year + 1).map { year in
            (year, year * 4 + quarter - (reference.year * 4 + reference.quarter))
        }
        let year = direction.choose(candidates) ?? reference.year
        return "\(CalendarDay.pad(year, 4))-Q\(quarter)"
    }

    /// "Wednesday": backward, the latest such day on or before the reference (news of a Monday saying "on
    /// Monday" means that day); forward, the first on or after it; "last", "next" and "this" as written.
    func resolve(weekday: Int, modifier: String?, direction: TemporalDirection) -> String {
        guard let reference else { return "XXXX-WXX-\(weekday + 1)" }
        let back = (reference.weekday - weekday + 7) % 7
        let ahead = (weekday - reference.weekday + 7) % 7
        switch modifier {
        case "next", "coming":
            return reference.adding(days: ahead == 0 ? 7 : ahead).timexDay
        case "last", "past":
            return reference.adding(days: -(back == 0 ? 7 : back)).timexDay
        case "this":
            return reference.adding(days: weekday - reference.weekday).timexDay
        default:
            // Wire copy names today by its weekday ("will land on Monday", written on a Monday): forward
            // includes the day itself, as backward does.
            if direction == .forward { return reference.adding(days: ahead).timexDay }
            return reference.adding(days: -back).timexDay
        }
    }
}
