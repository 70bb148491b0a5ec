import MissionKPI

extension ContractPage {
    /// One published (UK9) assessment beside the rating the returns give for the same KPI and period.
    struct PublishedRow: Sendable {
        var kpi: String
        /// Whether the KPI has a section on the page to link to.
        var linked: Bool
        var start: String
        var end: String
        var published: Tag
        /// The published `measureClassification` code (`slightlyBelow`).
        var code: String
        var measure: String
        var returns: Tag
        var returnsDetail: String
        var agreement: Tag
        /// The notice type and the release id ("UK9 051234-2026").
        var release: String
        /// The release's date.
        var releaseDate: String
        /// The notice on Find a Tender, when the release id carries its number.
        var releaseHref: String?
        var superseded: Bool

        /// The contract's rows, in the assessment's order (KPI, period, release).
        static func rows(_ c: Contract, report: SiteReport) -> [PublishedRow] {
            let r = report.redactor
            return report.assessment.published(contract: c.id).map { cmp in
                let p = cmp.published
                return PublishedRow(
                    kpi: p.kpi, linked: cmp.kpiKnown, start: p.periodStart.description, end: p.periodEnd.description,
                    published: Tag.rating(p.classification.rating), code: p.classification.rawValue,
                    measure: r.text(p.measure) ?? "Not given", returns: Tag.rating(cmp.returns.rating),
                    returnsDetail: detail(cmp, unit: c.kpi(p.kpi)?.unit), agreement: Tag.agreement(cmp),
                    release: r.text("\(p.noticeType) \(p.release)"), releaseDate: r.text(String(p.releaseDate.prefix(10))),
                    releaseHref: FindATender.noticeID(release: p.release).flatMap { FindATender.noticeURL(noticeID: $0) },
                    superseded: cmp.superseded)
            }
        }

        /// What the returns' rating rests on: "mean 96% over 12 returns", or why there is none.
        static func detail(_ c: PublishedComparison, unit: Unit?) -> String {
            guard c.kpiKnown else { return "Not a KPI of this contract's file" }
            guard let mean = c.returns.mean else { return "No returns in the period" }
            let n = c.returns.periodsRated
            let text = "Mean \(ValueText.value(mean, unit)) over \(n) return\(n == 1 ? "" : "s")"
            return c.returns.rating == .other ? text + "; no bands or target to rate it" : text
        }
    }
}

extension Tag {
    /// The same tag with other words.
    func with(text: String) -> Tag { Tag(text: text, cls: cls, symbol: symbol) }

    /// Agrees, disagrees or cannot be compared (a superseded assessment says so).
    static func agreement(_ c: PublishedComparison) -> Tag {
        let tag =
            switch c.agreement {
            case .agrees: Tag(text: "Agrees", cls: "good", symbol: "✓")
            case .disagrees: Tag(text: "Disagrees", cls: "inadequate", symbol: "✕")
            case .notComparable: Tag(text: "Not comparable", cls: "other", symbol: "–")
            }
        return c.superseded ? tag.with(text: tag.text + " (superseded by a later notice)") : tag
    }
}
