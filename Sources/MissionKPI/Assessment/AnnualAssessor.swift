/// The Procurement Act 2023 s.71 assessments: one per 12 months from a contract's start.
public enum AnnualAssessor {
    /// Days after a period's end by which its assessment is due (our reading; see Documentation/Assessment.md).
    public static let dueAfterDays = 30

    /// The contract's most material KPIs: those marked `most_material` (at most three, in file order),
    /// or the first three KPIs when none is marked.
    public static func mostMaterial(_ contract: Contract) -> [KPI] {
        let marked = contract.kpis.filter(\.mostMaterial)
        return Array((marked.isEmpty ? contract.kpis : marked).prefix(3))
    }

    /// The assessment periods that have started by `asOf` (none for a contract without KPIs).
    public static func assess(_ contract: Contract, observations: ObservationSet, asOf: Day) -> [AnnualAssessment] {
        let kpis = mostMaterial(contract)
        guard !kpis.isEmpty else { return [] }
        // Each KPI's returns are looked up once, not once per year.
        let current = kpis.map { observations.current(contract: contract.id, kpi: $0.id) }
        let bands = kpis.map(KPIRating.bands(for:))
        var out: [AnnualAssessment] = []
        var year = 1
        while true {
            let start = contract.start.adding(months: 12 * (year - 1))
            guard start <= asOf, start <= contract.end else { break }
            let end = min(contract.start.adding(months: 12 * year).adding(days: -1), contract.end)
            out.append(period(contract, kpis: kpis, current: current, bands: bands, year: year, start: start, end: end, asOf: asOf))
            year += 1
        }
        return out
    }

    static func period(
        _ contract: Contract, kpis: [KPI], current currents: [[Observation]], bands: [EffectiveBands?], year: Int, start: Day,
        end: Day, asOf: Day
    ) -> AnnualAssessment {
        let ratings = kpis.indices.map { k in
            rate(kpis[k].id, current: currents[k], bands: bands[k], start: start, end: end, asOf: asOf)
        }
        let rated = ratings.filter { $0.rating != .other }
        let due = end.adding(days: dueAfterDays)
        let (overall, rationale) = overallRating(ratings, contract: contract, kpis: kpis, ended: end < asOf)
        return AnnualAssessment(
            contract: contract.id, year: year, start: start, end: end, due: due, isOverdue: due < asOf && rated.isEmpty,
            isComplete: end < asOf && !rated.isEmpty, kpiRatings: ratings, overall: overall, rationale: rationale,
            supplier: contract.supplier.name)
    }

    /// The rating of a KPI over a period: the mean of the current returns whose period ends within
    /// `start`…`end` (and by `asOf`), rated by `bands`; `other` when there is none or no bands.
    public static func rate(
        _ kpi: String, current: [Observation], bands: EffectiveBands?, start: Day, end: Day, asOf: Day
    ) -> KPIPeriodRating {
        var sum = 0.0, count = 0
        for i in current.indices {
            let periodEnd = current[i].period.end
            guard periodEnd >= start && periodEnd <= end && periodEnd <= asOf else { continue }
            sum += current[i].value
            count += 1
        }
        guard count > 0 else { return KPIPeriodRating(kpi: kpi, rating: .other, mean: nil, periodsRated: 0) }
        let mean = sum / Double(count)
        return KPIPeriodRating(kpi: kpi, rating: bands?.rate(mean) ?? .other, mean: mean, periodsRated: count)
    }

    /// The overall rating: the middle of the rated KPIs' ratings (the worse middle for an even count),
    /// no better than `requires_improvement` when any is `inadequate`; `other` when none is rated.
    public static func overall(_ ratings: [Rating]) -> Rating {
        let m = middle(ratings)
        if ratings.contains(.inadequate) && m < .requiresImprovement { return .requiresImprovement }
        return m
    }

    /// The middle of the rated ratings (the worse of the two middles for an even count); `other` when none.
    static func middle(_ ratings: [Rating]) -> Rating {
        let rated = ratings.filter { $0 != .other }.sorted()
        return rated.isEmpty ? .other : rated[rated.count / 2]
    }

    static func overallRating(_ ratings: [KPIPeriodRating], contract: Contract, kpis: [KPI], ended: Bool) -> (Rating, String) {
        let overall = overall(ratings.map(\.rating))
        var parts: [String] = []
        for r in ratings {
            let unit = kpis.first { $0.id == r.kpi }?.unit
            if let mean = r.mean {
                let count = r.periodsRated == 1 ? "1 return" : "\(r.periodsRated) returns"
                parts.append("\(r.kpi) \(r.rating.lowercasedLabel) (mean \(ValueText.value(mean, unit)) over \(count))")
            } else {
                parts.append("\(r.kpi) other (no returns in the period)")
            }
        }
        let ratedCount = ratings.filter { $0.rating != .other }.count
        var text: String
        if ratedCount == 0 {
            text = "Other: none of the most material KPIs has a rated return in the period"
        } else {
            text = "\(overall.label): the middle rating of \(ratedCount) rated most-material KPI\(ratedCount == 1 ? "" : "s")"
            if middle(ratings.map(\.rating)) != overall {
                text += ", capped at requires improvement because one is inadequate"
            }
        }
        text += " — " + parts.joined(separator: "; ") + "."
        if !contract.kpis.contains(where: \.mostMaterial) {
            text += kpis.count == 1
                ? " No KPI is marked most_material, so the only KPI is used."
                : " No KPI is marked most_material, so the first \(kpis.count) are used."
        }
        if !ended { text += " The period has not ended; ratings so far." }
        return (overall, text)
    }
}
