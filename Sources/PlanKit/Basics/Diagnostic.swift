/// A problem found while building the graph, tied to the source line it concerns.
///
/// Stages after reading never fail: they keep what they do not understand and report it here.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable { case warning, error }

    public var severity: Severity
    public var message: String
    /// A short stable name such as `furniture-running-header`, printed as `[id]`.
    public var id: String
    public var line: Int?
    public var column: Int?

    public init(_ severity: Severity, _ message: String, id: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.id = id
        self.line = line
        self.column = column
    }

    /// The compiler-style line `FILE:LINE:COL: severity: message [id]`.
    public func formatted(path: String) -> String {
        var location = path
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message) [\(id)]"
    }
}
