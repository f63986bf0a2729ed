import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxStorage

/// `--db`: which store a corpus command uses.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: an SQLite file, or a PostgreSQL database as postgres://USER@HOST:PORT/DATABASE; made by the first ingest.",
        discussion: "Default: $PARALLAX_DB, else ./parallax.sqlite.", valueName: "file-or-url"))
    var db: String?

    var location: StoreLocation {
        get throws {
            let text = db ?? ProcessInfo.processInfo.environment["PARALLAX_DB"].flatMap { $0.isEmpty ? nil : $0 }
                ?? StoreLocation.defaultPath
            return try StoreLocation(text)
        }
    }

    /// The corpus over the store. Its errors (no store yet, not a Parallax store, newer schema) are worded for the
    /// user: commands run inside `reportingErrors`, which prints them.
    func corpus(creating: Bool = false) throws -> Corpus {
        try Corpus(location: try location, mode: creating ? .createIfMissing : .existing)
    }
}

/// Runs a corpus command's body, printing store and corpus errors as one line each and exiting with 1.
func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as StoreError {
        Terminal.error(error.description)
        throw ExitCode.failure
    } catch let error as CorpusError {
        Terminal.error(error.description)
        throw ExitCode.failure
    }
}
