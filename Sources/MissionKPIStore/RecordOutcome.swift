import MissionKPI

/// A returns file to record: where to read it and the name it goes by in messages and provenance.
public struct ReturnsInput: Sendable, Hashable {
    /// The path to read.
    public var path: String
    /// The path shown and stored (workspace-relative when the file is inside the workspace).
    public var displayPath: String

    public init(path: String, displayPath: String? = nil) {
        self.path = path
        self.displayPath = displayPath ?? path
    }
}

/// What recording one file did.
public enum RecordOutcome: Sendable, Hashable {
    /// Stored: `added` new values, `corrections` new versions of values already held, `unchanged` equal to the current version.
    case recorded(path: String, sha256: String, rows: Int, added: Int, corrections: Int, unchanged: Int)
    /// The same bytes were recorded before (under `firstPath`, at `recordedAt`): nothing stored.
    case alreadyRecorded(path: String, sha256: String, firstPath: String, recordedAt: String)
    /// The file could not be read or has problems: nothing from it stored.
    case rejected(path: String, diagnostics: [Diagnostic])

    /// The file's display path.
    public var path: String {
        switch self {
        case .recorded(let p, _, _, _, _, _), .alreadyRecorded(let p, _, _, _), .rejected(let p, _): p
        }
    }
}

/// How far a recording has got, for a progress line.
public struct RecordProgress: Sendable {
    /// Files finished so far, and in all.
    public var filesDone: Int
    public var filesTotal: Int
    /// Data rows validated and stored (or found unchanged) so far, over all files.
    public var rowsDone: Int
    /// The file being recorded.
    public var currentFile: String

    /// Progress after `filesDone` of `filesTotal` files and `rowsDone` rows, now in `currentFile`.
    public init(filesDone: Int, filesTotal: Int, rowsDone: Int, currentFile: String) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.rowsDone = rowsDone
        self.currentFile = currentFile
    }
}

/// The totals of a recording, for its summary line.
public struct RecordSummary: Sendable, Hashable {
    public var recordedFiles = 0
    public var alreadyRecordedFiles = 0
    public var rejectedFiles = 0
    public var added = 0
    public var corrections = 0
    public var unchanged = 0

    /// Adds up the outcomes.
    public init(_ outcomes: [RecordOutcome]) {
        for o in outcomes {
            switch o {
            case .recorded(_, _, _, let a, let c, let u):
                recordedFiles += 1
                added += a
                corrections += c
                unchanged += u
            case .alreadyRecorded: alreadyRecordedFiles += 1
            case .rejected: rejectedFiles += 1
            }
        }
    }
}
