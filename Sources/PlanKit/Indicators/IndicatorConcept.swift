/// A concept of the catalog as users see it: what `plangraph concepts` lists, the exports' `domain`
/// column and the filters read, and the direction `diff` judges ambition by.
public struct IndicatorConcept: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    /// What is measured: concentration, mass, share, money, …; its base unit is `unit`.
    public var dimension: String
    /// environment, climate, energy, economy, society, agriculture, urban, transport or innovation.
    public var domain: String
    /// The base unit values of the concept are given in (`μg/m³`, `t`, `%`); nil for an index.
    public var unit: String?
    /// Which way the indicator improves: a lower PM2.5 concentration, a higher forest cover.
    public var direction: Direction

    /// Every concept of `Schemas/indicators.json`, in the catalog's order.
    public static var all: [IndicatorConcept] { ConceptCatalog.shared.concepts.map(Self.init) }

    /// The concept with this id; nil for a `phrase:` concept and for an unknown id.
    public static func withID(_ id: String) -> IndicatorConcept? { ConceptCatalog.shared.concept(id: id).map(Self.init) }

    init(_ concept: ConceptCatalog.Concept) {
        id = concept.id
        name = concept.name
        dimension = concept.dimension
        domain = concept.domain
        unit = concept.unit ?? ConceptCatalog.base(of: concept.dimension)
        direction = concept.direction
    }
}
