import Foundation
import PlanKit

/// Ends the process when one document takes longer than `--timeout`: poppler can spend 20 s inside a
/// single page of a damaged PDF, where the page-by-page check of `ReadLimits` never gets a turn.
///
/// A thread of its own (not a dispatch queue, whose threads the PDF reader may all be using) waits for
/// the deadline; `disarm` before writing the output, so that a finished document is never cut off.
final class Watchdog: @unchecked Sendable {
    private let condition = NSCondition()
    private var disarmed = false

    /// Starts the countdown: after `seconds`, `line` goes to standard error and the process exits 1.
    init(seconds: Double, line: String) {
        let deadline = Date(timeIntervalSinceNow: seconds)
        let thread = Thread { [self] in
            condition.lock()
            while !disarmed {
                if !condition.wait(until: deadline) {
                    if disarmed { break }
                    StandardStreams.writeError(line)
                    _exit(1)
                }
            }
            condition.unlock()
        }
        thread.name = "plangraph watchdog"
        thread.start()
    }

    /// Stops the countdown; returns once the watchdog can no longer fire.
    func disarm() {
        condition.lock()
        disarmed = true
        condition.signal()
        condition.unlock()
    }
}
