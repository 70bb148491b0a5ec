import ArgumentParser
import MissionKPICommands
import Foundation
import MissionKPI
import MissionKPIPublish
import MissionKPIStore

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rate KPIs, judge milestones, roll evidence up each theory of change and list annual assessments.",
        discussion: """
            Ratings use the reg. 39(5) scale; trajectories, roll-ups, watermelons and annual (s.71) assessments \
            are explained in Documentation/Assessment.md. Every judgement is made as at --as-of, so a past date \
            reproduces a past report. Exit 0 when the assessment ran, 1 when the workspace or tracker could not be read.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("Show only this contract.", valueName: "id")) var contract: String?
    @Option(help: ArgumentHelp("Show only this mission.", valueName: "id")) var mission: String?
    @Option(help: "Output format: text, json, csv or markdown.") var format: AssessmentFormat = .text

    func run() throws {
        let day = try asOf.day()
        // Without --db and without a tracker in the workspace every KPI shows "no returns", with a note.
        let session = try Terminal.run {
            try JudgeCommands.assess(workspace.place(database), asOf: day, io: $0) { ws in
                try KnownIDs.contract(contract, in: ws)
                try KnownIDs.mission(mission, in: ws)
            }
        }
        let scope = AssessmentScope(contract: contract, mission: mission)
        Console.out(PhaseTimer.measure("render") { AssessmentReport.render(session.assessment, workspace: session.workspace, scope: scope, format: format) })
    }
}

extension AssessmentFormat: ExpressibleByArgument {}
