/// A waiver missing its reason, its approver or its expiry.
struct WaiverIncomplete: Rule {
    static let description = RuleDescription(
        id: "waiver-incomplete",
        title: "Incomplete waiver",
        summary: "A waiver lacks a reason, an approver (`approved_by`) or an expiry; it suppresses nothing.",
        rationale: """
            Accepting a finding is a management decision and must be accountable: who accepted it, why, and \
            until when. The Institute for Government warns that leaving contract management to officials \
            without commercial expertise "risks reducing accountability for performance" (IfG, The Role of \
            Procurement in Delivering Mission-Led Government). An unsigned or open-ended waiver is not a \
            decision, so it suppresses nothing.
            """,
        family: .waivers,
        severity: .error,
        triggering: [
            RuleExample(kpi: WaiverWords.exampleKPI(dataSource: "supplier", waiver: """
                    reason: An independent audit of scan logs starts in April 2027.
                    approved_by: p-sro
                """)),
            RuleExample(kpi: WaiverWords.exampleKPI(dataSource: "supplier", waiver: """
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
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        WaiverWords.keyed(context.waiverUse).compactMap { use, key in
            let w = use.waiver
            guard !w.isComplete else { return nil }
            var missing: [String] = []
            if (w.reason ?? "").isEmpty { missing.append("a reason") }
            if w.approvedBy == nil { missing.append("an approver (approved_by)") }
            if w.expires == nil { missing.append("an expiry (expires)") }
            let stands = use.matched == 0
                ? "it matches no finding now either"
                : "the \(WaiverWords.findings(use.matched)) it was meant to cover stand\(use.matched == 1 ? "s" : "")"
            return context.finding(
                "\(WaiverWords.name(use)) lacks \(WaiverWords.list(missing)); an incomplete waiver suppresses "
                    + "nothing, so \(stands)",
                at: w.locations.location, subject: use.subject,
                fix: "give the waiver a reason, the person who accepted the finding (approved_by) and the date it "
                    + "ends (expires), or remove it", key: key)
        }
    }
}
