import Testing
import ParallaxPostgres

/// `--db postgres://…` read into an address, without a server.
@Suite struct PostgresAddressTests {
    @Test func partsAreReadOnceDecoded() throws {
        let address = try PostgresAddress(url: "postgres://news%20desk:a%2541@db.example:6543/corpus%2D1?sslmode=disable")
        #expect(address.user == "news desk")
        // "%25" is a percent sign: the password is "a%41", not decoded a second time into "aA".
        #expect(address.password == "a%41")
        #expect(address.host == "db.example" && address.port == 6543)
        #expect(address.database == "corpus-1")
        #expect(address.description == "postgres://news desk@db.example:6543/corpus-1")
    }

    @Test func whatIsMissingIsNamed() {
        for (url, missing) in [
            ("postgres://db.example/news", "no user"), ("postgres://me@db.example", "no database"),
            ("postgres://me@db.example/news?sslmode=require", "sslmode=require"),
        ] {
            #expect(message(url).contains(missing), "\(url): \(message(url))")
        }
    }

    /// The error's text (read in a function: `#expect` over a typed-throws `catch` crashed the test process).
    private func message(_ url: String) -> String {
        do {
            _ = try PostgresAddress(url: url)
            return "no error"
        } catch {
            return String(describing: error)
        }
    }
}
