/// How serious a diagnostic or finding is.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A problem found while loading or validating the workspace: it stops the workspace from being used.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.message) < (b.location, b.message)
    }
}

/// Collects diagnostics for one file or one pass.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []
    public let file: String

    public init(file: String) { self.file = file }

    public mutating func error(_ mark: Mark, _ message: String) {
        items.append(Diagnostic(at: SourceLocation(file: file, mark: mark), message))
    }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }
    public var isEmpty: Bool { items.isEmpty }
}
