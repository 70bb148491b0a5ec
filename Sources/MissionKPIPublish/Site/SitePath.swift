import MissionKPI

/// A path inside the output folder, made only of components that pass the id rule
/// (`Identifier.isValid`: letters, digits, `.`, `_`, `-`, no `..`), so it can never climb out.
///
/// ```swift
/// try SitePath("missions", "nhs.html").text          // "missions/nhs.html"
/// try SitePath("missions", "../etc.html")           // throws SiteError.unsafePath
/// ```
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The components, each a valid id.
    public let components: [String]

    /// A path from components; throws when any component is not a valid id.
    public init(_ components: String...) throws { try self.init(components: components) }

    /// A path from components; throws when any component is not a valid id.
    public init(components: [String]) throws {
        guard !components.isEmpty else { throw SiteError.unsafePath("(empty)", "a path needs at least one component") }
        for c in components {
            if let problem = Self.problem(c) { throw SiteError.unsafePath(components.joined(separator: "/"), problem) }
        }
        self.components = components
    }

    /// A path read back from a manifest line (`missions/nhs.html`); nil when it is not a safe path.
    public init?(manifestLine line: String) {
        let parts = line.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let p = try? SitePath(components: parts) else { return nil }
        self = p
    }

    /// The extensions the site writes; a component ending in one is checked as an id without it.
    static let extensions = [".html", ".md", ".csv", ".json", ".css", ".txt"]

    /// Why a component is unsafe: its stem (before a known extension) must be a valid id.
    static func problem(_ component: String) -> String? {
        for ext in extensions where component.hasSuffix(ext) && component.count > ext.count {
            return Identifier.problem(component.dropLast(ext.count))
        }
        return Identifier.problem(component)
    }

    /// `a/b/c.html`.
    public var text: String { components.joined(separator: "/") }
    /// The path as text.
    /// The problem in one sentence.
    public var description: String { text }

    /// How many folders deep the file is (0 at the root).
    public var depth: Int { components.count - 1 }

    /// The relative prefix from this file back to the root: `""` or `"../"`.
    public var rootPrefix: String { String(repeating: "../", count: depth) }

    /// Paths sort by their text.
    public static func < (a: SitePath, b: SitePath) -> Bool { a.text < b.text }
}

/// Why the site could not be written.
public enum SiteError: Error, Sendable, CustomStringConvertible {
    /// A path component is not a valid id (it could name a place outside the output folder).
    case unsafePath(String, String)
    /// A path resolved (through a symbolic link) to somewhere outside the output folder.
    case outsideOutput(String, String)
    /// The file system refused.
    case cannotWrite(String, String)
    /// A template failed to parse or is missing (a packaging fault, not an input problem).
    case template(String)

    public var description: String {
        switch self {
        case .unsafePath(let p, let why): "refusing to write '\(p)': \(why)"
        case .outsideOutput(let p, let root): "refusing to write '\(p)': it resolves outside the output folder '\(root)'"
        case .cannotWrite(let p, let why): "cannot write '\(p)': \(why); fix that (free some space, check permissions) and publish again"
        case .template(let why): "template problem: \(why)"
        }
    }
}
