/// A KPI rating published in a contract performance notice (UK9) that the returns do not bear out.
struct PublishedRatingDisagrees: Rule {
    static let description = RuleDescription(
        id: "published-rating-disagrees",
        title: "Published rating disagrees with the returns",
        summary: """
            The classification a contract performance notice (UK9) published for a KPI and period differs from \
            the rating the recorded returns give for the same KPI and period.
            """,
        rationale: """
            Procurement Act 2023 s.71 and Procurement Regulations 2024 reg. 39 require the authority to publish its \
            assessment of each most material KPI on the five-point scale; the published rating is what Parliament, \
            the public and other buyers see. The NAO found government "too reliant on data supplied by contractors" \
            (Transforming government's contract management, 2014): a published rating better than the returns is \
            watermelon reporting in public, and one worse than the returns means the returns or the bands are not \
            what the authority actually judges by. Either way the record and the notice should say the same thing. \
            The published code maps to the reg. 39(5) ratings as met → good, slightlyBelow → approaching target, \
            below → requires improvement, significantlyBelow → inadequate (our reading of the UK extension's order); \
            a side rated `other` is not compared, and only the latest release for a KPI and period counts.
            """,
        family: .performance,
        severity: .warning,
        triggering: [
            // The returns give good (tests at 96% against a good edge of 95) for the year; the notice said slightly below.
            RuleExample(published: "c1,tests,2025-10-01/2026-09-30,slightlyBelow,91%"),
            // Published as met while the returns are inadequate (70% against a requires-improvement edge of 80).
            RuleExample(
                returns: (1...12).map { "c1,tests,2025-\($0 < 10 ? "0" : "")\($0),70" }.joined(separator: "\n"),
                published: "c1,tests,2025-01-01/2025-12-31,met,97%"),
        ],
        nonTriggering: [
            // The notice agrees with the returns.
            RuleExample(published: "c1,tests,2025-10-01/2026-09-30,met,96%"),
            // A later notice corrected the first one: only the latest counts.
            RuleExample(published: "c1,tests,2025-10-01/2026-09-30,below\nc1,tests,2025-10-01/2026-09-30,met"),
            // Published as other, and a period without returns: nothing to compare.
            RuleExample(published: "c1,tests,2025-10-01/2026-09-30,other\nc1,report-time,2023-01-01/2023-12-31,below"),
            // A KPI the workspace does not have (imported, then removed): not this rule's business.
            RuleExample(published: "c1,retired-kpi,2025-10-01/2026-09-30,below"),
        ]
    )

    func check(_ context: RuleContext) -> [Finding] {
        context.assessment.published.compactMap { c in
            guard !c.superseded, c.agreement == .disagrees, let contract = context.workspace.contract(c.published.contract),
                let kpi = contract.kpi(c.published.kpi)
            else { return nil }
            let p = c.published
            let measure = p.measure.map { ", measure \($0)" } ?? ""
            let mean =
                c.returns.mean.map {
                    " (mean \(ValueText.value($0, kpi.unit)) over \(c.returns.periodsRated) return\(c.returns.periodsRated == 1 ? "" : "s"))"
                } ?? ""
            let better = p.classification.rating < c.returns.rating
            return context.finding(
                "the \(p.noticeType) notice '\(p.release)' of \(p.releaseDate.prefix(10)) rated '\(kpi.id)' for \(p.periodText) "
                    + "\(p.classification.rawValue) (\(p.classification.rating.lowercasedLabel)\(measure)), but the returns for the "
                    + "same period give \(c.returns.rating.lowercasedLabel)\(mean): the published rating is "
                    + (better ? "better" : "worse") + " than the record",
                at: kpi.locations["id"], subject: .kpi(contract.id, kpi.id),
                fix: better
                    ? "check the returns and the bands against the notice; if the returns are right, publish a corrected contract performance notice (UK9)"
                    : "check the returns and the bands against the notice: record the missing or corrected returns, or fix the bands to those the authority rates by",
                key: "\(p.periodStart)/\(p.periodEnd)")
        }
    }
}
