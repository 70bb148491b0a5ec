import MissionKPI

extension ContractPage {
    /// One published (UK9) assessment beside the rating the returns give for the same KPI and period.
    struct PublishedRow: Sendable {
        var kpi: String
        /// Whether the KPI has a section on the page to link to.
        var linked: Bool
        var period: String
        var published: Tag
        var measure: String
        var returns: Tag
        var returnsDetail: String
        var agreement: Tag
        var release: String
        var superseded: Bool

        /// The contract's rows, in the assessment's order (KPI, period, release).
        static func rows(_ c: Contract, report: SiteReport) -> [PublishedRow] {
            let r = report.redactor
            return report.assessment.published(contract: c.id).map { cmp in
                let p = cmp.published
                return PublishedRow(
                    kpi: p.kpi, linked: cmp.kpiKnown, period: p.periodText,
                    published: Tag.rating(p.classification.rating).with(text: "\(p.classification.rating.label) (\(p.classification.rawValue))"),
                    measure: r.text(p.measure) ?? "Not given", returns: Tag.rating(cmp.returns.rating),
                    returnsDetail: AssessmentPublished.returns(cmp, unit: c.kpi(p.kpi)?.unit), agreement: Tag.agreement(cmp),
                    release: r.text(AssessmentPublished.release(p)), superseded: cmp.superseded)
            }
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
