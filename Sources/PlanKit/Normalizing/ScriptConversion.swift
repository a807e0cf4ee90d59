import Foundation

/// Traditional → Simplified conversion, applied only to documents written in Traditional script.
///
/// ICU's Hant-Hans transform also rewrites characters that are correct in Simplified text (显著 →
/// 显着), so it must not run over Simplified documents: a document counts as Traditional when
/// Traditional-only characters make up at least 1% of its Han characters.
enum ScriptConversion {
    /// Frequent characters that exist only in Traditional script, as bits over U+4E00…U+9FFF (all of
    /// them are there): a bit test per Han character, where hashing each was a noticeable cost.
    private static let traditionalOnly: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0x9FFF - 0x4E00) / 64 + 1)
        for scalar in "國發與這們個會為經環護區業開關實現點體綜間時長門東車資質標準計劃設務處總單義組織電響農產動廠級規報進達還運邊過選應濟氣態對於後從來當並將統萬億縣廣場嚴聯優員問題費級屬態層續確減據層鄉".unicodeScalars {
            let index = Int(scalar.value) - 0x4E00
            bits[index / 64] |= 1 << UInt64(index % 64)
        }
        return bits
    }()

    private static func isTraditionalOnly(_ scalar: Unicode.Scalar) -> Bool {
        guard (0x4E00...0x9FFF).contains(scalar.value) else { return false }
        let index = Int(scalar.value) - 0x4E00
        return traditionalOnly[index / 64] & (1 << UInt64(index % 64)) != 0
    }

    static func isTraditional(_ lines: [SourceLine]) -> Bool {
        var han = 0
        var traditional = 0
        // The first 200,000 Han characters decide (a long document does not change script halfway).
        for line in lines where han < 200_000 {
            // Han characters of the BMP are the three-byte UTF-8 sequences from U+3400 (lead bytes E3…E9,
            // EF); the rest of a line is passed over byte by byte, without decoding.
            var text = line.text
            text.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead >= 0xE0 && lead < 0xF0 && index + 2 < bytes.count {
                        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        if let scalar = Unicode.Scalar(value), scalar.isHan {
                            han += 1
                            if isTraditionalOnly(scalar) { traditional += 1 }
                        }
                        index += 3
                    } else if lead >= 0xF0 {
                        // Han beyond the BMP (U+20000…): rare, decoded in full.
                        let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        if Unicode.Scalar(value)?.isHan == true { han += 1 }
                        index += 4
                    } else {
                        index += lead < 0x80 ? 1 : 2
                    }
                }
            }
        }
        return traditional >= 3 && traditional * 100 >= han
    }

    private static let transform = StringTransform("Hant-Hans")

    /// Converts one line's scalars, keeping one source offset per output scalar.
    ///
    /// When the whole-line conversion keeps the scalar count (the common case) offsets carry over one
    /// to one; otherwise each character is converted alone and its outputs share its offset.
    static func simplify(_ scalars: inout [Unicode.Scalar], _ offsets: inout [Int]) {
        let line = String(scalars: scalars)
        guard let converted = line.applyingTransform(transform, reverse: false) else { return }
        let convertedScalars = Array(converted.unicodeScalars)
        if convertedScalars.count == scalars.count {
            scalars = convertedScalars
            return
        }
        var newScalars: [Unicode.Scalar] = []
        var newOffsets: [Int] = []
        for (scalar, offset) in zip(scalars, offsets) {
            let single = String(scalar).applyingTransform(transform, reverse: false) ?? String(scalar)
            for out in single.unicodeScalars {
                newScalars.append(out)
                newOffsets.append(offset)
            }
        }
        scalars = newScalars
        offsets = newOffsets
    }
}
