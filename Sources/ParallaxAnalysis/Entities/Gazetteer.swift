/// Places Parallax knows by name: countries (with their ISO codes), continents, US states, capitals and
/// large cities (GeoNames, see `Scripts/make-analysis-data.py`), plus the short forms news text uses.
public struct Gazetteer: Sendable {
    public enum Kind: String, Sendable {
        case country, continent, region, city
    }

    public struct Place: Sendable, Hashable {
        public var name: String
        public var kind: Kind
    }

    /// Folded key → place.
    private let places: [String: Place]

    public static let shipped = Gazetteer(packed: packedPlaces)

    /// Short forms that are not in GeoNames' names: what newspapers write.
    private static let newsForms: [(String, Place)] = [
        ("US", Place(name: "United States", kind: .country)), ("U.S.", Place(name: "United States", kind: .country)),
        ("USA", Place(name: "United States", kind: .country)), ("America", Place(name: "United States", kind: .country)),
        ("UK", Place(name: "United Kingdom", kind: .country)), ("U.K.", Place(name: "United Kingdom", kind: .country)),
        ("Britain", Place(name: "United Kingdom", kind: .country)),
        ("Great Britain", Place(name: "United Kingdom", kind: .country)),
        ("England", Place(name: "England", kind: .region)), ("Scotland", Place(name: "Scotland", kind: .region)),
        ("Wales", Place(name: "Wales", kind: .region)), ("UAE", Place(name: "United Arab Emirates", kind: .country)),
        ("Holland", Place(name: "Netherlands", kind: .country)), ("Czech Republic", Place(name: "Czechia", kind: .country)),
        ("Ivory Coast", Place(name: "Ivory Coast", kind: .country)), ("Burma", Place(name: "Myanmar", kind: .country)),
        ("Gaza", Place(name: "Gaza Strip", kind: .region)), ("West Bank", Place(name: "West Bank", kind: .region)),
        ("Middle East", Place(name: "Middle East", kind: .region)), ("Gulf", Place(name: "Persian Gulf", kind: .region)),
        ("Persian Gulf", Place(name: "Persian Gulf", kind: .region)), ("Balkans", Place(name: "Balkans", kind: .region)),
        ("Caucasus", Place(name: "Caucasus", kind: .region)), ("Siberia", Place(name: "Siberia", kind: .region)),
        ("Crimea", Place(name: "Crimea", kind: .region)), ("Kashmir", Place(name: "Kashmir", kind: .region)),
        ("Darfur", Place(name: "Darfur", kind: .region)), ("Benghazi", Place(name: "Benghazi", kind: .city)),
        ("Hong Kong", Place(name: "Hong Kong", kind: .city)), ("Washington, D.C.", Place(name: "Washington", kind: .city)),
        ("Soviet Union", Place(name: "Soviet Union", kind: .country)), ("USSR", Place(name: "Soviet Union", kind: .country)),
    ]

    init(packed: String) {
        var places: [String: Place] = [:]
        for line in packed.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let kind = Kind(rawValue: String(fields[1])) else { continue }
            let key = TextNormalizer.key(String(fields[0]))
            // Countries win over cities of the same name ("Georgia", "Mexico").
            if let existing = places[key], existing.kind == .country { continue }
            places[key] = Place(name: String(fields[2]), kind: kind)
        }
        for (form, place) in Self.newsForms {
            places[TextNormalizer.key(form)] = place
        }
        self.places = places
    }

    /// The place a name denotes, if it is one: "Moscow", "U.S.", "LBY", "United States".
    public func place(named name: String) -> Place? {
        places[TextNormalizer.key(name)]
    }
}
