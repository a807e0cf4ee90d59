/// The plan graph (规划图谱) of one document: what `plangraph ingest` writes as JSON.
///
/// Fields follow `Schemas/plan-graph.schema.json`.
public struct PlanGraph: Codable, Sendable, Equatable {
    /// The `schemaVersion` this build writes and reads.
    public static let schemaVersion = "1"

    public var schemaVersion: String
    public var document: DocumentInfo
    public var sections: [Section]
    public var blocks: [Block]
    /// Indicator tables (主要指标) and their rows as indicators.
    public var tables: [IndicatorTable]
    public var indicators: [Indicator]
    /// Commitments stated in the prose (目标), and values reported as achieved (observations).
    public var targets: [Target]
    public var observations: [Target]
    public var projects: [Project]
    public var measures: [Measure]
    public var references: [Reference]
    /// What the stages noticed but could not settle (a heading out of sequence, …), with source lines.
    public var diagnostics: [Diagnostic]

    public init(document: DocumentInfo, sections: [Section], blocks: [Block], tables: [IndicatorTable],
                indicators: [Indicator], targets: [Target], observations: [Target], projects: [Project],
                measures: [Measure], references: [Reference], diagnostics: [Diagnostic]) {
        self.schemaVersion = Self.schemaVersion
        self.document = document
        self.sections = sections
        self.blocks = blocks
        self.tables = tables
        self.indicators = indicators
        self.targets = targets
        self.observations = observations
        self.projects = projects
        self.measures = measures
        self.references = references
        self.diagnostics = diagnostics
    }
}
