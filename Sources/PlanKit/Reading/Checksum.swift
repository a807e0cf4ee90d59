import CPoppler

/// SHA-256 of the input bytes as lowercase hex, computed by GLib (already linked for poppler).
enum Checksum {
    static func sha256(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            guard let hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, buffer.baseAddress, gsize(buffer.count))
            else { return "" }
            defer { g_free(hex) }
            return String(cString: hex)
        }
    }
}
