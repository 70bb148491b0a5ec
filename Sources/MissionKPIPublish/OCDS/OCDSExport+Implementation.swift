import MissionKPI

extension OCDSExport {
    /// The UK9-ready `implementation` release: for each most material KPI one observation per s.71
    /// assessment due, with the mean of its returns as text (`measure`) and the reg. 39(5) rating as the
    /// UK extension's `measureClassification`; and the contract performance notice as a document.
    static func implementationRelease(_ x: ReleaseContext, due: [AnnualAssessment]) -> OCDSJSON {
        let kpis = AnnualAssessor.mostMaterial(x.contract)
        let metrics: [OCDSJSON] = kpis.map { k in
            .object([
                ("id", .string(metricID(k))),
                ("title", .string(x.text(k.title))),
                ("observations", .array(due.compactMap { a in a.kpiRatings.first { $0.kpi == k.id }.map { assessed($0, k, a) } })),
            ])
        }
        let documents: [OCDSJSON] = due.map { a in
            .object([
                ("id", .string("uk9-year-\(a.year)")),
                ("documentType", .string("implementationNotice")),
                ("noticeType", .string("UK9")),
                ("title", .string("Contract performance notice: year \(a.year), \(a.start) to \(a.end)")),
                ("description", .string("Ready to publish on Find a Tender. Overall: \(x.text(a.rationale))")),
                ("language", .string("en")),
            ])
        }
        let contract = OCDSJSON.object([
            ("id", .string(x.contractID)),
            ("awardID", .string(awardID)),
            ("implementation", .object([("metrics", .array(metrics))])),
            ("documents", .array(documents)),
        ])
        return .object(
            head(x, tag: "implementation") + [
                ("tender", .object([("id", .string(x.contract.id)), ("title", .string(x.text(x.contract.title)))])),
                ("awards", .array([award(x)])),
                ("contracts", .array([contract])),
                ("language", .string("en")),
            ])
    }

    /// One KPI's rating for one assessment period.
    static func assessed(_ r: KPIPeriodRating, _ k: KPI, _ a: AnnualAssessment) -> OCDSJSON {
        let code = PublishedAssessment.Classification(rating: r.rating)
        var notes: String?
        if r.rating == .other {
            notes =
                r.mean == nil
                ? "No data: none of this KPI's returns ended in the assessment period, so it could not be rated."
                : "Not rated: the KPI has neither bands nor a target to rate its mean against."
        } else {
            notes = "Mean of \(r.periodsRated) return\(r.periodsRated == 1 ? "" : "s") in the period."
        }
        return .object([
            ("id", .string("year-\(a.year)")),
            (
                "period",
                .object([("startDate", .string(dateTime(a.start, endOfDay: false))), ("endDate", .string(dateTime(a.end, endOfDay: true)))])
            ),
            ("measure", .text(r.mean.map { ValueText.value($0, k.unit) })),
            (
                "measureClassification",
                .object([("id", .string(code.rawValue)), ("description", .string(classificationDescription(code)))])
            ),
            ("notes", .text(notes)),
        ])
    }

    /// The words Find a Tender gives each classification ("Good - performance is meeting or exceeding the
    /// KPI", as in the real UK9 notice in `shared/reference/fts/`); the others follow the same pattern.
    public static func classificationDescription(_ c: PublishedAssessment.Classification) -> String {
        switch c {
        case .met: "Good - performance is meeting or exceeding the KPI"
        case .slightlyBelow: "Approaching target - performance is close to meeting the KPI"
        case .below: "Requires improvement - performance is below the KPI"
        case .significantlyBelow: "Inadequate - performance is significantly below the KPI"
        case .other: "Other"
        }
    }
}
