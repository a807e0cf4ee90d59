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
        // guess names it in the message, but bytes are not decoded on a guess.
        if bytes.contains(0) {
            switch TextEncoding.detectedCharsets(bytes).first?.name {
            case "UTF-16LE": throw .utf16WithoutByteOrderMark(.utf16LE)
            case "UTF-16BE": throw .utf16WithoutByteOrderMark(.utf16BE)
            default: throw .binaryFile
            }
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
