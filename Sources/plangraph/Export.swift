import ArgumentParser
import Foundation
import PlanKit
import PlanKitExport

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export plan graphs: csv (one row per indicator value), sqlite (one database file), md or html (a report).",
        discussion: "GRAPHs are graph JSON files or documents; OUT is the file to write, whole or not at all."
    )

    enum Target: String, ExpressibleByArgument, CaseIterable { case csv, sqlite, md, html }

    @Argument(help: "Graph JSON files or documents.") var graphs: [String]
    @Option(name: .customLong("to"), help: "csv, sqlite, md or html.") var target: Target
    @Option(name: .shortAndLong, help: "The file to write.") var output: String
    @Flag(help: "Start the CSV with a byte-order mark, for Excel.") var bom = false
    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let (loaded, failed) = try reading.loadGraphs(graphs)
        do {
            switch target {
            case .csv:
                try AtomicFile.write(Data(CSVExport.text(loaded, byteOrderMark: bom).utf8), to: output)
            case .sqlite:
                try SQLiteExport.write(loaded, to: output)
            case .md:
                try AtomicFile.write(Data(MarkdownExport.text(loaded).utf8), to: output)
            case .html:
                try AtomicFile.write(Data(HTMLReport(loaded).html.utf8), to: output)
            }
        } catch let error as AtomicFile.WriteError {
            Report.error(output, error.message, id: "write-failed")
            throw ExitCode.failure
        } catch {
            Report.error(output, "cannot write: \(error.localizedDescription)", id: "write-failed")
            throw ExitCode.failure
        }
        if failed { throw ExitCode.failure }
    }
}
