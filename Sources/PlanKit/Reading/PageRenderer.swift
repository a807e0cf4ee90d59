import CPoppler
import Foundation

/// A PDF page drawn as a PNG image through poppler's cairo path, for `plangraph view`.
public struct PageImage: Sendable, Equatable {
    /// 1-based page number.
    public var number: Int
    /// The page's size in PDF points; the image is `scale` times that in pixels.
    public var width: Double
    public var height: Double
    public var png: [UInt8]
}

/// Renders PDF pages to PNG (white background, as printed), each on its own cairo image surface.
public enum PageRenderer {
    /// The pages `numbers` (1-based; all when nil) of the PDF at `path`, at `scale` pixels per point.
    public static func render(path: String, password: String? = nil, pages numbers: [Int]? = nil,
                              scale: Double = 1.5) throws(ReadError) -> [PageImage] {
        let document = try PDFReader.open(path, password: password)
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        var images: [PageImage] = []
        for number in numbers ?? Array(1...max(count, 1)) where (1...count).contains(number) {
            guard let page = poppler_document_get_page(document, Int32(number - 1)) else {
                throw .pdfDamaged("page \(number) cannot be loaded")
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            var width = 0.0
            var height = 0.0
            poppler_page_get_size(page, &width, &height)
            guard let png = Self.png(of: page, width: width, height: height, scale: scale) else {
                throw .pdfDamaged("page \(number) cannot be drawn")
            }
            images.append(PageImage(number: number, width: width, height: height, png: png))
        }
        return images
    }

    private final class Buffer { var bytes: [UInt8] = [] }

    private static func png(of page: OpaquePointer, width: Double, height: Double, scale: Double) -> [UInt8]? {
        let pixelWidth = Int32((width * scale).rounded(.up))
        let pixelHeight = Int32((height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        let buffer = Buffer()
        let status = withExtendedLifetime(buffer) {
            cairo_surface_write_to_png_stream(surface, { closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                let buffer = Unmanaged<Buffer>.fromOpaque(closure).takeUnretainedValue()
                buffer.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(buffer).toOpaque())
        }
        return status == CAIRO_STATUS_SUCCESS ? buffer.bytes : nil
    }
}
