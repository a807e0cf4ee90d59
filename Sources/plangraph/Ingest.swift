import ArgumentParser
import Foundation
import PlanKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the plan graph JSON of each FILE (a directory means the PDFs and text files below it).",
        discussion: """
            One FILE goes to standard output unless -o names a directory; several FILEs or a directory need \
            -o DIR (one DIR/<id>.json each, documents ingested in parallel) or --format jsonl (one graph per \
            line on standard output). A file that cannot be read is reported on standard error and the \
            others are still written; the exit status is then 1. --resume skips inputs whose output exists.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Argument(help: "PDF or text files, or directories of them.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Directory to write <id>.json files into (created if missing).")
    var output: String?

    @Option(help: "json (pretty, one document) or jsonl (one graph per line).")
    var format: Format = .json

    @Flag(help: "With -o: skip inputs whose <id>.json is already in the output directory.")
    var resume = false

    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        let hasDirectory = files.contains { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if (files.count > 1 || hasDirectory) && output == nil && format == .json {
            throw ValidationError("several files or a directory need -o DIR or --format jsonl")
        }
        if resume && output == nil { throw ValidationError("--resume needs -o DIR") }
    }

    func run() throws {
        let encoding = try reading.validatedEncoding()
        let inputs = BatchInputs.expand(files, expandDirectories: output != nil || format == .jsonl)
        guard let output else {
            // Standard output: one document after the other, in order.
            var failed = false
            for path in inputs {
                do {
                    let graph = try PlanGraph(ingesting: path, encoding: encoding, password: reading.password,
                                              limits: reading.limits)
                    Report.warnings(graph.diagnostics, path: path)
                    FileHandle.standardOutput.write(format == .json ? try graph.jsonData() : try graph.jsonLine())
                } catch let error as ReadError {
                    Report.error(path, error.message, id: error.id)
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
            return
        }
        let directory = try OutputDirectory(path: output)
        // Output names come from file names, so clashes and finished files are known before reading.
        var jobs: [(index: Int, path: String, id: String)] = []
        var problems: [(Int, String, String, String)] = []
        var owners: [String: String] = [:]
        for (index, path) in inputs.enumerated() {
            let id = PlanGraph.documentID(forPath: path)
            if let earlier = owners[id] {
                problems.append((index, path, "its output \(id).json would overwrite that of \(earlier)", "duplicate-id"))
                continue
            }
            owners[id] = path
            if resume && FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("\(id).json").path) { continue }
            jobs.append((index, path, id))
        }
        let work = jobs
        let state = BatchState(total: work.count)
        let password = reading.password
        let limits = reading.limits
        let pretty = format == .json
        DispatchQueue.concurrentPerform(iterations: work.count) { position in
            let job = work[position]
            state.started(job.path)
            do {
                let graph = try PlanGraph(ingesting: job.path, encoding: encoding, password: password, limits: limits)
                try directory.write(pretty ? try graph.jsonData() : try graph.jsonLine(), name: "\(job.id).json")
                state.finished(nil, warnings: (job.index, job.path, graph.diagnostics))
            } catch let error as ReadError {
                state.finished((job.index, job.path, error.message, error.id))
            } catch let error as OutputDirectory.WriteError {
                state.finished((job.index, error.path, error.message, "write-failed"))
            } catch {
                state.finished((job.index, job.path, "\(error)", "failed"))
            }
        }
        state.done()
        for (_, path, diagnostics) in state.warnings.sorted(by: { $0.0 < $1.0 }) { Report.warnings(diagnostics, path: path) }
        // Problems in input order, so a batch reports the same way on every run.
        let all = (problems + state.problems).sorted { $0.0 < $1.0 }
        for (_, path, message, id) in all { Report.error(path, message, id: id) }
        if !all.isEmpty { throw ExitCode.failure }
    }
}

/// The inputs of a batch: files as given, directories expanded to the PDFs and text files below them.
enum BatchInputs {
    static func expand(_ paths: [String], expandDirectories: Bool) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard expandDirectories, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  let enumerator = FileManager.default.enumerator(atPath: path) else { return [path] }
            let files = enumerator.compactMap { $0 as? String }.filter { name in
                let lower = name.lowercased()
                return lower.hasSuffix(".pdf") || lower.hasSuffix(".txt")
            }
            return files.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
    }
}

/// What the workers of a batch share: problems found and progress, behind a lock.
final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: Progress
    private(set) var problems: [(Int, String, String, String)] = []
    private(set) var warnings: [(Int, String, [Diagnostic])] = []

    init(total: Int) { progress = Progress(total: total) }

    func started(_ path: String) {
        lock.lock()
        progress.show(path)
        lock.unlock()
    }

    func finished(_ problem: (Int, String, String, String)?, warnings: (Int, String, [Diagnostic])? = nil) {
        lock.lock()
        if let problem { problems.append(problem) }
        if let warnings, !warnings.2.isEmpty { self.warnings.append(warnings) }
        lock.unlock()
    }

    func done() {
        lock.lock()
        progress.finish()
        lock.unlock()
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
