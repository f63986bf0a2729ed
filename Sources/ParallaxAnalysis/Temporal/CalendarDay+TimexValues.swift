import ParallaxReading

/// The TIMEX3 spellings of the periods a day belongs to.
extension CalendarDay {
    /// "2007-04-13".
    var timexDay: String { description }

    /// "2007-04".
    var timexMonth: String { String(description.prefix(7)) }

    /// The ISO 8601 week ("2007-W15"): weeks start on Monday and belong to the year of their Thursday.
    var timexWeek: String {
        let thursday = adding(days: 3 - weekday)
        let week = (thursday.dayNumber - CalendarDay(year: thursday.year, month: 1, day: 1)!.dayNumber) / 7 + 1
        return "\(Self.pad(thursday.year, 4))-W\(Self.pad(week, 2))"
    }

    /// 1 … 4.
    var quarter: Int { (month - 1) / 3 + 1 }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
