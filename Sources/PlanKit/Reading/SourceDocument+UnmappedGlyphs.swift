extension SourceDocument {
    /// A warning when the document has characters that stand for glyphs without a Unicode mapping: the
    /// replacement character or private-use code points, which a PDF font without ToUnicode produces.
    var unmappedCharacterDiagnostics: [Diagnostic] {
        var count = 0
        var firstLine: Int?
        for line in lines {
            let unmapped = Self.unmappedCount(in: line.text)
            if unmapped > 0 && firstLine == nil { firstLine = line.number }
            count += unmapped
        }
        guard count > 0 else { return [] }
        return [Diagnostic(.warning, "\(count) character\(count == 1 ? "" : "s") have no Unicode mapping (a font without ToUnicode?); that text is unreliable",
                           id: "unmapped-glyphs", line: firstLine)]
    }

    /// Scalars U+E000…U+F8FF and U+FFFD, found by their UTF-8 (EE xx xx, EF 80…A3 xx, EF BF BD) without
    /// decoding the line: Chinese text is full of other EF sequences (full-width punctuation).
    private static func unmappedCount(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for index in bytes.indices where bytes[index] == 0xEE || bytes[index] == 0xEF {
                // EE and EF lead three-byte sequences: the two bytes after exist.
                if bytes[index] == 0xEE || bytes[index + 1] < 0xA4 || (bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD) {
                    count += 1
                }
            }
            return count
        }
    }
}
