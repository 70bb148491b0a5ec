/// Where a value came from: a workspace-relative path, a line and a column (1-based).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public init(file: String, mark: Mark) {
        self.init(file: file, line: Int(mark.line), column: Int(mark.column))
    }

    /// `path:line:column`, the form compilers, editors and CI annotate.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// Field locations of one model value: the mapping's own place and each key's value.
public struct FieldLocations: Sendable, Hashable {
    public var file: String
    public var mark: Mark
    var fields: [String: Mark]

    public init(file: String, mark: Mark, fields: [String: Mark] = [:]) {
        self.file = file
        self.mark = mark
        self.fields = fields
    }

    /// Where the value itself starts.
    public var location: SourceLocation { SourceLocation(file: file, mark: mark) }

    /// Where a field's value starts, or the value's own place when the field is absent.
    public subscript(field: String) -> SourceLocation {
        SourceLocation(file: file, mark: fields[field] ?? mark)
    }

    /// Whether the field was written in the file.
    public func has(_ field: String) -> Bool { fields[field] != nil }
}
