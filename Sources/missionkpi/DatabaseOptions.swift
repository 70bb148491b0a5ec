import ArgumentParser
import MissionKPIPublish

/// `--db PATH`, shared by the subcommands that read or write the tracker.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The tracker database (default: <workspace>/.missionkpi/tracker.sqlite).", valueName: "path"))
    var db: String?
}

// The library's output formats, as command-line values.
extension FindingsFormat: ExpressibleByArgument {}
extension AssessmentFormat: ExpressibleByArgument {}
extension OwnershipFormat: ExpressibleByArgument {}
extension PipelineFormat: ExpressibleByArgument {}
extension ObservationListing.Format: ExpressibleByArgument {}
extension DiagnosticsFormat: ExpressibleByArgument {}
extension RulesFormat: ExpressibleByArgument {}
extension ExplainFormat: ExpressibleByArgument {}
