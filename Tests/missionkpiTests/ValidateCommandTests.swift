import Foundation
import Testing

/// `missionkpi validate`, end to end: the built binary on fixture workspaces.
@Suite struct ValidateCommandTests {
    static let clean = CLI.fixture("validation/clean")
    static let broken = CLI.fixture("validation/broken")

    /// What `broken` holds: one line per problem, in the order they are printed.
    static let brokenLines = [
        "Contracts/dhsc/department.yaml:18:28: error: 'level' 'expertise' is not one of none, foundation, practitioner, expert; did you mean 'expert'?",
        "Contracts/dhsc/dhsc-2025-0142.yaml:6:34: error: the period ends (2024-03-31) before it starts (2025-04-01); swap or correct the dates",
        "Contracts/dhsc/dhsc-2025-0142.yaml:7:1: error: unknown key 'procedur' in the contract; did you mean 'procedure'?",
        "Contracts/dhsc/dhsc-2025-0142.yaml:8:7: error: the tier 'golden' is not one of platinum, gold, silver, bronze (publication.tiers); did you mean 'gold'?",
        "Contracts/dhsc/dhsc-2025-0200.yaml:15:1: error: a tab character is not allowed here: YAML indents with spaces only; replace the tab with spaces",
        "Missions/nhs.yaml:6:11: error: 'unit' 'percnt' is not one of percent, count, gbp, days, hours, ratio, score, other; did you mean 'percent'?",
        "missionkpi.yaml:1:23: error: 'financial_year_start' '4-1' must be a month and day written MM-DD, such as 04-01",
    ]

    @Test func cleanWorkspaceExitsZero() throws {
        let r = try CLI.run(["validate", "--workspace", Self.clean])
        #expect(r.exit == 0)
        #expect(r.stdout == "")
        #expect(r.stderr == "ok: 4 files, 1 missions, 1 departments, 1 contracts, 1 KPIs; no problems\n")
    }

    @Test func workspaceDefaultsToTheCurrentFolder() throws {
        let r = try CLI.run(["validate"], cwd: Self.clean)
        #expect(r.exit == 0, "\(r.stdout)\(r.stderr)")
    }

    @Test func brokenWorkspaceListsEveryProblemAndExitsOne() throws {
        let r = try CLI.run(["validate", "--workspace", Self.broken])
        #expect(r.exit == 1)
        #expect(r.stdout.split(separator: "\n").map(String.init) == Self.brokenLines)
        #expect(r.stderr == "7 error(s) in 5 file(s) of 5\n")
    }

    @Test func brokenWorkspaceAsJSON() throws {
        let r = try CLI.run(["validate", "--workspace", Self.broken, "--format", "json"])
        #expect(r.exit == 1)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let json = try #require(object)
        #expect(json["files"] as? Int == 5)
        #expect(json["errors"] as? Int == 7)
        let items = try #require(json["diagnostics"] as? [[String: Any]])
        let lines = items.map { d in
            "\(d["file"] as? String ?? ""):\(d["line"] as? Int ?? 0):\(d["column"] as? Int ?? 0): \(d["severity"] as? String ?? ""): \(d["message"] as? String ?? "")"
        }
        #expect(lines == Self.brokenLines)
        #expect(r.stderr == "7 error(s) in 5 file(s) of 5\n")
    }

    @Test func cleanWorkspaceAsJSON() throws {
        let r = try CLI.run(["validate", "--workspace", Self.clean, "--format", "json"])
        #expect(r.exit == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(json["errors"] as? Int == 0)
    }

    /// A workspace folder that does not exist is a usage error, like any other bad argument (exit 64).
    @Test func missingWorkspaceFolderIsAUsageErrorWithAnExplanation() throws {
        let r = try CLI.run(["validate", "--workspace", "/nonexistent/missionkpi-workspace"])
        #expect(r.exit == 64)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("--workspace '/nonexistent/missionkpi-workspace' is not a folder"))
        #expect(r.stderr.contains("Usage: missionkpi validate"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let r = try CLI.run(["validate", "--workspace", Self.clean, "--frmat", "json"])
        #expect(r.exit == 64)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("--frmat"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let r = try CLI.run(["validate", "--workspace", Self.clean, "--format", "xml"])
        #expect(r.exit == 64)
        #expect(r.stderr.contains("xml"))
    }

    @Test func unknownSubcommandIsAUsageError() throws {
        let r = try CLI.run(["validat"])
        #expect(r.exit == 64)
    }

    @Test func version() throws {
        let r = try CLI.run(["--version"])
        #expect(r.exit == 0)
        let line = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!line.isEmpty && line.first!.isNumber, "'\(line)'")
    }

    @Test func helpOfValidate() throws {
        let r = try CLI.run(["validate", "--help"])
        #expect(r.exit == 0)
        for word in ["USAGE: missionkpi validate", "--workspace", "--format", "path:line:col"] {
            #expect(r.stdout.contains(word), "'\(word)' is not in:\n\(r.stdout)")
        }
    }
}
