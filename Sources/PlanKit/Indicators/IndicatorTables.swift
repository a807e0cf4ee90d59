/// The indicator tables of a document and their rows, read from its flat tables: each row typed by
/// the column roles the plan period gives, placed in its section, mapped to a concept, and each table
/// with the notes printed under it.
struct IndicatorTables: Sendable {
    var tables: [IndicatorTable]
    var indicators: [Indicator]

    init(reading flatTables: [FlatTable], in tree: BlockTree, document: DocumentInfo) {
        (tables, indicators) = IndicatorReader.read(flatTables, period: document.period)
        indicators.assignSections(from: tree, tables: tables)
        indicators.assignConcepts()
        tables.attachNotes(from: tree)
    }
}
