/// The KPIs marked most material changed: one added to or dropped from the set, or one reworded.
struct MostMaterialChanged: Rule {
    static let description = RuleDescription(
        id: "most-material-changed",
        title: "Most material KPIs changed",
        summary:
            "Since the earlier revision, a KPI joined or left the most material set, or a most material KPI's title or description was reworded.",
        rationale: """
            The contract details notice (UK7) publishes the three KPIs most material to the contract's \
            performance (Procurement Act 2023 s.52, Procurement Regulations 2024), and the s.71 performance \
            notices (UK9) rate them. Changing which KPIs are most material, or what one says, after the notice \
            makes the published record and the assessment disagree; publish a corrected notice, or record the \
            decision with a waiver of this rule.
            """,
        family: .changes,
        severity: .warning,
        triggering: [
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI(["most_material": "true"])),
                kpi: ChangeMatch.exampleKPI()),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI(["most_material": "true"])),
                kpi: ChangeMatch.exampleKPI(["most_material": "true", "title": "Patients told their result within 21 days"])),
        ],
        nonTriggering: [
            RuleExample(before: .init(kpi: ChangeMatch.exampleKPI()), kpi: ChangeMatch.exampleKPI()),
            RuleExample(
                before: .init(kpi: ChangeMatch.exampleKPI()),
                kpi: ChangeMatch.exampleKPI(["title": "Patients told their result within 21 days"])),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        ChangeMatch.kpis(context).compactMap { c, k, before -> Finding? in
            let fix =
                "publish a corrected contract details notice, or restore the earlier KPI; record an agreed change with a waiver of 'most-material-changed' on the KPI"
            if k.mostMaterial != before.mostMaterial {
                let what = k.mostMaterial ? "is now one of the most material KPIs" : "is no longer one of the most material KPIs"
                return context.finding(
                    "the KPI '\(k.id)' \(what) (it \(before.mostMaterial ? "was" : "was not") in the earlier revision): the published set of three changed",
                    at: k.locations["most_material"], subject: .kpi(c.id, k.id), fix: fix)
            }
            guard k.mostMaterial else { return nil }
            if k.title != before.title {
                return context.finding(
                    "the most material KPI '\(k.id)' was reworded: its title was \"\(Self.short(before.title))\" and is now \"\(Self.short(k.title))\"",
                    at: k.locations["title"], subject: .kpi(c.id, k.id), fix: fix)
            }
            if k.description != before.description {
                return context.finding(
                    "the most material KPI '\(k.id)' was reworded: its description changed since the earlier revision",
                    at: k.locations["description"], subject: .kpi(c.id, k.id), fix: fix)
            }
            return nil
        }
    }

    /// At most 80 characters of a text, for messages.
    static func short(_ text: String) -> String { text.count <= 80 ? text : String(text.prefix(79)) + "…" }
}
