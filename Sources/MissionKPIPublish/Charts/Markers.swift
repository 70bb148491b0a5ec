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
        let n = SVGMarkup.n, c = colour(r), tag = " class=\"mk-\(shapeName(r))\""
        switch r {
        case .good:
            return "<circle\(tag) cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(s))\" fill=\"\(c)\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
        case .approachingTarget:
            let d = s * 1.25
            return
                "<path\(tag) d=\"M\(n(x)) \(n(y - d))L\(n(x + d)) \(n(y))L\(n(x)) \(n(y + d))L\(n(x - d)) \(n(y))Z\" fill=\"\(c)\" stroke=\"\(Palette.text)\" stroke-width=\"1\"/>"
        case .requiresImprovement:
            let d = s * 1.25
            return
                "<path\(tag) d=\"M\(n(x)) \(n(y - d))L\(n(x + d)) \(n(y + d * 0.8))L\(n(x - d)) \(n(y + d * 0.8))Z\" fill=\"\(c)\" stroke=\"#ffffff\" stroke-width=\"1\"/>"
        case .inadequate:
            let d = s * 0.95
            return
                "<path\(tag) d=\"M\(n(x - d)) \(n(y - d))L\(n(x + d)) \(n(y + d))M\(n(x + d)) \(n(y - d))L\(n(x - d)) \(n(y + d))\" fill=\"none\" stroke=\"\(c)\" stroke-width=\"2.5\" stroke-linecap=\"round\"/>"
        case .other:
            let d = s * 0.85
            return
                "<rect\(tag) x=\"\(n(x - d))\" y=\"\(n(y - d))\" width=\"\(n(2 * d))\" height=\"\(n(2 * d))\" fill=\"#ffffff\" stroke=\"\(c)\" stroke-width=\"1.5\"/>"
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
