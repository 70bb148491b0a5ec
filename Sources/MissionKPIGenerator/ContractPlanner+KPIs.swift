import MissionKPI

extension ContractPlanner {
    /// Draws a contract's KPIs: mostly well-formed result KPIs, with the problems the alignment rules look
    /// for mixed in at realistic rates.
    func planKPIs(count: Int, mission: MissionPlan, start: Day, end: Day, gross: Int, rng: inout SplitMix64) -> [KPIPlan] {
        var results = mission.corpus.kpis + KPITemplate.generic
        var effort = KPITemplate.effort
        var kpis: [KPIPlan] = []
        let e = MonthOrdinal.of(options.endMonth)
        for _ in 0..<count {
            // About one KPI in ten counts effort (inputs or activities) instead of results.
            let fromEffort = rng.chance(0.1) && !effort.isEmpty
            let template = fromEffort
                ? effort.remove(at: rng.int(in: 0...(effort.count - 1)))
                : results.remove(at: rng.int(in: 0...(results.count - 1)))
            var measures: String?
            switch template.level {
            case .input, .activity: measures = rng.pick(mission.activities).id
            case .output: measures = rng.pick(mission.outputs).id
            case .outcome: measures = rng.chance(0.2) ? rng.pick(mission.milestoneIDs) : rng.pick(mission.outcomes).id
            }
            measures = mission.id + "/" + measures!
            if rng.chance(0.04) { measures = nil }  // kpi-measures-nothing
            let baseline = round(rng.double(in: template.baseline), template.decimals)
            let step = template.improvement * rng.double(in: 0.6...1.4)
            var target = template.direction == .increase ? baseline + step : template.direction == .decrease ? baseline - step : baseline
            target = round(max(0, template.unit == .percent ? min(100, target) : target), template.decimals)
            let targetMonth = min(MonthOrdinal.of(end), MonthOrdinal.of(start) + rng.int(in: 12...36) - 1)
            let frequency: Frequency? = [Frequency.monthly, .quarterly, .annually, nil][rng.weighted([0.93, 0.05, 0.01, 0.01])]
            var until: Int? = e
            switch rng.weighted([0.955, 0.015, 0.03]) {
            case 1: until = nil  // no returns at all
            case 2: until = e - rng.int(in: 4...10)  // stale-returns
            default: break
            }
            kpis.append(KPIPlan(
                template: template, measures: measures, baseline: baseline, target: target,
                targetDate: MonthOrdinal.lastDay(targetMonth), writesBaseline: !rng.chance(0.05), writesTarget: !rng.chance(0.03),
                writesBands: !rng.chance(0.06),
                frequency: frequency, dataSource: [DataSource.supplier, .authority, .independent][rng.weighted([0.55, 0.3, 0.15])],
                writesDescription: rng.chance(0.85), pace: rng.double(in: 0.2...1.3), returnsUntil: until, waiver: nil))
        }
        markMostMaterial(&kpis, gross: gross, rng: &rng)
        return kpis
    }

    /// Over £5m, three KPIs are "most material" (UK7) — usually; some contracts mark none, or the wrong number.
    /// About one contract in seven relies on the supplier alone for all of them.
    func markMostMaterial(_ kpis: inout [KPIPlan], gross: Int, rng: inout SplitMix64) {
        guard !kpis.isEmpty else { return }
        var marked: Int
        if gross > 5_000_000 {
            marked = [3, 0, 1, 2, 4][rng.weighted([0.88, 0.06, 0.02, 0.02, 0.02])]
        } else {
            marked = rng.chance(0.4) ? 3 : 0
        }
        marked = min(marked, kpis.count)
        // Prefer result KPIs, in the order they were drawn.
        let order = kpis.indices.filter { !kpis[$0].template.level.isEffort } + kpis.indices.filter { kpis[$0].template.level.isEffort }
        let supplierOnly = rng.chance(0.15)
        for i in order.prefix(marked) {
            kpis[i].mostMaterial = true
            if supplierOnly { kpis[i].dataSource = .supplier }
        }
        // Some supplier-only most-material KPIs carry a waiver; one in four of those lacks its approver.
        for i in kpis.indices where kpis[i].mostMaterial && kpis[i].dataSource == .supplier {
            if rng.chance(0.2) { kpis[i].waiver = rng.chance(0.75) }
        }
    }

    func round(_ v: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (v * scale).rounded() / scale
    }
}
