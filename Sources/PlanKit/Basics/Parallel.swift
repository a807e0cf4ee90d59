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
