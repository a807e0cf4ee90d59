import CPoppler

/// A ruling line drawn on a PDF page (a table border), in points from the page's top left.
public struct Rule: Sendable, Equatable {
    public enum Axis: String, Sendable { case horizontal, vertical }
    public var axis: Axis
    /// For a horizontal rule its y and x-extent; for a vertical one its x and y-extent.
    public var position: Double
    public var from: Double
    public var to: Double
}

/// Finds a page's ruling lines by rendering it with cairo and looking for long runs of dark pixels.
///
/// poppler-glib hands out text, not path operations; the rendered page shows the table borders that
/// tell cells apart (a wrapped cell is one cell, not two rows). Only the pages that may hold a table
/// (`pagesToRule`) are rendered.
enum RuleReader {
    /// Pixels per point: fine enough to separate rules 1 pt apart.
    static let scale = 2.0
    /// Shortest run that counts as a rule, in points: longer than any stroke of a character.
    static let shortestRule = 14.0

    /// The image a worker renders its table pages on, kept from page to page: a fresh 8 MB surface per
    /// page had the kernel hand out and zero 2,000 new memory pages each time, which cost more than
    /// drawing. A new surface is made only when a page's size differs from the last one's.
    final class Canvas {
        private var surface: OpaquePointer?
        private var size: (width: Int32, height: Int32) = (0, 0)

        init() {}
        deinit { if let surface { cairo_surface_destroy(surface) } }

        /// A surface of this many pixels, painted white.
        func blank(width: Int32, height: Int32) -> OpaquePointer? {
            if surface == nil || size != (width, height) {
                if let surface { cairo_surface_destroy(surface) }
                surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)
                size = (width, height)
            }
            guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
            guard let context = cairo_create(surface) else { return nil }
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
            cairo_destroy(context)
            return surface
        }
    }

    static func rules(of page: OpaquePointer, width: Double, height: Double, on canvas: Canvas = Canvas()) -> [Rule] {
        let pixelWidth = Int32((width * scale).rounded(.up))
        let pixelHeight = Int32((height * scale).rounded(.up))
        guard let surface = canvas.blank(width: pixelWidth, height: pixelHeight) else { return [] }
        guard let context = cairo_create(surface) else { return [] }
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)

        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return [] }
        let columns = Int(pixelWidth)
        let rows = Int(pixelHeight)
        let minimum = Int(shortestRule * scale)
        var segments: [Rule] = []
        func add(_ axis: Rule.Axis, line: Int, from: Int, to: Int) {
            guard to - from >= minimum else { return }
            segments.append(Rule(axis: axis, position: Double(line) / scale, from: Double(from) / scale, to: Double(to) / scale))
        }
        // One pass in memory order: a horizontal run per row, and per column the row where its current
        // vertical run began (-1: none) — a column-by-column walk would miss the cache on every pixel.
        var verticalStart = [Int](repeating: -1, count: columns)
        verticalStart.withUnsafeMutableBufferPointer { verticalStart in
            for y in 0..<rows {
                let row = UnsafeRawPointer(data.advanced(by: y * stride)).assumingMemoryBound(to: UInt32.self)
                var horizontalStart = -1
                for x in 0..<columns {
                    let pixel = row[x]
                    // Dark: luminance × 10 (0.3 R + 0.6 G + 0.1 B) under 170. LibreOffice draws cell borders
                    // as 0.5 pt grey (128) hairlines, which antialiasing spreads over two pixels of 160;
                    // rendering without antialiasing instead would cost 70 ms a table page.
                    let weighted = ((pixel >> 16) & 0xFF) &* 3 &+ ((pixel >> 8) & 0xFF) &* 6 &+ (pixel & 0xFF)
                    if weighted < 1700 {
                        if horizontalStart < 0 { horizontalStart = x }
                        if verticalStart[x] < 0 { verticalStart[x] = y }
                    } else {
                        if horizontalStart >= 0 { add(.horizontal, line: y, from: horizontalStart, to: x); horizontalStart = -1 }
                        if verticalStart[x] >= 0 { add(.vertical, line: x, from: verticalStart[x], to: y); verticalStart[x] = -1 }
                    }
                }
                if horizontalStart >= 0 { add(.horizontal, line: y, from: horizontalStart, to: columns) }
            }
            for x in 0..<columns where verticalStart[x] >= 0 { add(.vertical, line: x, from: verticalStart[x], to: rows) }
        }
        return merge(segments)
    }

    /// Joins the pixel rows of one thick rule, and the pieces of a rule broken by the cells it passes,
    /// into single rules: same axis, positions within 1 pt, extents that touch.
    static func merge(_ segments: [Rule]) -> [Rule] {
        var merged: [Rule] = []
        for axis in [Rule.Axis.horizontal, .vertical] {
            var groups: [Rule] = []
            for segment in segments.filter({ $0.axis == axis }).sorted(by: { ($0.position, $0.from) < ($1.position, $1.from) }) {
                if let index = groups.lastIndex(where: {
                    abs($0.position - segment.position) <= 1.0 && segment.from <= $0.to + 2 && $0.from <= segment.to + 2
                }) {
                    groups[index].from = Swift.min(groups[index].from, segment.from)
                    groups[index].to = Swift.max(groups[index].to, segment.to)
                } else {
                    groups.append(segment)
                }
            }
            merged += groups
        }
        return merged
    }
}
