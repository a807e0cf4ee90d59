import ArgumentParser
import Foundation
import PlanKit

struct Track: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: "Each target of PLAN against the values REPORTs state later: met, on track, at risk, missed or no data."
    )

    @Argument(help: "The plan (document or graph JSON).") var plan: String
    @Argument(help: "Later reports: a mid-term review, press releases.") var reports: [String]
    @Option(help: "table (terminal), json, csv or md.") var format: Diff.Format = .table
    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let (graphs, failed) = try reading.loadGraphs([plan] + reports)
        if failed { throw ExitCode.failure }
        let tracking = TargetTracking(plan: graphs[0], reports: Array(graphs.dropFirst()))
        StandardStreams.writeOutput(try format.render(tracking))
    }
}
