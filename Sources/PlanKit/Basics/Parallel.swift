import Foundation

/// Runs `first` and `second` at the same time, on two threads when the machine has two cores free, and
/// gives both results. The two must not share mutable state.
func bothAtOnce<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let results = Results(first, second)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                if index == 0 { results.a = results.first() } else { results.b = results.second() }
            }
            return (results.a!, results.b!)
        }
    }
}

/// The two jobs and their results; each slot is written by one thread and read after both finish.
private final class Results<A, B>: @unchecked Sendable {
    let first: () -> A
    let second: () -> B
    var a: A?
    var b: B?

    init(_ first: @escaping () -> A, _ second: @escaping () -> B) {
        self.first = first
        self.second = second
    }
}

/// `work` for each of `items`, on as many threads as the machine has cores, the results in the order
/// of `items`. The calls must not share mutable state.
func inParallel<Input, Result>(_ items: [Input], _ work: (Input) -> Result) -> [Result] {
    guard items.count > 1 else { return items.map(work) }
    return withoutActuallyEscaping(work) { work in
        let jobs = Jobs(items, work)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in jobs.run(index) }
        return jobs.results
    }
}

/// The jobs and one result slot per job, each written by the thread that ran the job and read after
/// all have finished.
private final class Jobs<Input, Result>: @unchecked Sendable {
    private let items: [Input]
    private let work: (Input) -> Result
    private var values: [Result?]
    private let lock = NSLock()

    init(_ items: [Input], _ work: @escaping (Input) -> Result) {
        self.items = items
        self.work = work
        values = Array(repeating: nil, count: items.count)
    }

    func run(_ index: Int) {
        let value = work(items[index])
        lock.withLock { values[index] = value }
    }

    var results: [Result] { lock.withLock { values.map { $0! } } }
}
