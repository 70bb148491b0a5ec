/// A KPI whose words name nothing to count or measure, with no unit stated: it cannot be rated as written.
struct KPINamesNoQuantity: Rule {
    static let description = RuleDescription(
        id: "kpi-names-no-quantity",
        title: "KPI that names no quantity",
        summary: "A KPI's words name nothing to count or measure (no percentage, number, time, score or amount) and no unit is stated.",
        rationale: MissingField.rationale + """
             Reg. 39(5) rates performance against a KPI on a five-point scale; a KPI that names no quantity \
            ("Emergency Response Performance", "Planned Maintenance Completion") leaves the supplier and the \
            authority to choose the measure after the fact, so two readers can rate the same performance two ways.
            """,
        family: .smart,
        severity: .warning,
        triggering: [
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: Emergency Response Performance
                        """))
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: Emergency Response Performance
                            description: Percentage of emergency repairs attended within 4 hours
                            unit: percent
                            inferred: [unit]
                        """)),
            // A bare topic or a placeholder is reported by its own rule, not twice.
            RuleExample(
                contract: WordsRuleSupport.importedContract(
                    kpis: """
                          - id: "1"
                            source_id: "1"
                            title: Safeguarding
                        """)),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.flatMap { c in
            c.kpis.compactMap { k -> Finding? in
                guard k.unit == nil else { return nil }
                let r = KPIWords.read(title: k.title, description: k.description)
                guard !r.namesQuantity, !r.isPlaceholder, !r.isBareTopic else { return nil }
                return context.finding(
                    "the words of the KPI '\(k.id)', \(WordsRuleSupport.quoted(k)), name nothing to count or measure "
                        + "and no unit is stated: it cannot be rated as written",
                    at: k.locations.has("description") ? k.locations["description"] : k.locations["title"], subject: .kpi(c.id, k.id),
                    fix: "say what is measured and in what unit: a percentage of something, a number of something, a time, "
                        + "a score or an amount (e.g. 'percentage of emergency repairs attended within 4 hours')")
            }
        }
    }
}
