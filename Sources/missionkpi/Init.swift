import ArgumentParser
import MissionKPI
import MissionKPIGenerator

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a workspace of your own: a minimal, valid workspace to edit.",
        discussion: """
            Writes missionkpi.yaml, one mission, one department and one contract with three KPIs and a returns \
            file into --workspace (created if needed; default: the current folder). Everything is an example to \
            replace; 'missionkpi validate' checks your edits and 'missionkpi publish' reports. Refuses a folder \
            that already holds missionkpi.yaml, Missions/ or Contracts/. Exit 0 when written, 1 when it could not be.
            """
    )

    @Option(help: ArgumentHelp("The folder to start the workspace in (created if needed).", valueName: "path"))
    var workspace: String = "."
    @OptionGroup var console: ConsoleOptions

    func run() throws {
        let written: [String]
        do {
            written = try StarterWorkspace.write(to: workspace)
        } catch .outputNotEmpty {
            Console.error("error: '\(workspace)' already holds a workspace (missionkpi.yaml, Missions/ or Contracts/); 'missionkpi init' starts one only in a folder without one")
            throw ExitCode(1)
        } catch {
            Console.error("error: \(error.description)")
            throw ExitCode(1)
        }
        for path in written { Console.note("wrote \(workspace)/\(path)") }
        Console.note("next: 'missionkpi validate --workspace \(workspace)', then 'missionkpi publish --workspace \(workspace) --out \(workspace)/Reports'")
    }
}
