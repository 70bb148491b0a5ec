import Foundation

/// Why the tracker could not be opened or used. Each message is one line naming the tracker (a file
/// path, or a server's URL without any password) and what to do.
public enum TrackerError: Error, LocalizedError, Sendable {
    case missing(String)
    case newerSchema(String)
    case cannotOpen(String, String)
    /// A file without any table (zero bytes, or a creation that did not finish), which a reading command
    /// does not turn into a tracker.
    case empty(String)
    /// An SQLite file without the tracker's tables.
    case notATracker(String)
    /// A tracker of an older schema, which only a recording brings up to date.
    case olderSchema(String)
    /// `--db` or `tracker.url` is not a usable address: the text (password removed) and why.
    case badAddress(String, String)
    /// The server could not be reached or refused the work: the tracker's URL and the reason.
    case server(String, String)
    /// The database holds tables of something else and no tracker: the URL and a few of those tables.
    case foreignDatabase(String, [String])
    /// A copy's destination already holds returns: its location and how many returns files and
    /// published assessments.
    case notEmpty(String, files: Int, published: Int)

    public var errorDescription: String? {
        switch self {
        case .missing(let path) where path.hasPrefix("postgres"):
            "no tracker at \(path): the database holds no MissionKPI tables; run 'missionkpi record --db \(path)' to create it"
        case .missing(let path):
            "no tracker at '\(path)'; run 'missionkpi record' first to record the returns, or pass --db PATH"
        case .newerSchema(let path):
            "the tracker '\(path)' was written by a newer missionkpi; update missionkpi to read it"
        case .cannotOpen(let path, let reason):
            "cannot open the tracker '\(path)': \(reason)"
        case .empty(let path):
            "'\(path)' holds no tracker yet (an empty file, or one whose creation did not finish); 'missionkpi record' creates the tracker there, or pass the right one with --db PATH"
        case .notATracker(let path):
            "'\(path)' is not a MissionKPI tracker (it holds none of the tracker's tables); pass the tracker with --db PATH"
        case .olderSchema(let path):
            "the tracker '\(path)' was written by an older missionkpi; run 'missionkpi record' once to bring it up to date (commands that only read never change it)"
        case .badAddress(let text, let reason):
            "'\(text)' is not a tracker address: \(reason); write a file path or postgresql://USER@HOST:PORT/DATABASE"
        case .server(let url, let reason):
            "the tracker at \(url): \(reason)"
        case .foreignDatabase(let url, let tables):
            "the tracker at \(url): the database holds other tables (\(tables.prefix(3).joined(separator: ", "))\(tables.count > 3 ? ", …" : "")) and no MissionKPI tracker; give an empty database of its own (createdb missionkpi)"
        case .notEmpty(let location, let files, let published):
            "the tracker at \(location) already holds "
                + (files > 0 ? "\(files) returns file\(files == 1 ? "" : "s")" : "\(published) published assessment\(published == 1 ? "" : "s")")
                + "; copy only into an empty or new tracker"
        }
    }
}
