import ArgumentParser

/// `--quiet` and `--color`, shared by every subcommand: add `@OptionGroup var console: ConsoleOptions`
/// and write notes with `Console.note`, errors with `Console.error`, data with `Console.out`.
struct ConsoleOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only data and errors: no progress, per-file lines or summaries on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("Colour the severity of diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.", valueName: "when"))
    var color: ColorChoice = .auto

    /// Applied as the arguments are parsed, so that every message of the run follows them.
    func validate() throws {
        Console.quiet = quiet
        Console.color = color
    }
}

extension ColorChoice: ExpressibleByArgument {}
