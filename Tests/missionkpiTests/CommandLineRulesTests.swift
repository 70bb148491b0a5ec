import Foundation
import Testing

/// One rule for the same mistake in every command (exit 64, the subcommand's usage, the nearest word),
/// `--quiet` and `--color` everywhere, `align --format github`, `init` and `generate`'s sizes.
@Suite(.serialized) struct CommandLineRulesTests {
    static let asOf = "2026-11-24"

    /// A copy of the sample workspace with its returns recorded into a tracker of its own.
    static let sample: Result<String, Error> = Result {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-rules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for item in ["missionkpi.yaml", "Missions", "Contracts"] {
            try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/" + item, toPath: root + "/" + item)
        }
        let r = try CLI.run(["record", "--workspace", root, "--quiet"])
        guard r.exit == 0 else { throw CLI.Failure(description: "record failed: \(r.stderr)") }
        return root
    }

    func expectUsageError(_ args: [String], says words: [String], usage: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try CLI.run(args)
        #expect(r.exit == 64, "\(args): exit \(r.exit)\n\(r.stderr)", sourceLocation: sourceLocation)
        for w in words { #expect(r.stderr.contains(w), "\(args): no '\(w)' in\n\(r.stderr)", sourceLocation: sourceLocation) }
        #expect(r.stderr.contains("Usage: missionkpi \(usage)"), "\(args): not the subcommand's usage\n\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func anUnknownIdIsAUsageErrorWithTheNearestInEveryCommand() throws {
        let ws = try Self.sample.get()
        let w = ["--workspace", ws]
        try expectUsageError(["observations"] + w + ["--contract", "nope-1234"], says: ["--contract 'nope-1234' is not a contract"], usage: "observations")
        try expectUsageError(
            ["observations"] + w + ["--contract", "dhsc-2024-008"], says: ["did you mean 'dhsc-2024-0087'?"], usage: "observations")
        try expectUsageError(
            ["observations"] + w + ["--kpi", "dhsc-2024-0087/sessions-delivere"], says: ["did you mean 'dhsc-2024-0087/sessions-delivered'?"],
            usage: "observations")
        try expectUsageError(["history"] + w + ["nope/kpi"], says: ["names the contract 'nope', which is not a contract"], usage: "history")
        try expectUsageError(["assess"] + w + ["--as-of", Self.asOf, "--contract", "nope-1234"], says: ["is not a contract"], usage: "assess")
        try expectUsageError(["assess"] + w + ["--as-of", Self.asOf, "--mission", "nhss"], says: ["did you mean 'nhs'?"], usage: "assess")
        try expectUsageError(
            ["audit", "ownership"] + w + ["--as-of", Self.asOf, "--department", "dfee"], says: ["did you mean 'dfe'?"], usage: "audit ownership")
        try expectUsageError(["pipeline"] + w + ["--as-of", Self.asOf, "--department", "dft2"], says: ["did you mean 'dft'?"], usage: "pipeline")
        // A known KPI with nothing recorded is not a mistake: an empty list.
        let known = try CLI.run(["observations"] + w + ["--contract", "cabinet-office-2024-0425"])
        #expect(known.exit == 0)
    }

    @Test func aMissingWorkspaceAndAMistypedCommandAreUsageErrors() throws {
        try expectUsageError(["validate", "--workspace", "/nonexistent"], says: ["--workspace '/nonexistent' is not a folder"], usage: "validate")
        try expectUsageError(["algn"], says: ["'algn' is not a command; did you mean 'align'?", "The commands are: validate"], usage: "<subcommand>")
        try expectUsageError(["audit", "ownrship"], says: ["did you mean 'ownership'?"], usage: "audit <subcommand>")
        try expectUsageError(["align", "--format", "nope"], says: ["'nope' is invalid for '--format"], usage: "align")
    }

    @Test func everySubcommandTakesQuietAndColor() throws {
        for command in [
            "validate", "import ocds", "record", "observations", "history", "align", "rules", "explain", "explain-kpi", "changes",
            "assess", "audit ownership", "pipeline", "publish", "export ocds", "init", "generate",
        ] {
            let help = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
            #expect(help.stdout.contains("--quiet") && help.stdout.contains("--color <when>"), "\(command) --help lacks --quiet or --color")
        }
    }

    @Test func quietLeavesOnlyDataAndErrors() throws {
        let ws = try Self.sample.get()
        let again = try CLI.run(["record", "--workspace", ws])
        #expect(again.exit == 0 && again.stderr.contains("already recorded"))
        let quiet = try CLI.run(["record", "--workspace", ws, "--quiet"])
        #expect(quiet.exit == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty, "\(quiet.stderr)")
        let align = try CLI.run(["align", "--workspace", ws, "--as-of", Self.asOf, "-q"])
        #expect(align.stderr.isEmpty && align.stdout.contains(": warning: ["))
        let validate = try CLI.run(["validate", "--workspace", ws, "--quiet"])
        #expect(validate.exit == 0 && validate.stderr.isEmpty)
    }

    @Test func colorIsAlwaysNeverOrOnATerminal() throws {
        let ws = try Self.sample.get()
        let always = try CLI.run(["align", "--workspace", ws, "--as-of", Self.asOf, "--color", "always"])
        #expect(always.stdout.contains(": \u{1B}[1;33mwarning\u{1B}[0m: ["))
        #expect(always.stdout.contains(": \u{1B}[1;31merror\u{1B}[0m: ["))
        let never = try CLI.run(["align", "--workspace", ws, "--as-of", Self.asOf, "--color", "never"])
        #expect(!never.stdout.contains("\u{1B}["))
        // auto: not a terminal here, so no colour.
        #expect(!(try CLI.run(["align", "--workspace", ws, "--as-of", Self.asOf])).stdout.contains("\u{1B}["))
        try expectUsageError(["align", "--color", "sometimes"], says: ["'sometimes' is invalid for '--color"], usage: "align")
    }

    @Test func alignWritesGitHubAnnotations() throws {
        let ws = try Self.sample.get()
        let r = try CLI.run(["align", "--workspace", ws, "--as-of", Self.asOf, "--format", "github"])
        #expect(r.exit == 1)  // error-severity findings stand in the sample
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 40)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") || $0.hasPrefix("::notice file=") })
        #expect(r.stdout.contains("::error file=Contracts/home-office/home-office-2025-0067.yaml,line=61,col=16,title=direction-opposes-milestone::"))
    }

    @Test func initWritesAWorkspaceThatValidatesAndRefusesToOverwrite() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-init-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let made = try CLI.run(["init", "--workspace", root])
        #expect(made.exit == 0, "\(made.stderr)")
        #expect(made.stderr.contains("wrote \(root)/missionkpi.yaml"))
        let valid = try CLI.run(["validate", "--workspace", root])
        #expect(valid.exit == 0 && valid.stderr.hasPrefix("ok: "), "\(valid.stdout)\(valid.stderr)")
        let recorded = try CLI.run(["record", "--workspace", root])
        #expect(recorded.exit == 0, "\(recorded.stderr)")
        let align = try CLI.run(["align", "--workspace", root, "--as-of", "2026-07-31"])
        #expect(align.exit == 0 && !align.stdout.contains(": error: "), "\(align.stdout)")
        let again = try CLI.run(["init", "--workspace", root])
        #expect(again.exit == 1 && again.stderr.contains("already holds a workspace"))
    }

    @Test func generateSaysItsSizeInMebibytesWithADecimal() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-gen-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try CLI.run(["generate", "--contracts", "40", "--out", out])
        #expect(r.exit == 0)
        #expect(r.stderr.contains(try Regex(#"files, 0\.[0-9] MiB\)"#)), "\(r.stderr)")
    }
}
