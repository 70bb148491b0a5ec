import Foundation

/// A department where too many of its high-value contracts are not managed by commercial specialists.
struct DepartmentNonSpecialistShare: Rule {
    static let description = RuleDescription(
        id: "department-non-specialist-share",
        title: "Department's high-value contracts mostly managed by non-specialists",
        summary: "More than the configured share of a department's contracts over £5m are not managed by commercial specialists.",
        rationale: """
            The IfG (The Role of Procurement in Delivering Mission-Led Government) found contract management \
            "too often left to junior officials without commercial expertise", which "risks reducing \
            accountability for performance", and asks departments to have commercial specialists manage their \
            contracts. One such contract is a case; most of a department's large contracts is a pattern.
            """,
        family: .ownership,
        severity: .warning,
        options: [
            RuleOptionSpec("threshold", "Contracts worth more than this, in pounds including VAT, count as high-value.", default: .number(5_000_000)),
            RuleOptionSpec("max_share", "The largest share (0 to 1) of high-value contracts that may lack a specialist manager.", default: .number(0.5)),
        ],
        triggering: [
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior")])),
            // A contract with no manager has no specialist managing it either.
            RuleExample(contract: ownershipExample([("manager: p-spec", "")])),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(
                contract: ownershipExample([("manager: p-spec", "manager: p-junior")]),
                files: ["missionkpi.yaml": "rules:\n  department-non-specialist-share: {max_share: 1}\n"]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let threshold = context.pounds("threshold")
        let maxShare = context.number("max_share")
        var highByDepartment: [String: [Contract]] = [:]
        for c in context.workspace.contracts where c.end >= context.asOf && c.value.grossAmount > threshold {
            highByDepartment[c.department, default: []].append(c)
        }
        var out: [Finding] = []
        for d in context.workspace.departments {
            let high = highByDepartment[d.id] ?? []
            guard !high.isEmpty else { continue }
            let without = high.filter { context.manager(of: $0)?.commercialSpecialist != true }
            let share = Double(without.count) / Double(high.count)
            guard share > maxShare else { continue }
            out.append(context.finding(
                "\(without.count) of the department's \(high.count) contract\(high.count == 1 ? "" : "s") over \(Money.describe(threshold)) (\(percent(share))) are not managed by a commercial specialist (\(without.map(\.id).joined(separator: ", "))), more than the \(percent(maxShare)) allowed",
                at: d.locations["id"], subject: .department(d.id),
                fix: "move the department's largest contracts to commercial specialists, or train and accredit their managers as specialists"))
        }
        return out
    }

    func percent(_ share: Double) -> String { fmt((share * 1000).rounded() / 10) + "%" }
}
