import Foundation
import ArgumentParser

/// The directory `ingest -o` writes into; each file appears whole or not at all (written to a
/// temporary name, then renamed).
struct OutputDirectory {
    struct WriteError: Error {
        var path: String
        var message: String
    }

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

    func write(_ data: Data, name: String) throws(WriteError) {
        let target = url.appendingPathComponent(name)
        let temporary = url.appendingPathComponent(".\(name).partial")
        do {
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: target.path, message: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Writes one file whole or not at all, through a temporary name beside it.
    static func writeFile(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        do {
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
