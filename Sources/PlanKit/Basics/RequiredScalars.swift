/// The non-ASCII characters every match of a regular expression must contain: `细颗粒物.*(浓度|均值)`
/// needs 细, 颗, 粒 and 物 (浓 or 均 is not certain). A text that lacks one of them cannot match, so the
/// concept catalog asks its 600 expressions only where their characters are present — the expressions
/// are what a clause's concept costs.
///
/// Conservative by construction: an alternation needs what all its branches need, an atom under `?`,
/// `*` or `{0,…}` nothing, a character class or a lookaround nothing; ASCII is left out (a catalog key
/// is lower-cased, and flags could fold case). Syntax it does not know gives nil: no filter, the
/// expression is always asked.
enum RequiredScalars {
    static func of(pattern: String) -> Set<Unicode.Scalar>? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let required = parser.alternation(), parser.position == parser.scalars.count else { return nil }
        return required
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        /// Branches separated by `|`, up to a `)` or the end: what every branch needs.
        mutating func alternation() -> Set<Unicode.Scalar>? {
            guard var required = sequence() else { return nil }
            while current == "|" {
                position += 1
                guard let branch = sequence() else { return nil }
                required.formIntersection(branch)
            }
            return required
        }

        /// Atoms one after another, each with its quantifier: what the atoms that must occur need.
        private mutating func sequence() -> Set<Unicode.Scalar>? {
            var required: Set<Unicode.Scalar> = []
            while let scalar = current, scalar != "|", scalar != ")" {
                guard let atom = atom(), let optional = quantifier() else { return nil }
                if !optional { required.formUnion(atom) }
            }
            return required
        }

        private mutating func atom() -> Set<Unicode.Scalar>? {
            guard let scalar = current else { return nil }
            position += 1
            switch scalar {
            case ".", "^", "$":
                return []
            case "\\":
                // An escaped punctuation mark is itself; \d, \p{…}, \x… and the like are classes.
                guard let escaped = current else { return nil }
                position += 1
                if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) {
                    return ["d", "D", "s", "S", "w", "W", "b", "B"].contains(escaped) ? [] : nil
                }
                return escaped.isASCII ? [] : [escaped]
            case "[":
                return characterClass() ? [] : nil
            case "(":
                var lookaround = false
                if current == "?" {
                    position += 1
                    switch current {
                    case ":": position += 1
                    case "=", "!": position += 1; lookaround = true
                    case "<" where position + 1 < scalars.count && (scalars[position + 1] == "=" || scalars[position + 1] == "!"):
                        position += 2; lookaround = true
                    default: return nil
                    }
                }
                guard let inner = alternation(), current == ")" else { return nil }
                position += 1
                return lookaround ? [] : inner
            case ")", "|", "*", "+", "?", "{":
                return nil
            default:
                return scalar.isASCII ? [] : [scalar]
            }
        }

        /// Skips a `[…]` class (the `[` already read); false when it does not close.
        private mutating func characterClass() -> Bool {
            if current == "^" { position += 1 }
            if current == "]" { position += 1 }
            while let scalar = current {
                position += 1
                if scalar == "\\" { position += 1; continue }
                if scalar == "[" { return false }  // nested sets and set operations: not in the catalog's syntax
                if scalar == "]" { return true }
            }
            return false
        }

        /// Reads a quantifier after an atom: true when the atom may occur zero times, nil on bad syntax.
        private mutating func quantifier() -> Bool? {
            var optional = false
            switch current {
            case "?", "*":
                position += 1
                optional = true
            case "+":
                position += 1
            case "{":
                position += 1
                var least = ""
                while let scalar = current, ("0"..."9").contains(scalar) { least.unicodeScalars.append(scalar); position += 1 }
                while let scalar = current, scalar != "}" {
                    guard ("0"..."9").contains(scalar) || scalar == "," else { return nil }
                    position += 1
                }
                guard current == "}", let count = Int(least) else { return nil }
                position += 1
                optional = count == 0
            default:
                return false
            }
            // A lazy or possessive mark, then no second quantifier.
            if current == "?" || current == "+" { position += 1 }
            if let scalar = current, ["?", "*", "+", "{"].contains(scalar) { return nil }
            return optional
        }
    }
}
