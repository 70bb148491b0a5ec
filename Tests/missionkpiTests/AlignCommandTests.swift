import Foundation
import Testing

/// `missionkpi align`, end to end: exit codes, waivers, baselines, formats, settings errors.
@Suite struct AlignCommandTests {
    /// `too-many-kpis` as an error on the three KPIs of `c1`.
    static let tooMany = ["too-many-kpis": "{severity: error, max: 2}"]
    /// The same, with the rules that judge waivers on.
    static let tooManyAndWaivers = tooMany.merging(["waiver-incomplete": "{}", "waiver-expired": "{}", "waiver-unused": "{}"]) { a, _ in a }

    @Test func anErrorFindingExitsOne() throws {
        let ws = try AlignWorkspace(rules: Self.tooMany)
        defer { ws.remove() }
        let r = try ws.align()
        #expect(r.exit == 1, "\(r.stderr)")
        #expect(
            r.stdout == """
                Contracts/dept/c1.yaml:15:3: error: [too-many-kpis] the contract has 3 KPIs, more than 2; few, material, outcome KPIs get managed, many do not
                    fix: keep the KPIs that evidence the mission outcome and the three most material; drop or merge the rest

                """)
        #expect(r.stderr.contains("align: 1 finding (1 error, 0 warnings, 0 info); 0 waived; 0 in the baseline\n"))
        #expect(r.stderr.contains("  by rule: too-many-kpis 1\n"))
        #expect(r.stderr.contains("  mission scores: demo 80\n"))  // an error on the choice of KPIs costs 20
    }

    @Test func everyFindingWaivedExitsZero() throws {
        let ws = try AlignWorkspace(rules: Self.tooManyAndWaivers) {
            $0.waiveOnC1(AlignWorkspace.waiver("too-many-kpis", expires: "2027-12-31"))
        }
        defer { ws.remove() }
        let r = try ws.align(["--strict"])
        #expect(r.exit == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "")
        #expect(r.stderr.contains("align: 0 findings (0 errors, 0 warnings, 0 info); 1 waived; 0 in the baseline"))
        let sarif = try ws.align(["--format", "sarif"])
        #expect(sarif.exit == 0)
        #expect(sarif.stdout.contains("\"justification\": \"Agreed with the SRO until the re-let. (approved by p-sro, expires 2027-12-31"))
    }

    @Test func anExpiredWaiverDoesNotSuppress() throws {
        let ws = try AlignWorkspace(rules: Self.tooManyAndWaivers) {
            $0.waiveOnC1(AlignWorkspace.waiver("too-many-kpis", expires: "2026-11-23"))
        }
        defer { ws.remove() }
        let r = try ws.align()
        #expect(r.exit == 1)
        #expect(r.stdout.contains("Contracts/dept/c1.yaml:20:3: error: [too-many-kpis]"))
        #expect(r.stdout.contains(": error: [waiver-expired]"))
        // On its last day a waiver still holds.
        let lastDay = try CLI.run(["align", "--workspace", ws.root, "--as-of", "2026-11-23"])
        #expect(lastDay.exit == 0, "\(lastDay.stdout)")
    }

    @Test func aWaiverWithoutAReasonDoesNotSuppress() throws {
        let ws = try AlignWorkspace(rules: Self.tooManyAndWaivers) {
            $0.waiveOnC1("waivers:\n  - rule: too-many-kpis\n    approved_by: p-sro\n    expires: 2027-12-31\n")
        }
        defer { ws.remove() }
        #expect(try ws.align().exit == 1)
    }

    @Test func strictFailsOnWarnings() throws {
        let ws = try AlignWorkspace(rules: ["too-many-kpis": "{max: 2}"])
        defer { ws.remove() }
        let plain = try ws.align()
        #expect(plain.exit == 0)
        #expect(plain.stdout.contains(": warning: [too-many-kpis]"))
        #expect(try ws.align(["--strict"]).exit == 1)
    }

    @Test func baselineFailsOnlyOnNewFindingsAndSurvivesMovedLines() throws {
        let ws = try AlignWorkspace(rules: Self.tooMany)
        defer { ws.remove() }
        let baseline = ws.root + "/baseline.json"
        let written = try ws.align(["--write-baseline", baseline])
        #expect(written.exit == 1)
        #expect(written.stderr.contains("wrote 1 finding(s) to the baseline"))
        let known = try ws.align(["--baseline", baseline])
        #expect(known.exit == 0, "\(known.stdout)")
        #expect(known.stdout == "")
        #expect(known.stderr.contains("0 waived; 1 in the baseline"))

        try ws.write("# moved\n\n" + ws.read("Contracts/dept/c1.yaml"), to: "Contracts/dept/c1.yaml")
        #expect(try ws.align(["--baseline", baseline]).exit == 0)

        try ws.write(ws.read("Contracts/dept/c1.yaml").replacingOccurrences(of: "id: c1\n", with: "id: c2\n"), to: "Contracts/dept/c2.yaml")
        let new = try ws.align(["--baseline", baseline])
        #expect(new.exit == 1)
        #expect(new.stdout.hasPrefix("Contracts/dept/c2.yaml:17:3: error: [too-many-kpis]"))
        #expect(!new.stdout.contains("c1.yaml"))
    }

    @Test func aMissingBaselineFileIsAnError() throws {
        let ws = try AlignWorkspace(rules: Self.tooMany)
        defer { ws.remove() }
        let r = try ws.align(["--baseline", ws.root + "/nope.json"])
        #expect(r.exit == 1)
        #expect(r.stderr.contains("error: cannot read the baseline"))
    }

    @Test(arguments: ["text", "json", "csv", "markdown", "sarif"])
    func everyFormatKeepsTheExitCode(_ format: String) throws {
        let ws = try AlignWorkspace(rules: Self.tooMany)
        defer { ws.remove() }
        let r = try ws.align(["--format", format])
        #expect(r.exit == 1)
        #expect(r.stdout.contains("too-many-kpis"))
        if format == "json" || format == "sarif" {
            #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil)
        }
    }

    @Test func outputGoesToAFile() throws {
        let ws = try AlignWorkspace(rules: Self.tooMany)
        defer { ws.remove() }
        let r = try ws.align(["--format", "json", "--output", ws.root + "/findings.json"])
        #expect(r.exit == 1)
        #expect(r.stdout == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ws.read("findings.json").utf8)) as? [String: Any])
        let scores = try #require(json["scores"] as? [String: Any])
        let c1 = try #require((scores["contracts"] as? [[String: Any]])?.first)
        #expect(c1["score"] as? Double == 80)
        #expect(((c1["deductions"] as? [[String: Any]])?.first?["rule"]) as? String == "too-many-kpis")
    }

    @Test func aBadFormatIsAUsageError() throws {
        let ws = try AlignWorkspace(rules: Self.tooMany)
        defer { ws.remove() }
        let r = try ws.align(["--format", "xml"])
        #expect(r.exit == 64)
        #expect(r.stderr.contains("'xml' is invalid for '--format"))
        #expect(try ws.align(["--as-of", "24/11/2026"]).exit == 64)
    }

    @Test func anOptionOfTheWrongTypeIsReportedAndFails() throws {
        let ws = try AlignWorkspace(rules: ["too-many-kpis": "{max: lots}"])
        defer { ws.remove() }
        let r = try ws.align()
        #expect(r.exit == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("missionkpi.yaml:"))
        #expect(r.stderr.contains("error: option 'max' of rule 'too-many-kpis' must be a number (default: 10); the default was used"))
    }

    @Test func anUnknownRuleOrOptionStopsValidateAndAlign() throws {
        let ws = try AlignWorkspace(rules: [:])
        defer { ws.remove() }
        try ws.write(ws.read("missionkpi.yaml") + "  too-many-kpi: warning\n", to: "missionkpi.yaml")
        for args in [["validate"], ["align", "--as-of", "2026-11-24"]] {
            let r = try CLI.run(args + ["--workspace", ws.root])
            #expect(r.exit == 1)
            #expect((r.stdout + r.stderr).contains("unknown rule 'too-many-kpi' in 'rules'; did you mean 'too-many-kpis'?"))
        }
        try ws.write(
            ws.read("missionkpi.yaml").replacingOccurrences(of: "  too-many-kpi: warning\n", with: "")
                .replacingOccurrences(of: "too-many-kpis: off", with: "too-many-kpis: {maks: 3}"), to: "missionkpi.yaml")
        let r = try CLI.run(["validate", "--workspace", ws.root])
        #expect(r.exit == 1)
        #expect(r.stdout.contains("unknown option 'maks' for rule 'too-many-kpis'; did you mean 'max'?"))
    }

    @Test func sarifOfEveryRuleValidatesAgainstTheSchema() throws {
        var on: [String: String] = [:]
        for id in try CLI.run(["rules", "--format", "json"]).stdout.split(separator: "\"id\": \"").dropFirst() {
            on[String(id.prefix { $0 != "\"" })] = "{}"
        }
        let ws = try AlignWorkspace(rules: on)
        defer { ws.remove() }
        let r = try ws.align(["--format", "sarif", "--output", ws.root + "/out.sarif"])
        #expect(r.stderr.contains("align: "))
        let schema = CLI.repositoryRoot + "/Tests/MissionKPIPublishTests/Golden/findings/sarif-schema-2.1.0.json"
        let check = try Python.run([
            "-c",
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            v = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
            errors = list(v.iter_errors(doc)); [print(e.message) for e in errors]
            print(len(doc["runs"][0]["results"]), "results")
            sys.exit(1 if errors else 0)
            """, schema, ws.root + "/out.sarif",
        ])
        #expect(check.exit == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.hasPrefix("0 results"))
    }
}
