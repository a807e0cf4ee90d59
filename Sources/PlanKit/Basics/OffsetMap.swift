/// Maps Unicode-scalar offsets of the normalised text back to offsets in the source text.
///
/// Normalising deletes (layout spaces, blank lines, line breaks inside a paragraph) and reorders
/// (page furniture moves after the paragraph it interrupted), so the map keeps one source offset per
/// normalised scalar rather than a list of edits.
public struct OffsetMap: Sendable, Equatable {
    /// `sourceOffsets[i]` is the source offset of normalised scalar `i`.
    public private(set) var sourceOffsets: [Int32] = []

    public init() {}

    mutating func append(sourceOffset: Int) {
        sourceOffsets.append(Int32(sourceOffset))
    }

    mutating func append(sourceOffsets offsets: [Int]) {
        for offset in offsets { sourceOffsets.append(Int32(offset)) }
    }

    /// The source offset of normalised scalar `offset`.
    public func sourceOffset(of offset: Int) -> Int {
        Int(sourceOffsets[offset])
    }

    /// The source range covering the normalised range: from the first scalar's source offset to just
    /// past the last scalar's; empty ranges map to an empty range at their source position.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < sourceOffsets.count ? Int(sourceOffsets[range.lowerBound]) : 0
            return at..<at
        }
        var lower = Int.max
        var upper = Int.min
        for index in range {
            let offset = Int(sourceOffsets[index])
            lower = min(lower, offset)
            upper = max(upper, offset + 1)
        }
        return lower..<upper
    }
}
