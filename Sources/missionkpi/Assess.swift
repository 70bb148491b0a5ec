import ArgumentParser
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

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, markdown }

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp("Show only this contract.", valueName: "id")) var contract: String?
    @Option(help: ArgumentHelp("Show only this mission.", valueName: "id")) var mission: String?
    @Option(help: "Output format: text, json, csv or markdown.") var format: Format = .text

    func run() throws {
        let day = try asOf.day()
        let read = try TrackerRead(workspace: workspace, db: database)
        let ws = try loadWorkspaceOrExit(workspace)
        try KnownIDs.contract(contract, in: ws)
        try KnownIDs.mission(mission, in: ws)
        // Without --db and without a tracker in the workspace every KPI shows "no returns", with a note.
        let observations = try PhaseTimer.measure("read tracker") {
            try read.observations { "note: no tracker at '\($0)'; KPIs are shown without returns. Run 'missionkpi record' to record them." }
        }
        let assessment = PhaseTimer.measure("assess") {
            Assessor.assess(ws, observations: observations, published: read.published, asOf: day)
        }
        let scope = AssessmentScope(contract: contract, mission: mission)
        let text = PhaseTimer.measure("render") {
            AssessmentReport.render(assessment, workspace: ws, scope: scope, format: AssessmentFormat(rawValue: format.rawValue)!)
        }
        Console.out(text)
        Session.keepUntilExit((ws, observations, assessment, text))
    }
}
