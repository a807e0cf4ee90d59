import Foundation
import Testing

/// The exports and comparisons as an analyst opens them: CSV rows, SQLite types and views, an xlsx
/// read back by openpyxl, `compare` and `diff` over a plan whose targets are all in its prose.
///
/// The expected values are read off the documents: the Hengshui 2022 plan has no indicator table and
/// says at line 129 “到2025年,PM2.5浓度确保达到37微克/立方米、市区城市空气质量优良天数达到75%”; Handan's table
/// targets 1.75万吨 of NOx (17500 t) and 0.85万吨 of VOCs (8500 t) cut, and PM2.5 42 微克/立方米 on page 4
/// (line 66, “PM2.5浓度达到 42 微克/立方米”) and in its table on page 6 (line 105, 57 → 42).
@Suite struct ExportTests {
    typealias CLI = PlanGraphCLITests
    static let prosePlan = "Corpus/text/hengshui-2022-plan.txt"

    static func temporary(_ suffix: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-\(UUID())\(suffix)")
    }

    /// The CSV's rows as dictionaries by header (the export writes no quoted line breaks for these files).
    static func csvRows(_ text: String) -> [[String: String]] {
        var lines = text.split(separator: "\n").map(String.init)
        let header = Self.fields(lines.removeFirst())
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, Self.fields($0))) }
    }

    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" { quoted = true }
            else if character == "," { fields.append(field); field = "" }
            else { field.append(character) }
        }
        return fields + [field]
    }

    @Test func csvOfAProseOnlyPlanHasItsTargets() throws {
        let file = Self.temporary(".csv")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try CLI.plangraph(["export", Self.prosePlan, "--to", "csv", "-o", file.path]).status == 0)
        let rows = Self.csvRows(try String(contentsOf: file, encoding: .utf8))
        #expect(!rows.contains { $0["source"] == "table" })
        let pm25 = try #require(rows.first { $0["source"] == "target" && $0["concept"] == "air.pm25.concentration" && $0["line"] == "129" })
        #expect(pm25["year"] == "2025" && pm25["si_value"] == "37" && pm25["si_unit"] == "μg/m³" && pm25["aspiration"] == "false")
        #expect(pm25["domain"] == "environment" && pm25["region_code"] == "131100" && pm25["document_kind"] == "plan")
        let goodDays = try #require(rows.first { $0["source"] == "target" && $0["concept"] == "air.good-days.ratio" && $0["line"] == "129" })
        #expect(goodDays["value"] == "75" && goodDays["unit"] == "%")
        // 力争降至35 (line 269) is kept, marked as an aspiration.
        #expect(rows.contains { $0["line"] == "269" && $0["si_value"] == "35" && $0["aspiration"] == "true" })
    }

    @Test func sqliteStoresNumbersAsNumbersAndIndexesTheText() throws {
        let database = Self.temporary(".db")
        defer { try? FileManager.default.removeItem(at: database) }
        let export = try CLI.plangraph(["export", "Corpus/pdf/handan-2023-plan.pdf", Self.prosePlan, "--to", "sqlite", "-o", database.path])
        #expect(export.status == 0 && export.stderr.isEmpty)
        // As text, '8500' sorts above '17500'; as numbers 17500 is the largest cut.
        #expect(try CLI.sqlite(database, """
            select max(si_value), typeof(max(si_value)) from indicator_values where document_id = 'handan-2023-plan' and si_unit = 't';
            """) == "17500|integer\n")
        #expect(try CLI.sqlite(database, "select count(*) from indicator_values where typeof(si_value) = 'text';") == "0\n")
        // The prose-only plan's targets, by region and concept, in the view an analyst starts from.
        #expect(try CLI.sqlite(database, """
            select region, si_value, si_unit, source, page, line from targets_by_region
            where concept = 'air.pm25.concentration' and aspiration = 0 and si_value is not null order by region, line;
            """) == "衡水市|37|μg/m³|target||129\n邯郸市|42|μg/m³|target|4|66\n邯郸市|42|μg/m³|table|6|105\n")
        // Observations have the keys of targets.
        let observations = try CLI.sqlite(database, "select sql from sqlite_master where name = 'observations';")
        #expect(observations.contains("PRIMARY KEY (document_id, id)"))
        // The trigram index finds the same blocks as a scan.
        let indexed = try CLI.sqlite(database, "select count(*) from blocks_fts where blocks_fts match '\"黑臭水体\"';")
        let scanned = try CLI.sqlite(database, "select count(*) from blocks where text like '%黑臭水体%';")
        #expect(indexed == scanned && indexed != "0\n")
    }

    @Test func xlsxReadsBackInOpenpyxlWithNumbersAsNumbers() throws {
        let workbook = Self.temporary(".xlsx")
        let again = Self.temporary(".xlsx")
        defer {
            try? FileManager.default.removeItem(at: workbook)
            try? FileManager.default.removeItem(at: again)
        }
        let arguments = ["export", "Corpus/text/handan-2023-plan.txt", Self.prosePlan, "Corpus/text/hengshui-2025-press-release.txt", "--to", "xlsx"]
        #expect(try CLI.plangraph(arguments + ["-o", workbook.path]).status == 0)
        #expect(try CLI.plangraph(arguments + ["-o", again.path]).status == 0)
        #expect(try Data(contentsOf: workbook) == Data(contentsOf: again))
        let script = """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print(book.sheetnames)
            for sheet in book:
                print(sheet.title, sheet.freeze_panes, sheet.auto_filter.ref is not None)
            values = book["values"]
            header = [cell.value for cell in values[1]]
            for row in values.iter_rows(min_row=2, values_only=True):
                record = dict(zip(header, row))
                if record["concept"] == "air.pm25.concentration" and record["line"] in (129, 164):
                    print(record["document"], record["source"], type(record["si_value"]).__name__, record["si_value"],
                          type(record["year"]).__name__, record["year"], record["si_unit"])
            print(sum(1 for row in book["observations"].iter_rows(min_row=2, values_only=True)
                      if row[header.index("source")] != "observation"))
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, workbook.path]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        #expect(output == """
            ['values', 'observations', 'documents']
            values A2 True
            observations A2 True
            documents A2 True
            handan-2023-plan table int 57 int 2020 μg/m³
            handan-2023-plan table int 42 int 2025 μg/m³
            hengshui-2022-plan target int 37 int 2025 μg/m³
            0

            """)
    }

    @Test func compareFillsTheColumnOfAProseOnlyPlan() throws {
        let run = try CLI.plangraph(["compare", "Corpus/text/handan-2023-plan.txt", Self.prosePlan, "--format", "json"])
        #expect(run.status == 0)
        struct Matrix: Decodable {
            struct Row: Decodable {
                struct Cell: Decodable { var value: Decimal?; var unit: String?; var source: String; var span: Span }
                struct Span: Decodable { var line: Int }
                var concept: String
                var cells: [Cell?]
            }
            var rows: [Row]
        }
        let matrix = try JSONDecoder().decode(Matrix.self, from: run.stdout)
        let pm25 = try #require(matrix.rows.first { $0.concept == "air.pm25.concentration" })
        #expect(pm25.cells.map { $0?.value } == [42, 37])
        #expect(pm25.cells.map { $0?.source } == ["table", "prose"])
        #expect(pm25.cells[1]?.span.line == 129)
        let goodDays = try #require(matrix.rows.first { $0.concept == "air.good-days.ratio" })
        #expect(goodDays.cells.map { $0?.value } == [70, 75])
    }

    @Test func diffFitsTheTerminalSaysWhichSideAsksMoreAndHasACSVField() throws {
        let run = try CLI.plangraph(["diff", "Corpus/pdf/handan-2023-plan.pdf", "Corpus/text/langfang-plan.txt"])
        #expect(run.status == 0)
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        let widest = lines.map { $0.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.value != 0x2013 && $1.value != 0x2192 ? 2 : 1) } }.max() ?? 0
        #expect(widest <= 120)
        // PM2.5: 42 against 35 μg/m³ — the lower concentration asks more; COD: 1.65万吨 against 1.21万吨 cut.
        #expect(lines.contains { $0.hasPrefix("细颗粒物（PM2.5）浓度") && $0.hasSuffix("廊坊市") })
        #expect(lines.contains { $0.hasPrefix("化学需氧量重点工程减排量") && $0.contains("16500 t") && $0.hasSuffix("邯郸市") })
        let csv = try CLI.plangraph(["diff", "Corpus/pdf/handan-2023-plan.pdf", "Corpus/text/langfang-plan.txt", "--format", "csv"])
        let text = String(decoding: csv.stdout, as: UTF8.self)
        let header = Self.fields(String(text.split(separator: "\n")[0]))
        #expect(Set(header).count == header.count)
        let rows = Self.csvRows(text)
        let pm25 = try #require(rows.first { $0["concept"] == "air.pm25.concentration" })
        #expect(pm25["left_baseline"] == "57" && pm25["left_target"] == "42" && pm25["right_target"] == "35")
        #expect(pm25["left_unit"] == "μg/m³" && pm25["right_unit"] == "μg/m³" && pm25["left_change_percent"] == "-26.3")
        #expect(pm25["difference"] == "7" && pm25["more_ambitious"] == "right")
    }

    @Test func filtersKeepConceptsRegionsAndKinds() throws {
        let file = Self.temporary(".csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let documents = ["Corpus/text/handan-2023-plan.txt", "Corpus/text/langfang-plan.txt", "Corpus/text/hengshui-2023-midterm-review.txt"]
        #expect(try CLI.plangraph(["export"] + documents + ["--concept", "air.pm25.concentration", "--to", "csv", "-o", file.path]).status == 0)
        let rows = Self.csvRows(try String(contentsOf: file, encoding: .utf8))
        #expect(!rows.isEmpty && rows.allSatisfy { $0["concept"] == "air.pm25.concentration" })
        #expect(Set(rows.map { $0["region"] ?? "" }) == ["邯郸市", "廊坊市", "衡水市"])
        #expect(try CLI.plangraph(["export"] + documents + ["--region", "廊坊", "--domain", "climate", "--to", "csv", "-o", file.path]).status == 0)
        let climate = Self.csvRows(try String(contentsOf: file, encoding: .utf8))
        #expect(!climate.isEmpty && climate.allSatisfy { $0["region"] == "廊坊市" && $0["domain"] == "climate" })
        let reviews = try CLI.plangraph(["compare"] + documents + ["--kind", "midterm-review", "--concept", "air.*", "--format", "csv"])
        #expect(String(decoding: reviews.stdout, as: UTF8.self).hasPrefix("concept,衡水市\n"))
        let unknown = try CLI.plangraph(["export"] + documents + ["--domain", "weather", "--to", "csv", "-o", file.path])
        #expect(unknown.status == 64 && unknown.stderr.contains("unknown domain 'weather'"))
    }

    @Test func exportAndCompareReadADirectoryOfGraphs() throws {
        let directory = Self.temporary("-graphs")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.plangraph(["ingest", "Corpus/text/handan-2023-plan.txt", "Corpus/text/langfang-plan.txt", "-o", directory.path]).status == 0)
        let fromDirectory = try CLI.plangraph(["compare", directory.path, "--format", "csv"])
        let fromDocuments = try CLI.plangraph(["compare", "Corpus/text/handan-2023-plan.txt", "Corpus/text/langfang-plan.txt", "--format", "csv"])
        #expect(fromDirectory.status == 0 && fromDirectory.stdout == fromDocuments.stdout)
        let empty = Self.temporary("-empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try CLI.plangraph(["compare", empty.path])
        #expect(none.status == 1 && none.stderr == "\(empty.path): error: no graph JSON, PDF or text files under \(empty.path) [no-inputs]\n")
    }

    @Test func csvGuardsFormulasAndMarkdownEscapesTheDocumentsHTML() throws {
        let document = Self.temporary(".txt")
        let csv = Self.temporary(".csv")
        let markdown = Self.temporary(".md")
        defer { for file in [document, csv, markdown] { try? FileManager.default.removeItem(at: file) } }
        try Data("一、主要目标\n到2025年，PM2.5浓度达到35微克/立方米<script>x</script>。\n=SUM(A1)森林覆盖率达到35%。\n".utf8).write(to: document)
        #expect(try CLI.plangraph(["export", document.path, "--to", "csv", "--guard-formulas", "-o", csv.path]).status == 0)
        let rows = Self.csvRows(try String(contentsOf: csv, encoding: .utf8))
        let forest = try #require(rows.first { $0["line"] == "3" })
        #expect(forest["indicator"] == "'=SUM(A1)森林覆盖率" && forest["text"] == "'=SUM(A1)森林覆盖率达到35%" && forest["value"] == "35")
        #expect(try CLI.plangraph(["export", document.path, "--to", "md", "-o", markdown.path]).status == 0)
        let text = try String(contentsOf: markdown, encoding: .utf8)
        #expect(text.contains("PM2.5浓度达到35微克/立方米&lt;script&gt;x&lt;/script&gt;") && !text.contains("<script>"))
    }

    @Test func smallCommandsDoWhatTheirHelpSays() throws {
        let version = try CLI.plangraph(["--version"])
        #expect(version.status == 0 && String(decoding: version.stdout, as: UTF8.self).hasPrefix("plangraph "))
        let concepts = try CLI.plangraph(["concepts", "--format", "csv", "--concept", "air.pm25.*"])
        #expect(String(decoding: concepts.stdout, as: UTF8.self)
            == "concept,domain,dimension,unit,improves,name\nair.pm25.concentration,environment,concentration,μg/m³,decrease,细颗粒物（PM2.5）浓度\n")
        let track = try CLI.plangraph(["track", Self.prosePlan, "Corpus/text/hengshui-2025-press-release.txt", "--format", "csv"])
        #expect(track.status == 0 && String(decoding: track.stdout, as: UTF8.self).hasPrefix("concept,target,status,evidence,note\n"))
        let benchmark = try CLI.plangraph(["benchmark", "Corpus/text/no-such-file.txt"])
        #expect(benchmark.status == 1 && benchmark.stderr == "Corpus/text/no-such-file.txt: error: no such file [file-not-found]\n")
        // inspect on a graph JSON shows the graph's outline, the same as on its document.
        let graph = Self.temporary(".json")
        defer { try? FileManager.default.removeItem(at: graph) }
        let ingest = try CLI.plangraph(["ingest", "Corpus/text/langfang-plan.txt"])
        try ingest.stdout.write(to: graph)
        let fromGraph = try CLI.plangraph(["inspect", graph.path])
        let fromDocument = try CLI.plangraph(["inspect", "Corpus/text/langfang-plan.txt"])
        #expect(fromGraph.status == 0 && fromGraph.stdout == fromDocument.stdout)
    }

    /// The report tracks a plan through the later reports of its region given with it: Hengshui's 2022
    /// plan targets PM2.5 37 微克/立方米 and 75% good days by 2025 (line 129); the press release reports
    /// 34 微克/立方米 through 11月17日 2025 (met), the mid-term review says the good-days target 存在不确定性
    /// (at risk). Handan's plan, given without reports of 邯郸市, is not tracked.
    @Test func htmlReportShowsTrackingStatusWhereReportsAreGiven() throws {
        let report = Self.temporary(".html")
        defer { try? FileManager.default.removeItem(at: report) }
        #expect(try CLI.plangraph(["export", Self.prosePlan, "Corpus/pdf/hengshui-2023-midterm-review.pdf",
                                   "Corpus/text/hengshui-2025-press-release.txt", "Corpus/text/handan-2023-plan.txt",
                                   "--to", "html", "-o", report.path]).status == 0)
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.components(separatedBy: "<table class=\"tracking\"").count == 2)
        #expect(html.contains("<table class=\"tracking\" data-plan=\"hengshui-2022-plan\">"))
        #expect(!html.contains("data-plan=\"handan-2023-plan\""))
        #expect(html.contains("<tr data-concept=\"air.pm25.concentration\" data-status=\"met\">"))
        #expect(html.contains("<tr data-concept=\"air.good-days.ratio\" data-status=\"at risk\">"))
        // Beside the plan's PM2.5 bar: 37 微克/立方米, then its status.
        #expect(html.contains("37 微克/立方米<tspan class=\"status\" fill=\"#1b7f3b\"> met</tspan>"))
    }
}
