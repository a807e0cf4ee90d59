import ArgumentParser
import Foundation
import PlanKit

/// Throughput figures for the closing notes and for regressions, measured in one run (not asserted).
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure ingest stage by stage, and the quantity recogniser alone, on FILEs: MB/s of UTF-8 text on one core."
    )

    @Argument(help: "Text files, e.g. Corpus/text/*.txt.")
    var files: [String]

    @Option(help: "Repeat each measurement until this many seconds have passed (the stages: fastest round).")
    var seconds: Double = 2

    func run() throws {
        // Every file is read once first, so a missing or unreadable one gets the one-line error of the
        // other commands before any measuring starts.
        var unreadable = false
        for file in files {
            do throws(ReadError) { _ = try SourceDocument(reading: file) } catch {
                Report.error(file, error.message, id: error.id)
                unreadable = true
            }
        }
        if unreadable { throw ExitCode.failure }
        try stages()
        try quantities()
    }

    /// Each stage of ingest over all the files: seconds and MB/s of the documents' UTF-8 text. The files
    /// are ingested in rounds until `seconds` have passed (once at least); each stage's time is that of
    /// its fastest round, as other work on the machine only ever slows a round down.
    private func stages() throws {
        var fastest: [(name: String, time: Duration)] = []
        var fastestRound: Duration?
        var bytes = 0
        let clock = ContinuousClock()
        let start = clock.now
        repeat {
            let stopwatch = Stopwatch()
            bytes = 0
            let roundStart = clock.now
            for file in files {
                stopwatch.restart()
                let source = try SourceDocument(reading: file)
                stopwatch.lap("read")
                bytes += source.text.utf8.count
                let graph = PlanGraph(building: source, stopwatch: stopwatch)
                _ = try graph.jsonLine()
                stopwatch.lap("JSON")
            }
            let round = clock.now - roundStart
            fastestRound = min(fastestRound ?? round, round)
            // By name: the stages that run side by side are listed in the order they first finished.
            for stage in stopwatch.stages {
                if let index = fastest.firstIndex(where: { $0.name == stage.name }) {
                    fastest[index].time = min(fastest[index].time, stage.time)
                } else {
                    fastest.append(stage)
                }
            }
        } while clock.now - start < .seconds(seconds)
        // The whole ingest is the wall time of the fastest round: the indicator, measure and reference
        // readers run beside the target reader, so the stages add up to more.
        for (name, time) in fastest + [("ingest (wall)", fastestRound ?? .zero)] {
            let seconds = Self.seconds(time)
            print(String(format: "%@: %.3f s, %.1f MB/s", name.padding(toLength: 22, withPad: " ", startingAt: 0), seconds,
                         seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0))
        }
        // The stage to work on next: the longest, with its share of the wall time.
        if let longest = fastest.max(by: { $0.time < $1.time }), let wall = fastestRound, wall > .zero {
            print(String(format: "dominant stage: %@ (%.0f%% of the wall time)", longest.name,
                         100 * Self.seconds(longest.time) / Self.seconds(wall)))
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
