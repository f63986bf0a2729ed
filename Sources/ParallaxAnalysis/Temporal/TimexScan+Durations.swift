import ParallaxReading

/// Lengths of time and recurrences: "three years", "the past nine days", "27-year", "two weeks ago" (a date),
/// "every week", "twice a month", "annually".
extension TimexScan {
    /// A number of units: "3", "1.5", "fifty", "a", "two and a half", "several". nil value: unspecified.
    func quantity(at index: Int) -> (value: Double?, last: Int)? {
        let text = word(index)
        var value: Double?
        if isNumber(index) {
            guard let number = Double(text.replacingOccurrences(of: ",", with: "")), number < 10_000 else { return nil }
            value = number
        } else if let number = TimexLexicon.numberWords[text] {
            value = number
        } else if text == "a" || text == "an" {
            value = 1
        } else if TimexLexicon.vagueQuantities.contains(text) || text == "recent" {
            return (nil, index)
        } else if text == "a" && word(index + 1) == "few" {
            return (nil, index + 1)
        } else if text.contains("-") {
            // "twenty-five"
            let parts = text.split(separator: "-").compactMap { TimexLexicon.numberWords[String($0)] }
            guard parts.count == 2, parts[0] >= 20 else { return nil }
            value = parts[0] + parts[1]
        } else {
            return nil
        }
        // "two and a half"
        if word(index + 1) == "and", word(index + 2) == "a", word(index + 3) == "half", let whole = value {
            return (whole + 0.5, index + 3)
        }
        return (value, index)
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "X" }
        return value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func durationValue(_ quantity: Double?, _ unit: TimexLexicon.Unit) -> String {
        "P" + (unit.isTime ? "T" : "") + number(quantity.map { $0 * unit.scale }) + unit.code
    }

    func duration(at index: Int) -> TimexMatch? {
        var position = index
        if word(position) == "the" { position += 1 }
        if ["past", "last", "next", "previous", "coming", "first", "following", "final", "preceding", "latest"]
            .contains(word(position)) { position += 1 }
        // "more than", "less than", "at least", "up to"; "nearly", "about", "over".
        if ["more", "less", "fewer"].contains(word(position)), word(position + 1) == "than" { position += 2 }
        else if word(position) == "at", word(position + 1) == "least" { position += 2 }
        else if TimexLexicon.quantityModifiers.contains(word(position)), quantity(at: position + 1) != nil { position += 1 }
        // A hyphenated adjective: "fifty-year", "five-year", "decades-long", "year-long".
        // ("the two-year contract": the article belongs to the noun, not to the duration.)
        if let adjective = hyphenated(at: position) {
            return TimexMatch(first: word(index) == "the" && position == index + 1 ? position : index, last: position,
                              type: .duration, value: adjective)
        }
        // "years" alone after "for" or "in": an unspecified number of them.
        if position == index, let unit = TimexLexicon.units[word(index)], word(index).hasSuffix("s"),
           ["for", "in", "over", "within", "just", "only"].contains(word(index - 1)), unit.name != "second", unit.name != "quarter" {
            return TimexMatch(first: index, last: index, type: .duration, value: Self.durationValue(nil, unit))
        }
        if position > index, word(index) == "the", let unit = TimexLexicon.units[word(position)], word(position).hasSuffix("s"),
           unit.name != "second", unit.name != "quarter" {
            return TimexMatch(first: index, last: position, type: .duration, value: Self.durationValue(nil, unit))
        }
        guard let (amount, quantityEnd) = quantity(at: position) else { return nil }
        var unitIndex = quantityEnd + 1
        var first = index
        // "27-year", "12-hour": an adjective; "the" belongs to its noun ("the 27-year contract").
        if word(unitIndex) == "-", touchesNext(quantityEnd), touchesNext(unitIndex) {
            unitIndex += 1
            if word(index) == "the", position == index + 1 { first = position }
        }
        else if ["consecutive", "straight", "successive", "full", "long", "more", "additional", "further", "trading", "business", "calendar", "working"]
            .contains(word(unitIndex)) { unitIndex += 1 }
        // "71-year-old", "12-month-long": the unit is the first part.
        let unitParts = word(unitIndex).split(separator: "-").map(String.init)
        guard let unitWord = unitParts.first, unitParts.count == 1 || (unitParts.count == 2 && ["old", "long"].contains(unitParts[1])),
              let unit = TimexLexicon.units[unitWord] else { return nil }
        let isArticle = ["a", "an"].contains(word(quantityEnd))
        // "a second time", "a quarter of its dealers": ordinals and fractions, not lengths of time.
        if unit.name == "second" && (isArticle || word(quantityEnd) == "one") { return nil }
        if unit.name == "quarter" && (isArticle || (word(unitIndex + 1) == "of" && unitIndex == quantityEnd + 1)) { return nil }
        if unit.name == "weekend" && isArticle { return nil }
        // A plural unit needs a plural quantity ("five years"), a singular one 1 ("a year", "one day").
        if amount == nil, !unitWord.hasSuffix("s") { return nil }
        if word(unitIndex + 1) == "of", ["last", "first"].contains(word(index + 1)) { return nil }
        if word(unitIndex + 1) == "ago" || (word(unitIndex + 1) == "earlier" && ["year", "month", "quarter"].contains(unit.name)) {
            return TimexMatch(first: index, last: unitIndex + 1, type: .date, value: agoValue(amount, unit))
        }
        // "a year" alone is a duration, but "in a year" and "a day after" read the same: keep them all.
        return TimexMatch(first: first, last: unitIndex, type: .duration, value: Self.durationValue(amount, unit))
    }

    /// "fifty-year" → "P50Y", "decades-long" → "PXDE", "year-long" → "P1Y", "single-day" → "P1D".
    func hyphenated(at index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        // "71-year-old" is "71" "-" "year-old": the number before it is read by `duration`.
        if index > 0, word(index - 1) == "-", tokens[index - 1].end == tokens[index].start { return nil }
        var parts = lower[index].split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return nil }
        if parts.last == "long" || parts.last == "old" { parts.removeLast() }
        guard let unitWord = parts.last, let unit = TimexLexicon.units[unitWord], unit.name != "quarter",
              unit.name != "second", unit.name != "weekend" else { return nil }
        let amountWords = parts.dropLast()
        if amountWords.isEmpty { return unitWord.hasSuffix("s") ? Self.durationValue(nil, unit) : Self.durationValue(1, unit) }
        var amount = 0.0
        for part in amountWords {
            guard let number = TimexLexicon.numberWords[part] else { return nil }
            amount += number
        }
        return Self.durationValue(amount, unit)
    }

    /// "two weeks ago": the date that far back, written at the unit's granularity.
    func agoValue(_ amount: Double?, _ unit: TimexLexicon.Unit) -> String {
        guard let reference, let amount, amount == amount.rounded() else { return "PAST_REF" }
        let count = Int(amount)
        switch unit.name {
        case "day": return reference.adding(days: -count).timexDay
        case "week": return reference.adding(days: -7 * count).timexWeek
        case "month": return reference.adding(months: -count).timexMonth
        case "year": return String(reference.year - count)
        case "decade": return String((reference.year - 10 * count) / 10)
        default: return "PAST_REF"
        }
    }

    func recurrence(at index: Int) -> TimexMatch? {
        // Lower case only: "The Daily Telegraph" is a name.
        if let value = TimexLexicon.recurrenceAdverbs[word(index)], !isCapitalised(index) || tokens[index].startsParagraph {
            return TimexMatch(first: index, last: index, type: .set, value: value)
        }
        // "every week", "each year", "every other day", "every three months", "every Monday"
        if ["every", "each"].contains(word(index)) {
            var position = index + 1
            if word(position) == "other" { position += 1 }
            var amount: Double? = position > index + 1 ? 2 : 1
            if let (number, end) = quantity(at: position), number != nil, word(position) != "a" {
                amount = number
                position = end + 1
            }
            if let weekday = TimexLexicon.weekdays[word(position)] {
                return TimexMatch(first: index, last: position, type: .set, value: "XXXX-WXX-\(weekday + 1)")
            }
            if let unit = TimexLexicon.units[word(position)], unit.name != "second" || amount != 1 {
                return TimexMatch(first: index, last: position, type: .set, value: Self.durationValue(amount, unit))
            }
            return nil
        }
        // "twice a month", "15 a year", "three times per week"
        var first = index
        var position = index
        if ["once", "twice", "thrice"].contains(word(index)) { position += 1 }
        guard ["a", "per"].contains(word(position)), let unit = TimexLexicon.units[word(position + 1)],
              !word(position + 1).hasSuffix("s"), unit.name != "quarter", unit.name != "second" else { return nil }
        if position == index {
            guard isNumber(index - 1) || ["times", "percent", "%"].contains(word(index - 1)) || word(index) == "per" else { return nil }
            first = index
        }
        return TimexMatch(first: first, last: position + 1, type: .set, value: Self.durationValue(1, unit))
    }
}
