/// A published UK9 assessment beside the rating the returns give for the same KPI and period.
///
/// ```swift
/// let c = assessment.published(contract: "dft-2024-0315").first
/// c?.published.classification   // .slightlyBelow
/// c?.returns.rating             // .good (mean 96% over 12 returns)
/// c?.agreement                  // .disagrees
/// ```
public struct PublishedComparison: Sendable, Hashable {
    /// Whether the two ratings agree.
    public enum Agreement: String, Sendable, Hashable, CaseIterable {
        /// Both on the four-point scale and equal.
        case agrees
        /// Both on the four-point scale and different.
        case disagrees
        /// One side is `other` (no returns, no bands, or published as other), or the KPI is not in the workspace.
        case notComparable = "not_comparable"
    }

    /// What the authority published.
    public var published: PublishedAssessment
    /// The rating the returns give over the published period (the mean of the current returns whose
    /// period ends within it, rated by the KPI's bands, as the annual assessment does).
    public var returns: KPIPeriodRating
    /// Whether the KPI exists in the workspace.
    public var kpiKnown: Bool
    /// Whether a later release published an assessment of the same KPI and period.
    public var superseded: Bool

    /// Agrees, disagrees or cannot be compared.
    public var agreement: Agreement {
        let mine = published.classification.rating
        guard kpiKnown, mine != .other, returns.rating != .other else { return .notComparable }
        return mine == returns.rating ? .agrees : .disagrees
    }

    /// How many steps apart the two ratings are on the four-point scale (0 when not comparable).
    public var steps: Int {
        agreement == .notComparable ? 0 : abs(published.classification.rating.rank - returns.rating.rank)
    }
}

/// Compares each published assessment with the returns.
public enum PublishedComparer {
    /// One comparison per assessment published by `asOf` (by its release date), in the order of
    /// `PublishedAssessment`'s sort: a past date reproduces what was known then.
    public static func compare(
        _ published: [PublishedAssessment], workspace: Workspace, observations: ObservationSet, asOf: Day
    ) -> [PublishedComparison] {
        let sorted = published.filter { Day(parsing: $0.releaseDate.prefix(10)).map { $0 <= asOf } ?? true }.stablySorted(by: <)
        var out: [PublishedComparison] = []
        out.reserveCapacity(sorted.count)
        for (i, p) in sorted.enumerated() {
            let kpi = workspace.contract(p.contract)?.kpi(p.kpi)
            let rating =
                kpi.map {
                    AnnualAssessor.rate(
                        p.kpi, current: observations.current(contract: p.contract, kpi: p.kpi), bands: KPIRating.bands(for: $0),
                        start: p.periodStart, end: p.periodEnd, asOf: asOf)
                } ?? KPIPeriodRating(kpi: p.kpi, rating: .other, mean: nil, periodsRated: 0)
            let next = i + 1 < sorted.count ? sorted[i + 1] : nil
            let superseded =
                next.map {
                    $0.contract == p.contract && $0.kpi == p.kpi && $0.periodStart == p.periodStart && $0.periodEnd == p.periodEnd
                } ?? false
            out.append(PublishedComparison(published: p, returns: rating, kpiKnown: kpi != nil, superseded: superseded))
        }
        return out
    }
}
