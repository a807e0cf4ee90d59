import Foundation

/// The indicator concepts of `Schemas/indicators.json` and the matcher that maps an indicator's name,
/// as any plan words it, to one concept id — or to none, never to a wrong one.
///
/// `@unchecked Sendable`: the compiled expressions are immutable after `init` and only read.
struct ConceptCatalog: @unchecked Sendable {
    struct Concept: Sendable, Decodable {
        var id: String
        var name: String
        var dimension: String
        /// environment, climate, energy, economy, society, agriculture, urban, transport or innovation:
        /// what users filter by.
        var domain: String
        var unit: String?
        /// The direction of improvement.
        var direction: Direction
        var patterns: [String]
        var excludes: [String]
    }

    var concepts: [Concept]
    /// Each concept's patterns and exclusions, compiled once: matching runs for every name and clause.
    private let compiled: [(patterns: [Expression], excludes: [Expression])]

    /// A pattern and the characters a name must hold for it to match (`RequiredScalars`): most names
    /// hold few of a pattern's characters, and a set look-up is far cheaper than the expression.
    ///
    /// The expression is compiled the first time a name passes that filter: a document asks only some
    /// of the 600, and compiling all of them was a fifth of a small PDF's run. A class, so every copy of
    /// the catalog shares what was compiled; the lock makes the first compile safe across threads.
    private final class Expression: @unchecked Sendable {
        private let pattern: String
        let required: [Unicode.Scalar]
        private let lock = NSLock()
        private var compiled: NSRegularExpression?

        init(_ pattern: String) {
            self.pattern = pattern
            required = RequiredScalars.of(pattern: pattern).map { $0.sorted() } ?? []
        }

        private var regex: NSRegularExpression {
            lock.withLock {
                if let compiled { return compiled }
                let regex = try! NSRegularExpression(pattern: pattern)
                compiled = regex
                return regex
            }
        }

        func matches(_ key: String, scalars: Set<Unicode.Scalar>, range: NSRange) -> Bool {
            required.allSatisfy(scalars.contains) && regex.firstMatch(in: key, range: range) != nil
        }
    }

    static let shared = ConceptCatalog(json: json)

    private struct File: Decodable { var concepts: [Concept] }

    private let indexByID: [String: Int]

    /// The concept with this id.
    func concept(id: String) -> Concept? { indexByID[id].map { concepts[$0] } }

    init(json: String) {
        concepts = try! JSONDecoder().decode(File.self, from: Data(json.utf8)).concepts
        indexByID = Dictionary(concepts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        compiled = concepts.map { concept in
            (concept.patterns.map(Expression.init), concept.excludes.map(Expression.init))
        }
    }

    /// The concept of an indicator name, or nil when no concept matches.
    ///
    /// With `baseUnit`, the base unit of a value stated for the name (`d` for 120天), a concept measured
    /// in another dimension is passed over: 优良天数 with 120天 is a count of days, not the ratio. Shares
    /// and percentage points fit any concept (a concentration may fall by 19.6%).
    func concept(of name: String, baseUnit: String? = nil) -> Concept? {
        // Plans repeat their indicator phrases; the regular expressions are the cost, so answers are kept.
        let cacheKey = name + "\u{1F}" + (baseUnit ?? "")
        if let known = cache.value(for: cacheKey) { return known.map { concepts[$0] } }
        let index = firstMatch(name, baseUnit: baseUnit)
        cache.store(index, for: cacheKey)
        return index.map { concepts[$0] }
    }

    private func firstMatch(_ name: String, baseUnit: String?) -> Int? {
        let key = Self.normalized(name)
        let whole = NSRange(key.startIndex..., in: key)
        let scalars = Set(key.unicodeScalars)
        func matches(_ expression: Expression) -> Bool { expression.matches(key, scalars: scalars, range: whole) }
        // A name ending in 占比, 比重, 份额 or 比例 is a share, whatever it is a share of (蔬菜产量占比 is no output).
        let namesAShare = Self.shareEnds.contains { key.hasSuffix($0) }
        func fits(_ concept: Concept) -> Bool {
            if namesAShare, concept.dimension != "share", concept.dimension != "index" { return false }
            guard let baseUnit, baseUnit != "%", baseUnit != "pp" else { return true }
            // Money in dollars (实际使用外资115.6亿美元) is money too, in its own unit; a unit per person or per
            // unit of output (平方米/人, 吨标准煤/万元) measures what its numerator does, as a compound
            // dimension (mass/area for 公斤/亩) names its own base.
            let base = Self.base(of: concept.dimension)
            let numerator = baseUnit.split(separator: "/").first.map(String.init)
            return base == baseUnit || base == numerator || concept.dimension == "money" && baseUnit == "USD"
        }
        return concepts.indices.first { index in
            compiled[index].patterns.contains(where: matches) && !compiled[index].excludes.contains(where: matches)
                && fits(concepts[index])
        }
    }

    private static let shareEnds = ["占比", "比重", "份额", "比例"]

    /// The base unit of a dimension (`Schemas/units.json`), of a compound one its parts': mass/area → t/km².
    static func base(of dimension: String) -> String? {
        let parts = dimension.split(separator: "/").map(String.init)
        guard parts.count == 2 else { return UnitCatalog.shared.bases[dimension] }
        guard let top = UnitCatalog.shared.bases[parts[0]] else { return nil }
        return top + "/" + (UnitCatalog.shared.bases[parts[1]] ?? parts[1])
    }

    /// Concept indices by name and base unit, shared by the threads of a batch; emptied when it grows
    /// past `limit` so a long batch cannot grow it without bound.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [String: Int?] = [:]
        private let limit = 100_000

        /// `.some(nil)` when the name is known to have no concept; nil when it was never asked.
        func value(for key: String) -> Int?? { lock.withLock { answers[key] } }

        func store(_ index: Int?, for key: String) {
            lock.withLock {
                if answers.count >= limit { answers.removeAll(keepingCapacity: true) }
                answers[key] = .some(index)
            }
        }
    }
    private let cache = Cache()

    /// Abbreviations (VOCs) and a web copy's pinyin readings (yè).
    nonisolated(unsafe) private static let bracketedLatin = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\/]+[）)]/

    /// Lower case, width folded, no spaces; PM_{2.5} → pm2.5; Ⅲ → iii, Ⅴ/V → v; bracketed Latin
    /// abbreviations and pinyin dropped (挥发性有机物（VOCs） → 挥发性有机物, 工业(yè) → 工业).
    static func normalized(_ name: String) -> String {
        var text = String(scalars: name.unicodeScalars.map { $0.widthFolded ?? $0 }).lowercased()
        // Each replacement only where its text is present: most names have none, and a search is cheap.
        for (from, to) in foldings where text.containsBytes(of: from) { text = text.replacing(from, with: to) }
        text.removeAll { $0.isWhitespace }
        guard text.containsBytes(of: "(") || text.containsBytes(of: "（") else { return text }
        return text.replacing(bracketedLatin, with: "")
    }

    private static let foldings = [("pm_{2.5}", "pm2.5"), ("Ⅲ", "iii"), ("ⅲ", "iii"), ("Ⅴ", "v"), ("ⅴ", "v")]
}

extension [Indicator] {
    /// Sets each indicator's concept from the catalog.
    mutating func assignConcepts(_ catalog: ConceptCatalog = .shared) {
        for index in indices { self[index].concept = catalog.concept(of: self[index].name)?.id }
    }
}
