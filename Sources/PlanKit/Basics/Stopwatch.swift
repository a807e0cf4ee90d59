import Foundation

/// Times the stages of the pipeline for `plangraph benchmark`.
///
/// `time(_:_:)` wraps a stage and adds the time it took to the stage named, so timing never changes how
/// the stages are scheduled: stages that run side by side are each timed on their own thread (and
/// their times may add up to more than the wall time). `lap` adds the time since the latest lap or
/// timed stage ended, for work the caller does around the pipeline (reading, writing JSON).
public final class Stopwatch: @unchecked Sendable {
    private let clock = ContinuousClock()
    private let lock = NSLock()
    private var last: ContinuousClock.Instant
    private var recorded: [(name: String, time: Duration)] = []

    public init() { last = clock.now }

    /// Stage names in the order first timed, with their total time.
    public var stages: [(name: String, time: Duration)] { lock.withLock { recorded } }

    /// Starts timing afresh (the time since the last lap counts for no stage).
    public func restart() { lock.withLock { last = clock.now } }

    public func lap(_ stage: String) {
        let now = clock.now
        lock.withLock {
            add(now - last, to: stage)
            last = now
        }
    }

    /// Runs `work`, adding its time to `stage`.
    public func time<Result>(_ stage: String, _ work: () -> Result) -> Result {
        let start = clock.now
        let result = work()
        let end = clock.now
        lock.withLock {
            add(end - start, to: stage)
            last = max(last, end)
        }
        return result
    }

    private func add(_ duration: Duration, to stage: String) {
        if let index = recorded.firstIndex(where: { $0.name == stage }) {
            recorded[index].time += duration
        } else {
            recorded.append((stage, duration))
        }
    }
}

extension Optional where Wrapped == Stopwatch {
    /// Runs `work`, timed when there is a stopwatch.
    func time<Result>(_ stage: String, _ work: () -> Result) -> Result {
        if let stopwatch = self { stopwatch.time(stage, work) } else { work() }
    }
}
