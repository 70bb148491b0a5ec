/// A waiver's expiry moved later (or was removed) since the earlier revision.
struct WaiverExtended: Rule {
    static let description = RuleDescription(
        id: "waiver-extended",
        title: "Waiver extended",
        summary: "Since the earlier revision, a waiver's expiry date moved later or was removed.",
        rationale: """
            A waiver accepts a finding for a time while something is put right (NAO, Transforming government's \
            contract management, 2014, on reliance on supplier data). Extending it again and again turns a \
            temporary acceptance into a permanent one, out of the board's sight. Each extension should be a \
            decision the board sees, with a new reason.
            """,
        family: .changes,
        severity: .warning,
        triggering: [
            RuleExample(
                before: .init(
                    kpi: WaiverWords.exampleKPI(
                        dataSource: "supplier",
                        waiver: "    reason: An independent audit starts in 2027.\n    approved_by: p-sro\n    expires: 2027-01-31")),
                kpi: WaiverWords.exampleKPI(
                    dataSource: "supplier", waiver: "    reason: The audit was delayed.\n    approved_by: p-sro\n    expires: 2027-12-31"))
        ],
        nonTriggering: [
            RuleExample(
                before: .init(
                    kpi: WaiverWords.exampleKPI(
                        dataSource: "supplier",
                        waiver: "    reason: An independent audit starts in 2027.\n    approved_by: p-sro\n    expires: 2027-01-31")),
                kpi: WaiverWords.exampleKPI(
                    dataSource: "supplier",
                    waiver: "    reason: An independent audit starts in 2027.\n    approved_by: p-sro\n    expires: 2027-01-31")),
            RuleExample(
                before: .base,
                kpi: WaiverWords.exampleKPI(
                    dataSource: "supplier",
                    waiver: "    reason: An independent audit starts in 2027.\n    approved_by: p-sro\n    expires: 2027-12-31")),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for (c, before) in ChangeMatch.contracts(context) {
            out += compare(c.waivers, before.waivers, subject: .contract(c.id), context)
            for k in c.kpis {
                guard let old = before.kpi(k.id) else { continue }
                out += compare(k.waivers, old.waivers, subject: .kpi(c.id, k.id), context)
            }
        }
        return out
    }

    /// Waivers of one subject, paired by rule in the order written.
    func compare(_ now: [Waiver], _ before: [Goalposts.WaiverTerm], subject: Subject, _ context: RuleContext) -> [Finding] {
        var earlier: [String: [Goalposts.WaiverTerm]] = [:]
        for w in before { earlier[w.rule, default: []].append(w) }
        var seen: [String: Int] = [:]
        var out: [Finding] = []
        for w in now {
            let n = seen[w.rule, default: 0]
            seen[w.rule] = n + 1
            guard let list = earlier[w.rule], n < list.count, let was = list[n].expires else { continue }
            let key = n == 0 ? w.rule : "\(w.rule)#\(n + 1)"
            let fix = "let the waiver expire and put the finding right, or have the extension approved and reviewed by the board"
            guard let expires = w.expires else {
                out.append(
                    context.finding(
                        "the waiver of '\(w.rule)' on \(subject) no longer has an expiry (it expired on \(was) in the earlier revision)",
                        at: w.locations.location, subject: subject, fix: fix, key: key))
                continue
            }
            guard expires > was else { continue }
            out.append(
                context.finding(
                    "the waiver of '\(w.rule)' on \(subject) was extended from \(was) to \(expires) (\(TargetDatePushedBack.span(was, expires)) longer) since the earlier revision",
                    at: w.locations["expires"], subject: subject, fix: fix, key: key))
        }
        return out
    }
}
