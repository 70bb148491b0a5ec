/// The words and small judgements the contract and mission verdicts share.
enum VerdictText {
    /// `1 KPI`, `3 KPIs`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A KPI by its title and id: `'Scans reported within 7 days' (scan-turnaround)`.
    static func kpi(_ k: KPIAssessment, _ contract: Contract) -> String {
        guard let title = contract.kpi(k.kpi)?.title, !title.isEmpty else { return k.kpi }
        return "'\(title.split(whereSeparator: \.isNewline).joined(separator: " "))' (\(k.kpi))"
    }

    /// `1 error, 2 warnings` (info notes counted last), or `no findings`.
    static func severities(_ findings: [Finding]) -> String { SeverityWords.present(findings, none: "no findings") }

    /// Serious for an error, some concerns for a warning, no concerns for info notes or nothing.
    static func level(_ findings: [Finding]) -> VerdictLevel {
        if findings.contains(where: { $0.severity == .error }) { return .seriousConcerns }
        if findings.contains(where: { $0.severity == .warning }) { return .someConcerns }
        return .noConcerns
    }

    /// One reason per rule, most severe first, in the rule's own title: `KPI without a unit (2).`
    static func ruleReasons(_ findings: [Finding]) -> [String] {
        var counts: [String: (severity: Severity, n: Int)] = [:]
        for f in findings {
            let c = counts[f.ruleID]
            counts[f.ruleID] = (max(c?.severity ?? f.severity, f.severity), (c?.n ?? 0) + 1)
        }
        return counts.sorted { a, b in a.value.severity != b.value.severity ? a.value.severity > b.value.severity : a.key < b.key }
            .map { id, c in
                let title = RuleRegistry.rule(id)?.description.title ?? id
                return title + (c.n > 1 ? " (\(c.n) findings)" : "") + "."
            }
    }

    /// `1 off track, 1 at risk`: the statuses counted, worst first.
    static func statuses(_ list: [TrackStatus]) -> String {
        [TrackStatus.offTrack, .atRisk, .noData, .onTrack].compactMap { s in
            let n = list.filter { $0 == s }.count
            return n > 0 ? "\(n) \(s.lowercasedLabel)" : nil
        }.joined(separator: ", ")
    }

    /// The aspect at the level its reasons set: serious reasons first, then the others.
    static func aspect(_ a: VerdictAspect, figure: String, short: String, serious: [String], some: [String]) -> AspectVerdict {
        let level: VerdictLevel = !serious.isEmpty ? .seriousConcerns : !some.isEmpty ? .someConcerns : .noConcerns
        return AspectVerdict(aspect: a, level: level, figure: figure, reasons: serious + some, short: short)
    }

    /// The level a mission takes from its contracts' levels on one aspect: serious when at least a third
    /// of the contracts judged have serious concerns; some concerns when any has concerns or is not
    /// known; no concerns when all judged have none; not applicable when none was judged.
    static func aggregate(_ levels: [VerdictLevel]) -> VerdictLevel {
        let judged = levels.filter { $0.weight != nil }
        guard !judged.isEmpty else { return .notApplicable }
        let serious = judged.filter { $0 == .seriousConcerns }.count
        if serious > 0 && serious * 3 >= judged.count { return .seriousConcerns }
        return judged.contains { ($0.weight ?? 0) > 0 } ? .someConcerns : .noConcerns
    }
}
