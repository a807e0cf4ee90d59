/// The plan graph (规划图谱) of one document: what `plangraph ingest` writes as JSON.
///
/// Fields follow `Schemas/plan-graph.schema.json`; the later parts of the contract (indicators,
/// targets, observations) are added by the stages that build them.
public struct PlanGraph: Codable, Sendable, Equatable {
    public var schemaVersion: String
    public var document: DocumentInfo
    public var sections: [Section]
    public var blocks: [Block]
    public var projects: [Project]
    public var measures: [Measure]
    public var references: [Reference]
    /// What the stages noticed but could not settle (a heading out of sequence, …), with source lines.
    public var diagnostics: [Diagnostic]

    public init(document: DocumentInfo, sections: [Section], blocks: [Block], projects: [Project],
                measures: [Measure], references: [Reference], diagnostics: [Diagnostic]) {
        self.schemaVersion = "1"
        self.document = document
        self.sections = sections
        self.blocks = blocks
        self.projects = projects
        self.measures = measures
        self.references = references
        self.diagnostics = diagnostics
    }
}
