import Foundation

/// A contract over £5m (including VAT) without at least three KPIs or an exemption.
struct KPIsRequiredOverThreshold: Rule {
    static let description = RuleDescription(
        id: "kpis-required-over-threshold",
        title: "Contract over £5m without three KPIs",
        summary: "A contract worth more than £5m including VAT has fewer than three KPIs and no recorded exemption.",
        rationale: """
            Procurement Act 2023 s.52(1): before entering into a public contract with an estimated value of more \
            than £5 million (including VAT), a contracting authority must set at least three KPIs and publish them \
            (s.52(2) exempts contracts whose performance could not appropriately be assessed by KPIs; frameworks, \
            concessions and light-touch contracts are outside the duty).
            """,
        family: .statutory,
        severity: .error,
        options: [RuleOptionSpec("threshold", "Value including VAT above which KPIs are required (GBP).", default: .number(5_000_000))],
        triggering: [
            RuleExample(contract: ExampleWorkspace.contractHead + "\nkpis:\n" + ExampleWorkspace.kpis.components(separatedBy: "\n  - id: report-time")[0] + "\n"),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(contract: ExampleWorkspace.contractHead.replacingOccurrences(of: "12000000", with: "900000") + "\nkpis:\n" + ExampleWorkspace.kpis.components(separatedBy: "\n  - id: report-time")[0] + "\n"),
            RuleExample(contract: ExampleWorkspace.contractHead + "\nkpi_exemption: One-off delivery of equipment; performance is accepted on delivery.\n"),
        ]
    )

    static let exemptProcedures: Set<Procedure> = [.framework, .concession, .lightTouch]

    func check(_ context: RuleContext) -> [Finding] {
        let threshold = Decimal(context.number("threshold"))
        return context.workspace.contracts.compactMap { c in
            guard c.value.grossAmount > threshold, c.kpis.count < 3, c.kpiExemption == nil else { return nil }
            if let p = c.procedure, Self.exemptProcedures.contains(p) { return nil }
            let amount = Money.describe(c.value.grossAmount)
            return context.finding(
                "the contract is worth \(amount) including VAT but has \(c.kpis.count) KPI\(c.kpis.count == 1 ? "" : "s"); the Procurement Act 2023 s.52 requires at least three over £5m",
                at: c.locations.has("kpis") ? c.locations["kpis"] : c.locations["value"], subject: .contract(c.id),
                fix: "set at least three KPIs that evidence the mission outcome, or record why KPIs are not appropriate in 'kpi_exemption'")
        }
    }
}
