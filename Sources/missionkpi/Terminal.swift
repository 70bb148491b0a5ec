import ArgumentParser
import MissionKPICommands
import MissionKPIStore

/// The CLI's side of a library command: its messages and progress on standard error as they come, its
/// phases timed (`MISSIONKPI_TIMINGS=1`), its output on standard output, how it ended as the exit code.
///
/// ```swift
/// try Terminal.run { try AlignCommand.run(request, io: $0) }
/// ```
final class Terminal: CommandIO, @unchecked Sendable {
    private let line = ProgressLine()

    /// A line on standard error (after erasing the progress line).
    func message(_ text: String) {
        line.clear()
        Console.error(text)
    }

    /// Runs a phase, timed when timings are on.
    func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T { try PhaseTimer.measure(name, body) }

    /// Redraws the progress line (on a terminal only).
    func progress(_ p: RecordProgress) { line.update(p) }

    /// Runs a command: prints its output; exit 1 when it failed, 64 (with the usage) for a usage error.
    static func run(_ command: (Terminal) throws -> CommandResult) throws {
        let terminal = Terminal()
        let result: CommandResult
        do { result = try command(terminal) } catch CommandError.usage(let message) {
            throw ValidationError(message)
        } catch CommandError.failed {
            terminal.line.clear()
            throw ExitCode(1)
        }
        terminal.line.clear()
        Console.out(result.output)
        Lifetime.keepUntilExit(result)
        if result.failed { throw ExitCode(1) }
    }
}
