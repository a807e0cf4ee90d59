import Foundation

/// One document of a batch, read in a process of its own: the same `plangraph` binary runs
/// `ingest FILE --worker`, writes the graph to its standard output and its messages to standard error.
///
/// A trap, a hang or runaway memory in one document then ends that process only: the batch reports it
/// as one line and goes on with the rest. The worker runs in a process group of its own, so that a kill
/// reaches whatever it started.
struct Worker {
    /// How the worker ended.
    enum End: Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// Killed after `Limits.seconds`.
        case timedOut
        /// Killed when its resident memory passed `Limits.memoryBytes`.
        case outOfMemory
        /// It could not be started: errno.
        case notStarted(Int32)
    }

    struct Limits {
        /// Wall-clock seconds from the start; nil for none.
        var seconds: Double?
        /// Resident memory in bytes; nil for none.
        var memoryBytes: Int?
    }

    struct Outcome {
        var end: End
        var output: Data
        var messages: Data
    }

    /// The program to run: this binary, or `PLANGRAPH_WORKER` when set (a stand-in the tests use to
    /// make a worker crash, hang or grow).
    static var executable: String {
        if let override = ProcessInfo.processInfo.environment["PLANGRAPH_WORKER"], !override.isEmpty { return override }
        return (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Runs `executable arguments` to its end, or until a limit stops it.
    static func run(_ executable: String, _ arguments: [String], limits: Limits) -> Outcome {
        let (status, pid, output, messages) = start(executable, arguments)
        guard status == 0 else { return Outcome(end: .notStarted(status), output: Data(), messages: Data()) }
        let slot = RunningWorkers.add(pid)
        defer { RunningWorkers.remove(slot) }
        var reader = PipeReader(output: output, messages: messages)
        let started = ContinuousClock.now
        var killedFor: End?
        while !reader.finished {
            reader.readAvailable(waitingMilliseconds: 50)
            guard killedFor == nil else { continue }
            if let seconds = limits.seconds, ContinuousClock.now - started > .milliseconds(Int64(seconds * 1000)) {
                killedFor = .timedOut
            } else if let memory = limits.memoryBytes, residentBytes(of: pid) > memory {
                killedFor = .outOfMemory
            }
            if killedFor != nil { kill(-pid, SIGKILL) }
        }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR {}
        let end: End
        if let killedFor {
            end = killedFor
        } else if waitStatus & 0x7F == 0 {
            end = .exited((waitStatus >> 8) & 0xFF)
        } else {
            end = .signaled(waitStatus & 0x7F)
        }
        return Outcome(end: end, output: reader.output, messages: reader.messages)
    }

    /// Pipes are made and the worker spawned under one lock: a worker that another thread spawns in
    /// between would inherit the pipes' write ends before they are close-on-exec, and keep them open.
    private static let spawning = NSLock()

    /// Spawns the worker with its standard output and error on two new pipes: (0 or errno, pid, the
    /// read ends).
    private static func start(_ executable: String, _ arguments: [String]) -> (Int32, pid_t, Int32, Int32) {
        spawning.lock()
        defer { spawning.unlock() }
        _ = inheritedDescriptorsClosed
        var outputPipe: [Int32] = [-1, -1]
        var messagePipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0 else { return (errno, 0, -1, -1) }
        guard pipe(&messagePipe) == 0 else {
            let error = errno
            close(outputPipe[0]); close(outputPipe[1])
            return (error, 0, -1, -1)
        }
        for descriptor in outputPipe + messagePipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, messagePipe[1], 2)
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
        close(outputPipe[1])
        close(messagePipe[1])
        guard status == 0 else {
            close(outputPipe[0]); close(messagePipe[0])
            return (status, 0, -1, -1)
        }
        return (0, pid, outputPipe[0], messagePipe[0])
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

    /// Kills every worker's group, then dies of the signal as the batch would have.
    private static let stopWorkersAndDie: @convention(c) (Int32) -> Void = { signal in
        for slot in 0..<RunningWorkers.capacity where RunningWorkers.groups[slot] > 0 {
            kill(-RunningWorkers.groups[slot], SIGKILL)
        }
        _ = Glibc.signal(signal, SIG_DFL)
        raise(signal)
    }
}

/// Reads a worker's two pipes side by side, so that neither fills while the other is read.
private struct PipeReader {
    private var descriptors: [Int32]
    private(set) var output = Data()
    private(set) var messages = Data()
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    init(output: Int32, messages: Int32) { descriptors = [output, messages] }

    var finished: Bool { descriptors.allSatisfy { $0 < 0 } }

    mutating func readAvailable(waitingMilliseconds: Int32) {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard poll(&polled, nfds_t(polled.count), waitingMilliseconds) > 0 else { return }
        for (slot, entry) in polled.enumerated() where entry.fd >= 0 && entry.revents != 0 {
            let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
            if count > 0 {
                if slot == 0 { output.append(contentsOf: buffer[..<count]) } else { messages.append(contentsOf: buffer[..<count]) }
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                close(entry.fd)
                descriptors[slot] = -1
            }
        }
    }
}
