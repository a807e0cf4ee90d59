import Foundation

/// Traditional characters and their Simplified forms, through ICU's Hant-Hans transform.
enum TraditionalForms {
    static let toSimplified = StringTransform("Hant-Hans")

    /// The Traditional form of each of `simplified`'s characters that has one of its own, mapped back to
    /// it (噸 → 吨, 時 → 时): for recognisers that match Simplified words in a line that was not
    /// converted (`plangraph quantities` on Traditional text), one scalar for one, so offsets hold.
    static func simplifiedForms(of simplified: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar: Unicode.Scalar] {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for scalar in Set(simplified) where scalar.isHan {
            guard let traditional = String(scalar).applyingTransform(toSimplified, reverse: true),
                  traditional.unicodeScalars.count == 1, let form = traditional.unicodeScalars.first, form != scalar else { continue }
            map[form] = scalar
        }
        return map
    }

    /// A table written as pairs of scalars, Traditional then Simplified (噸吨時时).
    static func map(_ pairs: String) -> [Unicode.Scalar: Unicode.Scalar] {
        let scalars = Array(pairs.unicodeScalars)
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for index in stride(from: 0, to: scalars.count - 1, by: 2) { map[scalars[index]] = scalars[index + 1] }
        return map
    }

    /// `map` as pairs, Traditional forms in scalar order: the text of TraditionalForms+Data.swift.
    static func pairs(_ map: [Unicode.Scalar: Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(map.keys.sorted { $0.value < $1.value }.flatMap { [$0, map[$0]!] }))
    }
}
