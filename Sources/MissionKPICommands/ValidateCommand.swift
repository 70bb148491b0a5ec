import MissionKPI
import MissionKPIPublish

/// `missionkpi validate`: load every YAML file and list each problem, then a summary.
public enum ValidateCommand {
    /// The problems in `format` (output), the summary as a message; fails when the workspace has problems.
    public static func run(_ place: Place, format: DiagnosticsFormat, io: any CommandIO) throws -> CommandResult {
        let result = try orFail(io) { try WorkspaceLoader.load(at: place.workspace, ruleCatalog: RuleRegistry.catalog) }
        let ws = result.workspace
        io.message(
            result.isClean
                ? "ok: \(result.fileCount) files, \(ws.missions.count) missions, \(ws.departments.count) departments, \(ws.contracts.count) contracts, \(ws.contracts.reduce(0) { $0 + $1.kpis.count }) KPIs; no problems"
                : "\(result.diagnostics.count) error(s) in \(Set(result.diagnostics.map(\.location.file)).count) file(s) of \(result.fileCount)")
        return CommandResult(output: format.render(result.diagnostics, fileCount: result.fileCount), failed: !result.isClean)
    }
}

/// `missionkpi rules` and `missionkpi explain RULE`: the rules with the workspace's settings.
public enum RulesCommand {
    /// Every rule in `format`, marked with the settings of the workspace's `missionkpi.yaml`.
    public static func list(_ place: Place, format: RulesFormat) -> CommandResult {
        CommandResult(output: format.render(settings: Workspaces.settings(place)))
    }

    /// One rule in `format`; a usage error (with the nearest id) when there is no such rule.
    public static func explain(_ id: String, _ place: Place, format: ExplainFormat) throws -> CommandResult {
        guard let rule = RuleRegistry.rule(id) else { throw CommandError.usage(unknownRule(id)) }
        return CommandResult(output: format.render(rule, settings: Workspaces.settings(place)))
    }

    /// Why `id` names no rule, with the nearest id.
    public static func unknownRule(_ id: String) -> String {
        "there is no rule \(quoted: id) ('missionkpi rules' lists them)\(Suggest.didYouMean(id, in: RuleRegistry.all.map(\.description.id)))"
    }
}
