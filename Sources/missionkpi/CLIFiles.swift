import ArgumentParser
import Foundation
import MissionKPI

/// Files the CLI reads and writes for a command, with one explanation each when they fail (exit 1):
/// a baseline (`align`, `audit ownership`, `changes`) and an output file.
enum CLIFiles {
    /// The baseline at `path`, written by `align --write-baseline`.
    static func baseline(_ path: String) throws -> FindingBaseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("error: cannot read the baseline '\(path)'; check the path, or write one with 'missionkpi align --write-baseline \(path)'")
            throw ExitCode(1)
        }
        do {
            return try FindingBaseline(json: data)
        } catch {
            Console.error("error: '\(path)' is not a baseline written by 'missionkpi align --write-baseline' (\(error)); write it again")
            throw ExitCode(1)
        }
    }

    /// Writes `text` to `path`; `what` names it in the error.
    static func write(_ text: String, to path: String, what: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Console.error("error: cannot write \(what) to '\(path)': \(error.localizedDescription)")
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
