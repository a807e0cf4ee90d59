/// Times the stages of the pipeline for `plangraph benchmark`: each `lap` adds the time since the last
/// one to the stage named.
public final class Stopwatch {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    /// Stage names in the order first timed, with their total time.
    public private(set) var stages: [(name: String, time: Duration)] = []

    public init() { last = clock.now }

    /// Starts timing afresh (the time since the last lap counts for no stage).
    public func restart() { last = clock.now }

    public func lap(_ stage: String) {
        let now = clock.now
        if let index = stages.firstIndex(where: { $0.name == stage }) {
            stages[index].time += now - last
        } else {
            stages.append((stage, now - last))
        }
        last = now
    }
}
