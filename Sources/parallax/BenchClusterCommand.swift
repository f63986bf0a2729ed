import ArgumentParser
import Dispatch
import Foundation
import ParallaxClustering
import ParallaxReading

struct BenchClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Clustering throughput and peak memory at growing stream sizes, against a TF-IDF nearest-centroid baseline.",
        discussion: """
            The stream repeats the given articles in rounds, each a new set of happenings: re-dated 400 days \
            later (beyond the 365-day story window), its numbers shifted and its names given a syllable of the \
            round ("Gates" becomes "BaGates"), so that the number of events grows with the stream. Each size and \
            method runs in its own process, so that its peak memory (maximum resident set) is its own. The baseline compares every article with every \
            event's centroid, so its cost grows with the square of the stream: it is skipped above \
            --baseline-limit articles (at 100,000 it would run for hours).

            Example:
              swift build -c release
              .build/release/parallax bench cluster ../shared/data/ecbplus/dev.jsonl --sizes 10000,100000,1000000
            """
    )

    @Argument(help: "Articles to build the stream from.")
    var paths: [String]

    @Option(help: "Stream sizes, comma-separated.")
    var sizes = "10000,100000"

    @Option(help: "The largest size the baseline runs at.")
    var baselineLimit = 10_000

    @Option(help: .hidden) var single: String?
    @Option(help: .hidden) var size = 0

    func run() throws {
        let (articles, _) = ArticleLoader.load(paths)
        guard !articles.isEmpty else { throw ValidationError("no articles to build a stream from") }
        if let method = single {
            try measure(method: method, stream: SyntheticStream(base: articles))
            return
        }
        print("articles    method              articles/s   peak memory   events   ratio to baseline")
        for size in sizes.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            let ours = try child(method: "parallax", size: size)
            var line = "\(String(size).padding(toLength: 12, withPad: " ", startingAt: 0))parallax            "
                + "\(String(Int(ours.rate)).padding(toLength: 13, withPad: " ", startingAt: 0))"
                + "\((String(ours.megabytes) + " MB").padding(toLength: 14, withPad: " ", startingAt: 0))\(ours.events)"
            if size <= baselineLimit {
                let baseline = try child(method: "baseline", size: size)
                line += "   \(Terminal.decimal(ours.rate / baseline.rate, places: 1))×"
                print(line)
                print("\(String(size).padding(toLength: 12, withPad: " ", startingAt: 0))tf-idf centroids    "
                      + "\(String(Int(baseline.rate)).padding(toLength: 13, withPad: " ", startingAt: 0))"
                      + "\((String(baseline.megabytes) + " MB").padding(toLength: 14, withPad: " ", startingAt: 0))\(baseline.events)")
            } else {
                print(line + "   (baseline skipped)")
            }
        }
    }

    /// Runs one measurement in a child process and reads its line of results.
    private func child(method: String, size: Int) throws -> (rate: Double, megabytes: Int, events: Int) {
        let process = Process()
        process.executableURL = ChildProcess.runningExecutable
        process.arguments = ["bench", "cluster"] + paths + ["--single", method, "--size", String(size)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(whereSeparator: \.isWhitespace)
        guard fields.count == 3, let rate = Double(fields[0]), let kilobytes = Int(fields[1]), let events = Int(fields[2]) else {
            throw ValidationError("the \(method) run at \(size) articles failed: \(output)")
        }
        return (rate, kilobytes / 1024, events)
    }


    /// In the child: cluster `size` articles and print "articles/s peak-KB events".
    private func measure(method: String, stream: SyntheticStream) throws {
        // Only the clustering is timed, not the making of the synthetic articles.
        var nanoseconds: UInt64 = 0
        var events = 0
        var baseline = NearestCentroidBaseline()
        var clusterer = StoryClusterer()
        for index in 0..<size {
            let article = stream.article(index)
            let started = DispatchTime.now().uptimeNanoseconds
            if method == "baseline" {
                events = max(events, baseline.add(article) + 1)
            } else {
                _ = clusterer.add(article)
            }
            nanoseconds += DispatchTime.now().uptimeNanoseconds - started
        }
        if method != "baseline" { events = clusterer.eventCount }
        let seconds = Double(nanoseconds) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("\(Double(size) / seconds) \(usage.ru_maxrss) \(events)")
    }
}
