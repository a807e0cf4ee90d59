import ArgumentParser
import Foundation
import PlanKit
import PlanKitExport

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export plan graphs: csv (one row per value, table or prose), sqlite (one database file), xlsx (an Excel workbook), md or html (a report).",
        discussion: "GRAPHs are graph JSON files, documents, or directories of either; OUT is the file to write, whole or not at all."
    )

    enum Target: String, ExpressibleByArgument, CaseIterable { case csv, sqlite, xlsx, md, html }

    @Argument(help: "Graph JSON files, documents or directories.") var graphs: [String]
    @Option(name: .customLong("to"), help: "csv, sqlite, xlsx, md or html.") var target: Target
    @Option(name: .shortAndLong, help: "The file to write.") var output: String
    @Flag(help: "Start the CSV with a byte-order mark, for Excel.") var bom = false
    @Flag(name: .customLong("guard-formulas"),
          help: "Put ' before CSV text cells that start with = + - @ (or a tab), so spreadsheets do not run them as formulas.")
    var guardFormulas = false
    @OptionGroup var filters: FilterOptions
    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let (loaded, failed) = try reading.loadGraphs(graphs, filter: filters.filter)
        do {
            switch target {
            case .csv:
                try AtomicFile.write(Data(CSVExport.text(loaded, byteOrderMark: bom, guardFormulas: guardFormulas).utf8), to: output)
            case .sqlite:
                try SQLiteExport.write(loaded, to: output)
            case .xlsx:
                try XLSXExport.write(loaded, to: output)
            case .md:
                try AtomicFile.write(Data(MarkdownExport.text(loaded).utf8), to: output)
            case .html:
                try AtomicFile.write(Data(HTMLReport(loaded).html.utf8), to: output)
            }
        } catch let error as XLSXExport.Failure {
            Report.error(output, error.message, id: "write-failed")
            throw ExitCode.failure
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
