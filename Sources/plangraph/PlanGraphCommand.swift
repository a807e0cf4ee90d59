import ArgumentParser
import PlanKit

@main
struct PlanGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plangraph",
        abstract: "Turn Chinese government plan documents (PDF or text) into a structured plan graph.",
        subcommands: [Ingest.self, Inspect.self, Diff.self, Compare.self, Track.self, Export.self, Quantities.self, Benchmark.self]
    )
}

/// Options shared by the commands that read documents.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Encoding of text files: utf-8, utf-16le, utf-16be or gb18030 (default: detect).")
    var encoding: String?

    @Option(help: "Password of encrypted PDFs.")
    var password: String?

    @Option(name: .customLong("max-pages"), help: "Refuse PDFs with more pages than this.")
    var maxPages: Int?

    @Option(help: "Stop reading a PDF after this many seconds (checked page by page).")
    var timeout: Double?

    var limits: ReadLimits { ReadLimits(maxPages: maxPages, timeout: timeout) }

    func validatedEncoding() throws -> TextEncoding? {
        guard let encoding else { return nil }
        guard let parsed = TextEncoding(name: encoding) else {
            throw ValidationError("unknown encoding '\(encoding)'; use utf-8, utf-16le, utf-16be or gb18030")
        }
        return parsed
    }
}

extension ReadingOptions {
    /// Loads documents or graph JSON files, reporting each one that cannot be read on standard error.
    /// Returns the graphs read and whether any file failed.
    func loadGraphs(_ paths: [String]) throws -> (graphs: [PlanGraph], failed: Bool) {
        let encoding = try validatedEncoding()
        var graphs: [PlanGraph] = []
        var failed = false
        for path in paths {
            do {
                graphs.append(try PlanGraph(loading: path, encoding: encoding, password: password))
            } catch {
                Report.error(path, error.message, id: error.id)
                failed = true
            }
        }
        return (graphs, failed)
    }
}
