import ArgumentParser
import Foundation
import PlanKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Write the plan graph JSON of each FILE (a directory means the PDFs and text files below it).",
        discussion: """
            One FILE goes to standard output unless -o names a directory; several FILEs or a directory need \
            -o DIR (one DIR/<id>.json each) or --format jsonl (one graph per line on standard output). A \
            batch reads its documents in worker processes, as many at a time as there are cores: a \
            document that fails, crashes, takes longer than --timeout or more memory than --max-memory is \
            reported on standard error as one line and the others are still written; the exit status is \
            then 1. A batch ends with a summary line. --resume skips inputs whose output is a finished graph.
            """
    )

    /// Seconds a document may take when `--timeout` is not given: far above any real plan (2,000 pages
    /// read in under 3 s), so only a document that hangs meets it.
    static let defaultTimeout = 300.0

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Argument(help: "PDF or text files, or directories of them.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Directory to write <id>.json files into (created if missing).")
    var output: String?

    @Option(help: "json (pretty, one document) or jsonl (one graph per line).")
    var format: Format = .json

    @Flag(help: "With -o: skip inputs whose <id>.json is a finished graph of the same input file.")
    var resume = false

    @Option(name: .customLong("max-memory"), help: "In a batch: stop a document whose worker uses more than this many MB.")
    var maxMemory: Int = 4096

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        if (files.count > 1 || files.contains(where: BatchInputs.isDirectory)) && output == nil && format == .json {
            throw ValidationError("several files or a directory need -o DIR or --format jsonl")
        }
        if resume && output == nil { throw ValidationError("--resume needs -o DIR") }
        if !(1...(1 << 30)).contains(maxMemory) { throw ValidationError("--max-memory must be between 1 and 1073741824 MB") }
    }

    func run() throws {
        let encoding = try reading.validatedEncoding()
        if files.count == 1 && !BatchInputs.isDirectory(files[0]) {
            try ingestOne(files[0], encoding: encoding)
        } else {
            try Batch(ingest: self).run()
        }
    }

    /// One document, in this process: its graph goes to standard output or into the output directory.
    private func ingestOne(_ path: String, encoding: TextEncoding?) throws {
        let directory = try output.map(OutputDirectory.init(path:))
        let (graph, data) = try reading.readOne(path, encoding: encoding) { graph in
            format == .json ? try graph.jsonData() : try graph.jsonLine()
        }
        guard let directory else {
            StandardStreams.writeOutput(data)
            return
        }
        do {
            try directory.write(data, name: "\(graph.document.id).json")
        } catch {
            Report.error(error.path, error.message, id: "write-failed")
            throw ExitCode.failure
        }
    }
}

extension ReadingOptions {
    /// Reads one document in this process, as `ingest FILE` and `inspect` do, and makes its `output`;
    /// prints its lines (`read`), and exits 1 when it cannot be read.
    func readOne<Output>(_ path: String, encoding: TextEncoding?, output: (PlanGraph) throws -> Output) throws -> (PlanGraph, Output) {
        let document = try read(path, encoding: encoding, catchingLibraryMessages: true, output: output)
        StandardStreams.writeError(document.messages)
        guard let made = document.made else { throw ExitCode.failure }
        return made
    }

    /// Reads one document in this process and makes its `output`: a watchdog ends the process after
    /// `--timeout` (300 s unless given), even inside one page; what poppler prints meanwhile becomes one
    /// warning when `catchingLibraryMessages`. `messages`: the graph's warnings, that warning, and the
    /// error line when the document cannot be read (`made` is then nil).
    func read<Output>(_ path: String, encoding: TextEncoding?, catchingLibraryMessages: Bool,
                      output: (PlanGraph) throws -> Output) throws -> (made: (PlanGraph, Output)?, messages: String) {
        let timeout = timeout ?? Ingest.defaultTimeout
        let watchdog = Watchdog(seconds: timeout, line: Report.errorLine(path, ReadError.timedOut(seconds: timeout).message, id: "timed-out"))
        let capture = catchingLibraryMessages ? ForeignMessages() : nil
        var limits = limits
        limits.timeout = timeout
        let result = Result { () throws(ReadError) in
            try PlanGraph(ingesting: path, encoding: encoding, password: password, limits: limits)
        }
        let foreign = capture?.finish() ?? []
        let graph = try? result.get()
        let made = try graph.map(output)
        watchdog.disarm()
        var messages = graph.map { $0.diagnostics.map { $0.formatted(path: path) + "\n" }.joined() } ?? ""
        if let warning = ForeignMessages.warning(for: foreign, path: path) { messages += warning + "\n" }
        if case .failure(let error) = result { messages += Report.errorLine(path, error.message, id: error.id) }
        guard let graph, let made else { return (nil, messages) }
        return ((graph, made), messages)
    }
}

/// `plangraph ingest-worker`: a worker process of a batch (`Worker`), not for direct use. Reads paths
/// ended by NUL from standard input, one document at a time, and answers each with one frame on
/// standard output: `<message bytes> <graph bytes>\n`, then the messages and the graph (none when the
/// document cannot be read).
struct IngestWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest-worker", abstract: "A worker process of `ingest` over several documents.", shouldDisplay: false
    )

    @Option var format: Ingest.Format = .json
    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let encoding = try reading.validatedEncoding()
        // Frames go to a copy of standard output; descriptor 1 itself goes to standard error, so that a
        // library printing to standard output cannot break a frame.
        let frames = dup(1)
        dup2(2, 1)
        var paths = NULSeparatedInput(descriptor: 0)
        while let path = paths.next() {
            // What poppler prints stays on standard error: the batch gives it to the document in flight.
            let document = try reading.read(path, encoding: encoding, catchingLibraryMessages: false) { graph in
                format == .json ? try graph.jsonData() : try graph.jsonLine()
            }
            let messages = Data(document.messages.utf8)
            let graph = document.made?.1 ?? Data()
            StandardStreams.writeOutput(Data("\(messages.count) \(graph.count)\n".utf8) + messages + graph, to: frames)
        }
    }
}

/// Strings ended by NUL, read from a descriptor as they come.
struct NULSeparatedInput {
    let descriptor: Int32
    private var pending: [UInt8] = []
    private var ended = false

    init(descriptor: Int32) { self.descriptor = descriptor }

    mutating func next() -> String? {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let end = pending.firstIndex(of: 0) {
                defer { pending.removeSubrange(...end) }
                return String(decoding: pending[..<end], as: UTF8.self)
            }
            if ended { return nil }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { ended = true } else { pending += chunk[..<count] }
        }
    }
}

/// The inputs of a batch: files as given, directories expanded to the PDFs and text files below them.
enum BatchInputs {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The files to read in order, and the directories given that hold none.
    static func expand(_ paths: [String]) -> (files: [String], emptyDirectories: [String]) {
        expand(paths) { names in names.filter { hasExtension($0, SourceDocument.readableExtensions) } }
    }

    /// Files as given, each directory replaced by the files below it that `select` picks from all of
    /// their paths (relative to it, sorted); the directories where it picks none are returned apart.
    static func expand(_ paths: [String], select: ([String]) -> [String]) -> (files: [String], emptyDirectories: [String]) {
        var files: [String] = []
        var empty: [String] = []
        for path in paths {
            guard isDirectory(path), let enumerator = FileManager.default.enumerator(atPath: path) else {
                files.append(path)
                continue
            }
            let found = select(enumerator.compactMap { $0 as? String }.sorted())
            if found.isEmpty { empty.append(path) }
            files += found.map { (path as NSString).appendingPathComponent($0) }
        }
        return (files, empty)
    }

    /// Whether the file name ends in `.` and one of `extensions`, in any case.
    static func hasExtension(_ name: String, _ extensions: [String]) -> Bool {
        let lower = name.lowercased()
        return extensions.contains { lower.hasSuffix(".\($0)") }
    }
}

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print a readable outline of FILE: its blocks with page and line provenance."
    )

    @Argument(help: "A PDF or text file, or a graph JSON file that ingest wrote.")
    var file: String

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        if BatchInputs.hasExtension(file, ["json"]) {
            // A graph already made: its outline, without reading the document again.
            let (graphs, failed) = try reading.loadGraphs([file])
            if failed { throw ExitCode.failure }
            StandardStreams.writeOutput(Data(Outline(describing: graphs[0]).text.utf8))
            return
        }
        let (_, outline) = try reading.readOne(file, encoding: try reading.validatedEncoding()) { graph in
            Data(Outline(describing: graph).text.utf8)
        }
        StandardStreams.writeOutput(outline)
    }
}
