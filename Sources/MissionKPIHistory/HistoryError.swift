import MissionKPI

/// Why an earlier revision of the workspace could not be read or compared. Each message names what was
/// asked for and what to do.
public enum HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `git` could not be run at all.
    case gitUnavailable(String)
    /// The workspace folder is not inside a git repository.
    case notARepository(String)
    /// The revision does not name a commit.
    case unknownRevision(String, String)
    /// A git command failed.
    case gitFailed(String, String)
    /// The workspace at a revision (or in a folder) has problems; the first few, as `path:line:col`.
    case workspaceProblems(String, [Diagnostic])
    /// The folder given to `--against` is not a workspace.
    case notAWorkspace(String, String)
    /// The baseline file could not be read or parsed.
    case badBaseline(String, String)

    public var description: String {
        switch self {
        case .gitUnavailable(let why):
            "cannot run git (\(why)); install git, or compare with a copy of the earlier workspace with --against PATH"
        case .notARepository(let root):
            "the workspace '\(root)' is not in a git repository; compare with a copy of the earlier workspace with --against PATH"
        case .unknownRevision(let rev, let why):
            "'\(Self.quote(rev))' is not a commit of this repository (\(why)); give a commit, tag or branch, e.g. HEAD~1 or a tag of the last review"
        case .gitFailed(let command, let why):
            "git \(command) failed: \(why)"
        case .workspaceProblems(let which, let problems):
            "the workspace at \(which) does not load (\(problems.count) problem\(problems.count == 1 ? "" : "s"), first: "
                + problems.prefix(3).map(\.description).joined(separator: "; ")
                + "); compare with a revision that validates, or fix it there"
        case .notAWorkspace(let path, let why):
            "'\(path)' given to --against is not a workspace folder (\(why)); give the folder holding Missions/ and Contracts/"
        case .badBaseline(let path, let why):
            "cannot use the baseline '\(path)' (\(why)); write one with 'missionkpi align --write-baseline \(path)'"
        }
    }

    /// At most 80 characters of a value from the command line, for a message.
    static func quote(_ text: String) -> String { text.count <= 80 ? text : String(text.prefix(79)) + "…" }
}
