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
///
/// Kept as a small array sorted by key rather than a dictionary: a workspace holds one of these per
/// KPI, baseline, target and band, and a dictionary of a dozen keys costs several times the memory
/// (and the hashing) of the array. Lookups scan, which for a mapping's dozen keys is as fast.
public struct FieldLocations: Sendable, Hashable {
    /// One written field and where its value starts.
    struct Field: Sendable, Hashable {
        var key: String
        var mark: Mark
    }

    public var file: String
    public var mark: Mark
    /// Sorted by key, each key once.
    private(set) var fields: [Field]

    public init(file: String, mark: Mark, fields: [String: Mark] = [:]) {
        self.init(file: file, mark: mark, entries: fields.map { Field(key: $0.key, mark: $0.value) })
    }

    /// From fields in any order; a repeated key keeps its last place, as a dictionary would.
    init(file: String, mark: Mark, entries unsorted: [Field]) {
        self.file = file
        self.mark = mark
        var fields = unsorted
        fields.sort { $0.key < $1.key }
        var unique: [Field] = []
        unique.reserveCapacity(fields.count)
        for f in fields {
            if let last = unique.last, last.key == f.key { unique[unique.count - 1] = f } else { unique.append(f) }
        }
        self.fields = unique
    }

    /// Where the value itself starts.
    public var location: SourceLocation { SourceLocation(file: file, mark: mark) }

    /// Where a field's value starts, or the value's own place when the field is absent.
    public subscript(field: String) -> SourceLocation {
        SourceLocation(file: file, mark: place(field) ?? mark)
    }

    /// Whether the field was written in the file.
    public func has(_ field: String) -> Bool { place(field) != nil }

    func place(_ key: String) -> Mark? {
        let n = key.utf8.count
        for f in fields where f.key.utf8.count == n && f.key == key { return f.mark }
        return nil
    }
}
