import Foundation

/// Traditional → Simplified conversion, applied only to documents written in Traditional script.
///
/// ICU's Hant-Hans transform also rewrites characters that are correct in Simplified text (显著 →
/// 显着), so it must not run over Simplified documents: a document counts as Traditional when
/// Traditional-only characters make up at least 1% of its Han characters.
enum ScriptConversion {
    /// Frequent characters that exist only in Traditional script, as bits (a bit test per Han
    /// character, where hashing each was a noticeable cost).
    private static let traditionalOnly = ScalarBits(
        "國發與這們個會為經環護區業開關實現點體綜間時長門東車資質標準計劃設務處總單義組織電響農產動廠級規報進達還運邊過選應濟氣態對於後從來當並將統萬億縣廣場嚴聯優員問題費級屬態層續確減據層鄉".unicodeScalars)

    static func isTraditional(_ lines: [SourceLine]) -> Bool {
        var han = 0
        var traditional = 0
        // The first 200,000 Han characters decide (a long document does not change script halfway).
        for line in lines where han < 200_000 {
            line.text.forEachScalar { scalar in
                guard scalar.isHan else { return }
                han += 1
                if traditionalOnly.contains(scalar) { traditional += 1 }
            }
        }
        return traditional >= 3 && traditional * 100 >= han
    }

    private static let transform = TraditionalForms.toSimplified

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
