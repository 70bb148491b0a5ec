/// A KPI exemption with no reason.
struct ExemptionWithoutReason: Rule {
    static let description = RuleDescription(
        id: "exemption-without-reason",
        title: "KPI exemption without a reason",
        summary: "A contract claims the s.52(2) exemption from KPIs without saying why.",
        rationale: """
            Procurement Act 2023 s.52(2): KPIs need not be set where the authority considers that performance could \
            not appropriately be assessed by them, and the contract details notice must then say why none were set \
            (OCDS `Contract.noAgreedMetricsRationale`). An exemption without a reason cannot be published or challenged.
            """,
        family: .statutory,
        severity: .error,
        triggering: [RuleExample(contract: ExampleWorkspace.contractHead + "\nkpi_exemption: true\n")],
        nonTriggering: [
            RuleExample(),
            RuleExample(contract: ExampleWorkspace.contractHead + "\nkpi_exemption: One-off purchase accepted on delivery.\n"),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.contracts.compactMap { c in
            guard let e = c.kpiExemption, e.reason == nil else { return nil }
            return context.finding(
                "the contract claims an exemption from KPIs but gives no reason",
                at: c.locations["kpi_exemption"], subject: .contract(c.id),
                fix: "replace 'true' with the reason performance cannot be assessed by KPIs (it is published), or set KPIs")
        }
    }
}
