import Foundation
import GRDB
import MissionKPI

extension ObservationInsert {
    /// A row the tracker refused, with the row's line in its file.
    struct RowFailure: Error {
        /// The row in the returns file (the header is row 1).
        var row: Int64
        var error: DatabaseError

        /// A refusal caused by the row's own values (a CHECK, a key, a type, a size), which rejects the
        /// row's file alone; anything else (a full disk, an I/O error) stops the recording.
        static func isProblemOfARow(_ error: DatabaseError) -> Bool {
            switch error.resultCode {
            case .SQLITE_CONSTRAINT, .SQLITE_MISMATCH, .SQLITE_TOOBIG, .SQLITE_RANGE: true
            default: false
            }
        }

        var isProblemOfTheRow: Bool { Self.isProblemOfARow(error) }

        /// The diagnostic's message.
        var message: String {
            "the tracker refused this row (\(Quote.clipped(error.message ?? "\(error.resultCode)"))); nothing from this file was stored. The row passed every check, so please report it; correct or remove the row to record the file"
        }
    }
}

/// Why a recording stopped: the tracker itself failed (a full disk, an I/O error, a read-only file).
/// Files committed before the failure stay recorded; the rest of the run stored nothing.
public enum RecordError: Error, LocalizedError, Sendable {
    /// Recording into `tracker` failed while storing `file` (nil between files) because of `reason`.
    case failed(tracker: String, file: String?, reason: String)

    static func failed(tracker: String, file: String?, _ error: any Error) -> RecordError {
        if let known = error as? RecordError { return known }
        let underlying = (error as? ObservationInsert.RowFailure)?.error ?? error
        return .failed(tracker: tracker, file: file, reason: describe(underlying))
    }

    /// What went wrong, in words, with SQLite's own code and message.
    static func describe(_ error: any Error) -> String {
        guard let db = error as? DatabaseError else { return "\(error)" }
        let sqlite = "SQLite error \(db.resultCode.primaryResultCode.rawValue): \(db.message ?? "")"
        switch db.resultCode.primaryResultCode {
        case .SQLITE_FULL: return "the disk holding it is full (\(sqlite)); free some space"
        case .SQLITE_READONLY: return "it cannot be written (\(sqlite)); check its permissions and those of its folder"
        case .SQLITE_IOERR: return "the disk could not be written or read (\(sqlite)); check the disk"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "it is damaged (\(sqlite)); restore it from a backup"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "another process kept it locked for over a minute (\(sqlite)); try again"
        default: return sqlite
        }
    }

    public var errorDescription: String? {
        switch self {
        case .failed(let tracker, let file, let reason):
            let what = file.map { "cannot record \(Quote.quoted($0)) in the tracker '\(tracker)'" } ?? "cannot record in the tracker '\(tracker)'"
            return "\(what): \(reason). Files recorded before the failure stay recorded; run the command again to record the rest"
        }
    }
}
