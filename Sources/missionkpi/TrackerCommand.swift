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
        abstract: "Copy every returns file and observation version from one tracker into another.",
        discussion: """
            Either way between a SQLite file and a PostgreSQL database (or between two of a kind): file ids, \
            provenance and every version are kept, row for row. The source is read in one consistent snapshot; \
            the destination must be new or empty and is written in one transaction, so a failure leaves it as it \
            was. A PostgreSQL password comes from PGPASSWORD or ~/.pgpass. Exit 0 when copied, 1 when either \
            tracker could not be used, 64 for a usage error.
            """
    )

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
            try Tracker.copy(from: try source.open(create: false), to: try destination.open(create: true))
        }
        Console.error("copied \(copied.files) returns file(s) and \(copied.observations) observation version(s) from \(source) to \(destination)")
    }
}
