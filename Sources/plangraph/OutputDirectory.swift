import ArgumentParser
import Foundation
import PlanKit

/// The directory `ingest -o` writes into; each file appears whole or not at all (`AtomicFile`).
struct OutputDirectory {
    let url: URL

    init(path: String) throws {
        url = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            Report.error(path, "cannot create output directory", id: "write-failed")
            throw ExitCode.failure
        }
    }

    func path(of name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ data: Data, name: String) throws(AtomicFile.WriteError) {
        try AtomicFile.write(data, to: path(of: name))
    }
}
