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
        var diagnostics = source.unmappedCharacterDiagnostics
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
