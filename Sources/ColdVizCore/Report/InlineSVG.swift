/// Cairo's SVG documents made fit to sit inline, several to a page.
public enum InlineSVG {
    /// Why an SVG document cannot be embedded.
    public enum Rejection: Error, Equatable, CustomStringConvertible {
        /// No `<svg` element in the text.
        case noSVGElement
        /// Something that could run or load code (`<script`, `<foreignObject`, `on...=` handlers, `javascript:`).
        case activeContent(String)

        /// The reason in words, for the note that replaces the chart.
        public var description: String {
            switch self {
            case .noSVGElement: "no <svg> element"
            case .activeContent(let what): "the SVG holds active content (\(what))"
            }
        }
    }

    /// `svg` as an inline element: the XML declaration dropped; every `id` and reference to one
    /// (`href="#…"`, `url(#…)`) given `idPrefix`, as Cairo numbers ids from 1 in each document and
    /// the page holds many; `role="img"` with an escaped `<title>` and `<desc>` for readers and
    /// the DOM. O(length).
    public static func embed(_ svg: String, idPrefix: String, title: String, description: String) throws(Rejection)
        -> String
    {
        guard let start = svg.range(of: "<svg") else { throw .noSVGElement }
        var body = String(svg[start.lowerBound...])
        let lower = body.lowercased()
        for marker in ["<script", "<foreignobject", "javascript:", "<iframe", "<object", "<embed"] where lower.contains(marker) {
            throw .activeContent(marker)
        }
        if let handler = firstEventHandler(lower) { throw .activeContent(handler) }
        body = body.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)")
        body = body.replacingOccurrences(of: "href=\"#", with: "href=\"#\(idPrefix)")
        body = body.replacingOccurrences(of: "url(#", with: "url(#\(idPrefix)")
        guard let tagEnd = body.firstIndex(of: ">") else { throw .noSVGElement }
        let open = String(body[..<tagEnd]).replacingOccurrences(
            of: "<svg", with: "<svg role=\"img\" aria-labelledby=\"\(idPrefix)title \(idPrefix)desc\"")
        let accessible =
            "<title id=\"\(idPrefix)title\">\(HTMLText.escape(title))</title><desc id=\"\(idPrefix)desc\">\(HTMLText.escape(description))</desc>"
        return open + ">" + accessible + body[body.index(after: tagEnd)...].trimmingTrailingNewlines()
    }

    /// The first ` onsomething=` attribute in lowercased markup, or nil.
    private static func firstEventHandler(_ lower: String) -> String? {
        var rest = lower[...]
        while let r = rest.range(of: " on") {
            let name = rest[r.upperBound...].prefix { $0.isLetter }
            let after = rest[r.upperBound...].dropFirst(name.count).drop { $0 == " " }
            if !name.isEmpty, after.first == "=" { return "on" + name }
            rest = rest[r.upperBound...]
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate func trimmingTrailingNewlines() -> String {
        var s = String(self)
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
