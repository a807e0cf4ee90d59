import Foundation
import ICUBridge

/// The text encodings PlanKit reads: what Chinese government text files come in.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"

    /// Parses a user's spelling: `utf8`, `UTF-8`, `utf-16le`, `gbk`, `gb2312`, `gb18030` (GBK and
    /// GB2312 are subsets of GB18030, so they decode as it).
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        switch key {
        case "utf8": self = .utf8
        case "utf16le", "utf16": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }

    var foundationEncoding: String.Encoding {
        switch self {
        case .utf8: .utf8
        case .utf16LE: .utf16LittleEndian
        case .utf16BE: .utf16BigEndian
        case .gb18030: String.Encoding(rawValue: 0x8000_0632)  // kCFStringEncodingGB_18030_2000
        }
    }

    /// Decodes strictly: nil when any byte sequence is invalid in this encoding.
    func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        if self == .utf8 { return String(validating: bytes, as: UTF8.self) }
        return String(data: Data(bytes), encoding: foundationEncoding)
    }

    /// ICU's charset detector's guesses for `bytes`, best first.
    static func detectedCharsets(_ bytes: [UInt8]) -> [(name: String, confidence: Int)] {
        var matches = [ICUBridgeCharsetMatch](repeating: ICUBridgeCharsetMatch(), count: 8)
        let sample = bytes.prefix(1 << 16)
        let count = sample.withUnsafeBufferPointer { buffer in
            matches.withUnsafeMutableBufferPointer { out in
                icubridge_detect_charsets(buffer.baseAddress, Int32(buffer.count), out.baseAddress, Int32(out.count))
            }
        }
        guard count > 0 else { return [] }
        return matches.prefix(Int(count)).map { match in
            var nameTuple = match.name
            let name = withUnsafeBytes(of: &nameTuple) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            return (name, Int(match.confidence))
        }
    }
}
