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
}
