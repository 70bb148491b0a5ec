import Foundation

/// Why a baseline file could not be used, said the same way by `align`, `audit ownership` and `changes`.
public enum BaselineReadError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read (missing, unreadable, not a regular file).
    case unreadable(path: String)
    /// The file was read but is not a baseline written by `align --write-baseline`.
    case notABaseline(path: String, why: String)

    /// One line for standard error (without the `error: ` prefix).
    public var description: String {
        switch self {
        case .unreadable(let path):
            "cannot read the baseline '\(path)'; check the path, or write one with 'missionkpi align --write-baseline \(path)'"
        case .notABaseline(let path, let why):
            "'\(path)' is not a baseline written by 'missionkpi align --write-baseline' (\(why)); write it again"
        }
    }
}

extension FindingBaseline {
    /// The baseline at `path` (written by `align --write-baseline`): the one reader of baseline files.
    public static func read(_ path: String) throws(BaselineReadError) -> FindingBaseline {
        guard case .success(let bytes) = FileBytes.contents(of: path) else { throw .unreadable(path: path) }
        do { return try FindingBaseline(json: Data(bytes)) } catch { throw .notABaseline(path: path, why: "\(error)") }
    }
}
