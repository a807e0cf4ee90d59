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
/// tell cells apart (a wrapped cell is one cell, not two rows). Only pages that look like they hold an
/// indicator table are rendered.
enum RuleReader {
    /// Pixels per point: fine enough to separate rules 1 pt apart.
    static let scale = 2.0
    /// Shortest run that counts as a rule, in points: longer than any stroke of a character.
    static let shortestRule = 14.0

    static func rules(of page: OpaquePointer, width: Double, height: Double) -> [Rule] {
        let pixelWidth = Int32((width * scale).rounded(.up))
        let pixelHeight = Int32((height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight) else { return [] }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return [] }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)

        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return [] }
        let columns = Int(pixelWidth)
        let rows = Int(pixelHeight)
        var dark = [Bool](repeating: false, count: columns * rows)
        for y in 0..<rows {
            let row = data.advanced(by: y * stride).withMemoryRebound(to: UInt32.self, capacity: columns) { $0 }
            for x in 0..<columns {
                let pixel = row[x]
                let luminance = (Int((pixel >> 16) & 0xFF) * 3 + Int((pixel >> 8) & 0xFF) * 6 + Int(pixel & 0xFF)) / 10
                dark[y * columns + x] = luminance < 140
            }
        }
        let minimum = Int(shortestRule * scale)
        var segments: [Rule] = []
        /// Runs of dark pixels at least `minimum` long along one line of the raster.
        func scan(_ axis: Rule.Axis, lines: Int, length: Int, isDark: (_ line: Int, _ step: Int) -> Bool) {
            for line in 0..<lines {
                var step = 0
                while step < length {
                    guard isDark(line, step) else { step += 1; continue }
                    let start = step
                    while step < length && isDark(line, step) { step += 1 }
                    if step - start >= minimum {
                        segments.append(Rule(axis: axis, position: Double(line) / scale, from: Double(start) / scale,
                                             to: Double(step) / scale))
                    }
                }
            }
        }
        scan(.horizontal, lines: rows, length: columns) { y, x in dark[y * columns + x] }
        scan(.vertical, lines: columns, length: rows) { x, y in dark[y * columns + x] }
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
