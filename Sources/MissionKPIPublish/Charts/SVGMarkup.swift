import MissionKPI

/// Builds SVG markup: escaped text, rounded coordinates, sanitised ids and the accessible root element.
///
/// ```swift
/// var svg = SVGMarkup(id: "chart-1", width: 320, height: 140, title: "A & B", desc: "…")
/// svg.add(SVGMarkup.line(0, 0, 10, 10, stroke: Palette.text))
/// svg.finish()   // "<svg … role=\"img\" aria-labelledby=\"chart-1-title chart-1-desc\">…</svg>"
/// ```
struct SVGMarkup {
    /// The sanitised id prefix of every id in this SVG.
    let id: String
    private var out = ""

    /// Opens an SVG of the given viewBox size, with a `<title>` and `<desc>` that label it.
    /// `maxWidth` (CSS pixels) keeps a small chart from growing past readable size; `minWidth` keeps it
    /// from shrinking below the width at which its smallest text is 12 px (a narrower screen scrolls the
    /// figure instead). `inherited` are presentation attributes (each starting with a space) that every
    /// element inherits unless it sets its own. A drawing without text (`hasText: false`) names no font.
    init(
        id rawID: String, width: Double, height: Double, title: String, desc: String, maxWidth: Double? = nil, minWidth: Double? = nil,
        inherited: String = "", hasText: Bool = true
    ) {
        id = Self.sanitise(rawID)
        let widths = [maxWidth.map { "max-width:\(Self.n($0))px" }, minWidth.map { "min-width:\(Self.n($0))px" }].compactMap { $0 }
        let style = widths.isEmpty ? "" : " style=\"" + widths.joined(separator: ";") + "\""
        out.reserveCapacity(4096)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" width=\"100%\"\(style)"
        out += " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
        if hasText { out += " font-family=\"system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, Arial, sans-serif\"" }
        out += inherited + ">\n<title id=\"\(id)-title\">\(Self.escape(title))</title>\n<desc id=\"\(id)-desc\">\(Self.escape(desc))</desc>"
    }

    /// Appends raw markup (built by the helpers below, so already escaped) on a line of its own.
    mutating func add(_ markup: String) {
        out += "\n"
        out += markup
    }

    /// Closes the root element and returns the SVG.
    func finish() -> String { out + "\n</svg>" }

    // MARK: Text, numbers, ids

    /// Text for the chart's XML: `HTMLText.escape(xml:)`.
    static func escape(_ s: String) -> String { HTMLText.escape(xml: s) }

    /// A coordinate rounded to one decimal (`12.3`, `-4`, `0`), kept within ±1,000,000; non-finite values become 0.
    static func n(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let tenths = Int64((min(max(v, -1e6), 1e6) * 10).rounded())  // whole tenths: formatted by integer arithmetic
        let size = tenths.magnitude, sign = tenths < 0 ? "-" : ""
        return size % 10 == 0 ? sign + String(size / 10) : sign + String(size / 10) + "." + String(size % 10)
    }

    /// Keeps `[A-Za-z0-9_-]`, replaces anything else with `-`, and starts with a letter.
    static func sanitise(_ raw: String) -> String {
        var out = ""
        for c in raw.unicodeScalars {
            switch c.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: out.unicodeScalars.append(c)
            default: out += "-"
            }
        }
        if let f = out.unicodeScalars.first, (0x41...0x5A).contains(f.value) || (0x61...0x7A).contains(f.value) { return out }
        return "c-" + out
    }

    // MARK: Elements

    /// A straight line.
    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil)
        -> String
    {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dashAttr(dash))/>"
    }

    /// An open polyline through the points.
    static func polyline(_ points: [(Double, Double)], stroke: String, width: Double, dash: String? = nil, round: Bool = false) -> String {
        let pts = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        let cap = round ? " stroke-linecap=\"round\" stroke-linejoin=\"round\"" : " stroke-linejoin=\"round\""
        return "<polyline points=\"\(pts)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dashAttr(dash))\(cap)/>"
    }

    /// A rectangle.
    static func rect(
        _ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil, width: Double = 1, rx: Double = 0,
        dash: String? = nil
    ) -> String {
        let s = stroke.map { " stroke=\"\($0)\" stroke-width=\"\(n(width))\"" } ?? ""
        let r = rx > 0 ? " rx=\"\(n(rx))\"" : ""
        return
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\"\(r) fill=\"\(fill)\"\(s)\(dashAttr(dash))/>"
    }

    /// A path from its `d` attribute.
    static func path(_ d: String, fill: String, stroke: String? = nil, width: Double = 1, dash: String? = nil) -> String {
        let s = stroke.map { " stroke=\"\($0)\" stroke-width=\"\(n(width))\" stroke-linejoin=\"round\"" } ?? ""
        return "<path d=\"\(d)\" fill=\"\(fill)\"\(s)\(dashAttr(dash))/>"
    }

    /// Text at a point; `anchor` is start, middle or end. The text is escaped here.
    static func text(
        _ s: String, x: Double, y: Double, size: Double, anchor: String = "start", fill: String = Palette.text, bold: Bool = false,
        italic: Bool = false
    ) -> String {
        let a = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        let w = bold ? " font-weight=\"bold\"" : ""
        let i = italic ? " font-style=\"italic\"" : ""
        return "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\"\(a)\(w)\(i) fill=\"\(fill)\">\(escape(s))</text>"
    }

    private static func dashAttr(_ dash: String?) -> String { dash.map { " stroke-dasharray=\"\($0)\"" } ?? "" }
}

/// The GOV.UK colours the charts use; text and lines have at least 4.5:1 contrast on white.
enum Palette {
    static let text = "#0b0c0c"
    static let blue = "#1d70b8"
    static let green = "#00703c"
    static let orange = "#f47738"
    static let red = "#d4351c"
    static let grey = "#505a5f"
    static let midGrey = "#b1b4b6"
    static let light = "#f3f2f1"
    static let grid = "#dedfe0"
}
