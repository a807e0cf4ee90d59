import ArgumentParser
import Foundation
import PlanKit

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the targets of two documents, aligned by concept, and say which side is more ambitious.",
        discussion: "A and B are documents (PDF, text) or graph JSON files that plangraph ingest wrote. Each side's target comes from its indicator table, or from its prose where the table has none. The terminal table fits 120 columns (--wide: unwrapped, with each side's indicator names and the targets only one side has)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, md

        /// The bytes `diff`, `compare`, `track` and `concepts` write to stdout for `comparison` in this
        /// format; the terminal table fits `width` columns (nil: as wide as its cells).
        func render(_ comparison: some TabularComparison, width: Int? = nil) throws -> Data {
            switch self {
            case .table: Data(comparison.terminalTable(width: width).utf8)
            case .csv: Data(comparison.csv.utf8)
            case .md: Data(comparison.markdown.utf8)
            case .json: try JSONOutput.data(comparison)
            }
        }
    }

    @Argument(help: "The left document or graph JSON.") var left: String
    @Argument(help: "The right document or graph JSON.") var right: String
    @Option(help: "table (terminal), json, csv or md.") var format: Format = .table
    @Flag(help: "The terminal table unwrapped, with indicator names and one-sided targets.") var wide = false
    @OptionGroup var filters: FilterOptions
    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let (graphs, failed) = try reading.loadGraphs([left, right], filter: filters.filter)
        if failed { throw ExitCode.failure }
        guard graphs.count == 2 else {
            Report.error(graphs.isEmpty ? left : right, "the filters leave fewer than two documents to compare", id: "nothing-to-compare")
            throw ExitCode.failure
        }
        let diff = PlanDiff(comparing: graphs[0], with: graphs[1])
        if diff.rows.isEmpty {
            Report.error(right, "\(left) and \(right) have no concept in common", id: "nothing-to-compare")
            throw ExitCode.failure
        }
        StandardStreams.writeOutput(try format.render(diff, width: wide ? nil : 120))
    }
}
