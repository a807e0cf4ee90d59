import ArgumentParser
import Foundation
import PlanKit

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the indicators of two documents, aligned by concept.",
        discussion: "A and B are documents (PDF, text) or graph JSON files that plangraph ingest wrote."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, md

        /// The bytes `diff` and `compare` write to stdout for `comparison` in this format.
        func render(_ comparison: some TabularComparison) throws -> Data {
            switch self {
            case .table: Data(comparison.terminalTable.utf8)
            case .csv: Data(comparison.csv.utf8)
            case .md: Data(comparison.markdown.utf8)
            case .json: try JSONOutput.data(comparison)
            }
        }
    }

    @Argument(help: "The left document or graph JSON.") var left: String
    @Argument(help: "The right document or graph JSON.") var right: String
    @Option(help: "table (terminal), json, csv or md.") var format: Format = .table
    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let (graphs, failed) = try reading.loadGraphs([left, right])
        if failed { throw ExitCode.failure }
        let diff = PlanDiff(comparing: graphs[0], with: graphs[1])
        if diff.rows.isEmpty {
            Report.error(right, "\(left) and \(right) have no indicator concept in common", id: "nothing-to-compare")
            throw ExitCode.failure
        }
        StandardStreams.writeOutput(try format.render(diff))
    }
}
