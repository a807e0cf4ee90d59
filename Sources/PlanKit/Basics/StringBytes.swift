import Foundation

/// Literal substring search on UTF-8 bytes, and strings built from scalars in one go.
///
/// Foundation's `contains(_:)` and `range(of:)` on Swift strings go through CFString with Unicode
/// folding, 10–50× slower than a byte search; they were a tenth of an ingest's time. `containsBytes(of:)`
/// and `byteRange(of:)` compare UTF-8 bytes instead, and say so: the texts are not normalised to NFC,
/// so a needle matches only text encoded the same way (the literal Han words the readers look for
/// have one encoding; a decomposed “é” would not match a composed one).
extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte; an empty needle always does.
    func containsBytes(of needle: String) -> Bool {
        needle.isEmpty || firstUTF8Offset(of: needle) != nil
    }

    /// The first occurrence of `needle`, byte for byte, or nil; its bounds are on scalar boundaries.
    func byteRange(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty, let offset = firstUTF8Offset(of: needle) else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether the text starts with `prefix`, byte for byte. The standard library's `hasPrefix` and
    /// `hasSuffix` compare Characters unless both strings are known NFC (in practice: ASCII), several
    /// times slower on Chinese; subject trimming asks dozens of them per phrase.
    func startsWith(_ prefix: String) -> Bool {
        hasBytes(of: prefix, atEnd: false)
    }

    /// Whether the text ends with `suffix`, byte for byte.
    func endsWith(_ suffix: String) -> Bool {
        hasBytes(of: suffix, atEnd: true)
    }

    /// Whether the text's UTF-8 starts (or ends) with `word`'s: one memcmp.
    private func hasBytes(of word: String, atEnd: Bool) -> Bool {
        withBytes(of: word) { text, pattern in
            guard pattern.count <= text.count else { return false }
            guard let key = pattern.baseAddress, let base = text.baseAddress else { return true }  // empty word
            return memcmp(base + (atEnd ? text.count - pattern.count : 0), key, pattern.count) == 0
        }
    }

    /// The byte offset of the first occurrence of `needle` in the text's UTF-8; 0 for an empty needle.
    func firstUTF8Offset(of needle: String) -> Int? {
        withBytes(of: needle) { text, pattern in
            // An empty needle is at the start; the search below would read its missing first byte, one past the text.
            guard !pattern.isEmpty else { return 0 }
            guard pattern.count <= text.count, let base = text.baseAddress, let key = pattern.baseAddress else { return nil }
            // memchr to each candidate first byte, memcmp for the rest (glibc's memmem is not exported to Swift).
            let last = text.count - pattern.count
            var start = 0
            while start <= last, let hit = memchr(base + start, Int32(key.pointee), last - start + 1) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if memcmp(base + offset, key, pattern.count) == 0 { return offset }
                start = offset + 1
            }
            return nil
        }
    }

    /// `body` with the text's UTF-8 bytes and `word`'s, both contiguous.
    private func withBytes<Result>(of word: String,
                                   _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var word = word
        return word.withUTF8 { pattern in
            if let result = utf8.withContiguousStorageIfAvailable({ body($0, pattern) }) { return result }
            return Array(utf8).withUnsafeBufferPointer { body($0, pattern) }
        }
    }
}

extension String {
    /// A string of `scalars`, encoded to UTF-8 in one buffer: building it through a String's scalar view
    /// encodes and grows it scalar by scalar, which was a fifth of a large text's ingest.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        guard !scalars.isEmpty else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var written = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    buffer[written] = UInt8(value)
                    written += 1
                case ..<0x800:
                    buffer[written] = UInt8(0xC0 | value >> 6)
                    buffer[written + 1] = UInt8(0x80 | value & 0x3F)
                    written += 2
                case ..<0x10000:
                    buffer[written] = UInt8(0xE0 | value >> 12)
                    buffer[written + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                    buffer[written + 2] = UInt8(0x80 | value & 0x3F)
                    written += 3
                default:
                    buffer[written] = UInt8(0xF0 | value >> 18)
                    buffer[written + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
                    buffer[written + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
                    buffer[written + 3] = UInt8(0x80 | value & 0x3F)
                    written += 4
                }
            }
            return written
        }
    }

    /// The number of scalars, counted from the UTF-8 lead bytes (walking the scalar view decodes each).
    var scalarCount: Int {
        var text = self
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
    }

    /// Calls `body` with each scalar in order, decoded from the UTF-8 bytes.
    func forEachScalar(_ body: (Unicode.Scalar) -> Void) {
        var text = self
        text.withUTF8 { Self.decode($0, body) }
    }

    /// The text's scalars in an array, decoded from its UTF-8 in one pass: `Array(unicodeScalars)` walks
    /// the scalar view twice (to count, then to copy), and every stage turns paragraphs into scalar
    /// arrays. The array has room for one scalar per byte: for passing use, not for keeping.
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            // Not for capacity 0: see `CleanLine.init` (the shared empty storage).
            bytes.isEmpty ? [] : [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var written = 0
                Self.decode(bytes) { scalar in
                    buffer.initializeElement(at: written, to: scalar)
                    written += 1
                }
                count = written
            }
        }
    }

    /// Calls `body` with each scalar of `bytes`, valid UTF-8 (as a String's are): the lead byte gives the length.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Void) {
        var index = 0
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            var value: UInt32
            if lead < 0x80 {
                value = lead
                index += 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            body(Unicode.Scalar(value)!)
        }
    }
}

extension Substring {
    /// The text without spaces and tabs at either end: what `trimmingCharacters(in: .whitespaces)` gives
    /// (general category Zs, and tab), without Foundation's bridging, which was a twentieth of an ingest.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpace })!
        return String(scalars[first...last])
    }
}

extension String {
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}

extension Unicode.Scalar {
    /// A space separator (general category Zs: U+0020, U+3000, U+00A0…) or a tab.
    var isSpace: Bool {
        self == " " || self == "\t" || (value >= 0x80 && properties.generalCategory == .spaceSeparator)
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// The slice without spaces and tabs at either end, as `String.trimmingSpaces()` trims.
    func trimmingSpaces() -> ArraySlice<Unicode.Scalar> {
        guard let first = firstIndex(where: { !$0.isSpace }), let last = lastIndex(where: { !$0.isSpace }) else { return [] }
        return self[first...last]
    }
}
