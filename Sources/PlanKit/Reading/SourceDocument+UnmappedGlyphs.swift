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

    /// A warning when a PDF's Chinese text is not text at all: a font without ToUnicode whose glyph
    /// numbers poppler takes for code points gives Han characters at random, so the commonest words of
    /// every Chinese text (的, 和, 年, 在, 是, 为, 与: 5–10% of a plan's characters) all but vanish.
    var unreadableTextDiagnostics: [Diagnostic] {
        guard format == .pdf else { return [] }
        let common = ScalarBits("的和年在是为与".unicodeScalars)
        var han = 0
        var frequent = 0
        for line in lines {
            // Every letter of the East Asian blocks (CIDs taken for code points land anywhere in them).
            // The ideographs assigned since Unicode 3 are letters without asking: the property look-up
            // for each of a document's characters was a twentieth of a small PDF's run.
            line.text.forEachScalar { scalar in
                guard scalar.value >= 0x2E80 else { return }
                let isLetter = switch scalar.value {
                case 0x3400...0x4DB5, 0x4E00...0x9FA5: true
                default: scalar.properties.isAlphabetic
                }
                guard isLetter else { return }
                han += 1
                if common.contains(scalar) { frequent += 1 }
            }
        }
        guard han >= 100, frequent * 100 < han else { return [] }
        return [Diagnostic(.warning, "the text layer does not read as Chinese (\(frequent) of \(han) letters are common words; a font without ToUnicode?); its text and tables are unreliable",
                           id: "unreadable-text", line: nil)]
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
