import ArgumentParser
import Foundation
import PlanKit

/// Every command names itself in its configuration: ArgumentParser would otherwise derive each name
/// from its type's name at every start, a search of the whole binary's conformances (3 ms a run).
@main
struct PlanGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plangraph",
        abstract: "Turn Chinese government plan documents (PDF or text) into a structured plan graph.",
        version: PlanGraphVersion.text,
        subcommands: [Ingest.self, Inspect.self, Diff.self, Compare.self, Track.self, Export.self, View.self, Concepts.self, Quantities.self,
                      Benchmark.self,
                      IngestWorker.self]
    )

    static func main() {
        StandardStreams.prepare()
        main(nil)
    }
}

/// Options shared by the commands that read documents.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Encoding of text files: utf-8, utf-16le, utf-16be or gb18030 (default: detect).")
    var encoding: String?

    @Option(help: "Password of encrypted PDFs.")
    var password: String?

    @Option(name: .customLong("max-pages"), help: "Refuse PDFs with more pages than this.")
    var maxPages: Int?

    @Option(help: "Stop reading a document after this many seconds (ingest: 300 unless given).")
    var timeout: Double?

    @Option(name: .customLong("max-text-size"), help: "Refuse text files larger than this many MB.")
    var maxTextSize: Int = 64

    @Option(help: "Read only these PDF pages: 5-9, 5 or 5- (as pdftotext -f/-l); page numbers stay the document's.")
    var pages: String?

    var limits: ReadLimits {
        ReadLimits(maxPages: maxPages, timeout: timeout, maxTextBytes: maxTextSize << 20, pages: pages.flatMap(Self.pageRange))
    }

    /// `5-9` → 5...9, `5` → 5...5, `5-` → 5 to the end; nil when the text is no range of pages from 1.
    static func pageRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = Int(parts[0]), first >= 1 else { return nil }
        if parts.count == 1 { return first...first }
        if parts[1].isEmpty { return first...Int.max }
        guard let last = Int(parts[1]), last >= first else { return nil }
        return first...last
    }

    /// Limits a process can hold: a timeout of 0 to a million seconds, sizes that fit in bytes.
    func validate() throws {
        if let timeout, !(timeout >= 0 && timeout <= 1_000_000) {
            throw ValidationError("--timeout must be between 0 and 1000000 seconds")
        }
        if !(1...(1 << 30)).contains(maxTextSize) { throw ValidationError("--max-text-size must be between 1 and 1073741824 MB") }
        if let maxPages, maxPages < 1 { throw ValidationError("--max-pages must be at least 1") }
        if let pages, Self.pageRange(pages) == nil {
            throw ValidationError("--pages takes a page or a range of pages from 1: 5, 5-9 or 5-")
        }
    }

    /// These options as arguments, for a worker process that reads one document of a batch.
    func arguments(timeout: Double) -> [String] {
        var arguments = ["--timeout", "\(timeout)", "--max-text-size", "\(maxTextSize)"]
        if let encoding { arguments += ["--encoding", encoding] }
        if let password { arguments += ["--password", password] }
        if let maxPages { arguments += ["--max-pages", "\(maxPages)"] }
        if let pages { arguments += ["--pages", pages] }
        return arguments
    }

    func validatedEncoding() throws -> TextEncoding? {
        guard let encoding else { return nil }
        guard let parsed = TextEncoding(name: encoding) else {
            throw ValidationError("unknown encoding '\(encoding)'; use utf-8, utf-16le, utf-16be or gb18030")
        }
        return parsed
    }
}
