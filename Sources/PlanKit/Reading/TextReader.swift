/// Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 found by ICU's
/// charset detector; anything else is refused rather than guessed.
enum TextReader {
    static func read(path: String, bytes: [UInt8], encoding override: TextEncoding?) throws(ReadError) -> SourceDocument {
        let (text, encoding) = try decode(bytes, override: override)
        try rejectBinary(text)
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw .noText }
        return SourceDocument(
            path: path, format: .text, sha256: Checksum.sha256(bytes), encoding: encoding, text: text,
            lines: SourceDocument.lines(of: text, page: nil, firstNumber: 1, firstOffset: 0), pages: [])
    }

    static func decode(_ bytes: [UInt8], override: TextEncoding?) throws(ReadError) -> (String, TextEncoding) {
        let (bomEncoding, bomLength) = byteOrderMark(bytes)
        if let encoding = override ?? bomEncoding {
            let body = encoding == bomEncoding ? bytes.dropFirst(bomLength) : bytes[...]
            guard let text = encoding.decode(body) else { throw .undecodable(encoding: encoding) }
            return (text, encoding)
        }
        // Without a BOM, NUL bytes mean binary, or UTF-16 that only --encoding may vouch for: ICU's
        // guess names it in the message (when the bytes read as text in it), but they are not decoded
        // on a guess. ICU guesses UTF-16 for random bytes too.
        if bytes.contains(0) {
            let guess: TextEncoding? = switch TextEncoding.detectedCharsets(bytes).first?.name {
            case "UTF-16LE": .utf16LE
            case "UTF-16BE": .utf16BE
            default: nil
            }
            if let guess, readsAsText(bytes, in: guess) { throw .utf16WithoutByteOrderMark(guess) }
            throw .binaryFile
        }
        if let text = TextEncoding.utf8.decode(bytes[...]) { return (text, .utf8) }
        if let (utf8Line, otherLine) = mixedEncodingLines(bytes) {
            throw .mixedEncodings(utf8Line: utf8Line, otherLine: otherLine)
        }
        let guesses = TextEncoding.detectedCharsets(bytes)
        if guesses.contains(where: { $0.name == "GB18030" }), let text = TextEncoding.gb18030.decode(bytes[...]) {
            return (text, .gb18030)
        }
        if looksBinary(bytes) { throw .binaryFile }
        throw .unknownEncoding(guess: guesses.first?.name)
    }

    /// The first line that is UTF-8 with Chinese text and the first that is not UTF-8, when a file has
    /// both: two files pasted together, whose UTF-8 part GB18030 would decode to mojibake without error.
    /// Four or more multi-byte characters make a line UTF-8 (GB18030 bytes rarely form one by chance).
    static func mixedEncodingLines(_ bytes: [UInt8]) -> (utf8: Int, other: Int)? {
        var firstUTF8: Int?
        var firstOther: Int?
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { $0 >= 0x80 }) {
            var iterator = line.makeIterator()
            var decoder = UTF8()
            var multiByte = 0
            var valid = true
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): if !scalar.isASCII { multiByte += 1 }
                case .emptyInput: break decoding
                case .error: valid = false; break decoding
                }
            }
            if valid, multiByte >= 4, firstUTF8 == nil { firstUTF8 = index + 1 }
            if !valid, firstOther == nil { firstOther = index + 1 }
            if let firstUTF8, let firstOther { return (firstUTF8, firstOther) }
        }
        return nil
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding?, Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return (nil, 0)
    }

    /// Whether the start of `bytes` decodes in `encoding` to text: nine in ten scalars printable ASCII,
    /// line breaks, CJK ideographs, kana, CJK or general punctuation, Latin-1 letters or full-width
    /// forms. Random bytes decoded as UTF-16 are scattered over all of Unicode (a third of them CJK).
    static func readsAsText(_ bytes: [UInt8], in encoding: TextEncoding) -> Bool {
        // 4096 bytes or all of an even count, or two bytes fewer where the cut falls inside a surrogate pair.
        let length = min(4096, bytes.count & ~1)
        guard let text = encoding.decode(bytes.prefix(length)) ?? encoding.decode(bytes.prefix(max(0, length - 2))) else { return false }
        var plausible = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20...0x7E, 0xA0...0xFF, 0x2000...0x206F, 0x3000...0x30FF, 0x3400...0x4DBF,
                 0x4E00...0x9FFF, 0xFF00...0xFFEF: plausible += 1
            default: break
            }
        }
        return total > 0 && plausible * 10 >= total * 9
    }

    /// Control bytes other than tab, line breaks and form feed are rare in text and common in binaries.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(1 << 16)
        let controls = sample.count { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }
        return controls * 100 > sample.count
    }

    private static func rejectBinary(_ text: String) throws(ReadError) {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(1 << 16) {
            total += 1
            if scalar.value == 0 { throw .binaryFile }
            if scalar.value < 0x20 && !["\t", "\n", "\r", "\u{0C}"].contains(scalar) { controls += 1 }
        }
        if controls * 100 > total { throw .binaryFile }
    }
}
