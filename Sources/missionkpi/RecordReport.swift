import ArgumentParser
import MissionKPI
import MissionKPICommands
import MissionKPIStore

/// What `record` says about the returns files it recorded: a line per file (notes), the problems of a
/// rejected file (errors, always shown; `publish` says them through `RecordWords` too).
enum RecordReport {
    /// One line per file; a rejected file's problems at file:row:column.
    static func files(_ outcomes: [RecordOutcome]) {
        for outcome in outcomes {
            switch outcome {
            case .recorded(let path, _, let rows, let added, let corrections, let unchanged):
                Console.note(
                    "\(path): recorded \(rows) row\(rows == 1 ? "" : "s") (\(added) new, \(corrections) correction\(corrections == 1 ? "" : "s"), \(unchanged) unchanged)"
                )
            case .alreadyRecorded(let path, _, let first, let at):
                Console.note("\(path): already recorded\(first == path ? "" : " as \(first)") at \(at); nothing stored")
            case .rejected(let path, let diagnostics):
                rejected(path, diagnostics)
            }
        }
    }

    /// A rejected file's problems, each as file:row:column, then what happened to the file.
    static func rejected(_ path: String, _ diagnostics: [Diagnostic]) { RecordWords.rejected(path, diagnostics, io: Terminal()) }
}
