import ArgumentParser
import Foundation
import PlanKit

/// Throughput figures for the closing notes and for regressions, measured in one run (not asserted).
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the quantity recogniser on text FILEs: MB/s of UTF-8 input on one core."
    )

    @Argument(help: "Text files, e.g. Corpus/text/*.txt.")
    var files: [String]

    @Option(help: "Repeat the scan until this many seconds have passed.")
    var seconds: Double = 2

    func run() throws {
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
        let perRound = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes * rounds) / 1_000_000
        print(String(format: "quantities: %.2f MB in %d lines, %d matches per pass, %d passes, %.1f MB/s",
                     Double(bytes) / 1_000_000, lines.count, found, rounds, megabytes / perRound))
    }
}
