import Foundation

/// Wraps an `Encoder` so that optional properties the compiler's synthesized `encode(to:)` would leave
/// out (it calls `encodeIfPresent`) are written as explicit `null`.
///
/// The plan-graph contract has every key on every object (`"concept": null` when unknown), and this
/// lets each type keep its synthesized Codable conformance — property names are the JSON keys — instead
/// of a hand-written encoder per type. Values the underlying encoder treats specially (Decimal, Date,
/// URL, Data) are handed to it directly so they keep their JSON form.
struct NullWritingEncoder: Encoder {
    let base: any Encoder

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed(base: base.container(keyedBy: type)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(base: base.unkeyedContainer()) }

    func singleValueContainer() -> any SingleValueEncodingContainer { base.singleValueContainer() }

    /// Whether the underlying encoder should write the value itself (scalars and Foundation types).
    static func isLeaf(_ value: Any) -> Bool {
        value is String || value is Bool || value is Int || value is Double || value is Decimal || value is Date
            || value is URL || value is Data || value is Float || value is Int64 || value is UInt64
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        var base: KeyedEncodingContainer<Key>
        var codingPath: [any CodingKey] { base.codingPath }

        mutating func encodeNil(forKey key: Key) throws { try base.encodeNil(forKey: key) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            if NullWritingEncoder.isLeaf(value) {
                try base.encode(value, forKey: key)
            } else {
                try value.encode(to: NullWritingEncoder(base: base.superEncoder(forKey: key)))
            }
        }

        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            if let value { try encode(value, forKey: key) } else { try base.encodeNil(forKey: key) }
        }

        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            if let value { try base.encode(value, forKey: key) } else { try base.encodeNil(forKey: key) }
        }

        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
            if let value { try base.encode(value, forKey: key) } else { try base.encodeNil(forKey: key) }
        }

        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            if let value { try base.encode(value, forKey: key) } else { try base.encodeNil(forKey: key) }
        }

        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
            if let value { try base.encode(value, forKey: key) } else { try base.encodeNil(forKey: key) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(base: base.nestedContainer(keyedBy: keyType, forKey: key)))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Unkeyed(base: base.nestedUnkeyedContainer(forKey: key))
        }

        mutating func superEncoder() -> any Encoder { NullWritingEncoder(base: base.superEncoder()) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { NullWritingEncoder(base: base.superEncoder(forKey: key)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        var base: any UnkeyedEncodingContainer
        var codingPath: [any CodingKey] { base.codingPath }
        var count: Int { base.count }

        mutating func encodeNil() throws { try base.encodeNil() }

        mutating func encode<T: Encodable>(_ value: T) throws {
            if NullWritingEncoder.isLeaf(value) {
                try base.encode(value)
            } else {
                try value.encode(to: NullWritingEncoder(base: base.superEncoder()))
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(base: base.nestedContainer(keyedBy: keyType)))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(base: base.nestedUnkeyedContainer()) }
        mutating func superEncoder() -> any Encoder { NullWritingEncoder(base: base.superEncoder()) }
    }
}

/// Encodes its value through `NullWritingEncoder`: the entry point `JSONEncoder` sees.
struct NullWriting<Value: Encodable>: Encodable {
    var value: Value
    func encode(to encoder: any Encoder) throws { try value.encode(to: NullWritingEncoder(base: encoder)) }
}
