import ArgumentParser
import Foundation
import MissionKPI

/// One rule for a usage mistake, in every subcommand: a usage error (exit 64) that says what is wrong,
/// suggests the nearest right word, and shows the usage of the subcommand in hand — also when the
/// mistake is found only while running (an unknown id), and for a mistyped subcommand (`algn`).
extension MissionKPICommand {
    /// Parses and runs like ArgumentParser's `main()`, with the rules above.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            UsageErrors.failOnUnknownSubcommand(arguments)
            exit(withError: error)
        }
        do {
            try command.run()
        } catch {
            UsageErrors.finish(error, command: type(of: command))
        }
    }
}

enum UsageErrors {
    /// The command group whose subcommand `arguments` mistype, and the mistyped word; nil when the
    /// words before the first option name commands (the mistake, if any, is elsewhere).
    static func unknownSubcommand(_ arguments: [String]) -> (ParsableCommand.Type, String)? {
        var command: ParsableCommand.Type = MissionKPICommand.self
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !word.hasPrefix("-"), !subcommands.isEmpty, word != "help" else { return nil }
            guard let next = subcommands.first(where: { $0._commandName == word }) else { return (command, word) }
            command = next
        }
        return nil
    }

    /// When `arguments` mistype a subcommand: says so, with the nearest name and the group's commands (exit 64).
    static func failOnUnknownSubcommand(_ arguments: [String]) {
        guard let found = unknownSubcommand(arguments) else { return }
        let names = found.0.configuration.subcommands.map { $0._commandName }
        let hint = Suggest.nearest(to: found.1, in: names).map { "; did you mean '\($0)'?" } ?? "."
        fail("\(quoted: found.1) is not a command\(hint) The commands are: \(names.joined(separator: ", ")).", command: found.0)
    }

    /// Ends a run that threw: a usage error found while running shows the subcommand's own usage.
    static func finish(_ error: Error, command: ParsableCommand.Type) -> Never {
        if let e = error as? ValidationError { fail(e.message, command: command) }
        MissionKPICommand.exit(withError: error)
    }

    /// `Error: <message>`, the usage of `command` (with its parents' names) and where to read more; exit 64.
    static func fail(_ message: String, command: ParsableCommand.Type) -> Never {
        let usage = MissionKPICommand.usageString(for: command)
        let names = MissionKPICommand.commandPath(to: command)
        Console.error("Error: \(message)\nUsage: \(usage)\n  See '\(names) --help' for more information.")
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }
}

extension MissionKPICommand {
    /// `missionkpi audit ownership`: the names from the root to `command`.
    static func commandPath(to command: ParsableCommand.Type) -> String {
        var path: [String] = []
        _ = find(ObjectIdentifier(command), from: self, path: &path)
        return (path.isEmpty ? [_commandName, command._commandName] : path).joined(separator: " ")
    }

    private static func find(_ target: ObjectIdentifier, from c: ParsableCommand.Type, path: inout [String]) -> Bool {
        path.append(c._commandName)
        if ObjectIdentifier(c) == target { return true }
        for s in c.configuration.subcommands where find(target, from: s, path: &path) { return true }
        path.removeLast()
        return false
    }
}
