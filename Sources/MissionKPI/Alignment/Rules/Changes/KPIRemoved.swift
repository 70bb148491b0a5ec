/// A KPI (or a whole contract with its KPIs) present in the earlier revision and gone from the later one.
struct KPIRemoved: Rule {
    static let description = RuleDescription(
        id: "kpi-removed",
        title: "KPI removed or replaced",
        summary:
            "A KPI of the earlier revision is gone from its contract (replaced when the contract gained other KPIs), or the contract itself is gone.",
        rationale: """
            Dropping the KPI a contract is failing is the surest way to make it look well run. The KPIs \
            were set and published before the contract was entered into (Procurement Act 2023 s.52), and \
            the three most material ones in the contract details notice; s.71 assessments report against \
            them. A KPI removed or swapped for an easier one is a change to the contract's terms a board \
            should see; record an agreed change with a waiver of this rule on the contract.
            """,
        family: .changes,
        severity: .error,
        triggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI())),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["id": "results-sent", "title": "Results sent to the GP"])),
        ],
        nonTriggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI()),
            // A contract moved to another department's folder (a machinery-of-government change) keeps its
            // history: contracts are matched by id, not by file.
            RuleExample(
                before: .base,
                files: [
                    "Contracts/dept/c1.yaml": "",
                    "Contracts/dept2/department.yaml": ExampleWorkspace.department.replacing("id: dept\n", with: "id: dept2\n"),
                    "Contracts/dept2/c1.yaml": ChangeMatch.exampleContract(replacing: ["department": "department: dept2"]),
                ]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        guard let previous = context.previous else { return [] }
        var out: [Finding] = []
        for old in previous.contracts {
            guard let c = context.workspace.contract(old.id) else {
                out.append(contractGone(old, context))
                continue
            }
            let added = c.kpis.filter { old.kpi($0.id) == nil }.map { "'\($0.id)' (\($0.title))" }
            for k in old.kpis where c.kpi(k.id) == nil {
                let material = k.mostMaterial ? ", one of the three most material KPIs," : ""
                let replaced =
                    added.isEmpty ? "" : "; the contract gained \(WaiverWords.list(added)) in this revision, which may replace it"
                out.append(
                    context.finding(
                        "the KPI '\(k.id)' (\(k.title))\(material) was removed from the contract since the earlier revision\(replaced)",
                        at: c.locations.has("kpis") ? c.locations["kpis"] : c.locations["id"], subject: .kpi(c.id, k.id),
                        fix:
                            "restore the KPI, or record the board's decision with a waiver of 'kpi-removed' on the contract (reason, approver, expiry)",
                        key: k.id))
            }
        }
        return out
    }

    /// A contract gone from the workspace: reported at its department's file when the department remains,
    /// else at the file it was read from in the earlier revision.
    func contractGone(_ old: Goalposts.ContractGoal, _ context: RuleContext) -> Finding {
        let place = context.workspace.department(old.department)?.locations.location ?? SourceLocation(file: old.file, line: 1, column: 1)
        let n = old.kpis.count
        return context.finding(
            "the contract '\(old.id)' (\(old.title)) and its \(n) KPI\(n == 1 ? "" : "s") are no longer in the workspace (it was \(old.file))",
            at: place, subject: .contract(old.id),
            fix: "if the contract ended, say so in the review; if it moved, keep its id so its history follows it", key: "contract")
    }
}
