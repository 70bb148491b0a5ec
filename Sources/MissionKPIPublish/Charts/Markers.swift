import MissionKPI

/// Marker shapes that tell ratings apart without colour: a circle for good, a diamond for approaching
/// target, a triangle for requires improvement, a cross for inadequate and an open square for other.
///
/// ```swift
/// Markers.rating(.good, x: 10, y: 20)   // "<circle … data-rating=\"good\"/>"
/// ```
enum Markers {
    /// The colour of a rating (secondary to the shape).
    static func colour(_ r: Rating) -> String {
        switch r {
        case .good: Palette.green
        case .approachingTarget: Palette.orange
        case .requiresImprovement: Palette.red
        case .inadequate: Palette.text
        case .other: Palette.grey
        }
    }

    /// The shape's name, used in legends and tests.
    static func shapeName(_ r: Rating) -> String {
        switch r {
        case .good: "circle"
        case .approachingTarget: "diamond"
        case .requiresImprovement: "triangle"
        case .inadequate: "cross"
        case .other: "square"
        }
    }

    /// The marker of a rating centred on (x, y), about `2 × size` across, outlined so it shows on any band.
    static func rating(_ r: Rating, x: Double, y: Double, size s: Double = 4.5) -> String {
        let (element, geometry) = shape(r, x: x, y: y, size: s)
        return "<" + element + " class=\"mk-\(shapeName(r))\"" + geometry + paint(r) + "/>"
    }

    /// A rating's marker without its paint, for a `group` of that rating.
    static func geometry(_ r: Rating, x: Double, y: Double, size s: Double) -> String {
        let (element, geometry) = shape(r, x: x, y: y, size: s)
        return "<" + element + geometry + "/>"
    }

    /// A rating's marker centred on (x, y) as path data (`M10 15l5 5-5 5-5-5Z`), to join others of the same
    /// rating in one path: the circle as two arcs, the square as four sides.
    static func subpath(_ r: Rating, x: Double, y: Double, size s: Double) -> String {
        let n = SVGMarkup.n
        switch r {
        case .good:
            let radius = n(s), across = n(2 * s)
            return "M\(n(x - s)) \(n(y))a\(radius) \(radius) 0 1 0 \(across) 0a\(radius) \(radius) 0 1 0-\(across) 0"
        case .approachingTarget:
            let d = abs(s) * 1.25
            let e = n(d)  // the same step six times: one number formatted
            return "M\(n(x)) \(n(y - d))l\(e) \(e)-\(e) \(e)-\(e)-\(e)Z"
        case .requiresImprovement:
            let d = abs(s) * 1.25
            return "M\(n(x)) \(n(y - d))l\(n(d)) \(n(d * 1.8))-\(n(2 * d)) 0Z"
        case .inadequate:
            let d = abs(s) * 0.95
            let e = n(2 * d)
            return "M\(n(x - d)) \(n(y - d))l\(e) \(e)m0-\(e)l-\(e) \(e)"
        case .other:
            let d = s * 0.85, side = n(2 * d)
            return "M\(n(x - d)) \(n(y - d))h\(side)v\(side)h-\(side)Z"
        }
    }

    /// The fill and stroke attributes of a rating's marker (each starting with a space).
    static func paint(_ r: Rating) -> String {
        let c = colour(r)
        switch r {
        case .good, .requiresImprovement: return " fill=\"\(c)\" stroke=\"#ffffff\" stroke-width=\"1\""
        case .approachingTarget: return " fill=\"\(c)\" stroke=\"\(Palette.text)\" stroke-width=\"1\""
        case .inadequate: return " fill=\"none\" stroke=\"\(c)\" stroke-width=\"2.5\" stroke-linecap=\"round\""
        case .other: return " fill=\"#ffffff\" stroke=\"\(c)\" stroke-width=\"1.5\""
        }
    }

    /// The element name and geometry attributes (starting with a space) of a rating's marker; a path is
    /// drawn in relative steps (`M10 15l5 5-5 5-5-5Z`), fewer bytes for the millions of a national site.
    static func shape(_ r: Rating, x: Double, y: Double, size s: Double) -> (String, String) {
        let n = SVGMarkup.n
        switch r {
        case .good:
            return ("circle", " cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(s))\"")
        case .approachingTarget, .requiresImprovement, .inadequate:
            return ("path", " d=\"" + subpath(r, x: x, y: y, size: s) + "\"")
        case .other:
            let d = s * 0.85
            return ("rect", " x=\"\(n(x - d))\" y=\"\(n(y - d))\" width=\"\(n(2 * d))\" height=\"\(n(2 * d))\"")
        }
    }

    /// A square marker (the planned path's points); filled for the target.
    static func square(x: Double, y: Double, size s: Double, filled: Bool, colour: String) -> String {
        let n = SVGMarkup.n
        return
            "<rect x=\"\(n(x - s))\" y=\"\(n(y - s))\" width=\"\(n(2 * s))\" height=\"\(n(2 * s))\" fill=\"\(filled ? colour : "#ffffff")\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>"
    }

    /// A round point marker (the actuals); open for the projection's end.
    static func dot(x: Double, y: Double, r: Double, filled: Bool, colour: String) -> String {
        let n = SVGMarkup.n
        return
            "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(filled ? colour : "#ffffff")\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>"
    }
}
