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
    /// A Chinese name of each unit symbol, its first spelling in Han characters (m³ → 立方米, μg/m³ →
    /// 微克/立方米), for
    /// readers of reports.
    private(set) var chineseNames: [String: String] = [:]
    /// Spellings by first scalar, longest first, with the scalars that veto the spelling right after it.
    private var spellings: [Unicode.Scalar: [(scalars: [Unicode.Scalar], unit: Unit, notBefore: Set<Unicode.Scalar>)]] = [:]

    static let shared = UnitCatalog(json: json)

    /// Every scalar of every spelling.
    var spellingScalars: [Unicode.Scalar] { spellings.values.flatMap { $0.flatMap(\.scalars) } }

    private struct File: Decodable {
        struct Entry: Decodable {
            var symbol: String
            var dimension: String
            var factor: String
            var spellings: [String]
            var notBefore: [String]?
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
            let notBefore = Set((entry.notBefore ?? []).compactMap(\.unicodeScalars.first))
            if chineseNames[entry.symbol] == nil,
               let name = entry.spellings.first(where: { $0.unicodeScalars.allSatisfy { $0.properties.isIdeographic || $0 == "/" } }) {
                chineseNames[entry.symbol] = name
            }
            for spelling in entry.spellings {
                let scalars = Array(spelling.unicodeScalars)
                spellings[scalars[0], default: []].append((scalars, unit, notBefore))
            }
        }
        for key in spellings.keys { spellings[key]!.sort { $0.scalars.count > $1.scalars.count } }
    }

    /// The longest unit spelling starting at `index`, and where it ends; a compound unit (吨标准煤/万元,
    /// 平方米/人, 米每秒) when “/” or 每 and a second unit follow.
    func unit(in scalars: [Unicode.Scalar], at index: Int) -> (unit: Unit, end: Int)? {
        guard let (first, end) = simpleUnit(in: scalars, at: index) else { return nil }
        guard let slash = scalars[safe: end], slash == "/" || slash == "每", let (per, perEnd) = denominator(in: scalars, at: end + 1)
        else { return (first, end) }
        return (Self.compound(first, per), perEnd)
    }

    /// A unit without a compound: the longest spelling at `index` that the next scalar does not veto.
    private func simpleUnit(in scalars: [Unicode.Scalar], at index: Int) -> (unit: Unit, end: Int)? {
        guard index < scalars.count, let candidates = spellings[scalars[index]] else { return nil }
        for candidate in candidates where index + candidate.scalars.count <= scalars.count {
            if scalars[index..<(index + candidate.scalars.count)].elementsEqual(candidate.scalars) {
                let end = index + candidate.scalars.count
                // A Latin spelling must not run on into a longer word (m in mm, kg in kgs).
                if candidate.scalars.last!.isASCII, let next = scalars[safe: end], next.isASCII, next.properties.isAlphabetic {
                    continue
                }
                if let next = scalars[safe: end], candidate.notBefore.contains(next) { continue }
                return (candidate.unit, end)
            }
        }
        return nil
    }

    /// The unit after “/” or 每, with a scale before it (万元, 万人): its factor, and where it ends. A
    /// count (人, 户) keeps its word as its unit: 平方米/人, 个/万人.
    private func denominator(in scalars: [Unicode.Scalar], at index: Int) -> (unit: Unit, end: Int)? {
        var start = index
        var scale: Decimal = 1
        if simpleUnit(in: scalars, at: index) == nil, let scalar = scalars[safe: index],
           let factor = NumeralCharacters.bigUnits[scalar] ?? NumeralCharacters.smallUnits[scalar] {
            scale = factor
            start += 1
        }
        guard let (unit, end) = simpleUnit(in: scalars, at: start) else { return nil }
        let written = String(scalars: scalars[index..<end])
        var result = unit
        if unit.dimension == "count" {
            let word = String(scalars: scalars[start..<end])
            result = Unit(symbol: written, dimension: word, numerator: 1, denominator: 1, base: word)
        } else if scale != 1 {
            result.symbol = written
        }
        result.numerator *= scale
        return (result, end)
    }

    private static func compound(_ top: Unit, _ bottom: Unit) -> Unit {
        Unit(symbol: "\(top.symbol)/\(bottom.symbol)", dimension: "\(top.dimension)/\(bottom.dimension)",
             numerator: top.numerator * bottom.denominator, denominator: top.denominator * bottom.numerator,
             base: "\(top.base)/\(bottom.base)")
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
