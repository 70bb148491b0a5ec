import ArgumentParser
import Foundation
import MissionKPI

/// Files the CLI reads and writes for a command, with one explanation each when they fail (exit 1):
/// a baseline (`align`, `audit ownership`, `changes`) and an output file.
enum CLIFiles {
    /// The baseline at `path`, written by `align --write-baseline` (read by `FindingBaseline.read`).
    static func baseline(_ path: String) throws -> FindingBaseline {
        do { return try FindingBaseline.read(path) } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
    }

    /// Writes `text` to `path` whole or not at all (atomically); `what` names it in the error. The one
    /// writer of the CLI's output files (`align --output`, `--write-baseline`, `export ocds --out`).
    static func write(_ text: String, to path: String, what: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("error: cannot write '\(path)' (\(what)): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}

/// Runs `body`; an error it throws (other than an exit code) is printed as `error: …` and ends the run with exit 1.
func exitOnError<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as ExitCode {
        throw e
    } catch {
        Console.error("error: \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
        throw ExitCode(1)
    }
}
