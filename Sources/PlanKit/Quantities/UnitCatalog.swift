import Foundation

/// The units PlanKit knows (`Schemas/units.json`): symbol, dimension, exact factor to the base unit
/// of the dimension, and the spellings found in Chinese plans.
struct UnitCatalog: Sendable {
    struct Unit: Sendable, Equatable {
        var symbol: String
        var dimension: String
        /// Factor to the base unit as an exact fraction: 亩 = 1/1500 km².
        var numerator: Decimal
        var denominator: Decimal
        var base: String
    }

    /// The base unit of each dimension: `time` → `d`.
    private(set) var bases: [String: String] = [:]
    /// Spellings by first scalar, longest first.
    private var spellings: [Unicode.Scalar: [(scalars: [Unicode.Scalar], unit: Unit)]] = [:]

    static let shared = UnitCatalog(json: json)

    private struct File: Decodable {
        struct Entry: Decodable {
            var symbol: String
            var dimension: String
            var factor: String
            var spellings: [String]
        }
        var bases: [String: String]
        var units: [Entry]
    }

    init(json: String) {
        let file = try! JSONDecoder().decode(File.self, from: Data(json.utf8))
        bases = file.bases
        for entry in file.units {
            let parts = entry.factor.split(separator: "/").map { Decimal(string: String($0), locale: Locale(identifier: "en_US_POSIX"))! }
            let unit = Unit(symbol: entry.symbol, dimension: entry.dimension, numerator: parts[0],
                            denominator: parts.count > 1 ? parts[1] : 1, base: file.bases[entry.dimension]!)
            for spelling in entry.spellings {
                let scalars = Array(spelling.unicodeScalars)
                spellings[scalars[0], default: []].append((scalars, unit))
            }
        }
        for key in spellings.keys { spellings[key]!.sort { $0.scalars.count > $1.scalars.count } }
    }

    /// The longest unit spelling starting at `index`, and where it ends.
    func unit(in scalars: [Unicode.Scalar], at index: Int) -> (unit: Unit, end: Int)? {
        guard index < scalars.count, let candidates = spellings[scalars[index]] else { return nil }
        for candidate in candidates where index + candidate.scalars.count <= scalars.count {
            if scalars[index..<(index + candidate.scalars.count)].elementsEqual(candidate.scalars) {
                let end = index + candidate.scalars.count
                // A Latin spelling must not run on into a longer word (m in mm, kg in kgs).
                if candidate.scalars.last!.isASCII, let next = scalars[safe: end], next.isASCII, next.properties.isAlphabetic {
                    continue
                }
                return (candidate.unit, end)
            }
        }
        return nil
    }

    /// A unit as an indicator table prints it, with an optional scale before it: “万吨” → 10⁴ × t,
    /// symbol “万t”; “ug/m3” → μg/m³. Nil when the text is not a known unit.
    func resolve(_ text: String) -> (unit: Unit, scale: Decimal, symbol: String)? {
        let scalars = Array(text.unicodeScalars)
        var scale: Decimal = 1
        var index = 0
        var prefix = ""
        while index < scalars.count, unit(in: scalars, at: index)?.end != scalars.count {
            guard let factor = NumeralCharacters.bigUnits[scalars[index]] ?? NumeralCharacters.smallUnits[scalars[index]] else { return nil }
            scale *= factor
            prefix.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, let (unit, _) = unit(in: scalars, at: index) else { return nil }
        return (unit, scale, prefix + unit.symbol)
    }

    /// The value in the base unit: value × factor.
    static func si(_ value: Decimal, _ unit: Unit) -> Decimal {
        // Decimal division is slow, and most factors are whole numbers.
        unit.denominator == 1 ? value * unit.numerator : value * unit.numerator / unit.denominator
    }
}
