/// The plan graph (规划图谱) of one document: what `plangraph ingest` writes as JSON.
///
/// Fields follow `Schemas/plan-graph.schema.json`; the later parts of the contract (sections,
/// indicators, targets, …) are added by the stages that build them.
public struct PlanGraph: Codable, Sendable, Equatable {
    public var schemaVersion: String
    public var document: DocumentInfo
    public var blocks: [Block]

    public init(document: DocumentInfo, blocks: [Block]) {
        self.schemaVersion = "1"
        self.document = document
        self.blocks = blocks
    }
}
