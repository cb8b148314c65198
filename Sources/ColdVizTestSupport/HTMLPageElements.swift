import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements and text of a report page, read with an XML parser: the page is written as
/// well-formed markup, so a parse failure or a stray element is a bug.
public final class HTMLPageElements: NSObject, XMLParserDelegate {
    /// Element names in document order.
    public private(set) var names: [String] = []
    /// All character data, concatenated.
    public private(set) var text = ""
    /// `id` attributes in document order.
    public private(set) var ids: [String] = []
    /// The `(figure id, number of svg elements inside it)` of every figure.
    public private(set) var figures: [(id: String, svgs: Int)] = []
    private var openFigure: Int?

    /// Parses `html`; nil when it is not well-formed.
    public static func parse(_ html: String) -> HTMLPageElements? {
        let page = HTMLPageElements()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = page
        return parser.parse() ? page : nil
    }

    /// Records an element, its id and the figure it opens or belongs to.
    public func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        names.append(name.lowercased())
        if let id = attributes["id"] { ids.append(id) }
        if name == "figure" {
            figures.append((attributes["id"] ?? "", 0))
            openFigure = figures.count - 1
        }
        if name == "svg", let f = openFigure { figures[f].svgs += 1 }
    }

    /// Closes a figure.
    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "figure" { openFigure = nil }
    }

    /// Collects character data.
    public func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
