import Foundation
import Testing

/// The page viewer and the page boxes of spans, checked against poppler's own word boxes
/// (`pdftotext -bbox`) and in a real browser.
@Suite struct ViewerTests {
    typealias CLI = PlanGraphCLITests
    static let handan = "Corpus/pdf/handan-2023-plan.pdf"

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    struct Box: Decodable, Equatable { var x: Double; var y: Double; var width: Double; var height: Double }
    struct Span: Decodable { var page: Int?; var box: Box? }
    struct Value: Decodable { var text: String; var span: Span }
    struct Indicator: Decodable { var values: [Value] }
    struct Graph: Decodable { var indicators: [Indicator] }

    /// Every number cell of Handan's indicator table (page 6) has the box poppler gives its word.
    @Test func boxesOfTableCellsAreThoseOfPopplersWords() throws {
        let ingest = try CLI.plangraph(["ingest", Self.handan])
        let graph = try JSONDecoder().decode(Graph.self, from: ingest.stdout)
        let cells = graph.indicators.flatMap(\.values).filter { $0.span.page == 6 && Double($0.text) != nil }
        // 57 42 60.4 70 60 27.27 60 1.65 0.075 1.75 0.85 22 18 4 100 100 1255: page 6 has the first 17 numbers.
        #expect(cells.count >= 15)
        let words = try Self.run("/usr/bin/pdftotext", ["-f", "6", "-l", "6", "-bbox", Self.handan, "-"])
        let html = String(decoding: words.stdout, as: UTF8.self)
        let pattern = /<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)<\/word>/
        let boxes = html.matches(of: pattern).map { match in
            (text: String(match.5), box: Box(x: Double(match.1)!, y: Double(match.2)!, width: Double(match.3)! - Double(match.1)!,
                                               height: Double(match.4)! - Double(match.2)!))
        }
        for cell in cells {
            let box = try #require(cell.span.box)
            let near = boxes.filter { $0.text == cell.text }.contains { word in
                abs(word.box.x - box.x) < 0.02 && abs(word.box.y - box.y) < 0.02 && abs(word.box.width - box.width) < 0.03
                    && abs(word.box.height - box.height) < 0.03
            }
            #expect(near, "\(cell.text) at \(box)")
        }
    }

    @Test func viewerShowsEveryCellBoxOverItsPageAndSelectsOne() throws {
        let view = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-view-\(UUID()).html")
        let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-view-\(UUID()).png")
        defer {
            try? FileManager.default.removeItem(at: view)
            try? FileManager.default.removeItem(at: screenshot)
        }
        let run = try CLI.plangraph(["view", Self.handan, "--pages", "6-7", "-o", view.path])
        #expect(run.status == 0)
        let page = try String(contentsOf: view, encoding: .utf8)
        #expect(page.components(separatedBy: "<img alt=\"page ").count - 1 == 2)
        #expect(!page.contains("src=\"http") && !page.contains("<link"))
        // The DOM a browser builds: one box per table value the graph places on pages 6-7.
        let ingest = try CLI.plangraph(["ingest", Self.handan, "--pages", "6-7"])
        let graph = try JSONDecoder().decode(Graph.self, from: ingest.stdout)
        let placed = graph.indicators.flatMap(\.values).filter { $0.span.box != nil }.count
        #expect(placed >= 20)
        let dom = try Self.run("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", view.absoluteString])
        let text = String(decoding: dom.stdout, as: UTF8.self)
        #expect(dom.status == 0)
        #expect(text.components(separatedBy: "class=\"box table\"").count - 1 == placed)
        #expect(text.contains("title=\"concept air.pm25.concentration · year 2020 · role baseline · unit ug/m3 · base unit 57 μg/m³\""))
        // A screenshot with the first cell (57) selected: the amber outline is on the screen.
        let shot = try Self.run("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                      "--window-size=1400,900", "--virtual-time-budget=2000",
                                                      "--screenshot=\(screenshot.path)", view.absoluteString + "#item-i1-0"])
        #expect(shot.status == 0)
        let colours = try Self.colourCounts(screenshot, ["selected": (0xFF, 0xBF, 0x00), "cell": (0x1F, 0x6F, 0xD1)])
        #expect((colours["selected"] ?? 0) > 40)
        #expect((colours["cell"] ?? 0) > 400)
    }

    @Test func viewOfAGraphFindsItsPDFOrSaysWhereItLooked() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plangraph-view-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("handan.json")
        try CLI.plangraph(["ingest", Self.handan, "--pages", "6"]).stdout.write(to: graph)
        let fromGraph = directory.appendingPathComponent("a.html")
        let fromPDF = directory.appendingPathComponent("b.html")
        #expect(try CLI.plangraph(["view", graph.path, "-o", fromGraph.path]).status == 0)
        #expect(try CLI.plangraph(["view", Self.handan, "--pages", "6", "-o", fromPDF.path]).status == 0)
        #expect(try Data(contentsOf: fromGraph) == Data(contentsOf: fromPDF))
        // A graph whose PDF is not where it says.
        let moved = directory.appendingPathComponent("moved.json")
        let json = try String(contentsOf: graph, encoding: .utf8).replacingOccurrences(of: "\"Corpus/pdf/handan-2023-plan.pdf\"", with: "\"gone/handan.pdf\"")
        try Data(json.utf8).write(to: moved)
        let missing = try CLI.plangraph(["view", moved.path, "-o", fromGraph.path])
        #expect(missing.status == 1)
        #expect(missing.stderr == "\(moved.path): error: the PDF this graph was made from is not at gone/handan.pdf nor beside the graph; give the PDF [pdf-not-found]\n")
    }

    @Test func pagesSelectWhatIsReadLikePdftotext() throws {
        let outline = try CLI.plangraph(["inspect", Self.handan, "--pages", "6-7"])
        #expect(outline.status == 0)
        let lines = String(decoding: outline.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.first?.hasPrefix("handan-2023-plan  pdf  2 pages") == true)
        #expect(lines.dropFirst(2).first?.hasPrefix("p6 L1 ") == true)
        let none = try CLI.plangraph(["ingest", Self.handan, "--pages", "40-"])
        #expect(none.status == 1 && none.stderr == "\(Self.handan): error: --pages 40- selects no page; the PDF has 37 [no-such-pages]\n")
        let bad = try CLI.plangraph(["ingest", Self.handan, "--pages", "9-5"])
        #expect(bad.status == 64 && bad.stderr.contains("--pages takes a page or a range of pages from 1"))
    }

    /// How many pixels of the PNG have each colour (within 8 per channel): a small PNG decoder in Python
    /// (zlib and the five row filters), so the test needs no imaging library.
    static func colourCounts(_ png: URL, _ colours: [String: (Int, Int, Int)]) throws -> [String: Int] {
        let script = """
            import sys, zlib, struct, json
            data = open(sys.argv[1], 'rb').read()
            assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
            pos, idat, width, height, channels = 8, b'', 0, 0, 0
            while pos < len(data):
                length, kind = struct.unpack('>I4s', data[pos:pos + 8])
                body = data[pos + 8:pos + 8 + length]
                if kind == b'IHDR':
                    width, height, depth, colour = struct.unpack('>IIBB', body[:10])
                    channels = {2: 3, 6: 4}[colour]
                elif kind == b'IDAT':
                    idat += body
                pos += 12 + length
            raw = zlib.decompress(idat)
            stride = width * channels
            previous = bytearray(stride)
            wanted = json.loads(sys.argv[2])
            counts = {name: 0 for name in wanted}
            for row in range(height):
                start = row * (stride + 1)
                kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
                for i in range(stride):
                    a = line[i - channels] if i >= channels else 0
                    b = previous[i]
                    c = previous[i - channels] if i >= channels else 0
                    if kind == 1: line[i] = (line[i] + a) & 255
                    elif kind == 2: line[i] = (line[i] + b) & 255
                    elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
                    elif kind == 4:
                        p = a + b - c
                        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                for x in range(0, stride, channels):
                    r, g, bl = line[x], line[x + 1], line[x + 2]
                    for name, (wr, wg, wb) in wanted.items():
                        if abs(r - wr) <= 8 and abs(g - wg) <= 8 and abs(bl - wb) <= 8:
                            counts[name] += 1
                previous = line
            print(json.dumps(counts))
            """
        let wanted = "{" + colours.map { "\"\($0.key)\": [\($0.value.0), \($0.value.1), \($0.value.2)]" }.joined(separator: ", ") + "}"
        let result = try run("/usr/bin/env", ["python3", "-c", script, png.path, wanted])
        return try JSONDecoder().decode([String: Int].self, from: result.stdout)
    }
}
