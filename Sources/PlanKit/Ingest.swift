import Foundation

/// The whole pipeline: read → normalise → structure → graph. Start reading the code here.
extension PlanGraph {
    /// Ingests one PDF or text file into its plan graph.
    ///
    /// Only reading can fail; `encoding` overrides charset detection for text files, `password` opens an
    /// encrypted PDF.
    public init(ingesting path: String, encoding: TextEncoding? = nil, password: String? = nil,
                limits: ReadLimits = ReadLimits()) throws(ReadError) {
        let source = try SourceDocument(reading: path, encoding: encoding, password: password, limits: limits,
                                        pagesToRule: IndicatorCells.mayHoldTable(pageText:))
        self.init(building: source)
    }

    /// Builds the graph of a document already read.
    public init(building source: SourceDocument) { self.init(building: source, stopwatch: nil) }

    /// Builds the graph, timing each stage on `stopwatch` (for `plangraph benchmark`).
    public init(building source: SourceDocument, stopwatch: Stopwatch?) {
        var diagnostics = Self.unmappedCharacters(in: source)
        let text = NormalizedText(normalizing: source)
        stopwatch?.lap("normalize")
        let flatTables = FlatTable.all(in: text)
        stopwatch?.lap("flat tables")
        let tree = BlockTree(structuring: text, tableLines: flatTables.reduce(into: []) { $0.formUnion($1.lines) },
                             diagnostics: &diagnostics)
        let frontMatter = FrontMatter(blocks: tree.blocks, sections: tree.sections)
        stopwatch?.lap("block tree")
        let document = DocumentInfo(describing: source, frontMatter: frontMatter)
        func readTables() -> (tables: [IndicatorTable], indicators: [Indicator]) {
            var (tables, indicators) = IndicatorReader.read(flatTables, period: document.period)
            indicators.assignSections(from: tree, tables: tables)
            indicators.assignConcepts()
            tables.attachNotes(from: tree)
            return (tables, indicators)
        }
        func readTargets() -> (targets: [Target], observations: [Target]) {
            TargetReader(document: document, sections: tree.sections).read(tree, text: text)
        }
        func readMeasures() -> (measures: [Measure], references: [Reference]) {
            (Measure.all(in: tree, text: text), Reference.all(in: tree, text: text))
        }
        let tables: (tables: [IndicatorTable], indicators: [Indicator])
        var targets: (targets: [Target], observations: [Target])
        let measures: (measures: [Measure], references: [Reference])
        if let stopwatch {
            // Timed: one stage after the other.
            tables = readTables()
            stopwatch.lap("indicators")
            targets = readTargets()
            stopwatch.lap("targets")
            measures = readMeasures()
            stopwatch.lap("measures, references")
        } else {
            // The target reader takes about as long as the tables, measures and references together.
            ((tables, measures), targets) = bothAtOnce({ (readTables(), readMeasures()) }, readTargets)
        }
        targets.targets.link(to: tables.indicators)
        self.init(document: document, sections: tree.sections, blocks: tree.blocks, tables: tables.tables,
                  indicators: tables.indicators, targets: targets.targets, observations: targets.observations,
                  projects: tree.projects, measures: measures.measures, references: measures.references,
                  diagnostics: diagnostics)
    }
}

extension PlanGraph {
    /// The id a document gets, from its file name: `Corpus/pdf/handan-2023-plan.pdf` → `handan-2023-plan`.
    public static func documentID(forPath path: String) -> String { DocumentInfo.slug(ofPath: path) }

    /// A graph from a document, or from a graph JSON file that `ingest` wrote (`*.json`).
    public init(loading path: String, encoding: TextEncoding? = nil, password: String? = nil,
                limits: ReadLimits = ReadLimits()) throws(ReadError) {
        guard path.lowercased().endsWith(".json") else {
            try self.init(ingesting: path, encoding: encoding, password: password, limits: limits)
            return
        }
        let bytes = try FileBytes.read(path)
        struct Version: Decodable { var schemaVersion: String? }
        guard let version = try? JSONDecoder().decode(Version.self, from: Data(bytes)) else {
            throw .invalidGraph("the file is not JSON")
        }
        guard version.schemaVersion == Self.schemaVersion else { throw .unsupportedGraph(version: version.schemaVersion ?? "missing") }
        do {
            self = try JSONDecoder().decode(PlanGraph.self, from: Data(bytes))
        } catch {
            throw .invalidGraph("\(error)")
        }
    }

    /// Whether `output` holds the whole graph that ingesting `input` gives today: it parses as a graph
    /// of the current schema version, made from a file with `input`'s checksum. `ingest --resume` skips
    /// only such outputs; a truncated one, one of an older schema or of a changed input is made again.
    public static func isFinishedOutput(_ output: String, of input: String) -> Bool {
        guard let graph = try? PlanGraph(loading: output), let bytes = try? FileBytes.read(input) else { return false }
        return graph.document.source.sha256 == Checksum.sha256(bytes)
    }
}

extension PlanGraph {
    /// A warning when the source has characters that stand for glyphs without a Unicode mapping: the
    /// replacement character or private-use code points, which a PDF font without ToUnicode produces.
    static func unmappedCharacters(in source: SourceDocument) -> [Diagnostic] {
        var count = 0
        var firstLine: Int?
        for line in source.lines {
            let unmapped = unmappedCount(in: line.text)
            if unmapped > 0 && firstLine == nil { firstLine = line.number }
            count += unmapped
        }
        guard count > 0 else { return [] }
        return [Diagnostic(.warning, "\(count) character\(count == 1 ? "" : "s") have no Unicode mapping (a font without ToUnicode?); that text is unreliable",
                           id: "unmapped-glyphs", line: firstLine)]
    }

    /// Scalars U+E000…U+F8FF and U+FFFD, found by their UTF-8 (EE xx xx, EF 80…A3 xx, EF BF BD) without
    /// decoding the line: Chinese text is full of other EF sequences (full-width punctuation).
    private static func unmappedCount(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for index in bytes.indices where bytes[index] == 0xEE || bytes[index] == 0xEF {
                // EE and EF lead three-byte sequences: the two bytes after exist.
                if bytes[index] == 0xEE || bytes[index + 1] < 0xA4 || (bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD) {
                    count += 1
                }
            }
            return count
        }
    }
}
