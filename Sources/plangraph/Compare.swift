import ArgumentParser
import Foundation
import PlanKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A region × indicator-concept matrix of the targets of several documents.",
        discussion: "FILEs are documents (PDF, text) or graph JSON files; a file that cannot be read is reported and left out."
    )

    @Argument(help: "Documents or graph JSON files.") var files: [String]
    @Option(help: "table (terminal), json, csv or md.") var format: Diff.Format = .table
    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let (graphs, failed) = try reading.loadGraphs(files)
        let matrix = CorpusMatrix(comparing: graphs)
        StandardStreams.writeOutput(try format.render(matrix))
        if failed { throw ExitCode.failure }
    }
}
