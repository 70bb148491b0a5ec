import ArgumentParser
import MissionKPI

@main
struct MissionKPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "missionkpi",
        abstract: "Check that contract KPIs serve the missions they pay for, and publish what you find.",
        version: MissionKPIVersion.current,
        subcommands: [Validate.self, Assess.self, Align.self, Rules.self, Explain.self, Audit.self, Pipeline.self, Generate.self, Publish.self, Record.self, Observations.self, History.self]
    )
}
