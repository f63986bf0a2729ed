import Foundation

/// Benchmarks measure each case in a child process of `parallax` itself, so that its peak memory is its own.
enum ChildProcess {
    /// This program's own file: argv[0] may be a bare name found on the PATH, or relative to another directory.
    static var runningExecutable: URL {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        if let path = Bundle.main.executablePath { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// Runs `parallax ARGUMENTS` and returns what it printed on standard output.
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = runningExecutable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output
    }

    /// The peak resident memory of this process so far, in kilobytes.
    static var peakKilobytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
    }
}
