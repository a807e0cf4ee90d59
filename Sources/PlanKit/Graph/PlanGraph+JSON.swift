import Foundation

/// The JSON form of everything PlanKit writes: sorted keys, "/" unescaped, explicit nulls, "\n" at
/// the end — the same value always gives the same bytes.
public enum JSONOutput {
    /// Pretty-printed when `pretty`, else on one line.
    public static func data<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> Data {
        if let tree = try? JSONTree.encode(value) { return JSONTree.write(tree, pretty: pretty) }
        // A value with a leaf JSONTree does not write (Double, Date…): Foundation's encoder, same form.
        return try foundationData(value, pretty: pretty)
    }

    /// The same form through `JSONEncoder` (one exception: it leaves nil out of a value held in a
    /// `[String: …]` dictionary, which it encodes itself).
    static func foundationData<Value: Encodable>(_ value: Value, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(NullWriting(value: value))
        data.append(0x0A)
        return data
    }
}

extension PlanGraph {
    /// The graph as deterministic pretty-printed JSON.
    public func jsonData() throws -> Data { try JSONOutput.data(self) }

    /// The graph on one line, for `--format jsonl`.
    public func jsonLine() throws -> Data { try JSONOutput.data(self, pretty: false) }
}
