/// A contract whose KPIs all measure inputs or activities: nothing it delivers or changes is measured.
struct EffortOnlyKPIs: Rule {
    static let description = RuleDescription(
        id: "effort-only-kpis",
        title: "Contract with only input or activity KPIs",
        summary: "Every KPI of a contract is at level input or activity: nothing the contract delivers or changes is measured.",
        rationale: """
            The Institute for Government found that contracting has focused on inputs and outputs rather than \
            outcomes, and asks departments to review existing contracts whose KPIs are poorly aligned with an \
            outcomes-led approach (IfG, The Role of Procurement in Delivering Mission-Led Government). A contract \
            measured only by effort (meetings held, reports submitted, policies complied with) can be rated good \
            on every KPI while the service is poor and nothing changes for the people it serves. This finding \
            replaces no-outcome-kpis for such a contract, and names the outcome it serves when it is linked to one.
            """,
        family: .outcomeFocus,
        severity: .warning,
        triggering: [
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: Quality Assurance Meetings
                            level: activity
                            inferred: [level]
                          - id: "2"
                            source_id: "2"
                            title: Reporting Compliance
                            level: activity
                            inferred: [level]
                        """)),
            RuleExample(
                contract: ExampleWorkspace.contractHead.replacingOccurrences(of: "demo/capacity", with: "demo/faster-diagnosis") + """

                    kpis:
                      - id: staff
                        title: Radiographers recruited
                        level: input
                        measures: demo/recruit
                        unit: count
                        direction: increase
                    """),
        ],
        nonTriggering: [
            RuleExample(),
            // One KPI of unknown level might be the output or outcome: not judged.
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: Quality Assurance Meetings
                            level: activity
                            inferred: [level]
                          - id: "2"
                            source_id: "2"
                            title: Sustainability
                        """)),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let ws = context.workspace
        return ws.contracts.compactMap { c -> Finding? in
            guard !c.kpis.isEmpty, c.kpis.allSatisfy({ $0.level?.isEffort == true }) else { return nil }
            let levels = c.kpis.map { "\($0.id): \($0.level?.rawValue ?? "")\($0.inferredNote(.level))" }.joined(separator: ", ")
            let served = c.contributesTo.first { link in
                ws.milestone(link.node) != nil || ws.node(link.node).map { $0.level == .outcome || $0.level == .impact } == true
            }
            return context.finding(
                (c.kpis.count == 1 ? "the contract's only KPI counts" : "all \(c.kpis.count) KPIs of the contract count")
                    + " effort (\(levels))" + (served.map { ", though it serves \($0.node)" } ?? "")
                    + ": it can be rated good on every KPI while nothing is delivered and nothing changes",
                at: c.locations.has("kpis") ? c.locations["kpis"] : c.locations["id"], subject: .contract(c.id),
                fix: "add output KPIs for what the contract delivers and an outcome KPI for what it is for"
                    + (served.map { " (\($0.node))" } ?? "") + ", with targets; keep effort measures for contract management")
        }
    }
}
