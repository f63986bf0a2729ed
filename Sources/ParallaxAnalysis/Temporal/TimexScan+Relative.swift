import ParallaxReading

/// Dates named relative to the publication date: "today", "last week", "this year", "the weekend", "now".
extension TimexScan {
    func relativeDay(at index: Int) -> TimexMatch? {
        var position = index
        // "earlier today", "later this week": the modifier is part of the expression.
        if ["earlier", "later"].contains(word(index)), ["today", "tonight", "this"].contains(word(index + 1)) {
            position = index + 1
        }
        let day: CalendarDay?
        var last = position
        switch word(position) {
        case "today":
            day = reference
        case "tonight":
            return TimexMatch(first: index, last: position, type: .time, value: (reference?.timexDay ?? "XXXX-XX-XX") + "TNI")
        case "yesterday":
            day = reference?.adding(days: -1)
        case "tomorrow":
            day = reference?.adding(days: 1)
        case "this", "last":
            // "this morning", "last night"
            guard let part = TimexLexicon.partsOfDay[word(position + 1)],
                  word(position) == "this" || word(position + 1) == "night" else { return nil }
            let anchor = word(position) == "last" ? reference?.adding(days: -1) : reference
            return TimexMatch(first: index, last: position + 1, type: .time,
                              value: (anchor?.timexDay ?? "XXXX-XX-XX") + "T" + part)
        default:
            return nil
        }
        guard let day else {
            return TimexMatch(first: index, last: last, type: .date, value: word(position) == "today" ? "PRESENT_REF" : "XXXX-XX-XX")
        }
        if let part = TimexLexicon.partsOfDay[word(position + 1)] {
            last = position + 1
            return TimexMatch(first: index, last: last, type: .time, value: day.timexDay + "T" + part)
        }
        return TimexMatch(first: index, last: last, type: .date, value: day.timexDay)
    }

    /// "last week", "this year", "next month", "the previous year", "this weekend"; "the past week" is a
    /// duration.
    func relativePeriod(at index: Int) -> TimexMatch? {
        var position = index
        // "earlier this year", "late last year", "early next month": the modifier is part of the expression.
        if ["earlier", "later", "early", "late", "mid"].contains(word(index)), ["this", "last", "next"].contains(word(index + 1)) {
            position += 1
        }
        let hasArticle = word(position) == "the"
        if hasArticle { position += 1 }
        let modifier = word(position)
        let unit = word(position + 1)
        let last = position + 1
        let periods: Set<String> = ["week", "month", "year", "quarter", "weekend", "decade", "century"]
        if hasArticle, modifier == "weekend" {
            return weekend(first: index, last: position, step: direction(index, position) == .forward ? 1 : 0)
        }
        guard periods.contains(unit) else { return nil }
        let step: Int
        switch (hasArticle, modifier) {
        case (false, "this"), (true, "current"), (false, "current"): step = 0
        case (false, "last"), (true, "previous"), (true, "preceding"), (false, "past"): step = -1
        case (false, "next"), (false, "coming"), (true, "following"): step = 1
        case (true, "past"), (true, "last"), (true, "next"), (true, "coming"):
            if word(last + 1) == "of" { return nil }
            // "the past week": the seven days up to now, a duration.
            guard let unit = TimexLexicon.units[unit] else { return nil }
            return TimexMatch(first: index, last: last, type: .duration, value: Self.durationValue(1, unit))
        default:
            return nil
        }
        if modifier == "past" && unit != "year" { return nil }
        guard let reference else { return TimexMatch(first: index, last: last, type: .date, value: "XXXX") }
        switch unit {
        case "week":
            return TimexMatch(first: index, last: last, type: .date, value: reference.adding(days: 7 * step).timexWeek)
        case "weekend":
            return weekend(first: index, last: last, step: step)
        case "month":
            return TimexMatch(first: index, last: last, type: .date, value: reference.adding(months: step).timexMonth)
        case "year":
            return TimexMatch(first: index, last: last, type: .date, value: String(reference.year + step))
        case "quarter":
            let number = reference.year * 4 + reference.quarter - 1 + step
            return TimexMatch(first: index, last: last, type: .date, value: "\(number / 4)-Q\(number % 4 + 1)")
        case "decade":
            return TimexMatch(first: index, last: last, type: .date, value: String(reference.year / 10 + step))
        default:
            return TimexMatch(first: index, last: last, type: .date, value: String(reference.year / 100 + step))
        }
    }

    /// The weekend of the week `step` weeks from the reference's (backward from a Monday, "this weekend" is
    /// the one just past).
    private func weekend(first: Int, last: Int, step: Int) -> TimexMatch {
        guard let reference else { return TimexMatch(first: first, last: last, type: .date, value: "XXXX-WXX-WE") }
        let day = reference.adding(days: 7 * step)
        return TimexMatch(first: first, last: last, type: .date, value: day.timexWeek + "-WE")
    }

    /// "the end of the year", "the beginning of next month": TimeML keeps the whole phrase, valued as the
    /// period (its `mod` says which part).
    func partOfPeriod(at index: Int) -> TimexMatch? {
        guard word(index) == "the", ["end", "beginning", "start", "middle", "close"].contains(word(index + 1)),
              word(index + 2) == "of" else { return nil }
        if word(index + 3) == "the", ["year", "month", "week"].contains(word(index + 4)), let reference {
            let period = word(index + 4)
            let value = period == "year" ? String(reference.year) : period == "month" ? reference.timexMonth : reference.timexWeek
            return TimexMatch(first: index, last: index + 4, type: .date, value: value)
        }
        if let period = relativePeriod(at: index + 3), period.type == .date {
            return TimexMatch(first: index, last: period.last, type: .date, value: period.value)
        }
        if let year = yearNumber(index + 3) { return TimexMatch(first: index, last: index + 3, type: .date, value: String(year)) }
        return nil
    }

    /// "the next day", "the following day", "the previous day": a day from the day last named.
    func neighbouringDay(at index: Int) -> TimexMatch? {
        guard word(index) == "the", word(index + 2) == "day" else { return nil }
        let step: Int
        switch word(index + 1) {
        case "next", "following": step = 1
        case "previous", "preceding": step = -1
        default: return nil
        }
        let anchor = lastNamedDay() ?? reference
        guard let anchor else { return nil }
        return TimexMatch(first: index, last: index + 2, type: .date, value: anchor.adding(days: step).timexDay)
    }

    /// "the day" after a word that makes it a calendar day ("end the day", "for the day", "late in the day").
    func anaphoricDay(first: Int, last: Int) -> TimexMatch? {
        let before = word(first - 1)
        guard word(first + 1) == "same" || ["end", "ending", "ended", "ends", "for", "during", "close", "finish",
              "finished", "start", "started", "in", "on", "of"].contains(before) else { return nil }
        if before == "of" && !["end", "start", "close", "rest", "remainder"].contains(word(first - 2)) { return nil }
        if before == "in" && !["late", "early", "later", "earlier"].contains(word(first - 2)) { return nil }
        let value = lastNamedDay()?.timexDay ?? reference?.timexDay ?? "XXXX-XX-XX"
        return TimexMatch(first: first, last: last, type: .date, value: value)
    }

    func anaphoricYear(first: Int, last: Int) -> TimexMatch? {
        let before = word(first - 1)
        let whole = last > first + 1
        guard whole || ["for", "during", "end", "start", "beginning", "rest", "remainder"].contains(before)
            || (before == "in" && ["late", "early", "later", "earlier"].contains(word(first - 2)))
            || (before == "of" && ["end", "start", "beginning", "rest", "remainder", "half"].contains(word(first - 2)))
        else { return nil }
        // "the year" before its own year ("the year 2000") or a noun ("the year ahead") is another expression.
        if yearNumber(last + 1) != nil || ["ahead", "before", "after", "earlier", "ago", "later"].contains(word(last + 1)) { return nil }
        let named = found.suffix(8).last { $0.type == .date && $0.value.count >= 4 && Int($0.value.prefix(4)) != nil }
        guard let year = named.map({ String($0.value.prefix(4)) }) ?? reference.map({ String($0.year) }) else { return nil }
        return TimexMatch(first: first, last: last, type: .date, value: year)
    }

    /// "now", "currently", "recently", "the future", "the past", "the present".
    func reference(at index: Int) -> TimexMatch? {
        if let value = TimexLexicon.references[word(index)] {
            // "now" as a conjunction ("now that") or in "right now" stays a reference to the present either way.
            return TimexMatch(first: index, last: index, type: .date, value: value)
        }
        guard word(index) == "the" else { return nil }
        var position = index + 1
        if ["near", "distant", "immediate", "foreseeable", "recent", "same", "entire", "whole", "full"].contains(word(position)) {
            position += 1
        }
        let value: String
        switch word(position) {
        case "day" where position == index + 1 || word(position - 1) == "same":
            // "to end the day", "the same day": the day last named, else the publication date.
            return anaphoricDay(first: index, last: position)
        case "year" where position == index + 1 || ["entire", "whole", "full"].contains(word(position - 1)):
            // "for the year", "the entire year": the year last named, else the publication year.
            return anaphoricYear(first: index, last: position)
        case "future": value = "FUTURE_REF"
        case "past": value = "PAST_REF"
        case "present": value = "PRESENT_REF"
        default: return nil
        }
        // "the past five years" is a duration, "the present government" no date.
        let next = position + 1 < tokens.count ? tokens[position + 1] : nil
        if let next, next.kind == .word || next.kind == .number, value != "FUTURE_REF" { return nil }
        return TimexMatch(first: index, last: position, type: .date, value: value)
    }
}
