import MissionKPI

/// `align --format sarif`: SARIF 2.1.0 (OASIS), one run, every registered rule described with its
/// rationale and help, standing and baselined findings as results, waived findings as results with an
/// in-source suppression. GitHub code scanning turns the results into pull-request annotations.
public enum FindingsSARIF {
    /// The published schema the output validates against.
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The base every artifact location is relative to: the workspace folder.
    public static let sourceRoot = "%SRCROOT%"
    /// The key of the partial fingerprint (stable across lines moving).
    public static let fingerprintKey = "missionkpi/v1"

    /// The SARIF log, pretty-printed. `rules` are described in `tool.driver.rules` (default: every registered rule).
    public static func render(_ report: AlignmentReport, workspace: Workspace, rules: [any Rule] = RuleRegistry.all) -> String {
        var index: [String: Int] = [:]
        for (i, r) in rules.enumerated() where index[r.description.id] == nil { index[r.description.id] = i }
        let results = FindingStatus.all(report).map { result($1, status: $0, index: index) }
        let run: JSONValue = .object([
            (
                "tool",
                .object([
                    (
                        "driver",
                        .object([
                            ("name", .string("missionkpi")), ("version", .string(MissionKPIVersion.current)),
                            ("semanticVersion", .string(MissionKPIVersion.current)),
                            (
                                "rules",
                                .array(
                                    zip(rules, RulesReference.sampleFindings(rules)).map {
                                        descriptor($0, sample: $1, settings: workspace.settings)
                                    })
                            ),
                        ])
                    )
                ])
            ),
            ("invocations", .array([invocation(report)])),
            (
                "originalUriBaseIds",
                .object([
                    (
                        sourceRoot,
                        .object([
                            (
                                "description",
                                .object([("text", .string("The workspace folder (holding missionkpi.yaml, Missions/ and Contracts/)."))])
                            )
                        ])
                    )
                ])
            ),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSONValue.object([("$schema", .string(schema)), ("version", .string("2.1.0")), ("runs", .array([run]))]).render() + "\n"
    }

    /// SARIF's three levels for our three severities.
    public static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func result(_ f: Finding, status: FindingStatus, index: [String: Int]) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("ruleId", .string(f.ruleID))]
        if let i = index[f.ruleID] { pairs.append(("ruleIndex", .int(i))) }
        pairs += [
            ("level", .string(level(f.severity))),
            ("message", .object([("text", .string(f.fix.isEmpty ? f.message : "\(f.message). Fix: \(f.fix)"))])),
            ("locations", .array([location(f.location)])),
            ("partialFingerprints", .object([(fingerprintKey, .string(f.fingerprint))])),
        ]
        if let w = f.waivedBy {
            let justification = "\(w.reason) (approved by \(w.approvedBy), expires \(w.expires), waiver at \(w.location))"
            pairs.append(("suppressions", .array([.object([("kind", .string("inSource")), ("justification", .string(justification))])])))
        }
        pairs.append(
            (
                "properties",
                .object([
                    ("status", .string(status.rawValue)), ("subject", .string(f.subject.description)), ("fix", .string(f.fix)),
                ])
            ))
        return .object(pairs)
    }

    static func location(_ l: SourceLocation) -> JSONValue {
        .object([
            (
                "physicalLocation",
                .object([
                    ("artifactLocation", .object([("uri", .string(uri(l.file))), ("uriBaseId", .string(sourceRoot))])),
                    ("region", .object([("startLine", .int(max(1, l.line))), ("startColumn", .int(max(1, l.column)))])),
                ])
            )
        ])
    }

    /// A workspace-relative path as a relative URI reference (each segment percent-encoded).
    static func uri(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    static func invocation(_ report: AlignmentReport) -> JSONValue {
        .object([
            ("executionSuccessful", .bool(true)),
            (
                "toolConfigurationNotifications",
                .array(
                    report.configurationErrors.map { d in
                        .object([
                            ("level", .string(level(d.severity))), ("message", .object([("text", .string(d.message))])),
                            ("locations", .array([location(d.location)])),
                        ])
                    })
            ),
        ])
    }
}
