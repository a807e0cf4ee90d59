/// How a bound relates the value to its number, as the document words it: 以上, 不低于 → `>=`;
/// 以内, 不超过, 控制在 → `<=`; 超过, 高于 → `>`; 低于, 不足 → `<`. The JSON keeps the symbols.
public enum Comparator: String, Codable, Sendable, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
    case above = ">"
    case below = "<"

    /// Whether the bound is an upper one (`<=`, `<`): a value meets it from below.
    public var isUpperBound: Bool { self == .atMost || self == .below }
}

extension Comparator: CustomStringConvertible {
    /// The symbol, as the JSON writes it.
    public var description: String { rawValue }
}

/// The direction of a change a document commits to (下降, 提高, 保持) or, for a concept, the direction
/// in which it improves.
public enum Direction: String, Codable, Sendable, CaseIterable {
    case decrease
    case increase
    case hold
}
