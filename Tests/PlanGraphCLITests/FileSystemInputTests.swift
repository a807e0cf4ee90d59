import Foundation
import Testing

/// Inputs the file system makes hostile: loops, permissions, FIFOs, directory cycles, pasted encodings.
/// Each gives its one line and exit 1, and a batch still writes the good files.
extension PlanGraphCLITests {
    /// A fresh temporary directory, removed by the caller's `defer`.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-\(name)-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func symlinkLoopIsNamedAsSuch() throws {
        let directory = try Self.temporaryDirectory("loop")
        defer { try? FileManager.default.removeItem(at: directory) }
        let loop = directory.appendingPathComponent("loop.txt")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: "loop.txt")
        let run = try Self.plangraph(["ingest", loop.path])
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr == "\(loop.path): error: symbolic link loop: the path never reaches a file [symlink-loop]\n")
    }

    @Test func unreadableFileIsPermissionDenied() throws {
        let directory = try Self.temporaryDirectory("denied")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("locked.txt")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("\(Self.fixtures)/excerpt-utf8.txt"), to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        // root reads any file; without its capabilities (setpriv, util-linux) it obeys the mode bits.
        let launcher = geteuid() == 0 ? ["/usr/bin/setpriv", "--bounding-set=-all", "--inh-caps=-all"] : []
        let run = try Self.plangraph(["ingest", file.path], launcher: launcher)
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr == "\(file.path): error: permission denied: this user may not read the file [permission-denied]\n")
    }

    @Test func fifoIsRefusedWithoutBlocking() throws {
        let directory = try Self.temporaryDirectory("fifo")
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let run = try Self.plangraph(["ingest", fifo.path])
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr == "\(fifo.path): error: not a regular file (a FIFO, socket or device); give a file [not-regular-file]\n")
    }

    @Test func pastedEncodingsNameTheirLines() throws {
        let directory = try Self.temporaryDirectory("mixed")
        defer { try? FileManager.default.removeItem(at: directory) }
        // The GB18030 excerpt (60 lines; line 2 is 邯郸市人民政府) followed by the same text in UTF-8,
        // whose line 2 is line 62 of the whole.
        let gb18030 = try Data(contentsOf: Self.root.appendingPathComponent("\(Self.fixtures)/excerpt-gb18030.txt"))
        let utf8 = try Data(contentsOf: Self.root.appendingPathComponent("\(Self.fixtures)/excerpt-utf8.txt"))
        let file = directory.appendingPathComponent("pasted.txt")
        try (gb18030 + utf8).write(to: file)
        let run = try Self.plangraph(["ingest", file.path])
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr == "\(file.path): error: text mixes encodings: line 62 is UTF-8, line 2 is not; convert the file to one encoding [mixed-encodings]\n")
        // Each part alone is fine.
        for part in [gb18030, utf8] {
            try part.write(to: file)
            #expect(try Self.plangraph(["ingest", file.path]).status == 0)
        }
    }

    @Test func batchSurvivesADirectoryCycleALoopAndAFIFO() throws {
        let input = try Self.temporaryDirectory("cycle-in")
        let output = try Self.temporaryDirectory("cycle-out")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        #expect(mkfifo(input.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Corpus/text/hengshui-2025-press-release.txt"),
                                         to: input.appendingPathComponent("sub/release.txt"))
        let run = try Self.plangraph(["ingest", input.path, "-o", output.path])
        #expect(run.status == 1)
        #expect(run.summary == "3 documents: 1 written, 2 failed")
        #expect(run.messages == """
            \(input.path)/loop.txt: error: symbolic link loop: the path never reaches a file [symlink-loop]
            \(input.path)/pipe.txt: error: not a regular file (a FIFO, socket or device); give a file [not-regular-file]

            """)
        // The cycle sub/up → .. is not followed: one output, for the one document.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["release.json"])
    }
}
