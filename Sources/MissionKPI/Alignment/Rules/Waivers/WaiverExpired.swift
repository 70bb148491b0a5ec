/// A complete waiver past its expiry date.
struct WaiverExpired: Rule {
    static let description = RuleDescription(
        id: "waiver-expired",
        title: "Expired waiver",
        summary: "A complete waiver's `expires` date is before the as-of date; the finding it covered stands again.",
        rationale: """
            A waiver accepts a finding for a time, while something is put right (for example an independent \
            data check, answering the NAO's finding that government is "too reliant on data supplied by \
            contractors": NAO, Transforming government's contract management, 2014). When it expires the \
            decision is due again: renew it with a new reason, or fix the finding.
            """,
        family: .waivers,
        severity: .error,
        triggering: [
            RuleExample(kpi: WaiverWords.exampleKPI(dataSource: "supplier", waiver: """
                    reason: An independent audit of scan logs starts in July 2026.
                    approved_by: p-sro
                    expires: 2026-06-30
                """)),
        ],
        nonTriggering: [
            RuleExample(),
            RuleExample(kpi: WaiverWords.exampleKPI(dataSource: "supplier", waiver: """
                    reason: An independent audit of scan logs starts in July 2026.
                    approved_by: p-sro
                    expires: 2026-06-30
                """), asOf: "2026-06-30"),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        WaiverWords.keyed(context.waiverUse).compactMap { use, key in
            let w = use.waiver
            guard w.isComplete, let expires = w.expires, expires < context.asOf else { return nil }
            let stands = use.matched == 0
                ? "its rule no longer fires here, so it is stale paperwork"
                : "the \(WaiverWords.findings(use.matched)) it covered stand\(use.matched == 1 ? "s" : "") again"
            return context.finding(
                "\(WaiverWords.name(use)) expired on \(expires) (approved by \(w.approvedBy!): \"\(w.reason!)\"); \(stands)",
                at: w.locations["expires"], subject: use.subject,
                fix: use.matched == 0
                    ? "remove the waiver"
                    : "put the finding right, or renew the waiver with a new reason, approver and expiry if it is still accepted",
                key: key)
        }
    }
}
