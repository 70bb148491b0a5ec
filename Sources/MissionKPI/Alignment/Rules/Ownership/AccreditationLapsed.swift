/// A contract manager whose accreditation is older than its renewal period.
struct AccreditationLapsed: Rule {
    static let description = RuleDescription(
        id: "accreditation-lapsed",
        title: "Lapsed accreditation",
        summary: "The manager's contract management accreditation is older than its renewal period.",
        rationale: """
            The Contract Management Professional Standards accredit contract managers at Foundation, \
            Practitioner and Expert level, and Foundation accreditation is renewed every 2 years; a lapsed \
            accreditation no longer shows the commercial expertise the IfG (The Role of Procurement in \
            Delivering Mission-Led Government) asks of the people who manage contracts.
            """,
        family: .ownership,
        severity: .warning,
        options: [
            RuleOptionSpec("foundation_years", "Years a Foundation accreditation lasts (0: it never lapses).", default: .number(2)),
            RuleOptionSpec("practitioner_years", "Years a Practitioner accreditation lasts (0: it never lapses).", default: .number(0)),
            RuleOptionSpec("expert_years", "Years an Expert accreditation lasts (0: it never lapses).", default: .number(0)),
        ],
        triggering: [
            // p-junior's foundation accreditation dates from 2022-01-10.
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior")])),
            // p-spec's expert accreditation (2025-06-01) lapses after one year when so configured.
            RuleExample(files: ["missionkpi.yaml": "rules:\n  accreditation-lapsed: {expert_years: 1}\n"]),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(
                contract: ownershipExample([("manager: p-spec", "manager: p-junior")]),
                files: ["missionkpi.yaml": "rules:\n  accreditation-lapsed: {foundation_years: 5}\n"]),
            // Still current on its second anniversary; it lapses the day after.
            RuleExample(contract: ownershipExample([("manager: p-spec", "manager: p-junior")]), asOf: "2024-01-10"),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for c in context.ownedContracts {
            guard let p = context.manager(of: c), let a = p.accreditation, let date = a.date,
                let years = years(a.level, context), years > 0
            else { continue }
            let lapses = date.adding(months: years * 12)
            guard lapses < context.asOf else { continue }
            out.append(context.finding(
                "the manager, \(context.display(p)), holds \(a.level.rawValue) accreditation dated \(date), which lapsed on \(lapses) (\(a.level.rawValue) is renewed every \(years) year\(years == 1 ? "" : "s"))",
                at: c.locations["manager"], subject: .contract(c.id),
                fix: "renew the manager's accreditation and update its date in Contracts/\(c.manager!.department)/department.yaml, or hand the contract to a currently accredited manager"))
        }
        return out
    }

    /// The renewal period of a level, in whole years; nil for `none`.
    func years(_ level: AccreditationLevel, _ context: RuleContext) -> Int? {
        switch level {
        case .none: nil
        case .foundation: Int(context.number("foundation_years"))
        case .practitioner: Int(context.number("practitioner_years"))
        case .expert: Int(context.number("expert_years"))
        }
    }
}
