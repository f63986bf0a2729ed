import ParallaxReading

/// Times of day: "18:00 UTC", "6:40 p.m.", "10 a.m.", "0800 GMT", "noon".
extension TimexScan {
    static let timeZones: Set<String> = [
        "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "bst", "cet", "cest", "jst", "z",
    ]

    func clockTime(at index: Int) -> TimexMatch? {
        var hour: Int
        var minute = 0
        var last: Int
        if word(index) == "noon" || word(index) == "midday" {
            return TimexMatch(first: index, last: index, type: .time, value: (anchorDay(before: index) ?? "XXXX-XX-XX") + "T12:00")
        } else if word(index) == "midnight" {
            return TimexMatch(first: index, last: index, type: .time, value: (anchorDay(before: index) ?? "XXXX-XX-XX") + "T24:00")
        }
        guard isNumber(index), let number = Int(word(index)) else { return nil }
        if touchesNext(index), word(index + 1) == ":", touchesNext(index + 1), isNumber(index + 2),
           word(index + 2).count == 2, let minutes = Int(word(index + 2)), number <= 24, minutes < 60 {
            hour = number
            minute = minutes
            last = index + 2
        } else if word(index).count == 4, number % 100 < 60, number / 100 <= 24,
                  Self.timeZones.contains(word(index + 1)) || ["hours", "hrs"].contains(word(index + 1)) {
            // Military style: "0800 UTC", "1400 hours".
            hour = number / 100
            minute = number % 100
            last = index + 1
            let zone = ["utc", "gmt", "z"].contains(word(last)) ? "Z" : ""
            return withDay(first: index, last: last, clock: Self.clock(hour, minute) + zone)
        } else if number >= 1, number <= 12, ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(word(index + 1)) {
            hour = number
            last = index
        } else {
            return nil
        }
        let meridiem = word(last + 1)
        if ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(meridiem) {
            if meridiem.hasPrefix("p"), hour < 12 { hour += 12 }
            if meridiem.hasPrefix("a"), hour == 12 { hour = 0 }
            last += 1
        } else if last == index + 2, !Self.timeZones.contains(meridiem) {
            // "3:2" in a score or "1:30" as a ratio: a clock time needs a zone, a.m./p.m. or "at" before it.
            guard ["at", "by", "until", "before", "after", "around", "about", "from", "to"].contains(word(index - 1)) else { return nil }
        }
        var zone = ""
        if Self.timeZones.contains(word(last + 1)) {
            last += 1
            if ["utc", "gmt", "z"].contains(word(last)) { zone = "Z" }
        }
        return withDay(first: index, last: last, clock: Self.clock(hour, minute) + zone)
    }

    /// A clock time followed by its day ("12:00 UTC Monday", "4 p.m. today") is one expression on that day;
    /// otherwise it belongs to the last date of its sentence.
    func withDay(first: Int, last: Int, clock: String) -> TimexMatch {
        if sameLine(last, last + 1), let day = weekday(at: last + 1) ?? relativeDay(at: last + 1),
           day.type == .date, day.value.count == 10 {
            return TimexMatch(first: first, last: day.last, type: .time, value: day.value + "T" + clock)
        }
        return TimexMatch(first: first, last: last, type: .time, value: (anchorDay(before: first) ?? "XXXX-XX-XX") + "T" + clock)
    }

    static func clock(_ hour: Int, _ minute: Int) -> String {
        CalendarDay.pad(hour, 2) + ":" + CalendarDay.pad(minute, 2)
    }
}
