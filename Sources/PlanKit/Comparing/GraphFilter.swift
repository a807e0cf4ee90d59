/// What `diff`, `compare` and `export` keep of the graphs they read: documents of some kinds and
/// regions, values of some concepts and domains. An empty list keeps everything.
///
/// A concept is given by its id (`air.pm25.concentration`) or by a prefix ending in `*` (`air.*`,
/// `phrase:*`); a region by its name (邯郸市, or 邯郸 without the level's suffix), its division code
/// (130400), or the name of the division it lies in (河北省 keeps Hebei's cities and counties).
public struct GraphFilter: Sendable, Equatable {
    public var concepts: [String]
    public var domains: [String]
    public var regions: [String]
    public var kinds: [DocumentKind]

    public init(concepts: [String] = [], domains: [String] = [], regions: [String] = [], kinds: [DocumentKind] = []) {
        self.concepts = concepts
        self.domains = domains
        self.regions = regions
        self.kinds = kinds
    }

    public var isEmpty: Bool { concepts.isEmpty && domains.isEmpty && regions.isEmpty && kinds.isEmpty }

    /// Whether the document is of a kind and a region the filter keeps.
    public func keeps(_ document: DocumentInfo) -> Bool {
        if !kinds.isEmpty, !(document.kind.map(kinds.contains) ?? false) { return false }
        if regions.isEmpty { return true }
        guard let region = document.region else { return false }
        return regions.contains { wanted in
            wanted == region.name || wanted == region.code || wanted == region.parent
                || (wanted.count >= 2 && region.name.hasPrefix(wanted) && region.name.count <= wanted.count + 3)
        }
    }

    /// Whether a value of this concept is kept: the concept matches one given, and its domain one given.
    public func keeps(concept: String?) -> Bool {
        if !concepts.isEmpty {
            guard let concept else { return false }
            let matches = concepts.contains { wanted in
                wanted.hasSuffix("*") ? concept.hasPrefix(wanted.dropLast()) : concept == wanted
            }
            if !matches { return false }
        }
        if !domains.isEmpty {
            guard let domain = concept.flatMap(IndicatorConcept.withID)?.domain, domains.contains(domain) else { return false }
        }
        return true
    }

    /// The graphs the filter keeps, each with only the indicators, targets and observations it keeps.
    public func apply(_ graphs: [PlanGraph]) -> [PlanGraph] {
        guard !isEmpty else { return graphs }
        return graphs.filter { keeps($0.document) }.map { graph in
            var kept = graph
            kept.indicators.removeAll { !keeps(concept: $0.concept) }
            kept.targets.removeAll { !keeps(concept: $0.concept) }
            kept.observations.removeAll { !keeps(concept: $0.concept) }
            return kept
        }
    }
}
