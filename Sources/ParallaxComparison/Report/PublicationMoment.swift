import ParallaxReading

/// When an article was published, to the minute where its source gives a time: the day alone otherwise.
/// "Reported first" compares these, so that seven sources of one day are not all first when their times say
/// which one was.
struct PublicationMoment {
    let day: CalendarDay
    /// Minutes since 1970-01-01 00:00 UTC; nil when only the day is known.
    let minute: Int?

    init(day: CalendarDay, time: String?) {
        self.day = day
        minute = time.flatMap { Self.utcMinute(day: day, time: $0) }
    }

    /// "14:05:00Z", "09:30-05:00", "09:30:00+0100" on its day → minutes since the epoch in UTC. A time without a
    /// zone is read as UTC (the zone of feeds' times as Parallax stores them).
    static func utcMinute(day: CalendarDay, time: String) -> Int? {
        let characters = Array(time.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count else { return nil }
            var value = 0
            for byte in characters[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard characters.count >= 5, characters[2] == UInt8(ascii: ":"), let hour = number(0..<2),
              let minute = number(3..<5), hour < 24, minute < 60 else { return nil }
        // The zone comes after the seconds and their fractions, if any.
        var zoneStart = 5
        while zoneStart < characters.count, ![UInt8(ascii: "Z"), UInt8(ascii: "+"), UInt8(ascii: "-")].contains(characters[zoneStart]) {
            zoneStart += 1
        }
        var offset = 0
        if zoneStart < characters.count, characters[zoneStart] != UInt8(ascii: "Z") {
            let sign = characters[zoneStart] == UInt8(ascii: "-") ? -1 : 1
            let digits = characters[(zoneStart + 1)...].filter { $0 != UInt8(ascii: ":") }
            guard digits.count == 4 || digits.count == 2 else { return nil }
            let text = String(decoding: digits, as: UTF8.self)
            guard let hours = Int(text.prefix(2)), let minutes = Int(text.dropFirst(2).isEmpty ? "0" : String(text.dropFirst(2)))
            else { return nil }
            offset = sign * (hours * 60 + minutes)
        }
        return day.dayNumber * 1440 + hour * 60 + minute - offset
    }

    /// Which of the moments were first: the earliest day; on it, when some times are known, the earliest
    /// minute among them. A source of that day without a time cannot be ordered against them and stays first.
    static func firsts(_ moments: [PublicationMoment?]) -> [Bool] {
        guard let earliestDay = moments.compactMap({ $0?.day }).min() else { return moments.map { _ in false } }
        let earliestMinute = moments.compactMap { $0?.day == earliestDay ? $0?.minute : nil }.min()
        return moments.map { moment in
            guard let moment, moment.day == earliestDay else { return false }
            guard let earliestMinute, let minute = moment.minute else { return true }
            return minute == earliestMinute
        }
    }
}
