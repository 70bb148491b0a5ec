import ArgumentParser
import MissionKPI
import MissionKPIStore

/// What `record` and `publish` say about the returns files they recorded: a line per file (notes), the
/// problems of a rejected file (errors, always shown), and the summary.
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
    static func rejected(_ path: String, _ diagnostics: [Diagnostic]) {
        for d in diagnostics { Console.error(d.description) }
        Console.error("\(path): \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"); nothing from this file was stored")
    }

    /// For `publish`: every rejected file's problems, and exit 1 before anything is published when there was one.
    static func stopOnRejected(_ outcomes: [RecordOutcome]) throws {
        var count = 0
        for case .rejected(let path, let diagnostics) in outcomes {
            rejected(path, diagnostics)
            count += 1
        }
        guard count > 0 else { return }
        Console.error("\(count) returns file\(count == 1 ? "" : "s") with problems; fix them and publish again. Nothing was published.")
        throw ExitCode(1)
    }

    /// The outcomes of a recording, or its failure (a full disk, naming the tracker and file) on standard error and exit 1.
    static func orExit(_ progress: ProgressLine? = nil, _ record: () throws -> [RecordOutcome]) throws -> [RecordOutcome] {
        do { return try record() } catch {
            progress?.clear()
            Console.error("error: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
