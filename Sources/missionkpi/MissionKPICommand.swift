import ArgumentParser
import MissionKPI

@main
struct MissionKPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "missionkpi",
        abstract: "Check that contract KPIs serve the missions they pay for, and publish what you find.",
        version: MissionKPIVersion.current,
        subcommands: [
            // In the order the data flows: load, record, judge, publish; then the tools.
            Validate.self, Import.self, Record.self, Observations.self, History.self, Align.self, Rules.self, Explain.self,
            ExplainKPI.self, Changes.self, Assess.self, Audit.self, Pipeline.self, Publish.self, Export.self, Init.self, Generate.self,
            TrackerCommand.self,
        ]
    )
}
