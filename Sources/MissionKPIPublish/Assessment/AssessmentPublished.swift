import MissionKPI

/// The published (UK9) assessments of a contract beside the returns' ratings, in each `assess` format,
/// and the words the site uses for them.
public enum AssessmentPublished {
    /// "slightlyBelow (approaching target), measure 75%".
    public static func published(_ p: PublishedAssessment) -> String {
        "\(p.classification.rawValue) (\(p.classification.rating.lowercasedLabel))" + (p.measure.map { ", measure \($0)" } ?? "")
    }

    /// "good (mean 96% over 12 returns)", or why there is no rating.
    public static func returns(_ c: PublishedComparison, unit: Unit?) -> String {
        guard c.kpiKnown else { return "not a KPI of the workspace" }
        guard let mean = c.returns.mean else { return "no returns in the period" }
        let count = c.returns.periodsRated == 1 ? "1 return" : "\(c.returns.periodsRated) returns"
        let rating = c.returns.rating == .other ? "other (no bands or target)" : c.returns.rating.lowercasedLabel
        return "\(rating) (mean \(ValueText.value(mean, unit)) over \(count))"
    }

    /// "agrees", "DISAGREES", "not comparable", with "superseded" for an assessment a later release replaced.
    public static func agreement(_ c: PublishedComparison) -> String {
        let word =
            switch c.agreement {
            case .agrees: "agrees"
            case .disagrees: "DISAGREES"
            case .notComparable: "not comparable"
            }
        return c.superseded ? word + " (superseded)" : word
    }

    /// "UK9 ocds-…-uk9 of 2026-05-01".
    public static func release(_ p: PublishedAssessment) -> String { "\(p.noticeType) \(p.release) of \(p.releaseDate.prefix(10))" }

    /// The text report's lines for one contract (none when nothing was published).
    static func text(_ c: ContractAssessmentView) -> [String] {
        guard !c.published.isEmpty else { return [] }
        var rows = [["KPI", "period", "published", "returns give", "agreement", "release"]]
        for p in c.published {
            let unit = c.contract.kpi(p.published.kpi)?.unit
            rows.append([
                p.published.kpi, p.published.periodText, published(p.published), returns(p, unit: unit), agreement(p), release(p.published),
            ])
        }
        return ["    Published assessments (contract performance notices, UK9) beside the returns:"]
            + AssessmentWords.table(rows, indent: "      ")
    }

    /// The Markdown report's lines for one contract (none when nothing was published).
    static func markdown(_ c: ContractAssessmentView) -> [String] {
        guard !c.published.isEmpty else { return [] }
        var out = [
            "", "Published assessments (contract performance notices, UK9) beside the returns:", "",
            "| KPI | Period | Published | Returns give | Agreement | Release |", "|---|---|---|---|---|---|",
        ]
        for p in c.published {
            let unit = c.contract.kpi(p.published.kpi)?.unit
            out.append(
                AssessmentMarkdown.row([
                    "`\(p.published.kpi)`", p.published.periodText, published(p.published), returns(p, unit: unit), agreement(p),
                    release(p.published),
                ]))
        }
        return out
    }

    /// The JSON report's entry for one comparison.
    static func json(_ c: PublishedComparison) -> JSONValue {
        let p = c.published
        return .object([
            ("kpi", .string(p.kpi)), ("period", .string(p.periodText)), ("start", .string(p.periodStart.description)),
            ("end", .string(p.periodEnd.description)), ("measure", .text(p.measure)),
            ("classification", .string(p.classification.rawValue)),
            ("classification_description", .text(p.classificationDescription)), ("rating", .string(p.classification.rating.rawValue)),
            ("release", .string(p.release)), ("release_date", .string(p.releaseDate)), ("notice_type", .string(p.noticeType)),
            (
                "returns",
                .object([
                    ("rating", .string(c.returns.rating.rawValue)), ("mean", .number(c.returns.mean)),
                    ("periods", .int(c.returns.periodsRated)),
                ])
            ),
            ("agreement", .string(c.agreement.rawValue)), ("superseded", .bool(c.superseded)),
        ])
    }

    /// The CSV report's rows for one contract: the published rating in `rating`, the agreement in `status`,
    /// the returns' mean in `value`, both sides in words in `detail`. Cells are neutralised here (the text
    /// comes from notices): a cell a spreadsheet would run as a formula gets a leading `'`.
    static func csv(_ c: ContractAssessmentView) -> [[String]] {
        c.published.map { p in
            let unit = c.contract.kpi(p.published.kpi)?.unit
            let day = Day(parsing: p.published.releaseDate.prefix(10))?.description ?? ""
            return [
                "published", "", p.published.contract, p.published.kpi, p.published.periodText, day,
                p.returns.mean.map(AssessmentCSV.num) ?? "", "", "", "", "", p.published.classification.rating.rawValue,
                p.agreement.rawValue + (p.superseded ? "_superseded" : ""), "",
                "published \(published(p.published)) in \(release(p.published)); returns give \(returns(p, unit: unit))",
            ].map(CSVText.neutralised)
        }
    }
}
