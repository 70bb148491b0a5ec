import ArgumentParser
import MissionKPIStore
import MissionKPIStorePostgres

struct TrackerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracker",
        abstract: "Work on the tracker itself: copy it between SQLite and PostgreSQL.",
        subcommands: [TrackerCopy.self]
    )
}

struct TrackerCopy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy every returns file, observation version and published assessment from one tracker into another.",
        discussion: """
            Either way between a SQLite file and a PostgreSQL database (or between two of a kind): file ids, \
            provenance, every version and the published (UK9) assessments are kept, row for row. The source is \
            only read (opened read-only), in one consistent snapshot; the destination must be new or empty and is \
            written in one transaction, so a failure leaves it as it was. A PostgreSQL password comes from \
            PGPASSWORD or ~/.pgpass. Exit 0 when copied, 1 when either tracker could not be used, 64 for a \
            usage error.
            """
    )

    @OptionGroup var console: ConsoleOptions
    @Option(help: ArgumentHelp("The tracker to copy: a SQLite file or postgresql://USER@HOST:PORT/DATABASE.", valueName: "path-or-url"))
    var from: String
    @Option(help: ArgumentHelp("Where to copy it: a new or empty SQLite file or PostgreSQL database.", valueName: "path-or-url"))
    var to: String

    func validate() throws {
        if from == to { throw ValidationError("--from and --to name the same tracker; give two different ones") }
    }

    func run() throws {
        let (source, destination) = try DatabaseOptions.run { (try TrackerAddress.parse(from), try TrackerAddress.parse(to)) }
        let copied = try DatabaseOptions.run {
            // The source is only read: opened read-only, never migrated or written.
            try Tracker.copy(from: try source.openForReading(), to: try destination.open(create: true))
        }
        Console.note(
            "copied \(copied.files) returns file(s), \(copied.observations) observation version(s) and \(copied.published) published assessment(s) from \(source) to \(destination)"
        )
    }
}
