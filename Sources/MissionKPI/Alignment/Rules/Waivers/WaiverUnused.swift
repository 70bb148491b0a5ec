/// A current waiver that covers nothing.
struct WaiverUnused: Rule {
    static let description = RuleDescription(
        id: "waiver-unused",
        title: "Unused waiver",
        summary: "A complete, unexpired waiver matches no finding: its rule no longer fires on its KPI or contract.",
        rationale: """
            A waiver that covers nothing is stale paperwork: the finding it accepted has gone, and the waiver \
            would silently hide the same finding if it came back before the expiry. Keeping the record of \
            accepted risks current is part of managing the contract (Contract Management Professional \
            Standards; NAO, Transforming government's contract management, 2014).
            """,
        family: .waivers,
        severity: .warning,
        triggering: [
            // The KPI's data are independent: supplier-only-data does not fire, so the waiver covers nothing.
            RuleExample(kpi: WaiverWords.exampleKPI(dataSource: "independent", waiver: """
                    reason: An independent audit of scan logs starts in April 2027.
                    approved_by: p-sro
                    expires: 2027-04-30
                """)),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(kpi: WaiverWords.exampleKPI(dataSource: "supplier", waiver: """
                    reason: An independent audit of scan logs starts in April 2027.
                    approved_by: p-sro
                    expires: 2027-04-30
                """)),
            // The waived rule is switched off, so nothing could match: not the waiver's fault.
            RuleExample(
                kpi: WaiverWords.exampleKPI(dataSource: "independent", waiver: """
                        reason: An independent audit of scan logs starts in April 2027.
                        approved_by: p-sro
                        expires: 2027-04-30
                    """),
                files: ["missionkpi.yaml": "rules:\n  supplier-only-data: off\n"]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        WaiverWords.keyed(context.waiverUse).compactMap { use, key in
            let w = use.waiver
            guard w.isComplete, let expires = w.expires, expires >= context.asOf, use.matched == 0 else { return nil }
            if context.workspace.settings.rules[w.rule]?.isOff == true { return nil }
            // A waiver of a changes rule can match only when two revisions are compared.
            if context.previous == nil, RuleRegistry.changesRuleIDs.contains(w.rule) { return nil }
            return context.finding(
                "\(WaiverWords.name(use)) (until \(expires)) matches no finding: the rule no longer fires here, so the "
                    + "waiver is stale paperwork that would silently hide the finding if it came back",
                at: w.locations["rule"], subject: use.subject,
                fix: "remove the waiver; write a new one if the finding returns and is still accepted", key: key)
        }
    }
}
