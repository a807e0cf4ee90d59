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
    package init(building source: SourceDocument, stopwatch: Stopwatch?) {
        Self.loadCatalogsAside()
        var diagnostics = source.unmappedCharacterDiagnostics + source.unreadableTextDiagnostics
        let text = stopwatch.time("normalize") { NormalizedText(normalizing: source) }
        let flatTables = stopwatch.time("flat tables") { FlatTable.all(in: text) }
        let tree = stopwatch.time("block tree") {
            BlockTree(structuring: text, tableLines: flatTables.reduce(into: []) { $0.formUnion($1.lines) }, diagnostics: &diagnostics)
        }
        // The document's own facts come first: the readers of values read in its period, kind and region.
        let document = DocumentInfo(describing: source, frontMatter: FrontMatter(blocks: tree.blocks, sections: tree.sections))
        // The prose reader takes about as long as the tables, measures and references together.
        var ((indicators, measures, references), prose) = bothAtOnce({
            (stopwatch.time("indicators") { IndicatorTables(reading: flatTables, in: tree, document: document) },
             stopwatch.time("measures") { [Measure](reading: tree, text: text) },
             stopwatch.time("references") { [Reference](reading: tree, text: text) })
        }, {
            stopwatch.time("targets") { ProseValues(reading: tree, text: text, document: document) }
        })
        prose.link(to: indicators.indicators)
        self.init(document: document, sections: tree.sections, blocks: tree.blocks, tables: indicators.tables,
                  indicators: indicators.indicators, targets: prose.targets, observations: prose.observations,
                  projects: tree.projects, measures: measures, references: references, diagnostics: diagnostics)
        // Only a PDF's glyphs have places on a page; a text file's graph has no boxes and no such stage.
        if source.format == .pdf { stopwatch.time("page boxes") { placeOnPages(source) } }
    }

    /// Loads the catalogs the readers of values need (decoding their JSON, reading the lexicon's words)
    /// on another thread while this one normalises and structures the text: in a process that ingests
    /// one file, their first use was a quarter of the run, on a core that sat idle meanwhile. Each
    /// catalog is a lazily initialised global, so whichever thread comes first builds it and the
    /// other waits; what they hold does not depend on which.
    private static func loadCatalogsAside() { _ = catalogsLoading }

    /// The loading, started once: a global's initialiser runs exactly once, whichever thread asks first.
    private static let catalogsLoading: Void = DispatchQueue.global(qos: .userInitiated).async {
        // (The gazetteer is left to this thread's front matter, which asks for it first.)
        _ = ConceptCatalog.shared.concepts.count
        _ = UnitCatalog.shared
        _ = Lexicon.shared
        // The quantity reader's own tables (Traditional forms, bound words) are made on first use.
        _ = Quantity.all(in: "增长5%")
    }
}
