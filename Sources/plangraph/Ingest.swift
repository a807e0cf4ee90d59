import ArgumentParser
import Foundation
import PlanKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the plan graph JSON of each FILE.",
        discussion: """
            One FILE goes to standard output unless -o names a directory; several FILEs need -o DIR \
            (one DIR/<id>.json each) or --format jsonl (one graph per line on standard output). \
            A file that cannot be read is reported on standard error and the others are still written; \
            the exit status is then 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Argument(help: "PDF or text files.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Directory to write <id>.json files into (created if missing).")
    var output: String?

    @Option(help: "json (pretty, one document) or jsonl (one graph per line).")
    var format: Format = .json

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        if files.count > 1 && output == nil && format == .json {
            throw ValidationError("several files need -o DIR or --format jsonl")
        }
    }

    func run() throws {
        let encoding = try reading.validatedEncoding()
        let outputDirectory = try output.map(OutputDirectory.init(path:))
        var failed = false
        var written: [String: String] = [:]
        var progress = Progress(total: files.count)
        for path in files {
            progress.show(path)
            do {
                let graph = try PlanGraph(ingesting: path, encoding: encoding, password: reading.password)
                let data = format == .json ? try graph.jsonData() : try graph.jsonLine()
                if let outputDirectory {
                    let id = graph.document.id
                    if let earlier = written[id] {
                        Report.error(path, "its output \(id).json would overwrite that of \(earlier)", id: "duplicate-id")
                        failed = true
                        continue
                    }
                    try outputDirectory.write(data, name: "\(id).json")
                    written[id] = path
                } else {
                    FileHandle.standardOutput.write(data)
                }
            } catch let error as ReadError {
                Report.error(path, error.message, id: error.id)
                failed = true
            } catch let error as OutputDirectory.WriteError {
                Report.error(error.path, error.message, id: "write-failed")
                failed = true
            }
        }
        progress.finish()
        if failed { throw ExitCode.failure }
    }
}

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a readable outline of FILE: its blocks with page and line provenance."
    )

    @Argument(help: "A PDF or text file.")
    var file: String

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        do {
            let graph = try PlanGraph(ingesting: file, encoding: try reading.validatedEncoding(), password: reading.password)
            FileHandle.standardOutput.write(Data(Outline(describing: graph).text.utf8))
        } catch let error as ReadError {
            Report.error(file, error.message, id: error.id)
            throw ExitCode.failure
        }
    }
}
