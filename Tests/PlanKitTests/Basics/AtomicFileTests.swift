import Foundation
import Testing
@testable import PlanKit

/// Files written whole or not at all, the old one whole until the new one replaces it.
@Suite struct AtomicFileTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-atomic-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("a.json").path
        try AtomicFile.write(Data("first".utf8), to: target)
        try AtomicFile.write(Data("second, longer".utf8), to: target)
        try AtomicFile.write(Data("third".utf8), to: target)
        #expect(FileManager.default.contents(atPath: target) == Data("third".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.json"])
    }

    @Test func aFailedWriteThrowsOneLineAndLeavesNothing() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("missing/a.json").path
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: target) }
        do {
            try AtomicFile.write(Data("x".utf8), to: target)
        } catch {
            #expect(error.path == target && error.message == "cannot write: No such file or directory")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func temporaryNamesAreBesideTheTargetAndUniquePerCall() {
        let names = (0..<100).map { _ in AtomicFile.temporaryPath(beside: "/out/handan.json") }
        #expect(Set(names).count == 100)
        #expect(names.allSatisfy { $0.hasPrefix("/out/.handan.json.\(getpid()).") && $0.hasSuffix(".tmp") })
    }
}
