import Testing
import ParallaxReading
@testable import ParallaxAnalysis

/// Figures written in the forms outlets use read as one value, unit and counted thing; names and codes are not
/// figures; the agreement rule allows rounding and qualifiers.
@Suite("Figure forms")
struct FigureFormsTests {
    func figures(_ text: String, language: String = "en") -> [Figure] {
        Analyzer().analyze(Article(id: "t", text: text, date: CalendarDay(year: 2011, month: 3, day: 25), language: language)).figures
    }

    func only(_ text: String, language: String = "en") -> Figure? {
        let found = figures(text, language: language)
        return found.count == 1 ? found[0] : nil
    }

    @Test(arguments: ["2m people", "2 million people", "two million people", "2,000,000 people", "2.0 million people"])
    func scaledCounts(_ form: String) throws {
        let figure = try #require(only("Officials said \(form) had fled the city."))
        #expect(figure.value == 2_000_000)
        #expect(figure.unit == nil)
        #expect(figure.counted == "people")
    }

    @Test(arguments: [
        ("$2.6-million", "USD"), ("$2.6 million", "USD"), ("2.6 million dollars", "USD"), ("US$2.6 million", "USD"),
        ("2.6 million US dollars", "USD"), ("£2.6m", "GBP"), ("2.6m euros", "EUR"), ("€2.6 million", "EUR"),
    ])
    func money(_ form: String, _ currency: String) throws {
        let figure = try #require(only("The contract was worth \(form), the ministry said."))
        #expect(abs(figure.value - 2_600_000) < 0.5)
        #expect(figure.unit == currency)
        #expect(figure.precision == 100_000)
    }

    @Test func billionsAndQualifiers() throws {
        let bn = try #require(only("Britain pledged £2.6bn in aid."))
        #expect(bn.value == 2_600_000_000 && bn.unit == "GBP")
        let estimated = try #require(only("Thieves took an estimated two million euros from the vault."))
        #expect(estimated.value == 2_000_000 && estimated.unit == "EUR" && estimated.qualifier == "an estimated")
        #expect(estimated.text == "an estimated two million euros")
        let dollars = try #require(only("The fund holds 3.5bn dollars."))
        #expect(dollars.value == 3_500_000_000 && dollars.unit == "USD")
    }

    @Test(arguments: ["45%", "45 percent", "45 per cent"])
    func percent(_ form: String) throws {
        let figure = try #require(only("Turnout reached \(form) in the capital."))
        #expect(figure.value == 45 && figure.unit == "percent" && figure.precision == 1)
    }

    @Test func percentagePointsAreAnotherUnit() throws {
        let figure = try #require(only("Support fell 3 percentage points last month."))
        #expect(figure.unit == "percentage points")
    }

    @Test func germanAndFrenchCopy() throws {
        let mio = try #require(only("Die Stadt zahlte 1,2 Mio. Euro für das Gebäude.", language: "de"))
        #expect(abs(mio.value - 1_200_000) < 0.5 && mio.unit == "EUR")
        let thousands = try #require(only("Es kamen 1.500 Besucher.", language: "de"))
        #expect(thousands.value == 1_500)
        let prozent = try #require(only("Die Wahlbeteiligung lag bei 45 Prozent.", language: "de"))
        #expect(prozent.value == 45 && prozent.unit == "percent")
        let millions = try #require(only("Le projet a coûté 2,5 millions d'euros.", language: "fr"))
        #expect(millions.value == 2_500_000 && millions.unit == "EUR")
        let milliards = try #require(only("La dette atteint 3 milliards de dollars.", language: "fr"))
        #expect(milliards.value == 3_000_000_000 && milliards.unit == "USD")
    }

    @Test func wordsAndFractions() throws {
        #expect(only("A dozen people were hurt.")?.value == 12)
        #expect(only("Twenty-five soldiers were hurt.")?.value == 25)
        #expect(only("Half a million cattle were culled.")?.value == 500_000)
        #expect(only("A million people marched.")?.value == 1_000_000)
        #expect(only("Two hundred thousand people marched.")?.value == 200_000)
    }

    @Test(arguments: [
        "Police found an AK-47 in the car.", "The Boeing 737 landed safely.", "They passed Resolution 1973 quickly.",
        "Leaders met at the G-20 summit.", "COVID-19 spread quickly.", "Call 555-1234 for details.",
        "Call (202) 456-1111 for details.", "Call +44 20 7946 0000 now.", "It happened in 2011 after the vote.",
        "Prices fell in the 1990s.", "The F-16 crashed.", "The score was 5-4.",
    ])
    func namesCodesAndYearsAreNotFigures(_ text: String) {
        let found = figures(text).filter { !$0.isOrdinal }
        #expect(found.allSatisfy { $0.value < 1_000_000 && $0.value != 47 && $0.value != 737 && $0.value != 1973 && $0.value != 20 && $0.value != 19 })
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func compoundsAndPartitives() {
        #expect(only("A 32-year-old man was hurt.")?.counted == "year-old")
        #expect(only("A 32 - year - old man was hurt.")?.counted == "year-old")
        #expect(only("He thanked two of his supporters.")?.counted == "supporters")
        #expect(only("Four other workers hid in a closet.")?.counted == "workers")
        #expect(figures("He scored three of his four touchdowns.").map(\.value) == [3, 4])
        #expect(figures("They won six of the past seven contests.").map(\.value) == [6, 7])
    }

    @Test func aNumberThatCouldBeAYearIsACountWhenItCountsSomething() throws {
        #expect(try #require(only("It was the trip that launched 2000 trips, he said.")).value == 2000)
        #expect(try #require(only("Keosauqua is a town of less than 2000, officials said.")).value == 2000)
        #expect(try #require(only("About 2000 people marched through the city.")).value == 2000)
        // Years stay dates.
        #expect(figures("The 2016 elections were close.").isEmpty)
        #expect(figures("In 2000 protests spread to the capital.").isEmpty)
        #expect(figures("The 2011 budget was cut in 2012.").isEmpty)
    }

    @Test func anAgeAfterANameIsAnAge() {
        #expect(only("The man, Brian Nichols, 36, was found guilty.")?.preceding == "aged")
        #expect(only("The man was aged 36 at the time.")?.preceding == "aged")
    }

    @Test func metresAreNotMillions() {
        #expect(only("He won the 100m sprint.")?.value == 100)
    }

    @Test func aQualifierOpeningASentenceIsNotAName() throws {
        let figure = try #require(only("About 50 people gathered."))
        #expect(figure.value == 50 && figure.qualifier == "about")
    }

    // MARK: Agreement

    func agree(_ first: String, _ second: String) throws -> Bool {
        let x = try #require(only("Officials said \(first) were affected."))
        let y = try #require(only("Officials said \(second) were affected."))
        return x.agrees(with: y) && y.agrees(with: x)
    }

    @Test func roundingAndQualifiersAgree() throws {
        #expect(try agree("about 2 million people", "2.1 million people"))
        #expect(try agree("2m people", "2,400,000 people"))
        #expect(try agree("2.6 million people", "2,600,000 people"))
        #expect(try agree("more than 100 people", "120 people"))
        #expect(try agree("up to 50 people", "40 people"))
        #expect(try agree("nearly 200 people", "190 people"))
        #expect(try agree("1,500 people", "1,520 people"))
    }

    @Test func differentValuesDisagree() throws {
        #expect(try !agree("2 million people", "3 million people"))
        #expect(try !agree("2.6 million people", "2.9 million people"))
        #expect(try !agree("more than 100 people", "90 people"))
        #expect(try !agree("up to 50 people", "70 people"))
        #expect(try !agree("two people", "three people"))
        #expect(try !agree("about 200 people", "260 people"))
    }
}
