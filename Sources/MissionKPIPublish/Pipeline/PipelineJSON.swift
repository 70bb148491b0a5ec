import MissionKPI

/// `pipeline --format json`: the pipeline, structured, for the published open data. Amounts are
/// pounds including VAT.
enum PipelineJSON {
    typealias W = Words

    static func render(_ p: CommercialPipeline) -> String {
        JSONValue.object([
            ("as_of", .string(p.asOf.description)),
            ("department", .text(p.department)),
            ("financial_year_start", .string(p.financialYearStart.description)),
            ("lead_time_months", .int(p.leadTimeMonths)),
            ("years", .array(p.years.map { y in
                .object([
                    ("label", .string(y.label)), ("start", .string(y.start.description)), ("end", .string(y.end.description)),
                    ("value_gbp", W.json(y.value)), ("contracts", .array(y.entries.map { entry($0, p.asOf) })),
                ])
            })),
            ("s93", .object([
                ("label", .string(p.s93.label)), ("start", .string(p.s93.start.description)), ("end", .string(p.s93.end.description)),
                ("threshold_gbp", W.json(p.s93.threshold)), ("value_gbp", W.json(p.s93.value)),
                ("contracts", .array(p.s93.entries.map { entry($0, p.asOf) })),
            ])),
        ]).render() + "\n"
    }

    static func entry(_ e: PipelineEntry, _ asOf: Day) -> JSONValue {
        .object([
            ("id", .string(e.contract)),
            ("title", .string(e.title)),
            ("department", .string(e.department)),
            ("supplier", .string(e.supplier)),
            ("value_gbp", W.json(e.value)),
            ("tier", .text(e.tier)),
            ("end", .string(e.end.description)),
            ("procurement_start", .string(e.procurementStart.description)),
            ("procurement_start_planned", .bool(e.procurementPlanned)),
            ("procurement_due", .bool(e.procurementDue(on: asOf))),
            ("missions", .array(e.missions.map { .string($0) })),
            ("alignment_score", .number(e.score)),
            ("findings", .array(e.findings.map(OwnershipJSON.finding))),
        ])
    }
}
