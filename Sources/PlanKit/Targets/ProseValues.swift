/// The targets and observations a document states in its paragraphs, read in the time frame of the
/// document's own kind, date and period.
struct ProseValues: Sendable {
    var targets: [Target]
    var observations: [Observation]

    init(reading tree: BlockTree, text: NormalizedText, document: DocumentInfo) {
        (targets, observations) = TargetReader(document: document, sections: tree.sections).read(tree, text: text)
        targets.nameByPhrase()
        observations.nameByPhrase()
    }

    /// Points each target that restates a table row at that indicator, so it is not counted twice.
    mutating func link(to indicators: [Indicator]) { targets.link(to: indicators) }
}
