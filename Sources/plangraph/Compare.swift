import ArgumentParser
import Foundation
import PlanKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "A region × indicator-concept matrix of the targets of several documents.",
        discussion: "FILEs are documents (PDF, text), graph JSON files, or directories of either; a file that cannot be read is reported and left out. Targets come from the indicator tables, or from the prose where a table has none."
    )

    @Argument(help: "Documents, graph JSON files or directories.") var files: [String]
    @Option(help: "table (terminal), json, csv or md.") var format: Diff.Format = .table
    @Flag(help: "The terminal table unwrapped (by default its cells wrap to fit 120 columns).") var wide = false
    @OptionGroup var filters: FilterOptions
    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let (graphs, failed) = try reading.loadGraphs(files, filter: filters.filter)
        let matrix = CorpusMatrix(comparing: graphs)
        StandardStreams.writeOutput(try format.render(matrix, width: wide ? nil : 120))
        if failed { throw ExitCode.failure }
    }
}
