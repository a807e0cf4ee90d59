import Foundation

/// The indicator concepts of `Schemas/indicators.json` and the matcher that maps an indicator's name,
/// as any plan words it, to one concept id — or to none, never to a wrong one.
struct ConceptCatalog: Sendable {
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

    static let shared = ConceptCatalog(json: json)

    private struct File: Decodable { var concepts: [Concept] }

    init(json: String) {
        concepts = try! JSONDecoder().decode(File.self, from: Data(json.utf8)).concepts
    }

    /// The concept of an indicator name, or nil when no concept matches.
    func concept(of name: String) -> Concept? {
        let key = Self.normalized(name)
        return concepts.first { concept in
            concept.patterns.contains { key.range(of: $0, options: .regularExpression) != nil }
                && !concept.excludes.contains { key.range(of: $0, options: .regularExpression) != nil }
        }
    }

    /// Lower case, width folded, no spaces; PM_{2.5} → pm2.5; Ⅲ → iii, Ⅴ/V → v; bracketed Latin
    /// abbreviations dropped (挥发性有机物（VOCs） → 挥发性有机物).
    static func normalized(_ name: String) -> String {
        var text = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.widthFolded ?? $0 }))
            .lowercased()
            .replacingOccurrences(of: "pm_{2.5}", with: "pm2.5")
            .replacingOccurrences(of: "Ⅲ", with: "iii")
            .replacingOccurrences(of: "ⅲ", with: "iii")
            .replacingOccurrences(of: "Ⅴ", with: "v")
            .replacingOccurrences(of: "ⅴ", with: "v")
        text.removeAll { $0.isWhitespace }
        text = text.replacingOccurrences(of: "[（(][a-z]+[）)]", with: "", options: .regularExpression)
        return text
    }
}

extension [Indicator] {
    /// Sets each indicator's concept from the catalog.
    mutating func assignConcepts(_ catalog: ConceptCatalog = .shared) {
        for index in indices { self[index].concept = catalog.concept(of: self[index].name)?.id }
    }
}
