#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry point for a program that has its own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The harness body; set once by `fuzzMain` before libFuzzer starts calling back.
nonisolated(unsafe) private var harness: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }

/// Runs libFuzzer with the command line's options, calling `body` with each input.
public func fuzzMain(_ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
    harness = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        harness(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
    exit(status)
}
