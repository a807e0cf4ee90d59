import Foundation
import PlanKit

/// A worker process of a batch: the same `plangraph` binary running `ingest-worker`, which reads
/// documents one after the other in a process of its own.
///
/// The batch sends a path (ended by NUL) on the worker's standard input; the worker answers on its
/// standard output with one frame, `<message bytes> <graph bytes>\n` and then both, its own lines
/// (warnings, the error) first. What a library prints goes to the worker's standard error, which the
/// batch reads beside it and gives to the document in flight. A trap, a hang or runaway memory ends
/// that worker only: the batch reports the document as one line, starts a new worker and goes on.
/// A worker lives for many documents, so fonts, catalogs and the runtime load once per worker, not once
/// per document. It runs in a process group of its own, so that a kill reaches whatever it started.
final class Worker {
    /// How the worker's turn on one document ended.
    enum End: Equatable {
        /// It answered: the frame's graph is empty when the document could not be read.
        case answered
        case exited(Int32)
        case signaled(Int32)
        /// Killed after `Limits.seconds`.
        case timedOut
        /// Killed when its resident memory passed `Limits.memoryBytes`.
        case outOfMemory
        /// It could not be started: errno.
        case notStarted(Int32)
        /// Its answer was not a frame; it was killed.
        case garbled
    }

    struct Limits {
        /// Wall-clock seconds for one document; nil for none.
        var seconds: Double?
        /// Resident memory in bytes; nil for none.
        var memoryBytes: Int?
    }

    struct Outcome {
        var end: End
        /// The graph (answered and read).
        var output = Data()
        /// The worker's own lines for the document, from the frame.
        var messages = Data()
        /// What reached the worker's standard error during the document.
        var errors = Data()
    }

    /// The program to run: this binary, or `PLANGRAPH_WORKER` when set (a stand-in the tests use to
    /// make a worker crash, hang or grow).
    static var executable: String {
        if let override = ProcessInfo.processInfo.environment["PLANGRAPH_WORKER"], !override.isEmpty { return override }
        return (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    private let pid: pid_t
    private var input: Int32
    private var reader: PipeReader
    private let slot: Int?
    /// Whether the process has been waited for (it ended or was killed).
    private(set) var ended = false

    private init(pid: pid_t, input: Int32, output: Int32, errors: Int32) {
        self.pid = pid
        self.input = input
        reader = PipeReader(output: output, errors: errors)
        slot = RunningWorkers.add(pid)
    }

    /// Starts `executable arguments`; nil and errno when it cannot be started.
    static func start(_ executable: String, _ arguments: [String]) -> (Worker?, Int32) {
        let (status, pid, descriptors) = spawn(executable, arguments)
        guard status == 0 else { return (nil, status) }
        return (Worker(pid: pid, input: descriptors.input, output: descriptors.output, errors: descriptors.errors), 0)
    }

    /// Has the worker read `path`; returns its answer, or how it ended trying. After any end but
    /// `.answered` the worker is gone and a new one must be started.
    func read(_ path: String, limits: Limits) -> Outcome {
        reader.startDocument()
        var request = Array(path.utf8) + [0]
        let sent = request.withUnsafeMutableBytes { AtomicFile.writeAll(UnsafeRawBufferPointer($0), to: input) }
        let started = ContinuousClock.now
        var killedFor: End?
        while sent {
            switch reader.frame() {
            case .whole(let messages, let output):
                reader.drainErrors()
                return Outcome(end: .answered, output: output, messages: messages, errors: reader.errors)
            case .garbled: killedFor = .garbled
            case .partial: break
            }
            // A worker that closed its output without answering is as good as dead: killed, so that
            // the wait below cannot hang on it.
            if killedFor != nil || reader.outputClosed {
                kill(-pid, SIGKILL)
                break
            }
            reader.readAvailable(waitingMilliseconds: 50)
            if let seconds = limits.seconds, ContinuousClock.now - started > .milliseconds(Int64(seconds * 1000)) {
                killedFor = .timedOut
            } else if let memory = limits.memoryBytes, Self.residentBytes(of: pid) > memory {
                killedFor = .outOfMemory
            }
            if killedFor != nil {
                kill(-pid, SIGKILL)
                break
            }
        }
        // It died (or could not be sent the path because it had) or was killed: what it printed until
        // then, and how it ended.
        reader.readToEnd()
        let status = waitForEnd()
        let end: End
        if let killedFor {
            end = killedFor
        } else if status & 0x7F == 0 {
            end = .exited((status >> 8) & 0xFF)
        } else {
            end = .signaled(status & 0x7F)
        }
        return Outcome(end: end, errors: reader.errors)
    }

    /// Ends the worker: standard input closed, it leaves its loop and exits.
    func finish() {
        guard !ended else { return }
        closeInput()
        reader.readToEnd()
        _ = waitForEnd()
    }

    /// Closes the worker's input once (a second `close` could hit another thread's new descriptor).
    private func closeInput() {
        guard input >= 0 else { return }
        close(input)
        input = -1
    }

    private func waitForEnd() -> Int32 {
        // The slot goes first: once reaped, the group id could be another process's.
        RunningWorkers.remove(slot)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        closeInput()
        ended = true
        return status
    }

    /// Pipes are made and the worker spawned under one lock: a worker that another thread spawns in
    /// between would inherit the pipes' write ends before they are close-on-exec, and keep them open.
    private static let spawning = NSLock()

    /// Spawns the worker with its standard input, output and error on three new pipes: 0 or errno, the
    /// pid, and this side's ends.
    private static func spawn(_ executable: String, _ arguments: [String])
        -> (Int32, pid_t, (input: Int32, output: Int32, errors: Int32)) {
        spawning.lock()
        defer { spawning.unlock() }
        _ = inheritedDescriptorsClosed
        var pipes: [[Int32]] = []
        for _ in 0..<3 {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else {
                let error = errno
                for made in pipes { close(made[0]); close(made[1]) }
                return (error, 0, (-1, -1, -1))
            }
            for descriptor in ends { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
            pipes.append(ends)
        }
        let (inputPipe, outputPipe, errorPipe) = (pipes[0], pipes[1], pipes[2])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        // The batch ignores SIGPIPE and SIGXFSZ; the worker starts with the defaults and an empty mask.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGXFSZ)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)

        // No slow backtrace from a crashing worker: the batch reports the crash in one line.
        let environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { _, new in new }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(inputPipe[0])
        close(outputPipe[1])
        close(errorPipe[1])
        guard status == 0 else {
            close(inputPipe[1]); close(outputPipe[0]); close(errorPipe[0])
            return (status, 0, (-1, -1, -1))
        }
        return (0, pid, (inputPipe[1], outputPipe[0], errorPipe[0]))
    }

    /// Marks close-on-exec every descriptor this process inherited (above standard error), once before
    /// the first worker: a caller's pipe passed on to the workers would stay open as long as any of them
    /// runs, and whoever waits for its end (a test runner, a shell's `$(…)`) would wait for them too.
    private static let inheritedDescriptorsClosed: Void = {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for descriptor in names.compactMap({ Int32($0) }) where descriptor > 2 {
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }()

    /// Resident set size from `/proc/PID/statm` (its second field, in pages); 0 when it cannot be read.
    static func residentBytes(of pid: pid_t) -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// The process groups of the workers running now, so that an interrupted batch (Ctrl-C, `kill`) takes
/// its workers with it: they run in groups of their own, which the terminal's signal does not reach.
///
/// A fixed table the signal handler reads without a lock (only `kill` and `raise`, which are safe in a
/// handler); slots are claimed under a lock.
enum RunningWorkers {
    private static let capacity = 256
    nonisolated(unsafe) private static let groups = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    /// Records a running worker; returns its slot (nil when the table is full).
    static func add(_ pid: pid_t) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            groups.initialize(repeating: 0, count: capacity)
            for signal in [SIGINT, SIGTERM, SIGHUP] { _ = Glibc.signal(signal, stopWorkersAndDie) }
            installed = true
        }
        guard let slot = (0..<capacity).first(where: { groups[$0] == 0 }) else { return nil }
        groups[slot] = pid
        return slot
    }

    static func remove(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        groups[slot] = 0
        lock.unlock()
    }

    /// Kills every running worker's group: the batch is about to end early. Safe in a signal handler.
    static func stopAll() {
        guard installed else { return }
        for slot in 0..<capacity where groups[slot] > 0 { kill(-groups[slot], SIGKILL) }
    }

    /// Kills every worker's group, then dies of the signal as the batch would have.
    private static let stopWorkersAndDie: @convention(c) (Int32) -> Void = { signal in
        RunningWorkers.stopAll()
        _ = Glibc.signal(signal, SIG_DFL)
        raise(signal)
    }
}

/// Reads a worker's standard output and error side by side, so that neither fills while the other is
/// read, and cuts its output into frames.
private struct PipeReader {
    private var descriptors: [Int32]
    private var pending = Data()
    private(set) var errors = Data()
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    init(output: Int32, errors: Int32) { descriptors = [output, errors] }

    var outputClosed: Bool { descriptors[0] < 0 }

    /// A new document: what reached standard error before it belongs to the one before.
    mutating func startDocument() { errors = Data() }

    enum Frame {
        case whole(messages: Data, output: Data)
        /// Not all there yet.
        case partial
        /// Not a frame: a header that is not two counts.
        case garbled
    }

    /// The next frame of the output: `<messages> <graph>\n` and the bytes.
    mutating func frame() -> Frame {
        guard let newline = pending.firstIndex(of: 0x0A) else { return pending.count > 64 ? .garbled : .partial }
        let header = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
        guard header.count == 2, let messageCount = Int(header[0]), let outputCount = Int(header[1]),
              messageCount >= 0, outputCount >= 0, messageCount <= Int.max / 2, outputCount <= Int.max / 2 else { return .garbled }
        let body = pending.index(after: newline)
        guard pending.endIndex - body >= messageCount + outputCount else { return .partial }
        let messages = pending[body..<(body + messageCount)]
        let output = pending[(body + messageCount)..<(body + messageCount + outputCount)]
        pending = Data(pending[(body + messageCount + outputCount)...])
        return .whole(messages: Data(messages), output: Data(output))
    }

    mutating func readAvailable(waitingMilliseconds: Int32) {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard poll(&polled, nfds_t(polled.count), waitingMilliseconds) > 0 else { return }
        for (slot, entry) in polled.enumerated() where entry.fd >= 0 && entry.revents != 0 { readOnce(slot) }
    }

    /// What standard error holds now, without waiting: a library's lines written before the frame are
    /// already in the pipe when the frame arrives.
    mutating func drainErrors() {
        guard descriptors[1] >= 0 else { return }
        while true {
            var entry = pollfd(fd: descriptors[1], events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 0) > 0, readOnce(1) else { return }
        }
    }

    /// Both pipes to their end (the worker died or was killed).
    mutating func readToEnd() {
        while descriptors.contains(where: { $0 >= 0 }) { readAvailable(waitingMilliseconds: 1000) }
    }

    /// One read from pipe `slot`; false at its end (then it is closed).
    @discardableResult
    private mutating func readOnce(_ slot: Int) -> Bool {
        let count = buffer.withUnsafeMutableBytes { read(descriptors[slot], $0.baseAddress, $0.count) }
        if count > 0 {
            if slot == 0 { pending.append(contentsOf: buffer[..<count]) } else { errors.append(contentsOf: buffer[..<count]) }
            return true
        }
        if count < 0 && (errno == EINTR || errno == EAGAIN) { return true }
        close(descriptors[slot])
        descriptors[slot] = -1
        return false
    }
}
