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

    func validatedEncoding() throws -> TextEncoding? {
        guard let encoding else { return nil }
        guard let parsed = TextEncoding(name: encoding) else {
            throw ValidationError("unknown encoding '\(encoding)'; use utf-8, utf-16le, utf-16be or gb18030")
        }
        return parsed
    }
}
