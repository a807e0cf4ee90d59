import Foundation

/// A small JSON encoder for what PlanKit writes — strings, integers, booleans, `Decimal`s, explicit nulls,
/// arrays and objects — that gives the bytes `JSONEncoder` gives with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` when asked), in a third of its time: encoding the
/// graph was a third of a text ingest. Any other leaf (Double, Date, Data, URL, a NaN) throws
/// `Unsupported`, and `JSONOutput` falls back to `JSONEncoder` for that value.
///
/// Optional properties are written as `null` rather than left out, as `NullWritingEncoder` does for
/// `JSONEncoder`: the plan-graph contract has every key on every object. Coding paths stay empty: no
/// PlanKit type reads them, and growing one per value cost time.
enum JSONTree {
    struct Unsupported: Error {}

    /// A node of the tree; arrays and objects are boxes so containers can fill them after handing them out.
    enum Node {
        case literal(String)
        case string(String)
        case array(ArrayBox)
        case object(ObjectBox)
    }

    final class ArrayBox { var items: [Node] = [] }
    /// Keys in the order written; sorted when the object is written (hashing them cost more than that).
    final class ObjectBox {
        var items: [(key: String, node: Node)] = []
        /// Set by the hand-written nodes of the commonest types, whose keys come sorted and once each.
        var isSorted = false

        init() {}

        /// An object whose keys are in UTF-8 order already, each once.
        init(sorted items: [(key: String, node: Node)]) {
            self.items = items
            isSorted = true
        }

        /// Synthesized encoders write each key once; a key written again wins when the object is written.
        func set(_ key: String, _ node: Node) { items.append((key, node)) }
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> Node {
        try node(for: value)
    }

    /// The node of one value: a leaf directly, anything else through its `encode(to:)`.
    static func node<Value: Encodable>(for value: Value) throws -> Node {
        // One conformance test (cached by the runtime per type) instead of a cast per leaf type.
        if let convertible = value as? any TreeNodeConvertible { return try convertible.treeNode() }
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        return encoder.node ?? .literal("null")
    }

    // MARK: Writing

    static func write(_ node: Node, pretty: Bool) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(node, pretty: pretty, indent: 0, into: &out)
        out.append(0x0A)
        return Data(out)
    }

    private static func write(_ node: Node, pretty: Bool, indent: Int, into out: inout [UInt8]) {
        switch node {
        case .literal(let text): out += text.utf8
        case .string(let text): writeString(text, into: &out)
        case .array(let box):
            writeContainer(open: "[", close: "]", count: box.items.count, pretty: pretty, indent: indent, into: &out) { index, out in
                write(box.items[index], pretty: pretty, indent: indent + 2, into: &out)
            }
        case .object(let box):
            let order = box.isSorted ? nil : box.sortedOrder()
            writeContainer(open: "{", close: "}", count: order?.count ?? box.items.count, pretty: pretty, indent: indent,
                           into: &out) { index, out in
                let item = box.items[order?[index] ?? index]
                writeString(item.key, into: &out)
                if pretty { out.append(UInt8(ascii: " ")) }
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                write(item.node, pretty: pretty, indent: indent + 2, into: &out)
            }
        }
    }

    /// `[`, the items one per line indented by two more (an empty one keeps its blank line), `]`.
    private static func writeContainer(open: Unicode.Scalar, close: Unicode.Scalar, count: Int, pretty: Bool, indent: Int,
                                       into out: inout [UInt8], item: (Int, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: open))
        if pretty { out.append(0x0A) }
        for index in 0..<count {
            if index > 0 {
                out.append(UInt8(ascii: ","))
                if pretty { out.append(0x0A) }
            }
            if pretty { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2)) }
            item(index, &out)
        }
        if pretty {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        }
        out.append(UInt8(ascii: close))
    }

    /// `"`, `\` and control characters escaped (\n, \r, \t, \b, \f, else \u00xx); "/" and the rest as they are.
    private static func writeString(_ text: String, into out: inout [UInt8]) {
        var text = text
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            // Runs without a byte to escape are copied whole.
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
                case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONTree.ObjectBox {
    /// Indices of the members with keys in the order of their UTF-8 bytes, as `.sortedKeys` orders them
    /// ("B" before "a"); of a key written twice only the last. An insertion sort: objects have a
    /// handful of keys, often already in order.
    func sortedOrder() -> [Int] {
        func precedes(_ left: Int, _ right: Int) -> Bool {
            let (a, b) = (items[left].key, items[right].key)
            return a == b ? left < right : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        var order = Array(items.indices)
        for position in order.indices.dropFirst() {
            let index = order[position]
            var slot = position
            while slot > 0 && precedes(index, order[slot - 1]) {
                order[slot] = order[slot - 1]
                slot -= 1
            }
            order[slot] = index
        }
        // Equal keys sit together, the last written last: keep that one.
        return order.indices.filter { position in
            position == order.count - 1 || items[order[position]].key != items[order[position + 1]].key
        }.map { order[$0] }
    }
}

/// The values that give their node directly: leaves, which `JSONTree.node(for:)` asks this one protocol
/// about rather than casting to each type, and the commonest graph types (blocks and spans are most of
/// a graph), whose nodes are written out by hand instead of going through `Encodable`. Doubles, Floats,
/// Dates, Data and URLs throw `Unsupported` (JSONEncoder writes them its own way).
protocol TreeNodeConvertible { func treeNode() throws -> JSONTree.Node }

extension Optional where Wrapped == String {
    var treeNode: JSONTree.Node { map { .string($0) } ?? .literal("null") }
}

extension Array where Element == String {
    var treeNode: JSONTree.Node {
        let box = JSONTree.ArrayBox()
        box.items = map { .string($0) }
        return .array(box)
    }
}

// The keys of these, in UTF-8 order, are their synthesized coding keys; `corpusGraphsMatchFoundation`
// checks the bytes against JSONEncoder's.
extension Block: TreeNodeConvertible {
    func treeNode() -> JSONTree.Node {
        .object(JSONTree.ObjectBox(sorted: [("furniture", (furniture?.rawValue).treeNode), ("id", .string(id)), ("kind", .string(kind.rawValue)),
                                            ("section", section.treeNode), ("span", span.treeNode()), ("text", .string(text))]))
    }
}

extension Span: TreeNodeConvertible {
    func treeNode() -> JSONTree.Node {
        .object(JSONTree.ObjectBox(sorted: [("box", box?.treeNode() ?? .literal("null")), ("end", end.treeNode()),
                                            ("line", line.treeNode()), ("page", page?.treeNode() ?? .literal("null")),
                                            ("start", start.treeNode())]))
    }
}

extension Span.Box: TreeNodeConvertible {
    func treeNode() -> JSONTree.Node {
        let sides = hundredths
        return .object(JSONTree.ObjectBox(sorted: [("height", .literal(Self.text(sides.height))), ("width", .literal(Self.text(sides.width))),
                                                   ("x", .literal(Self.text(sides.x))), ("y", .literal(Self.text(sides.y)))]))
    }
}

extension String: TreeNodeConvertible { func treeNode() -> JSONTree.Node { .string(self) } }
extension Bool: TreeNodeConvertible { func treeNode() -> JSONTree.Node { .literal(self ? "true" : "false") } }
extension Decimal: TreeNodeConvertible {
    func treeNode() throws -> JSONTree.Node {
        guard !isNaN else { throw JSONTree.Unsupported() }
        return .literal(description)
    }
}
extension TreeNodeConvertible where Self: BinaryInteger {
    func treeNode() -> JSONTree.Node { .literal(String(self)) }
}
extension Int: TreeNodeConvertible {}
extension Int8: TreeNodeConvertible {}
extension Int16: TreeNodeConvertible {}
extension Int32: TreeNodeConvertible {}
extension Int64: TreeNodeConvertible {}
extension UInt: TreeNodeConvertible {}
extension UInt8: TreeNodeConvertible {}
extension UInt16: TreeNodeConvertible {}
extension UInt32: TreeNodeConvertible {}
extension UInt64: TreeNodeConvertible {}
extension Double: TreeNodeConvertible { func treeNode() throws -> JSONTree.Node { throw JSONTree.Unsupported() } }
extension Float: TreeNodeConvertible { func treeNode() throws -> JSONTree.Node { throw JSONTree.Unsupported() } }
extension Date: TreeNodeConvertible { func treeNode() throws -> JSONTree.Node { throw JSONTree.Unsupported() } }
extension Data: TreeNodeConvertible { func treeNode() throws -> JSONTree.Node { throw JSONTree.Unsupported() } }
extension URL: TreeNodeConvertible { func treeNode() throws -> JSONTree.Node { throw JSONTree.Unsupported() } }

/// The `Encoder` that builds a `JSONTree.Node`.
private final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: JSONTree.Node?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box) = node { return KeyedEncodingContainer(KeyedContainer(box: box)) }
        let box = JSONTree.ObjectBox()
        node = .object(box)
        return KeyedEncodingContainer(KeyedContainer(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let box) = node { return UnkeyedContainer(box: box) }
        let box = JSONTree.ArrayBox()
        node = .array(box)
        return UnkeyedContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoder: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONTree.ObjectBox
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .literal("null")) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try JSONTree.node(for: value))
    }

    // Every optional is written, as null when absent (the default implementations leave it out).
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try put(value, key) }

    private mutating func put<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTree.ObjectBox()
        box.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONTree.ArrayBox()
        box.set(key.stringValue, .array(nested))
        return UnkeyedContainer(box: nested)
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder { [box] node in box.set("super", node) }
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder { [box] node in box.set(key.stringValue, node) }
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONTree.ArrayBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.items.count }

    mutating func encodeNil() throws { box.items.append(.literal("null")) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try JSONTree.node(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTree.ObjectBox()
        box.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONTree.ArrayBox()
        box.items.append(.array(nested))
        return UnkeyedContainer(box: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let index = box.items.count
        return SlotEncoder { [box] node in
            if index < box.items.count { box.items[index] = node } else { box.items.append(node) }
        }
    }
}

/// The encoder `superEncoder` hands out: what is written through it is stored where `store` puts it.
private final class SlotEncoder: Encoder {
    let store: (JSONTree.Node) -> Void
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(store: @escaping (JSONTree.Node) -> Void) {
        self.store = store
        store(.literal("null"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let nested = JSONTree.ObjectBox()
        store(.object(nested))
        return KeyedEncodingContainer(KeyedContainer(box: nested))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONTree.ArrayBox()
        store(.array(nested))
        return UnkeyedContainer(box: nested)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        ForwardingSingleValue(store: store)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.node = .literal("null") }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try JSONTree.node(for: value)
    }
}

private struct ForwardingSingleValue: SingleValueEncodingContainer {
    let store: (JSONTree.Node) -> Void
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { store(.literal("null")) }
    mutating func encode<T: Encodable>(_ value: T) throws { store(try JSONTree.node(for: value)) }
}

extension Section: TreeNodeConvertible {
    func treeNode() -> JSONTree.Node {
        .object(JSONTree.ObjectBox(sorted: [("id", .string(id)), ("label", .string(label)), ("level", level.treeNode()),
                                            ("parent", parent.treeNode), ("span", span.treeNode()), ("title", .string(title))]))
    }
}

extension Measure: TreeNodeConvertible {
    func treeNode() -> JSONTree.Node {
        .object(JSONTree.ObjectBox(sorted: [("deadline", deadline.treeNode), ("id", .string(id)), ("responsible", responsible.treeNode),
                                            ("section", section.treeNode), ("span", span.treeNode()), ("text", .string(text))]))
    }
}

extension Project: TreeNodeConvertible {
    func treeNode() -> JSONTree.Node {
        .object(JSONTree.ObjectBox(sorted: [("id", .string(id)), ("items", items.treeNode), ("label", .string(label)),
                                            ("span", span.treeNode()), ("title", .string(title))]))
    }
}
