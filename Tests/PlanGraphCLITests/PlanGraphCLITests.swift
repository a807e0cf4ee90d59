import Foundation
import Testing

/// Runs the built `plangraph` binary as a user would: exit codes, stderr lines, files written.
@Suite struct PlanGraphCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String

        /// A batch's last line on standard error: `3 documents: 2 written, 1 failed, 0.4 s`, without
        /// the time (nil when the last line is not a summary).
        var summary: String? {
            guard let last = stderr.split(separator: "\n").last,
                  let match = last.wholeMatch(of: /(\d+ documents?: .*), \d+\.\d s/) else { return nil }
            return String(match.1)
        }

        /// Standard error without the summary line.
        var messages: String {
            guard summary != nil else { return stderr }
            var lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeLast(2)  // the summary and the empty piece after its line break
            return lines.map { $0 + "\n" }.joined()
        }
    }

    /// The binary that `swift build` put beside this test bundle.
    static var executable: URL {
        get throws {
            URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                .deletingLastPathComponent().appendingPathComponent("plangraph")
        }
    }

    /// Runs the binary from the package root; through `launcher` (a command and its options) when
    /// given, with `environment` added to the test's own.
    static func plangraph(_ arguments: [String], launcher: [String] = [], environment: [String: String] = [:]) throws -> Run {
        let executable = try Self.executable
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.executableURL = launcher.first.map(URL.init(fileURLWithPath:)) ?? executable
        process.arguments = launcher.isEmpty ? arguments : launcher.dropFirst() + [executable.path] + arguments
        process.currentDirectoryURL = root
        // stderr goes to a file so that reading stdout to its end cannot deadlock on a full stderr pipe.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-stderr-\(UUID())")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = try Data(contentsOf: errorFile)
        return Run(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a query with the sqlite3 command-line tool and returns what it prints.
    static func sqlite(_ database: URL, _ sql: String) throws -> String {
        let query = Process()
        query.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        query.arguments = [database.path, sql]
        let pipe = Pipe()
        query.standardOutput = pipe
        try query.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        query.waitUntilExit()
        return output
    }

    static let fixtures = "Tests/PlanKitTests/Fixtures"

    @Test(arguments: [
        ("Tests/PlanKitTests/Fixtures/missing.txt", "no such file [file-not-found]"),
        ("Corpus", "is a directory, not a document [is-directory]"),
        ("Tests/PlanKitTests/Fixtures/encrypted.pdf", "PDF is encrypted; decrypt it first (qpdf --decrypt IN OUT) or pass --password [pdf-encrypted]"),
        ("Tests/PlanKitTests/Fixtures/truncated.pdf", "PDF is damaged or not a PDF (PDF document is damaged) [pdf-damaged]"),
        ("Tests/PlanKitTests/Fixtures/not-a-pdf.pdf", "PDF is damaged or not a PDF (PDF document is damaged) [pdf-damaged]"),
        ("Tests/PlanKitTests/Fixtures/no-text-layer.pdf", "PDF has no text on any of its 1 page; it needs OCR first [pdf-no-text]"),
        ("Tests/PlanKitTests/Fixtures/latin1.txt", "text is neither UTF-8, GB18030 nor UTF-16 (it looks like ISO-8859-2); name one with --encoding [unknown-encoding]"),
        ("Tests/PlanKitTests/Fixtures/binary.bin", "file is binary, not text [binary-file]"),
        ("Tests/PlanKitTests/Fixtures/no-pages.pdf", "PDF has no pages [pdf-no-pages]"),
        ("Tests/PlanKitTests/Fixtures/excerpt-utf16le-no-bom.txt",
         "text looks like UTF-16LE without a byte-order mark; pass --encoding utf-16le [utf16-without-bom]"),
        ("Tests/PlanKitTests/Fixtures/whitespace.txt", "file holds only white space [no-text]"),
    ])
    func badInputGivesOneLineAndExitOne(path: String, message: String) throws {
        // ingest reads a directory as a batch (it asks for -o DIR, see directoryWithoutOutputIsAUsageError).
        for command in path == "Corpus" ? ["inspect"] : ["ingest", "inspect"] {
            let run = try Self.plangraph([command, path])
            #expect(run.status == 1)
            #expect(run.stderr == "\(path): error: \(message)\n")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func directoryWithoutOutputIsAUsageError() throws {
        let run = try Self.plangraph(["ingest", "Corpus"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: several files or a directory need -o DIR or --format jsonl\n"))
    }

    @Test func emptyFileIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-empty-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.txt")
        _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
        let run = try Self.plangraph(["ingest", empty.path])
        #expect(run.status == 1)
        #expect(run.stderr == "\(empty.path): error: file is empty [empty-file]\n")
    }

    @Test func batchWritesTheGoodFilesReportsTheBadOnesAndExitsOne() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-batch-\(UUID())")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try Self.plangraph(["ingest", "Corpus/text/hengshui-2025-press-release.txt",
                                      "\(Self.fixtures)/encrypted.pdf", "\(Self.fixtures)/excerpt-gb18030.txt",
                                      "-o", out.path])
        #expect(run.status == 1)
        #expect(run.messages == "\(Self.fixtures)/encrypted.pdf: error: PDF is encrypted; decrypt it first (qpdf --decrypt IN OUT) or pass --password [pdf-encrypted]\n")
        #expect(run.summary == "3 documents: 2 written, 1 failed")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["excerpt-gb18030.json", "hengshui-2025-press-release.json"])
        let graph = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("excerpt-gb18030.json"))) as? [String: Any]
        let source = (graph?["document"] as? [String: Any])?["source"] as? [String: Any]
        #expect(source?["encoding"] as? String == "GB18030")
    }

    @Test func oneFileGoesToStandardOutputAndTwoRunsAreIdentical() throws {
        let first = try Self.plangraph(["ingest", "Corpus/pdf/handan-2023-plan.pdf"])
        let second = try Self.plangraph(["ingest", "Corpus/pdf/handan-2023-plan.pdf"])
        #expect(first.status == 0 && first.stderr.isEmpty)
        #expect(first.stdout == second.stdout)
        let expected = try Data(contentsOf: Self.root.appendingPathComponent("Corpus/expected/pdf/handan-2023-plan.json"))
        // Compared as a Bool: a failing Data comparison of this size takes seconds to print.
        let matchesGolden = first.stdout == expected
        #expect(matchesGolden, "ingest output differs from Corpus/expected/pdf/handan-2023-plan.json")
    }

    @Test func jsonlPutsOneGraphPerLine() throws {
        let run = try Self.plangraph(["ingest", "--format", "jsonl", "Corpus/text/hengshui-2025-press-release.txt",
                                      "Corpus/text/handan-2023-plan.txt"])
        #expect(run.status == 0)
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("\"id\":\"handan-2023-plan\""))
    }

    @Test(arguments: [
        (["ingest", "Corpus/text/handan-2023-plan.txt", "Corpus/text/langfang-plan.txt"],
         "several files or a directory need -o DIR or --format jsonl"),
        (["ingest", "--encoding", "latin1", "Corpus/text/handan-2023-plan.txt"],
         "unknown encoding 'latin1'; use utf-8, utf-16le, utf-16be or gb18030"),
    ])
    func usageErrorsExitSixtyFour(arguments: [String], message: String) throws {
        let run = try Self.plangraph(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: \(message)\n"))
    }

    @Test func encodingOptionOverridesDetection() throws {
        let run = try Self.plangraph(["inspect", "--encoding", "gbk", "\(Self.fixtures)/excerpt-gb18030.txt"])
        #expect(run.status == 0)
        #expect(String(decoding: run.stdout, as: UTF8.self).contains("L2  paragraph  邯郸市人民政府\n"))
    }

    @Test func inspectPrintsTheReviewedOutline() throws {
        let run = try Self.plangraph(["inspect", "Corpus/text/hengshui-2025-press-release.txt"])
        let expected = try Data(contentsOf: Self.root.appendingPathComponent("Corpus/expected/text/hengshui-2025-press-release.outline.txt"))
        #expect(run.status == 0)
        let matchesGolden = run.stdout == expected
        #expect(matchesGolden, "inspect output differs from the reviewed outline")
    }

    @Test func quantitiesPrintsTheContractShape() throws {
        let run = try Self.plangraph(["quantities", "化学需氧量减排 1.65万吨以上"])
        #expect(run.status == 0)
        let matches = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        #expect(matches.count == 1)
        let match = matches[0]
        #expect(match["text"] as? String == "1.65万吨以上")
        #expect(match["start"] as? Int == 8 && match["end"] as? Int == 16)
        #expect(match["kind"] as? String == "quantity" && match["unit"] as? String == "万吨")
        #expect((match["value"] as? NSNumber)?.doubleValue == 1.65)
        #expect((match["si"] as? [String: Any])?["unit"] as? String == "t")
        #expect(((match["si"] as? [String: Any])?["value"] as? NSNumber)?.intValue == 16500)
        #expect(match["comparator"] as? String == ">=" && match["approximate"] as? Bool == false)
        #expect(match["dimension"] as? String == "mass")
        // 以上 includes the number: the interval [1.65, ∞) in the written unit.
        let range = try #require(match["range"] as? [String: Any])
        #expect((range["min"] as? NSNumber)?.doubleValue == 1.65 && range["max"] is NSNull)
        #expect(range["minInclusive"] as? Bool == true && range["maxInclusive"] as? Bool == false)
    }

    /// The number-range view: a bound with its words, a range without the classifier after it, scales applied.
    @Test func quantitiesGivesTheNumberRangeView() throws {
        let run = try Self.plangraph(["quantities", "--ranges", "共30~60个，投资3-5万元，不少于两百人"])
        #expect(run.status == 0)
        let matches = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        #expect(matches.map { $0["text"] as? String } == ["30~60", "3-5万", "不少于两百"])
        let ranges = matches.compactMap { $0["range"] as? [String: Any] }
        #expect(ranges.map { ($0["min"] as? NSNumber)?.intValue } == [30, 30000, 200])
        #expect(ranges.map { ($0["max"] as? NSNumber)?.intValue } == [60, 50000, nil])
        #expect(ranges.map { $0["maxInclusive"] as? Bool } == [true, true, false])
        // 千 of 千克 is the unit's, not a scale of the number; 万 before 吨 is the number's.
        let units = try Self.plangraph(["quantities", "--ranges", "5千克以上，3-5千米，3-5万吨"])
        let unitMatches = try #require(try JSONSerialization.jsonObject(with: units.stdout) as? [[String: Any]])
        #expect(unitMatches.map { $0["text"] as? String } == ["5千克以上", "3-5", "3-5万"])
        #expect(unitMatches.compactMap { (($0["range"] as? [String: Any])?["min"] as? NSNumber)?.intValue } == [5, 3, 30000])
        let both = try Self.plangraph(["quantities", "--ranges", "--numbers", "3"])
        #expect(both.status != 0 && both.stderr.contains("two views"))
    }

    @Test func quantitiesReadsStandardInputLineByLineAndGivesTheNumberView() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-lines-\(UUID()).txt")
        try Data("较 2015 年下降 37.4%\n一切\n".utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .deletingLastPathComponent().appendingPathComponent("plangraph")
        process.arguments = ["quantities", "--lines", "--numbers"]
        process.standardInput = try FileHandle(forReadingFrom: input)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == [
            #"[{"end":6,"kind":"number","start":2,"text":"2015","value":2015},{"end":16,"kind":"percent","start":11,"text":"37.4%","value":37.4}]"#,
            "[]",
        ])
    }

    @Test func diffReadsDocumentsAndGraphJSONAndWritesMarkdown() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-diff-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let ingest = try Self.plangraph(["ingest", "Corpus/text/langfang-plan.txt", "-o", directory.path])
        #expect(ingest.status == 0)
        let run = try Self.plangraph(["diff", "Corpus/pdf/handan-2023-plan.pdf", directory.appendingPathComponent("langfang-plan.json").path,
                                      "--format", "md"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.first == "| concept | handan-2023-plan | langfang-plan | more ambitious | comparison |")
        // 1.65万吨 and 1.21万吨 of COD cut, in tonnes: the larger cut asks more.
        #expect(lines.contains("| pollutant.cod.reduction | 化学需氧量重点工程减排量: – → 16500 t 约束性 | 化学需氧量重点工程减排量: – → 12100 t 约束性 | 邯郸市 | 16500 t vs 12100 t (left 4400 t higher) |"))
    }

    @Test func diffWithoutSharedConceptsSaysSo() throws {
        let run = try Self.plangraph(["diff", "Corpus/text/handan-2023-plan.txt", "Corpus/text/hengshui-2025-press-release.txt"])
        #expect(run.status == 1)
        #expect(run.stderr == "Corpus/text/hengshui-2025-press-release.txt: error: Corpus/text/handan-2023-plan.txt and Corpus/text/hengshui-2025-press-release.txt have no concept in common [nothing-to-compare]\n")
    }

    @Test func graphOfAnotherSchemaVersionIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-v2-\(UUID()).json")
        try Data(#"{"schemaVersion": "2", "blocks": []}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.plangraph(["diff", file.path, "Corpus/text/langfang-plan.txt"])
        #expect(run.status == 1)
        #expect(run.stderr == "\(file.path): error: graph JSON has schemaVersion 2; this plangraph reads schemaVersion 1 (re-run plangraph ingest) [unsupported-graph]\n")
    }

    @Test func sqliteExportAnswersACrossCityQueryInSQLiteItself() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-\(UUID()).db")
        defer { try? FileManager.default.removeItem(at: database) }
        let export = try Self.plangraph(["export", "Corpus/pdf/handan-2023-plan.pdf", "Corpus/pdf/langfang-plan.pdf",
                                         "Corpus/text/hengshui-2023-midterm-review.txt", "--to", "sqlite", "-o", database.path])
        #expect(export.status == 0 && export.stderr.isEmpty)
        let output = try Self.sqlite(database, """
            select d.region || '|' || v.si_value || '|' || v.si_unit from indicator_values v
            join indicators i on i.document_id = v.document_id and i.id = v.indicator_id
            join documents d on d.id = v.document_id
            where i.concept = 'pollutant.cod.reduction' and v.role = 'target' order by cast(v.si_value as real) desc;
            """)
        // 1.65万吨, 1.21万吨, 11300 吨: the COD targets of the three cities in tonnes.
        #expect(output == "邯郸市|16500|t\n廊坊市|12100|t\n衡水市|11300|t\n")
    }

    @Test func csvExportHasOneRowPerIndicatorValueAndAnOptionalBOM() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let export = try Self.plangraph(["export", "Corpus/text/handan-2023-plan.txt", "--to", "csv", "--bom", "-o", file.path])
        #expect(export.status == 0)
        let data = try Data(contentsOf: file)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\n")
        // Handan's table: 19 indicators with 23 values (four rows have a 2020 value too), first; the
        // table under （二）主要目标 (s10), in the environment domain, of 邯郸市 (130400).
        #expect(lines.filter { $0.contains(",table,i") }.count == 23)
        #expect(lines[1] == "handan-2023-plan,邯郸市,t1,1,环境治理,细颗粒物（PM2.5）浓度,air.pm25.concentration,binding,ug/m3,2020,baseline,57,57,ug/m3,57,μg/m³,,,false,,164"
                + ",table,i1,,,,false,,,s10,environment,130400,plan")
        // Then the prose: line 111 “单位地区生产总值能源消耗和碳排放强度持续降低”, a qualitative target that
        // restates the table's energy-intensity row (i13).
        #expect(lines[24] == "handan-2023-plan,邯郸市,,,,单位地区生产总值能源消耗,climate.energy-intensity.reduction,,,2025,target,"
                + "单位地区生产总值能源消耗和碳排放强度持续降低,,,,,,持续降低,false,,111,target,g1,indicator,,decrease,false,,i13,s10,energy,130400,plan")
    }

    /// The report opened in a real browser: headless Chromium loads it and its DOM has one section per
    /// concept of the `compare` matrix of the same documents, the legend, the prose-only plan's targets
    /// (PM2.5 确保达到37微克/立方米, line 129) drawn as text targets, and large values read in 万/亿
    /// (the review's groundwater target [2.83] 亿立方米).
    @Test func htmlReportLoadsInChromiumWithOneSectionPerConcept() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-\(UUID()).html")
        defer { try? FileManager.default.removeItem(at: report) }
        let documents = ["Corpus/pdf/handan-2023-plan.pdf", "Corpus/pdf/langfang-plan.pdf", "Corpus/pdf/hengshui-2023-midterm-review.pdf",
                         "Corpus/text/hengshui-2022-plan.txt"]
        let export = try Self.plangraph(["export"] + documents + ["--to", "html", "-o", report.path])
        #expect(export.status == 0)
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", report.absoluteString]
        let pipe = Pipe()
        browser.standardOutput = pipe
        browser.standardError = FileHandle.nullDevice
        try browser.run()
        let dom = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        browser.waitUntilExit()
        #expect(browser.terminationStatus == 0)
        struct Matrix: Decodable { struct Row: Decodable { var concept: String }; var rows: [Row] }
        let matrix = try JSONDecoder().decode(Matrix.self, from: try Self.plangraph(["compare"] + documents + ["--format", "json"]).stdout)
        #expect(dom.components(separatedBy: "<section class=\"concept\"").count - 1 == matrix.rows.count)
        #expect(matrix.rows.allSatisfy { dom.contains("data-concept=\"\($0.concept)\"") })
        #expect(dom.contains("class=\"legend\""))
        #expect(dom.contains("<title>target 37 微克/立方米 (text)</title>"))
        #expect(dom.contains("<title>target 2.83 亿立方米</title>"))
        #expect(!dom.contains("283000000"))
        // One unit per chart: no chart mixes % with pp.
        #expect(dom.contains("data-unit=\"%\"") && dom.contains("细颗粒物（PM2.5）浓度"))
    }

    @Test func markdownExportListsTheIndicatorTable() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-\(UUID()).md")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try Self.plangraph(["export", "Corpus/text/langfang-plan.txt", "--to", "md", "-o", file.path]).status == 0)
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "# 廊坊市“十四五”生态环境保护规划")
        #expect(lines.contains("## 廊坊市“十四五”生态环境保护主要指标"))
        #expect(lines.contains("| 8 | 环境治理 | 化学需氧量重点工程减排量 | 万吨 | target 2025：1.21 (12100 t) | binding | pollutant.cod.reduction |"))
    }

    @Test func sqliteHoldsTargetsAndObservationsToCompareAcrossDocuments() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-\(UUID()).db")
        defer { try? FileManager.default.removeItem(at: database) }
        #expect(try Self.plangraph(["export", "Corpus/text/hengshui-2022-plan.txt", "Corpus/text/hengshui-2025-press-release.txt",
                                    "--to", "sqlite", "-o", database.path]).status == 0)
        let output = try Self.sqlite(database, """
            select t.si_value || '|' || o.si_value || '|' || o.as_of from targets t join observations o on o.concept = t.concept
            where t.concept = 'air.pm25.concentration' and t.year = 2025 and t.aspiration = 0 and o.as_of is not null;
            """)
        // The plan's firm PM2.5 target 37 (力争35 is an aspiration) and the release's 34 through 11月17日.
        #expect(output == "37|34|11月17日\n")
    }

    @Test func passwordOpensAnEncryptedPDF() throws {
        let path = "\(Self.fixtures)/encrypted-with-text.pdf"
        let opened = try Self.plangraph(["inspect", "--password", "secret", path])
        #expect(opened.status == 0)
        #expect(String(decoding: opened.stdout, as: UTF8.self).contains("（一）主要目标"))
        let wrong = try Self.plangraph(["inspect", "--password", "guess", path])
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "\(path): error: PDF is encrypted and the password given does not open it [wrong-password]\n")
    }

    @Test func directoryBatchRunsInParallelReportsInOrderAndResumes() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-in-\(UUID())")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-out-\(UUID())")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        try FileManager.default.createDirectory(at: input.appendingPathComponent("nested"), withIntermediateDirectories: true)
        for name in ["handan-2023-plan.pdf", "langfang-plan.pdf"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Corpus/pdf/\(name)"),
                                             to: input.appendingPathComponent("nested/\(name)"))
        }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("\(Self.fixtures)/binary.bin"),
                                         to: input.appendingPathComponent("a-broken.txt"))
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Corpus/text/hengshui-2025-press-release.txt"),
                                         to: input.appendingPathComponent("release.txt"))
        let first = try Self.plangraph(["ingest", input.path, "-o", output.path])
        #expect(first.status == 1)
        #expect(first.messages == "\(input.path)/a-broken.txt: error: file is binary, not text [binary-file]\n")
        #expect(first.summary == "4 documents: 3 written, 1 failed")
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(written == ["handan-2023-plan.json", "langfang-plan.json", "release.json"])
        // Each file equals what a single ingest writes.
        let single = try Self.plangraph(["ingest", input.appendingPathComponent("nested/langfang-plan.pdf").path])
        #expect(try Data(contentsOf: output.appendingPathComponent("langfang-plan.json")) == single.stdout)
        // --resume leaves finished outputs alone.
        let stamp = Date(timeIntervalSince1970: 946_684_800)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: output.appendingPathComponent("release.json").path)
        let again = try Self.plangraph(["ingest", input.path, "-o", output.path, "--resume"])
        #expect(again.status == 1)
        #expect(again.summary == "4 documents: 0 written, 3 skipped (already written), 1 failed")
        let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("release.json").path)
        #expect(attributes[.modificationDate] as? Date == stamp)
    }

    @Test func unmappedGlyphsAreAWarningNotAnError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-pua-\(UUID()).txt")
        try Data("一、前言\n全市\u{E001}\u{E002}浓度下降。\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.plangraph(["ingest", file.path])
        #expect(run.status == 0 && !run.stdout.isEmpty)
        #expect(run.stderr == "\(file.path):2: warning: 2 characters have no Unicode mapping (a font without ToUnicode?); that text is unreliable [unmapped-glyphs]\n")
    }

    @Test func pageCapAndTimeoutStopAPathologicalPDF() throws {
        let capped = try Self.plangraph(["ingest", "--max-pages", "10", "Corpus/pdf/handan-2023-plan.pdf"])
        #expect(capped.status == 1)
        #expect(capped.stderr == "Corpus/pdf/handan-2023-plan.pdf: error: PDF has 37 pages, more than --max-pages 10 allows [too-many-pages]\n")
        let slow = try Self.plangraph(["ingest", "--timeout", "0", "Corpus/pdf/langfang-plan.pdf"])
        #expect(slow.status == 1)
        #expect(slow.stderr == "Corpus/pdf/langfang-plan.pdf: error: reading took longer than 0.0 s (--timeout); skipped [timed-out]\n")
        #expect(slow.stdout.isEmpty)
    }
}
