import Foundation
import MissionKPI

/// Loads the workspace as it was at a git revision, as it is in another folder, or as it is on disk now.
///
/// ```swift
/// let then = try WorkspaceHistory.load(.revision("v1-review"), root: ".")
/// then.workspace.contracts.count
/// ```
public enum WorkspaceHistory {
    /// Where a workspace is read from.
    public enum Source: Sendable, Hashable {
        /// A git revision of the repository holding the workspace folder.
        case revision(String)
        /// Another folder (a copy of the workspace, for users without git).
        case folder(String)
        /// The workspace folder as it is on disk, uncommitted edits included.
        case workTree
    }

    /// A workspace read from a source, with words for where it came from.
    public struct Loaded: Sendable {
        /// The workspace (validated: it loaded without problems).
        public var workspace: Workspace
        /// `HEAD~1 (3f12975, 2026-11-25)`, `the folder 'old'` or `the work tree`.
        public var label: String
        /// The commit, when read from git.
        public var revision: GitRevision?
    }

    /// Reads and validates the workspace from `source`; `root` is the workspace folder (git runs there).
    public static func load(_ source: Source, root: String) throws(HistoryError) -> Loaded {
        switch source {
        case .revision(let name):
            let git = GitReader(workspace: root)
            let revision = try git.resolve(name)
            let files = try git.workspaceFiles(at: revision)
            let result = WorkspaceLoader.load(contents: files, root: root, ruleCatalog: RuleRegistry.catalog)
            guard result.isClean else { throw .workspaceProblems(revision.description, result.diagnostics) }
            return Loaded(workspace: result.workspace, label: revision.description, revision: revision)
        case .folder(let path):
            let result: LoadResult
            do { result = try WorkspaceLoader.load(at: path, ruleCatalog: RuleRegistry.catalog) } catch {
                throw .notAWorkspace(path, "it must exist and hold Missions/ and Contracts/")
            }
            guard result.isClean else { throw .workspaceProblems("'\(HistoryError.quote(path))'", result.diagnostics) }
            return Loaded(workspace: result.workspace, label: "the folder '\(HistoryError.quote(path))'", revision: nil)
        case .workTree:
            let result: LoadResult
            do { result = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog) } catch {
                throw .notAWorkspace(root, "it must exist and hold Missions/ and Contracts/")
            }
            guard result.isClean else { throw .workspaceProblems("the work tree (run 'missionkpi validate')", result.diagnostics) }
            return Loaded(workspace: result.workspace, label: "the work tree", revision: nil)
        }
    }
}
