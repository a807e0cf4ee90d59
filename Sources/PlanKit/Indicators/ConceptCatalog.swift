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
        var unit: String?
        /// The direction of improvement: `decrease`, `increase` or `hold`.
        var direction: String
        var patterns: [String]
        var excludes: [String]
    }

    var concepts: [Concept]
    /// Each concept's patterns and exclusions, compiled once: matching runs for every name and clause.
    private let compiled: [(patterns: [NSRegularExpression], excludes: [NSRegularExpression])]

    static let shared = ConceptCatalog(json: json)

    private struct File: Decodable { var concepts: [Concept] }

    init(json: String) {
        concepts = try! JSONDecoder().decode(File.self, from: Data(json.utf8)).concepts
        compiled = concepts.map { concept in
            (concept.patterns.map { try! NSRegularExpression(pattern: $0) }, concept.excludes.map { try! NSRegularExpression(pattern: $0) })
        }
    }

    /// The concept of an indicator name, or nil when no concept matches.
    func concept(of name: String) -> Concept? {
        let key = Self.normalized(name)
        let whole = NSRange(key.startIndex..., in: key)
        func matches(_ expression: NSRegularExpression) -> Bool { expression.firstMatch(in: key, range: whole) != nil }
        return zip(concepts, compiled).first { _, compiled in
            compiled.patterns.contains(where: matches) && !compiled.excludes.contains(where: matches)
        }?.0
    }

    nonisolated(unsafe) private static let bracketedLatin = /[（(][a-z]+[）)]/

    /// Lower case, width folded, no spaces; PM_{2.5} → pm2.5; Ⅲ → iii, Ⅴ/V → v; bracketed Latin
    /// abbreviations dropped (挥发性有机物（VOCs） → 挥发性有机物).
    static func normalized(_ name: String) -> String {
        var text = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.widthFolded ?? $0 }))
            .lowercased()
            .replacing("pm_{2.5}", with: "pm2.5")
            .replacing("Ⅲ", with: "iii")
            .replacing("ⅲ", with: "iii")
            .replacing("Ⅴ", with: "v")
            .replacing("ⅴ", with: "v")
        text.removeAll { $0.isWhitespace }
        return text.replacing(bracketedLatin, with: "")
    }
}

extension [Indicator] {
    /// Sets each indicator's concept from the catalog.
    mutating func assignConcepts(_ catalog: ConceptCatalog = .shared) {
        for index in indices { self[index].concept = catalog.concept(of: self[index].name)?.id }
    }
}
