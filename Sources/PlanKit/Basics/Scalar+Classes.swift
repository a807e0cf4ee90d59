extension Unicode.Scalar {
    /// Han ideographs of the CJK blocks PlanKit meets in government documents.
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Han or the punctuation set between Han characters (。，、（）“”—…·); a space between two
    /// such scalars is layout, not content.
    var isCJK: Bool {
        if isHan { return true }
        switch value {
        case 0x3000...0x303F,          // CJK symbols and punctuation: 、。〈〉《》「」【】〔〕
             0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,  // full-width punctuation
             0x2018...0x201D, 0x2014, 0x2026, 0x00B7:
            return true
        default:
            return false
        }
    }

    /// Layout spaces: ASCII space, no-break space and the ideographic space.
    var isLayoutSpace: Bool { value == 0x20 || value == 0xA0 || value == 0x3000 }

    /// Columns the scalar takes in a monospaced rendering: 2 for wide East Asian scalars, else 1.
    var displayWidth: Int {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
             0x2018...0x201D, 0x2014, 0x2026:
            return 2
        default:
            return 1
        }
    }

    /// The ASCII counterpart of full-width digits, Latin letters and the signs written inside numbers
    /// (％ ～ ． ＋ － ／ ＜ ＝ ＞), and a plain space for the ideographic space; nil for everything else.
    ///
    /// Chinese punctuation (（）。、：；，) is kept as printed: it belongs to heading labels and the
    /// structure stage reads it.
    var widthFolded: Unicode.Scalar? {
        switch value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return Unicode.Scalar(value - 0xFEE0)
        case 0xFF05, 0xFF0B, 0xFF0D, 0xFF0E, 0xFF0F, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF5E:
            return Unicode.Scalar(value - 0xFEE0)
        case 0x3000:
            return " "
        default:
            return nil
        }
    }
}
