/// How far a publish has got, for a progress line on standard error: the step it is in and the files
/// written so far (a count only the `writing` step raises).
public struct PublishProgress: Sendable, Equatable {
    /// What the publish is doing.
    public enum Step: String, Sendable {
        /// Loading and validating the workspace.
        case loading
        /// Recording the returns files not recorded before.
        case recording
        /// Assessing, aligning and judging every contract and mission.
        case judging
        /// Writing the pages and the open data.
        case writing
        /// The manifest written and stale files removed.
        case done
    }

    /// The step under way.
    public var step: Step
    /// Files handed to the output folder so far (written, or left alone when their bytes were already there).
    public var files: Int
    /// Their bytes.
    public var bytes: Int

    /// A point of progress.
    public init(step: Step, files: Int = 0, bytes: Int = 0) {
        self.step = step
        self.files = files
        self.bytes = bytes
    }
}

/// Receives progress from any thread: it must be quick (it is called once per file written).
public typealias PublishProgressHandler = @Sendable (PublishProgress) -> Void
