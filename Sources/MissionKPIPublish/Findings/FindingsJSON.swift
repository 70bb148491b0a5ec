import MissionKPI

/// `align --format json`: the summary, every finding (standing, baselined, waived), configuration
/// errors and the scores with each deduction, keys in a fixed order.
public enum FindingsJSON {
    /// How the scores are computed, in one sentence, so a reader of the JSON needs nothing else.
    public static let formula = AlignmentScores.formula

    /// The report as pretty-printed JSON.
    public static func render(_ report: AlignmentReport, workspace: Workspace) -> String {
        JSONValue.object([
            ("tool", .object([("name", .string("missionkpi")), ("version", .string(MissionKPIVersion.current))])),
            ("as_of", .string(report.asOf.description)),
            ("summary", summary(report)),
            ("findings", .array(report.findings.map { finding($0) })),
            ("baselined", .array(report.baselined.map { finding($0) })),
            ("waived", .array(report.waived.map { finding($0) })),
            ("configuration_errors", .array(report.configurationErrors.map(diagnostic))),
            ("scores", scores(report, workspace)),
        ]).render() + "\n"
    }

    static func summary(_ r: AlignmentReport) -> JSONValue {
        let c = r.countsBySeverity
        return .object([
            ("findings", .int(r.findings.count)),
            ("by_severity", .object(Severity.allCases.reversed().map { ($0.rawValue, .int(c[$0] ?? 0)) })),
            ("by_rule", .object(r.countsByRule.map { ($0.rule, .int($0.count)) })),
            ("baselined", .int(r.baselined.count)),
            ("waived", .int(r.waived.count)),
            ("configuration_errors", .int(r.configurationErrors.count)),
            ("fails", .bool(r.fails(strict: false))),
            ("fails_strict", .bool(r.fails(strict: true))),
        ])
    }

    static func finding(_ f: Finding) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(f.ruleID)), ("severity", .string(f.severity.rawValue)),
            ("file", .string(f.location.file)), ("line", .int(f.location.line)), ("column", .int(f.location.column)),
            (
                "subject",
                .object([("kind", .string(f.subject.kind.rawValue)), ("id", .string(f.subject.owner)), ("item", .string(f.subject.item))])
            ),
            ("message", .string(f.message)), ("fix", .string(f.fix)), ("key", .string(f.key)), ("fingerprint", .string(f.fingerprint)),
        ]
        if let w = f.waivedBy {
            pairs.append(
                (
                    "waiver",
                    .object([
                        ("file", .string(w.location.file)), ("line", .int(w.location.line)), ("column", .int(w.location.column)),
                        ("reason", .string(w.reason)), ("approved_by", .string(w.approvedBy)), ("expires", .string(w.expires.description)),
                    ])
                ))
        }
        return .object(pairs)
    }

    static func diagnostic(_ d: Diagnostic) -> JSONValue {
        .object([
            ("file", .string(d.location.file)), ("line", .int(d.location.line)), ("column", .int(d.location.column)),
            ("severity", .string(d.severity.rawValue)), ("message", .string(d.message)),
        ])
    }

    static func scores(_ r: AlignmentReport, _ ws: Workspace) -> JSONValue {
        var at: [String: SourceLocation] = [:]
        for f in r.baselined + r.findings { at[f.fingerprint] = f.location }
        func score(_ s: AlignmentScores.Score, title: String?) -> JSONValue {
            .object([
                ("id", .string(s.subject)), ("title", .text(title)), ("score", .number(s.score)),
                ("points_lost", .number(AlignmentScores.rounded(100 - s.score))),
                (
                    "deductions",
                    .array(
                        s.deductions.map { d in
                            .object([
                                ("rule", .string(d.ruleID)), ("severity", .string(d.severity.rawValue)), ("subject", .string(d.subject)),
                                ("fingerprint", .string(d.fingerprint)), ("location", .text(at[d.fingerprint]?.description)),
                                ("points", .number(d.points)),
                            ])
                        })
                ),
            ])
        }
        return .object([
            ("formula", .string(formula)),
            ("points", .object(Severity.allCases.reversed().map { ($0.rawValue, .number(AlignmentScores.points($0))) })),
            ("contracts", .array(r.scores.contracts.map { score($0, title: ws.contract($0.subject)?.title) })),
            ("missions", .array(r.scores.missions.map { score($0, title: ws.mission($0.subject)?.title) })),
        ])
    }
}
