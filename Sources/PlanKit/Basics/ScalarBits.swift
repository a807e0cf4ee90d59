/// A set of Unicode scalars as one bit per Basic Multilingual Plane code point (8 KB), for sets that are
/// asked about every scalar of a text: a bit test where `Set.contains` hashes the scalar.
struct ScalarBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// Members outside the BMP, rare: asked only for such scalars.
    private var astral: Set<Unicode.Scalar> = []

    init<Scalars: Sequence>(_ scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        for scalar in scalars {
            if scalar.value < 0x10000 {
                words[Int(scalar.value) >> 6] |= 1 << UInt64(scalar.value & 63)
            } else {
                astral.insert(scalar)
            }
        }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 0x10000 else { return astral.contains(scalar) }
        return words[Int(scalar.value) >> 6] & (1 << UInt64(scalar.value & 63)) != 0
    }
}
