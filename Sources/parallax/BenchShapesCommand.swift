import ArgumentParser
import Dispatch
import ParallaxAnalysis
import ParallaxComparison
import ParallaxEvaluation
import ParallaxReading

struct BenchShapesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shapes",
        abstract: "Time and peak memory of quotes and compare on hostile shapes of text, at growing sizes.",
        discussion: """
            Each shape (\(HostileShape.allCases.map(\.rawValue).joined(separator: ", "))) is made at each size and \
            read, analysed (quotes) or compared (compare) in a child process, so that its peak memory is its own. \
            The ratio is the time against the size before; linear cost keeps it near the ratio of the sizes (10).

            Example:
              swift build -c release && .build/release/parallax bench shapes --sizes 100000,1000000,10000000
            """
    )

    @Option(help: "Sizes in bytes, comma-separated.")
    var sizes = "100000,1000000,10000000"

    @Option(help: "Shapes, comma-separated (all by default).")
    var shapes = HostileShape.allCases.map(\.rawValue).joined(separator: ",")

    @Option(help: .hidden) var single: String?
    @Option(help: .hidden) var mode = "quotes"
    @Option(help: .hidden) var size = 0

    func run() throws {
        if let single {
            guard let shape = HostileShape(rawValue: single) else { throw ValidationError("no shape \(single)") }
            try measure(shape)
            return
        }
        let sizeList = sizes.split(separator: ",").compactMap { Int($0) }
        print("shape             command   bytes        seconds   peak MB   found   ratio to the size before")
        for name in shapes.split(separator: ",").map(String.init) {
            for command in ["quotes", "compare"] {
                var previous: Double?
                for bytes in sizeList {
                    let output = try ChildProcess.output(["bench", "shapes", "--single", name, "--mode", command, "--size", String(bytes)])
                    let fields = output.split(whereSeparator: \.isWhitespace)
                    guard fields.count == 3, let seconds = Double(fields[0]), let kilobytes = Int(fields[1]) else {
                        throw ValidationError("\(command) on \(name) at \(bytes) bytes failed: \(output)")
                    }
                    let ratio = previous.map { Terminal.decimal(seconds / max($0, 1e-6), places: 1) + "×" } ?? ""
                    print(name.padding(toLength: 18, withPad: " ", startingAt: 0) + command.padding(toLength: 10, withPad: " ", startingAt: 0)
                          + String(bytes).padding(toLength: 13, withPad: " ", startingAt: 0)
                          + Terminal.decimal(seconds, places: 2).padding(toLength: 10, withPad: " ", startingAt: 0)
                          + String(kilobytes / 1024).padding(toLength: 10, withPad: " ", startingAt: 0)
                          + String(fields[2]).padding(toLength: 8, withPad: " ", startingAt: 0) + ratio)
                    previous = seconds
                }
            }
        }
    }

    /// In the child: read and analyse (or compare) the shape, and print "seconds peak-KB quotes-found".
    private func measure(_ shape: HostileShape) throws {
        let text = shape.text(bytes: size)
        let started = DispatchTime.now().uptimeNanoseconds
        // A page with no text is read as an error: measured all the same, with nothing found.
        let article = shape.isHTML
            ? try? HTMLReader().article(from: Array(text.utf8), id: shape.rawValue, source: shape.rawValue)
            : Article(id: shape.rawValue, text: text)
        let found = article.map { article in
            mode == "compare" ? Comparison().compare([article]).quotes.count : Analyzer().analyze(article).quotes.count
        } ?? 0
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        print("\(seconds) \(ChildProcess.peakKilobytes) \(found)")
    }
}
