import ArgumentParser
import Foundation
import PlanKit

/// Throughput figures for the closing notes and for regressions, measured in one run (not asserted).
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure ingest stage by stage, and the quantity recogniser alone, on FILEs: MB/s of UTF-8 text on one core."
    )

    @Argument(help: "Text files, e.g. Corpus/text/*.txt.")
    var files: [String]

    @Option(help: "Repeat the scan until this many seconds have passed.")
    var seconds: Double = 2

    func run() throws {
        try stages()
        try quantities()
    }

    /// Each stage of ingest over all the files, once: seconds and MB/s of the documents' UTF-8 text.
    private func stages() throws {
        let stopwatch = Stopwatch()
        var bytes = 0
        for file in files {
            stopwatch.restart()
            let source = try SourceDocument(reading: file)
            stopwatch.lap("read")
            bytes += source.text.utf8.count
            let graph = PlanGraph(building: source, stopwatch: stopwatch)
            _ = try graph.jsonLine()
            stopwatch.lap("JSON")
        }
        let total = stopwatch.stages.reduce(Duration.zero) { $0 + $1.time }
        for (name, time) in stopwatch.stages + [("ingest", total)] {
            let seconds = Self.seconds(time)
            print(String(format: "%@: %.3f s, %.1f MB/s", name.padding(toLength: 22, withPad: " ", startingAt: 0), seconds,
                         seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0))
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The quantity recogniser alone, repeated over the files' lines for `seconds`.
    private func quantities() throws {
        var lines: [String] = []
        var bytes = 0
        for file in files {
            let source = try SourceDocument(reading: file)
            for line in source.lines {
                lines.append(line.text)
                bytes += line.text.utf8.count + 1
            }
        }
        var rounds = 0
        var found = 0
        let clock = ContinuousClock()
        let start = clock.now
        repeat {
            found = 0
            for line in lines { found += Quantity.all(in: line).count }
            rounds += 1
        } while clock.now - start < .seconds(seconds)
        let elapsed = clock.now - start
        let perRound = Self.seconds(elapsed)
        let megabytes = Double(bytes * rounds) / 1_000_000
        print(String(format: "quantities: %.2f MB in %d lines, %d matches per pass, %d passes, %.1f MB/s",
                     Double(bytes) / 1_000_000, lines.count, found, rounds, megabytes / perRound))
    }
}
