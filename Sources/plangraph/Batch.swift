import ArgumentParser
import Foundation
import PlanKit

/// `ingest` over several documents, read by worker processes (`Worker`), as many at a time as there
/// are cores; outputs and messages given in input order, so a batch reports the same way on every run;
/// a summary line at the end.
struct Batch {
    let ingest: Ingest

    /// What became of one input, ready to be given out in order.
    struct DocumentReport {
        /// Lines for standard error, each ending in a line break.
        var messages = ""
        /// The graph for standard output (without -o).
        var output: Data?
        var status: Status
    }

    enum Status { case written, skipped, failed }

    init(ingest: Ingest) { self.ingest = ingest }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let (inputs, emptyDirectories) = BatchInputs.expand(ingest.files)
        for path in emptyDirectories { Report.error(path, "no PDF or text files under \(path)", id: "no-inputs") }
        guard !inputs.isEmpty else { throw ExitCode.failure }
        let directory = try ingest.output.map(OutputDirectory.init(path:))

        // Output names come from file names, so clashes and finished files are known before reading.
        let state = BatchState(count: inputs.count)
        var jobs: [(index: Int, path: String, id: String)] = []
        var owners: [String: String] = [:]
        for (index, path) in inputs.enumerated() {
            let id = PlanGraph.documentID(forPath: path)
            if let earlier = owners[id] {
                state.finish(index, DocumentReport(messages: Report.errorLine(path, "its output \(id).json would overwrite that of \(earlier)", id: "duplicate-id"), status: .failed))
                continue
            }
            owners[id] = path
            if ingest.resume, let directory, PlanGraph.isFinishedOutput(directory.path(of: "\(id).json"), of: path) {
                state.finish(index, DocumentReport(status: .skipped))
                continue
            }
            jobs.append((index, path, id))
        }

        let timeout = ingest.reading.timeout ?? Ingest.defaultTimeout
        // The worker's own watchdog ends it at the limit with the usual line; the kill is for a worker
        // that cannot even do that.
        let limits = Worker.Limits(seconds: timeout + 1, memoryBytes: ingest.maxMemory << 20)
        let executable = Worker.executable
        let arguments = ["ingest-worker", "--format", ingest.format.rawValue] + ingest.reading.arguments(timeout: timeout)
        let queue = JobQueue(jobs.map(\.index))
        let byIndex = Dictionary(uniqueKeysWithValues: jobs.map { ($0.index, $0) })
        let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
        DispatchQueue.concurrentPerform(iterations: width) { _ in
            // One worker per thread, for document after document; a new one after a crash or a kill.
            var worker: Worker?
            defer { worker?.finish() }
            while let index = queue.next() {
                let job = byIndex[index]!
                state.started(job.path)
                var outcome = Worker.Outcome(end: .notStarted(0))
                if worker == nil || worker!.ended {
                    let (started, error) = Worker.start(executable, arguments)
                    worker = started
                    outcome.end = .notStarted(error)
                }
                if let worker, !worker.ended { outcome = worker.read(job.path, limits: limits) }
                var result = Self.report(of: outcome, path: job.path, timeout: timeout, maxMemory: ingest.maxMemory)
                if let directory, result.status == .written, let data = result.output {
                    result.output = nil
                    do throws(AtomicFile.WriteError) {
                        try directory.write(data, name: "\(job.id).json")
                    } catch {
                        result.messages += Report.errorLine(error.path, error.message, id: "write-failed")
                        result.status = .failed
                    }
                }
                state.finish(index, result)
            }
        }
        let summary = state.summary(seconds: (clock.now - started) / .seconds(1))
        StandardStreams.writeError(summary.line + "\n")
        if summary.failed > 0 || !emptyDirectories.isEmpty { throw ExitCode.failure }
    }

    /// The worker's answer turned into lines: its own lines as they are; what a library printed besides
    /// as one warning; a crash, a timeout or too much memory as one error line.
    static func report(of outcome: Worker.Outcome, path: String, timeout: Double, maxMemory: Int) -> DocumentReport {
        // The frame holds the worker's own lines; standard error what a library or the runtime printed,
        // and the watchdog's line when the worker's own timeout ended it.
        let lines = ForeignMessages.lines(in: Array(outcome.errors)) + ForeignMessages.lines(in: Array(outcome.messages))
        let own = lines.filter { $0.hasPrefix(path + ":") }
        let foreign = lines.filter { !$0.hasPrefix(path + ":") }
        var messages = own.filter { !$0.hasPrefix(path + ": error:") }.map { $0 + "\n" }.joined()
        var errors = own.filter { $0.hasPrefix(path + ": error:") }.map { $0 + "\n" }.joined()
        var status = Status.written
        switch outcome.end {
        case .answered:
            if outcome.output.isEmpty {
                status = .failed
                if errors.isEmpty { errors += Report.errorLine(path, "the worker gave no graph and no reason", id: "worker-failed") }
            }
        case .exited(let code):
            status = .failed
            if errors.isEmpty { errors += Report.errorLine(path, "the worker exited with status \(code)", id: "worker-failed") }
        case .signaled(let signal):
            status = .failed
            let fatal = foreign.lazy.compactMap { line in line.range(of: "Fatal error: ").map { String(line[$0.upperBound...]) } }.first
            let cause = Self.signalName(signal) + (fatal.map { ": \($0)" } ?? "")
            errors = Report.errorLine(path, "crashed while reading (\(cause)); the other documents go on", id: "crashed")
        case .timedOut:
            status = .failed
            errors = Report.errorLine(path, ReadError.timedOut(seconds: timeout).message, id: "timed-out")
        case .outOfMemory:
            status = .failed
            errors = Report.errorLine(path, "reading used more than \(maxMemory) MB of memory (--max-memory); stopped", id: "out-of-memory")
        case .garbled:
            status = .failed
            errors = Report.errorLine(path, "the worker's answer was not a frame; it was stopped", id: "worker-failed")
        case .notStarted(let code):
            status = .failed
            errors = Report.errorLine(path, "cannot start a worker process: \(String(cString: strerror(code)))", id: "worker-failed")
        }
        // A crash's own report (the runtime's message and backtrace) is summed up in its error line.
        let crashed = if case .signaled = outcome.end { true } else { false }
        if !crashed, let warning = ForeignMessages.warning(for: foreign, path: path) { messages += warning + "\n" }
        return DocumentReport(messages: messages + errors, output: status == .written ? outcome.output : nil, status: status)
    }

    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGILL: "SIGILL, a trap", SIGTRAP: "SIGTRAP, a trap",
                                      SIGABRT: "SIGABRT", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM"]
        return "signal \(signal)" + (names[signal].map { ", \($0)" } ?? "")
    }
}

/// The indexes of the documents still to read, handed to whichever worker thread asks.
final class JobQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: ArraySlice<Int>

    init(_ indexes: [Int]) { pending = indexes[...] }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return pending.popFirst()
    }
}

/// What the worker threads of a batch share, behind a lock: progress, and the results, given out in
/// input order as soon as every earlier one is in.
final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: Progress
    private var results: [Batch.DocumentReport?]
    private var nextToGive = 0
    private var counts: [Batch.Status: Int] = [:]

    init(count: Int) {
        progress = Progress(total: count)
        results = Array(repeating: nil, count: count)
    }

    func started(_ path: String) {
        lock.lock()
        progress.show(path)
        lock.unlock()
    }

    func finish(_ index: Int, _ result: Batch.DocumentReport) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
        counts[result.status, default: 0] += 1
        while nextToGive < results.count, let ready = results[nextToGive] {
            results[nextToGive] = nil
            nextToGive += 1
            if !ready.messages.isEmpty {
                progress.clear()
                StandardStreams.writeError(ready.messages)
            }
            if let output = ready.output { StandardStreams.writeOutput(output) }
        }
    }

    /// `105 documents: 100 written, 5 failed, 10.8 s` (skipped ones named when there are any).
    func summary(seconds: Double) -> (line: String, failed: Int) {
        lock.lock()
        defer { lock.unlock() }
        progress.clear()
        let total = results.count
        var parts = ["\(counts[.written, default: 0]) written"]
        if let skipped = counts[.skipped] { parts.append("\(skipped) skipped (already written)") }
        parts.append("\(counts[.failed, default: 0]) failed")
        let line = "\(total) document\(total == 1 ? "" : "s"): " + parts.joined(separator: ", ") + String(format: ", %.1f s", seconds)
        return (line, counts[.failed, default: 0])
    }
}
