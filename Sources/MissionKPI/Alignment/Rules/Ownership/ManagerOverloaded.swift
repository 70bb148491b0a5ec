import Foundation

/// A person who manages more contracts, or more contract value, than one manager can.
struct ManagerOverloaded: Rule {
    static let description = RuleDescription(
        id: "manager-overloaded",
        title: "Manager overloaded",
        summary: "A person manages more contracts, or more contract value, than the configured limits.",
        rationale: """
            The NAO (Transforming government's contract management, 2014) found too few contract managers \
            spread across too many contracts, and the IfG (The Role of Procurement in Delivering Mission-Led \
            Government) that thin contract management "risks reducing accountability for performance". A \
            manager stretched across many large contracts cannot manage any of them closely.
            """,
        family: .ownership,
        severity: .warning,
        options: [
            RuleOptionSpec("max_contracts", "The most contracts one person should manage.", default: .number(5)),
            RuleOptionSpec("max_value", "The most total contract value, in pounds including VAT, one person should manage.", default: .number(500_000_000)),
        ],
        triggering: [
            RuleExample(files: ["missionkpi.yaml": "rules:\n  manager-overloaded: {max_contracts: 0}\n"]),
            RuleExample(files: ["missionkpi.yaml": "rules:\n  manager-overloaded: {max_value: 10000000}\n"]),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(files: ["missionkpi.yaml": "rules:\n  manager-overloaded: {max_contracts: 1, max_value: 12000000}\n"]),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        let maxContracts = Int(context.number("max_contracts"))
        let maxValue = context.pounds("max_value")
        var load: [PersonRef: [Contract]] = [:]
        for c in context.ownedContracts {
            guard let m = c.manager else { continue }
            load[PersonRef(department: m.department, person: m.person, isQualified: true), default: []].append(c)
        }
        var out: [Finding] = []
        for (ref, contracts) in load.sorted(by: { ($0.key.department, $0.key.person) < ($1.key.department, $1.key.person) }) {
            guard let p = context.workspace.person(ref) else { continue }
            let total = contracts.reduce(Decimal(0)) { $0 + $1.value.grossAmount }
            var over: [String] = []
            if contracts.count > maxContracts { over.append("more than \(maxContracts) contract\(maxContracts == 1 ? "" : "s")") }
            if total > maxValue { over.append("more than \(Money.describe(maxValue)) in total") }
            guard !over.isEmpty else { continue }
            out.append(context.finding(
                "\(context.display(p)) manages \(contracts.count) contract\(contracts.count == 1 ? "" : "s") worth \(Money.describe(total)) including VAT (\(contracts.map(\.id).joined(separator: ", "))), \(over.joined(separator: " and ")); nobody can manage that many closely",
                at: p.locations["id"], subject: .department(ref.department, item: ref.person),
                fix: "share the contracts among more commercial specialists, or raise the limits in missionkpi.yaml if the team behind this manager is large"))
        }
        return out
    }
}
