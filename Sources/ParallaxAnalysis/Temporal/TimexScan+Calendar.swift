import ParallaxReading

/// Dates named by the calendar: "March 3, 2012", "3 March", "October", "7/8/07", "2009", "the 1990s",
/// "Wednesday", "the fourth quarter", "last summer", "Christmas".
extension TimexScan {
    // MARK: Months and days

    func monthNumber(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, isCapitalised(index) else { return nil }
        return TimexLexicon.months[lower[index]]
    }

    /// Where a month name ends: "Oct" "." when the tokenizer left the abbreviation's full stop apart.
    func monthEnd(_ index: Int) -> Int {
        lower[index].count <= 4 && !lower[index].hasSuffix(".") && word(index + 1) == "." && touchesNext(index)
            && dayNumber(index + 2) != nil ? index + 1 : index
    }

    func dayNumber(_ index: Int) -> Int? {
        guard isNumber(index) else { return nil }
        let text = lower[index]
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count <= 2, ["", "st", "nd", "rd", "th"].contains(String(text.dropFirst(digits.count))),
              let day = Int(digits), (1...31).contains(day)
        else { return nil }
        // "June 18:00" is a time, "March 3%" a figure.
        if touchesNext(index), [":", "%", ".", "/"].contains(word(index + 1)), isNumber(index + 2) || word(index + 1) == "%" {
            return nil
        }
        return day
    }

    func yearNumber(_ index: Int) -> Int? {
        guard isNumber(index) else { return nil }
        let text = lower[index]
        guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text),
              (1000...2199).contains(year)
        else { return nil }
        return year
    }

    /// "early", "late", "mid", "mid-": kept in the extent, the value stays that of the period.
    func periodModifier(at index: Int) -> Int? {
        guard ["early", "late", "mid"].contains(word(index)) else { return nil }
        if word(index) == "mid", touchesNext(index), word(index + 1) == "-" { return index + 2 }
        return index + 1
    }

    func calendarDate(at index: Int) -> TimexMatch? {
        var position = index
        var relative: String?
        var modified = false
        if let after = periodModifier(at: index) {
            position = after
            modified = true
        } else if ["last", "next", "this"].contains(word(index)) {
            relative = word(index)
            position = index + 1
        }
        // "3 March 2012", "22nd March"
        if let day = dayNumber(position), let month = monthNumber(position + 1) {
            var last = position + 1
            var value = resolve(month: month, day: day, direction: direction(index, last))
            if let year = yearNumber(position + 2), let date = CalendarDay(year: year, month: month, day: day) {
                last = position + 2
                value = date.timexDay
            }
            return TimexMatch(first: index, last: last, type: .date, value: value)
        }
        // "mid-March", "early-June": one token.
        if position == index, isCapitalised(index) || lower[index].hasPrefix("mid-") {
            let parts = lower[index].split(separator: "-", maxSplits: 1).map(String.init)
            if parts.count == 2, ["mid", "early", "late"].contains(parts[0]), let month = TimexLexicon.months[parts[1]],
               parts[1].count > 3 || parts[1] == "may" {
                if let year = yearNumber(index + 1) {
                    return TimexMatch(first: index, last: index + 1, type: .date, value: "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))")
                }
                return TimexMatch(first: index, last: index, type: .date, value: resolve(month: month, direction: direction(index, index)))
            }
        }
        guard let month = monthNumber(position) else { return nil }
        let monthWord = lower[position].hasSuffix(".") ? String(lower[position].dropLast()) : lower[position]
        position = monthEnd(position)
        // "March 3, 2012", "March 3 2012", "March 3"
        if let day = dayNumber(position + 1) {
            var last = position + 1
            var year: Int?
            if word(position + 2) == ",", let explicit = yearNumber(position + 3) {
                year = explicit
                last = position + 3
            } else if let explicit = yearNumber(position + 2) {
                year = explicit
                last = position + 2
            }
            let value = year.flatMap { CalendarDay(year: $0, month: month, day: day)?.timexDay }
                ?? resolve(month: month, day: day, direction: direction(index, last))
            return TimexMatch(first: index, last: last, type: .date, value: value)
        }
        // "March 2012", "March, 2012", "March of 2012"
        for (offset, separator) in [(1, ""), (2, ","), (2, "of")] {
            if separator.isEmpty || word(position + 1) == separator, let year = yearNumber(position + offset) {
                return TimexMatch(first: index, last: position + offset, type: .date,
                                  value: "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))")
            }
        }
        // A month alone: "in October", "last March". "May" and "March" are also words; abbreviations need a day.
        guard monthWord.count > 3 || monthWord == "may" else { return nil }
        let introduced = relative != nil || modified || TimexLexicon.datePrepositions.contains(word(index - 1))
        if !introduced {
            if TimexLexicon.ambiguousMonths.contains(monthWord) { return nil }
            if isCapitalised(position + 1) || (isCapitalised(index - 1) && !tokens[index].startsParagraph
                && ![".", "!", "?", "\"", "“"].contains(word(index - 2))) { return nil }
        }
        let value: String
        if let relative, let reference {
            let offset = month - reference.month
            let year: Int
            switch relative {
            case "last": year = offset < 0 ? reference.year : reference.year - 1
            case "next": year = offset > 0 ? reference.year : reference.year + 1
            default: year = reference.year
            }
            value = "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))"
        } else {
            value = resolve(month: month, direction: direction(index, position))
        }
        return TimexMatch(first: index, last: position, type: .date, value: value)
    }

    /// "7/8/07" (month first, as English news in the US writes it), "2008-03-01".
    func numericDate(at index: Int) -> TimexMatch? {
        guard isNumber(index) else { return nil }
        if let year = yearNumber(index), touchesNext(index), word(index + 1) == "-", touchesNext(index + 1),
           let month = Int(word(index + 2)), touchesNext(index + 2), word(index + 3) == "-", touchesNext(index + 3),
           let day = Int(word(index + 4)), let date = CalendarDay(year: year, month: month, day: day) {
            return TimexMatch(first: index, last: index + 4, type: .date, value: date.timexDay)
        }
        guard touchesNext(index), word(index + 1) == "/", touchesNext(index + 1), touchesNext(index + 2),
              word(index + 3) == "/", touchesNext(index + 3), isNumber(index + 4),
              let month = Int(word(index)), let day = Int(word(index + 2)), var year = Int(word(index + 4))
        else { return nil }
        let yearDigits = word(index + 4).count
        guard yearDigits == 2 || yearDigits == 4 else { return nil }
        if yearDigits == 2 { year += year < 50 ? 2000 : 1900 }
        guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
        return TimexMatch(first: index, last: index + 4, type: .date, value: date.timexDay)
    }

    // MARK: Years and decades

    func year(at index: Int) -> TimexMatch? {
        // "fiscal 2007", "fiscal year 2007", "FY2007"
        if word(index) == "fiscal" {
            let position = word(index + 1) == "year" ? index + 2 : index + 1
            if let year = yearNumber(position) { return TimexMatch(first: index, last: position, type: .date, value: "FY\(year)") }
        }
        if lower[index].hasPrefix("fy"), lower[index].count == 6, let year = Int(lower[index].dropFirst(2)) {
            return TimexMatch(first: index, last: index, type: .date, value: "FY\(year)")
        }
        var position = index
        // "the late 1990s": the article, then the modifier.
        let modified = periodModifier(at: index) ?? (word(index) == "the" ? periodModifier(at: index + 1) : nil)
        if let modified { position = modified }
        let hasArticle = modified == nil && word(index) == "the"
        if hasArticle { position = index + 1 }
        // "the 1990s", "'90s", "70s"
        if let decade = decade(at: position) {
            return TimexMatch(first: index, last: decade.last, type: .date, value: decade.value)
        }
        // "'82"
        if word(position) == "'" || word(position) == "’", touchesNext(position), isNumber(position + 1),
           word(position + 1).count == 2, let short = Int(word(position + 1)), !hasArticle,
           TimexLexicon.datePrepositions.contains(word(index - 1)) {
            return TimexMatch(first: index, last: position + 1, type: .date, value: String(short < 30 ? 2000 + short : 1900 + short))
        }
        guard !hasArticle, let year = yearNumber(position) else { return nil }
        if modified != nil { return TimexMatch(first: index, last: position, type: .date, value: String(year)) }
        // A bare number is a year only where a date is expected: "in 2009", "2009,", "between 2014 and 2016".
        let previous = word(index - 1)
        if ["$", "£", "€", "¥", "no.", "number", "#", "-", "+", "–"].contains(previous) { return nil }
        if index > 0, tokens[index - 1].end == tokens[index].start, tokens[index - 1].kind != .punctuation { return nil }
        let next = word(index + 1)
        if ["%", "percent", "per", "million", "billion", "-", "–"].contains(next) { return nil }
        let nextIsWord = index + 1 < tokens.count && tokens[index + 1].kind == .word && !isCapitalised(index + 1)
        let introduced = TimexLexicon.datePrepositions.contains(previous) || monthNumber(index - 1) != nil
            || previous == "the"
        // "Russell 2000", "Windows 2000": a name.
        // "WWDC 2005" names this year's event; a year far from the publication date after a name is a model.
        if !introduced, isCapitalised(index - 1), !tokens[index].startsParagraph,
           abs(year - (reference?.year ?? year + 100)) > 2 { return nil }
        if introduced || !nextIsWord || ["and", "to", "through"].contains(next) {
            guard (1900...2099).contains(year) || introduced else { return nil }
            return TimexMatch(first: index, last: index, type: .date, value: String(year))
        }
        return nil
    }

    /// "1990s", "'90s", "70s": TIMEX3 writes a decade as its first three digits ("199").
    func decade(at index: Int) -> (last: Int, value: String)? {
        var position = index
        var century: Int?
        if word(position) == "'" || word(position) == "’", touchesNext(position) { position += 1; century = nil }
        guard isNumber(position), touchesNext(position), ["s", "'s", "’s"].contains(word(position + 1)) else { return nil }
        let digits = word(position)
        guard digits.hasSuffix("0"), let number = Int(digits) else { return nil }
        if digits.count == 4 { return (position + 1, String(number / 10)) }
        guard digits.count == 2 else { return nil }
        century = number < 30 ? 20 : 19
        return (position + 1, "\(century!)\(number / 10)")
    }

    // MARK: Weekdays

    func weekday(at index: Int) -> TimexMatch? {
        var position = index
        var modifier: String?
        if ["last", "next", "this", "coming", "past", "early", "late"].contains(word(index)) {
            modifier = ["early", "late"].contains(word(index)) ? nil : word(index)
            position = index + 1
        }
        let name = word(position)
        // "Black Monday", "Super Tuesday", "Good Friday": named days, not this week's.
        if position == index, TimexLexicon.weekdays[name] != nil, isCapitalised(index - 1),
           ["black", "blue", "cyber", "super", "good", "easter", "ash", "holy", "bloody", "fat", "shrove", "whit",
            "palm", "maundy", "mad", "manic"].contains(word(index - 1)) {
            return nil
        }
        if modifier == nil, name.hasSuffix("s"), let weekday = TimexLexicon.weekdays[String(name.dropLast())],
           isCapitalised(position) {
            // "on Mondays": every Monday.
            return TimexMatch(first: index, last: position, type: .set, value: "XXXX-WXX-\(weekday + 1)")
        }
        guard let weekday = TimexLexicon.weekdays[name] else { return nil }
        // "Monday, March 22, 2011" and "Monday 22 March": one date, the calendar's.
        for start in [position + 2, position + 1] where (start == position + 1 || word(position + 1) == ",")
            && sameLine(position, start) {
            if let date = calendarDate(at: start), !date.value.hasPrefix("XXXX"), date.value.count == 10 {
                return TimexMatch(first: index, last: date.last, type: .date, value: date.value)
            }
        }
        var value = resolve(weekday: weekday, modifier: modifier, direction: direction(index, position))
        if let part = TimexLexicon.partsOfDay[word(position + 1)] {
            value += "T" + part
            return TimexMatch(first: index, last: position + 1, type: .time, value: value)
        }
        return TimexMatch(first: index, last: position, type: .date, value: value)
    }

    // MARK: Quarters, halves, seasons, holidays

    func quarterOrHalf(at index: Int) -> TimexMatch? {
        var position = index
        if word(position) == "the" { position += 1 }
        var number: Int?
        var isHalf = false
        var last = position
        let first = word(position)
        // "third-quarter", "first-half"
        let parts = first.split(separator: "-").map(String.init)
        if parts.count == 2, let ordinal = TimexLexicon.ordinals[parts[0]] ?? (parts[0] == "final" ? 4 : nil),
           parts[1] == "quarter" || parts[1] == "half" {
            number = ordinal
            isHalf = parts[1] == "half"
        } else if let ordinal = TimexLexicon.ordinals[first] ?? (["final", "last"].contains(first) ? -1 : nil),
                  ["quarter", "half"].contains(word(position + 1)) {
            isHalf = word(position + 1) == "half"
            number = ordinal
            last = position + 1
        } else if first.count == 2, first.hasPrefix("q"), let quarter = Int(first.dropFirst()), (1...4).contains(quarter) {
            number = quarter
        }
        guard var number else { return nil }
        if isHalf && number > 2 { return nil }
        // "the last quarter": the one before the reference's.
        var explicitYear: Int?
        if word(last + 1) == "of" || word(last + 1) == "," {
            if let year = yearNumber(last + 2) {
                explicitYear = year
                last += 2
            } else if ["this", "last", "next"].contains(word(last + 2)), word(last + 3) == "year", let reference {
                explicitYear = reference.year + (word(last + 2) == "last" ? -1 : word(last + 2) == "next" ? 1 : 0)
                last += 3
            } else if word(last + 2) == "fiscal", let year = yearNumber(last + 3) {
                explicitYear = year
                last += 3
            }
        } else if let year = yearNumber(last + 1) {
            explicitYear = year
            last += 1
        }
        let letter = isHalf ? "H" : "Q"
        if number == -1 {
            if isHalf { number = 2 } else if let reference, explicitYear == nil {
                let previous = reference.quarter == 1 ? (reference.year - 1, 4) : (reference.year, reference.quarter - 1)
                return TimexMatch(first: index, last: last, type: .date, value: "\(previous.0)-Q\(previous.1)")
            } else {
                number = 4
            }
        }
        if let explicitYear {
            return TimexMatch(first: index, last: last, type: .date, value: "\(CalendarDay.pad(explicitYear, 4))-\(letter)\(number)")
        }
        if isHalf {
            guard let reference else { return TimexMatch(first: index, last: last, type: .date, value: "XXXX-H\(number)") }
            let year = number == 2 && reference.month <= 6 && direction(index, last) != .forward ? reference.year - 1 : reference.year
            return TimexMatch(first: index, last: last, type: .date, value: "\(year)-H\(number)")
        }
        return TimexMatch(first: index, last: last, type: .date, value: resolve(quarter: number, direction: direction(index, last)))
    }

    func season(at index: Int) -> TimexMatch? {
        var position = index
        var modifier: String?
        if ["this", "last", "next", "early", "late", "the"].contains(word(index)) {
            modifier = word(index)
            position += 1
        }
        guard let code = TimexLexicon.seasons[word(position)] else { return nil }
        var last = position
        var year: Int?
        if word(position + 1) == "of", let explicit = yearNumber(position + 2) {
            year = explicit
            last = position + 2
        } else if let explicit = yearNumber(position + 1) {
            year = explicit
            last = position + 1
        }
        let relative = modifier == "this" || modifier == "last" || modifier == "next"
        // "fall" is a verb and "the spring" a device unless a year or "this/last/next" makes it a season.
        if year == nil && !relative {
            guard word(position) != "fall", word(index - 1) == "in" || (modifier == "the" && word(index - 1) == "in") else { return nil }
        }
        if let year { return TimexMatch(first: index, last: last, type: .date, value: "\(year)-\(code)") }
        guard let reference else { return TimexMatch(first: index, last: last, type: .date, value: "XXXX-\(code)") }
        let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code]!
        let candidates = (reference.year - 1...reference.year + 1).map { year in
            (year, year * 12 + startMonth - (reference.year * 12 + reference.month))
        }
        let chosen: Int?
        switch modifier {
        case "this": chosen = reference.year
        case "last": chosen = candidates.filter { $0.1 < 0 }.max { $0.1 < $1.1 }?.0
        case "next": chosen = candidates.filter { $0.1 > 0 }.min { $0.1 < $1.1 }?.0
        default: chosen = direction(index, last).choose(candidates)
        }
        return TimexMatch(first: index, last: last, type: .date, value: "\(chosen ?? reference.year)-\(code)")
    }

    func holiday(at index: Int) -> TimexMatch? {
        let (month, day, last): (Int, Int, Int)
        if word(index) == "christmas" {
            if word(index + 1) == "eve" { (month, day, last) = (12, 24, index + 1) }
            else if word(index + 1) == "day" { (month, day, last) = (12, 25, index + 1) }
            else { (month, day, last) = (12, 25, index) }
        } else if word(index) == "new", word(index + 1) == "year", word(index + 2) == "'s" || word(index + 2) == "’s",
                  ["day", "eve"].contains(word(index + 3)), isCapitalised(index) {
            (month, day, last) = word(index + 3) == "eve" ? (12, 31, index + 3) : (1, 1, index + 3)
        } else if word(index) == "independence", word(index + 1) == "day" {
            (month, day, last) = (7, 4, index + 1)
        } else if word(index) == "halloween" {
            (month, day, last) = (10, 31, index)
        } else {
            return nil
        }
        guard isCapitalised(index) else { return nil }
        var end = last
        var value = resolve(month: month, day: day, direction: direction(index, last))
        if let year = yearNumber(last + 1), let date = CalendarDay(year: year, month: month, day: day) {
            value = date.timexDay
            end = last + 1
        }
        return TimexMatch(first: index, last: end, type: .date, value: value)
    }
}
