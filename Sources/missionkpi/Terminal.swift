import ArgumentParser
import MissionKPICommands

/// The CLI's `CommandIO`: errors and notes on standard error through `Console` (notes hidden by
/// `--quiet`), phases timed by `PhaseTimer`. `Terminal.run` turns a failed command into exit 1.
struct Terminal: CommandIO {
    func error(_ line: String) { Console.error(line) }
    func note(_ line: String) { Console.note(line) }
    func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T { try PhaseTimer.measure(name, body) }

    /// `body`'s value, given a terminal; a `CommandFailed` (already said) becomes exit 1.
    static func run<T>(_ body: (Terminal) throws -> T) throws -> T {
        do { return try body(Terminal()) } catch is CommandFailed { throw ExitCode(1) }
    }
}

extension WorkspaceOptions {
    /// This workspace and its tracker (`--db`, else `tracker.url`, else its own file) as a command's place;
    /// a malformed tracker address is said and ends the run with exit 1 (`DatabaseOptions.address`).
    func place(_ database: DatabaseOptions? = nil) throws -> Place {
        guard let database else { return Place(workspace: root) }
        let (address, isDefault) = try database.address(self)
        return Place(workspace: root, tracker: address, isDefault: isDefault)
    }
}
