import CCairo
import ColdVizCairo
import Foundation

/// An RGBA raster (8 bits per channel, straight alpha), for comparing rendered PNGs.
public struct RasterImage: Hashable, Sendable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Pixels row by row, 4 bytes (R, G, B, A) each.
    public var rgba: [UInt8]

    /// Creates an image from RGBA bytes (`width × height × 4` of them).
    public init(width: Int, height: Int, rgba: [UInt8]) {
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// Decodes PNG bytes through Cairo. O(pixels).
    public static func decodePNG(_ bytes: [UInt8]) throws(ColdVizCairoError) -> RasterImage {
        final class Source {
            let bytes: [UInt8]
            var offset = 0
            init(_ b: [UInt8]) { bytes = b }
        }
        let source = Source(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let s = Unmanaged<Source>.fromOpaque(closure).takeUnretainedValue()
            let n = Int(length)
            guard s.offset + n <= s.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            s.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + s.offset, count: n) }
            s.offset += n
            return CAIRO_STATUS_SUCCESS
        }
        let surface = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque())!
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw .decode(cause: String(cString: cairo_status_to_string(status))) }
        let converted = cairo_image_surface_create(
            CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width(surface), cairo_image_surface_get_height(surface))!
        defer { cairo_surface_destroy(converted) }
        let cr = cairo_create(converted)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_paint(cr)
        cairo_destroy(cr)
        cairo_surface_flush(converted)
        let w = Int(cairo_image_surface_get_width(converted))
        let h = Int(cairo_image_surface_get_height(converted))
        let stride = Int(cairo_image_surface_get_stride(converted))
        let data = cairo_image_surface_get_data(converted)!
        var out = [UInt8](repeating: 0, count: w * h * 4)
        for y in 0..<h {
            let row = data.advanced(by: y * stride).withMemoryRebound(to: UInt32.self, capacity: w) { $0 }
            for x in 0..<w {
                let p = row[x]
                let a = UInt32((p >> 24) & 0xFF)
                func un(_ c: UInt32) -> UInt8 { a == 0 ? 0 : UInt8(min(255, (c * 255 + a / 2) / a)) }
                let o = (y * w + x) * 4
                out[o] = un((p >> 16) & 0xFF)
                out[o + 1] = un((p >> 8) & 0xFF)
                out[o + 2] = un(p & 0xFF)
                out[o + 3] = UInt8(a)
            }
        }
        return RasterImage(width: w, height: h, rgba: out)
    }

    /// Encodes the image as PNG through Cairo. O(pixels).
    public func pngData() throws(ColdVizCairoError) -> [UInt8] {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        for y in 0..<height {
            let row = data.advanced(by: y * stride).withMemoryRebound(to: UInt32.self, capacity: width) { $0 }
            for x in 0..<width {
                let o = (y * width + x) * 4
                let a = UInt32(rgba[o + 3])
                func pre(_ c: UInt8) -> UInt32 { (UInt32(c) * a + 127) / 255 }
                row[x] = (a << 24) | (pre(rgba[o]) << 16) | (pre(rgba[o + 1]) << 8) | pre(rgba[o + 2])
            }
        }
        cairo_surface_mark_dirty(surface)
        // Through a temporary file: the stream writer of the renderer is internal to ColdVizCairo.
        let path = NSTemporaryDirectory() + "coldviz-raster-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).png"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let status = cairo_surface_write_to_png(surface, path)
        guard status == CAIRO_STATUS_SUCCESS, let data = FileManager.default.contents(atPath: path) else {
            throw .cairo(stage: "encoding PNG", status: String(cString: cairo_status_to_string(status)))
        }
        return [UInt8](data)
    }
}
