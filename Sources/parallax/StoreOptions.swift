import ArgumentParser
import Foundation
import ParallaxCorpus
import ParallaxStorage

/// `--db`: which store a corpus command uses.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: an SQLite file, made by the first ingest.",
        discussion: "Default: $PARALLAX_DB, else ./parallax.sqlite.", valueName: "file"))
    var db: String?

    var location: StoreLocation {
        get throws {
            let text = db ?? ProcessInfo.processInfo.environment["PARALLAX_DB"].flatMap { $0.isEmpty ? nil : $0 }
                ?? StoreLocation.defaultPath
            return try StoreLocation(text)
        }
    }

    /// The corpus over the store, or a clear error (no store yet, not a Parallax store, newer schema).
    func corpus(creating: Bool = false) throws -> Corpus {
        do {
            return try Corpus(location: try location, mode: creating ? .createIfMissing : .existing)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        } catch let error as CorpusError {
            throw CommandFailure(error.description)
        }
    }
}

/// An error already worded for the user: printed as it is, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

extension CommandFailure: LocalizedError {
    var errorDescription: String? { description }
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
    } catch let error as CommandFailure {
        Terminal.error(error.description)
        throw ExitCode.failure
    }
}
