/// How a KPI is rated: its bands (declared or default) and the state of its returns.
public enum KPIRating {
    /// Within this share of the target's size a value is approaching target (default bands).
    public static let approachingShare = 0.05
    /// Within this share of the target's size a value requires improvement; beyond it is inadequate.
    public static let requiresImprovementShare = 0.15

    /// The KPI's bands; defaults from the target when the YAML gives none; nil with neither.
    ///
    /// Default bands: good at the target; approaching target within 5% of the scale short of it; requires
    /// improvement within 15%; inadequate beyond. The scale is |target|, or |target − baseline| when the
    /// target is zero. For a KPI that should decrease the edges sit above the target instead.
    /// A KPI without a direction (an imported one nobody completed) is rated only by declared bands,
    /// whose order tells the direction: falling edges mean higher is better.
    public static func bands(for kpi: KPI) -> EffectiveBands? {
        if let b = kpi.bands {
            let direction = kpi.direction ?? (b.good >= b.requiresImprovement ? .increase : .decrease)
            return EffectiveBands(
                good: b.good, approachingTarget: b.approachingTarget, requiresImprovement: b.requiresImprovement,
                direction: direction, isDefault: false)
        }
        guard let target = kpi.target?.value, let direction = kpi.direction else { return nil }
        return defaultBands(target: target, baseline: kpi.baseline?.value, direction: direction)
    }

    /// The default bands of a KPI with this target, baseline and direction (see `bands(for:)`).
    public static func defaultBands(target: Double, baseline: Double?, direction: Direction) -> EffectiveBands {
        var scale = abs(target)
        if scale == 0, let baseline { scale = abs(baseline) }
        let s = direction == .decrease ? 1.0 : -1.0
        return EffectiveBands(
            good: target, approachingTarget: target + s * approachingShare * scale,
            requiresImprovement: target + s * requiresImprovementShare * scale, direction: direction, isDefault: true)
    }

    /// Months in one reporting period: the KPI's frequency, else read from its newest return's period, else 1.
    public static func periodMonths(_ kpi: KPI, newest: Period?) -> Int {
        if let f = kpi.frequency { return f.months }
        guard let p = newest else { return 1 }
        switch p.kind {
        case .month: return 1
        case .quarter: return 3
        case .financialYear: return 12
        case .range: return max(1, Int((Double(p.days) / 30.44).rounded()))
        }
    }

    /// Current, stale or missing on `asOf` (see Documentation/Assessment.md).
    ///
    /// Stale when three whole reporting periods have ended since the newest return's period without a
    /// return: the most recent of them is grace (its return may still be on its way), the two before it
    /// are missed. After the contract ends, the clock stops at its end.
    public static func dataState(newestEnd: Day?, months: Int, contract: Contract, asOf: Day) -> DataState {
        guard let newestEnd else { return .missing }
        let reference = min(asOf, contract.end.adding(days: 1))
        let threshold = newestEnd.adding(days: 1).adding(months: 3 * months)
        return reference >= threshold ? .stale(lastPeriodEnd: newestEnd) : .current
    }

    /// Whether returns are expected by `asOf`: one reporting period plus one of grace since the start.
    public static func returnsDue(contract: Contract, months: Int, asOf: Day) -> Bool {
        contract.start.adding(months: 2 * months) <= asOf
    }
}
