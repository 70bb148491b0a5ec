import MissionKPI

extension Tracker {
    /// What the judgements read: per KPI and period the current version, plus every superseded one,
    /// from one consistent snapshot (never part of a file being recorded meanwhile).
    public func observationSet() throws -> ObservationSet { try backend.observationSet() }

    /// What the judgements read and the published (UK9) assessments beside them, from one snapshot.
    public func observationSetAndPublished() throws -> (ObservationSet, [PublishedAssessment]) {
        try backend.observationSetAndPublished()
    }

    /// The observations held, sorted by contract, KPI, period and version: the current version of each
    /// KPI and period, or every version with `allVersions`. `contract` and `kpi` narrow the listing.
    public func observations(contract: String? = nil, kpi: String? = nil, allVersions: Bool = false) throws -> [Observation] {
        let all = try backend.allVersions(contract: contract, kpi: kpi)
        guard !allVersions else { return all }
        var out: [Observation] = []
        out.reserveCapacity(all.count)
        for o in all {
            if let last = out.last, Tracker.sameKey(last, o) { out.removeLast() }
            out.append(o)
        }
        return out
    }

    /// Every version of one KPI's observations, by period then version.
    public func history(contract: String, kpi: String) throws -> [Observation] {
        try observations(contract: contract, kpi: kpi, allVersions: true)
    }

    /// Every `contract/kpi` the tracker holds observations for, sorted (for "did you mean").
    public func kpiKeys() throws -> [String] { try backend.kpiKeys() }

    /// A stored period's kind, from its form: `2025-04`, `2025-Q1`, `FY2025-26`, or a date range.
    @_spi(TrackerBackend) public static func kind(of text: String) -> Period.Kind {
        let u = Array(text.utf8)
        if u.count == 7 { return u[5] == UInt8(ascii: "Q") ? .quarter : .month }
        return u.first == UInt8(ascii: "F") ? .financialYear : .range
    }

    /// Whether two observations are versions of the same KPI and period.
    static func sameKey(_ a: Observation, _ b: Observation) -> Bool {
        a.contract == b.contract && a.kpi == b.kpi && a.period.start == b.period.start && a.period.end == b.period.end
    }
}
